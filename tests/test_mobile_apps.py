"""Native mobile apps of local authorities (a street-reporting iOS app, an Android app for field staff), each on a git
fixture shaped like a real case: their dependency manifests (CocoaPods, Carthage, Swift Package Manager, Gradle) and
what those dependencies say (a Google map SDK, Firebase)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PODFILE = """platform :ios, '12.0'
use_frameworks!

target 'Signalement' do
  pod 'GoogleMaps'
  pod 'GooglePlaces'
  pod 'SwiftyJSON', '~> 4.0'
  pod 'Firebase/Analytics'
  pod 'AppAuth'

  target 'SignalementTests' do
    inherit! :search_paths
    pod 'Quick'
  end
end
"""
PODFILE_LOCK = """PODS:
  - AppAuth (1.4.0)
  - GoogleMaps (3.1.0)
  - GooglePlaces (3.1.0)
  - Quick (2.2.0)
  - SwiftyJSON (4.3.0)

DEPENDENCIES:
  - AppAuth
  - GoogleMaps

COCOAPODS: 1.9.1
"""
IOS_APP = {  # shaped like a city's street-reporting app: an Xcode project, Swift sources, CocoaPods
    "README.md": "# Signalement\n\nApplication iOS de signalement d'anomalies dans l'espace public.\n",
    "Podfile": PODFILE,
    "Podfile.lock": PODFILE_LOCK,
    "Signalement.xcodeproj/project.pbxproj": "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjectVersion = 50;\n}\n",
    "Signalement/AppDelegate.swift": "import UIKit\nimport Firebase\n\n@UIApplicationMain\nclass AppDelegate: UIResponder, UIApplicationDelegate {\n"
                                     "    func application(_ a: UIApplication) -> Bool {\n        FirebaseApp.configure()\n        return true\n    }\n}\n",
    "Signalement/Carte/CarteViewController.swift": "import UIKit\nimport GoogleMaps\n\nclass CarteViewController: UIViewController {\n"
                                                   "    var mapView: GMSMapView!\n}\n",
    "Signalement/Info.plist": "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict><key>CFBundleName</key><string>Signalement</string></dict></plist>\n",
}


def test_a_podfile_declares_an_ios_apps_pods_locked_by_podfile_lock(tmp_path):
    report = run(build(tmp_path / "ios", IOS_APP), tmp_path / "c", only=["reusability.dependencies", "maintenance.dependency-updates"])
    manifests = report["facts"]["manifests"]["manifests"]
    assert [(m["path"], m["ecosystem"], m["lockfile"]) for m in manifests] == [("Podfile", "cocoapods", "Podfile.lock")]
    assert manifests[0]["dependencies"] == ["GoogleMaps", "GooglePlaces", "SwiftyJSON", "Firebase/Analytics", "AppAuth"]
    assert manifests[0]["dev_dependencies"] == ["Quick"]  # the test target's pod
    r = results(report)
    # declared and locked; no update tool: not "no manifest"
    assert r["reusability.dependencies"]["status"] != "fail" and "Podfile" in str(r["reusability.dependencies"]["evidence"])
    u = r["maintenance.dependency-updates"]
    assert u["status"] == "fail", u["message"]
    assert u["remediation_for_finding"] and "reads Podfile, which Dependabot does not" in u["remediation"]["en"]


def test_carthage_and_swift_package_manager_manifests_name_their_packages(tmp_path):
    files = {"README.md": "# Outil\n\nBibliothèque Swift.\n", "Sources/Outil/Outil.swift": "public struct Outil {}\n",
             "Package.swift": '// swift-tools-version:5.5\nimport PackageDescription\n\nlet package = Package(\n    name: "Outil",\n'
                              '    dependencies: [\n        .package(url: "https://github.com/example-org/AppAuth-iOS.git", from: "1.6.0"),\n'
                              '        .package(name: "Lottie", url: "https://github.com/example-org/lottie-ios", from: "4.0.0"),\n    ]\n)\n',
             "Package.resolved": '{"pins": [], "version": 2}\n',
             "App/Cartfile": 'github "example-org/Alamofire" ~> 5.0\nbinary "https://example.org/Framework.json" ~> 2.0\n'}
    report = run(build(tmp_path / "swift", files), tmp_path / "c", only=["reusability.dependencies"])
    got = {m["path"]: (m["ecosystem"], m["name"], m["dependencies"], m["lockfile"]) for m in report["facts"]["manifests"]["manifests"]}
    assert got == {"Package.swift": ("swiftpm", "Outil", ["AppAuth-iOS", "Lottie"], "Package.resolved"),
                   "App/Cartfile": ("carthage", None, ["Alamofire", "Framework"], None)}


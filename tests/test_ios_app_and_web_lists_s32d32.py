"""reusability.dependencies, maintenance.dependency-updates, licensing.dependencies, reusability.tests-and-ci, interoperability.geo
(issue 12, s32 d32 = vtourraine/bm-grenoble-ios, airpaca/mes2camp).

A city library's iOS app declares its Swift packages in its Xcode project (XCRemoteSwiftPackageReference objects of
bm.xcodeproj/project.pbxproj, no Package.swift) and Xcode locks them in bm.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/
Package.resolved: "no dependency manifest" was wrong. Its workflow runs `xcodebuild test-without-building` after
`xcodebuild build-for-testing`: a test run, read as none. Its libraries' map is an MKMapView (`import MapKit`): Apple's proprietary
map, read as "positions as coordinates, no map".

An air-quality PHP application's requirements.txt lists the JavaScript and CSS files its pages load (libs/jquery/jquery-3.2.1.min.js,
a CDN's Chart.min.js): no pip requirement, read as a Python manifest declaring nothing and as a Python dependency."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PBXPROJ_HEAD = "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjectVersion = 60;\n\tobjects = {\n"
PACKAGE_REF = ("\t\t3A{n} /* XCRemoteSwiftPackageReference \"{name}\" */ = {{\n\t\t\tisa = XCRemoteSwiftPackageReference;\n"
               "\t\t\trepositoryURL = \"https://github.com/{owner}/{name}.git\";\n\t\t\trequirement = {{\n"
               "\t\t\t\tkind = upToNextMajorVersion;\n\t\t\t\tminimumVersion = 4.0.0;\n\t\t\t}};\n\t\t}};\n")
RESOLVED = ('{\n  "pins" : [\n    {\n      "identity" : "keychainaccess",\n      "kind" : "remoteSourceControl",\n'
            '      "location" : "https://github.com/kishikawakatsumi/KeychainAccess.git",\n      "state" : {\n'
            '        "revision" : "84e546727d66f1adc5439debad16270d0fdd04e7",\n        "version" : "4.2.2"\n      }\n    }\n  ],\n'
            '  "version" : 3\n}\n')
WORKFLOW = ("name: iOS starter workflow\non:\n  push:\n    branches: [ \"main\" ]\njobs:\n  build:\n    runs-on: macos-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - name: Build\n        run: |\n"
            "          xcodebuild build-for-testing -scheme \"$scheme\" -\"$filetype_parameter\" \"$file_to_build\" -destination \"$dest\"\n"
            "      - name: Test\n        run: |\n"
            "          xcodebuild test-without-building -scheme \"$scheme\" -\"$filetype_parameter\" \"$file_to_build\" -destination \"$dest\"\n")
VIEW = ("import UIKit\nimport MapKit\nimport CoreLocation\n\nclass LibrariesViewController: UIViewController, MKMapViewDelegate {\n"
        "    @IBOutlet var mapView: MKMapView?\n    let locationManager = CLLocationManager()\n\n    func show(_ libraries: [Library]) {\n"
        "        let annotations = libraries.map { library -> MKPointAnnotation in\n            let a = MKPointAnnotation()\n"
        "            a.coordinate = CLLocationCoordinate2D(latitude: library.latitude, longitude: library.longitude)\n"
        "            return a\n        }\n        mapView?.addAnnotations(annotations)\n    }\n}\n")
LIBRARY = ("import Foundation\n\nstruct Library {\n    let name: String\n    let latitude: Double\n    let longitude: Double\n}\n")


def _ios_app(packages: bool = True, workflow: str = WORKFLOW, view: str = VIEW) -> dict:
    refs = "".join(PACKAGE_REF.format(n=i, owner=o, name=n) for i, (o, n) in enumerate([("kishikawakatsumi", "KeychainAccess"),
                                                                                        ("nmdias", "FeedKit")])) if packages else ""
    files = {"README.md": "# BM Grenoble\n\nL'application iOS des bibliothèques municipales de Grenoble.\n",
             "LICENSE.txt": "MIT License\n\nCopyright (c) 2026\n",
             "bm.xcodeproj/project.pbxproj": PBXPROJ_HEAD + refs + "\t};\n\trootObject = 1A;\n}\n",
             "bm.xcodeproj/project.xcworkspace/contents.xcworkspacedata": '<?xml version="1.0"?>\n<Workspace version = "1.0"></Workspace>\n',
             "bm/Libraries/LibrariesViewController.swift": view, "bm/Libraries/Library.swift": LIBRARY,
             "bm/Sources/AppDelegate.swift": "import UIKit\n\n@main\nclass AppDelegate: UIResponder, UIApplicationDelegate {\n}\n",
             "Tests/LibrariesTests.swift": "import XCTest\n\nclass LibrariesTests: XCTestCase {\n    func testParse() {\n"
                                           "        XCTAssertTrue(true)\n    }\n}\n",
             ".github/workflows/ios.yml": workflow}
    if packages:
        files["bm.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved"] = RESOLVED
    return files


DEPS = ["reusability.dependencies", "maintenance.dependency-updates", "licensing.dependencies"]


def test_an_xcode_projects_swift_packages_are_declared_and_locked(tmp_path):
    _, res = judge(tmp_path, _ios_app(), DEPS)
    dep = res["reusability.dependencies"]
    assert dep["status"] != "fail" and "swiftpm" in dep["message"]["en"] and "0 without a lockfile" in dep["message"]["en"], dep["message"]
    found = [e for e in dep["evidence"] if e.get("path") == "bm.xcodeproj/project.pbxproj"]
    assert found and found[0]["value"]["lockfile"] == "bm.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved", dep["evidence"]
    upd = res["maintenance.dependency-updates"]  # was not_applicable "no dependency manifest"
    assert upd["status"] == "fail" and 'package-ecosystem: swift, directory: "/"' in upd["remediation"]["en"], upd
    lic = res["licensing.dependencies"]  # was not_applicable "declare none"
    assert lic["status"] == "inconclusive" and "project.pbxproj" in lic["message"]["en"], lic["message"]


def test_xcodebuild_test_in_a_workflow_is_a_test_run(tmp_path):
    _, res = judge(tmp_path, _ios_app(), ["reusability.tests-and-ci"])
    ci = res["reusability.tests-and-ci"]  # was "CI does not seem to run any test"
    assert ci["details"]["ci_runs_tests"] is True, ci["message"]
    fastlane = WORKFLOW.replace("xcodebuild test-without-building", "bundle exec fastlane scan").replace("xcodebuild build-for-testing", "echo")
    _, res = judge(tmp_path, _ios_app(workflow=fastlane), ["reusability.tests-and-ci"], name="f")
    assert res["reusability.tests-and-ci"]["details"]["ci_runs_tests"] is True


def test_a_mapkit_map_is_a_proprietary_map(tmp_path):
    _, res = judge(tmp_path, _ios_app(), ["interoperability.geo"])
    geo = res["interoperability.geo"]  # was not_applicable "positions as coordinates, no map"
    assert geo["status"] != "not_applicable" and "Apple MapKit" in geo["message"]["en"], geo["message"]
    assert any(e.get("value") == "MapKit" and e["kind"] == "finding" for e in geo["evidence"]), geo["evidence"]


def test_an_xcode_project_without_packages_keeps_no_manifest(tmp_path):
    # near-miss: no Swift package (the Xcode project only), a CI building without testing, positions without a map (CoreLocation)
    build_only = WORKFLOW.split("      - name: Test")[0]
    view = VIEW.replace("import MapKit\n", "").replace(", MKMapViewDelegate", "").replace("    @IBOutlet var mapView: MKMapView?\n", "")
    view = view.split("    func show")[0] + "    var here: CLLocationCoordinate2D?\n}\n"
    _, res = judge(tmp_path, _ios_app(packages=False, workflow=build_only, view=view), DEPS + ["reusability.tests-and-ci", "interoperability.geo"])
    assert res["reusability.dependencies"]["message"]["en"] == "No dependency manifest.", res["reusability.dependencies"]["message"]
    assert res["maintenance.dependency-updates"]["status"] == "not_applicable"
    assert res["reusability.tests-and-ci"]["details"]["ci_runs_tests"] is False
    assert res["interoperability.geo"]["status"] == "not_applicable", res["interoperability.geo"]["message"]


def test_a_workspace_beside_the_project_locks_its_packages(tmp_path):
    files = _ios_app()
    files["bm.xcworkspace/xcshareddata/swiftpm/Package.resolved"] = files.pop("bm.xcodeproj/project.xcworkspace/xcshareddata/swiftpm/Package.resolved")
    files["bm.xcworkspace/contents.xcworkspacedata"] = '<?xml version="1.0"?>\n<Workspace version = "1.0"></Workspace>\n'
    _, res = judge(tmp_path, files, ["reusability.dependencies"])
    assert "0 without a lockfile" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]


WEB_LIST = ("# JQuery 3.2.1\nlibs/jquery/jquery-3.2.1.min.js\n\n# Leaflet\nlibs/leaflet/leaflet_v1.0.3/leaflet.js\n"
            "libs/leaflet/leaflet_v1.0.3/leaflet.css\n\n# Bootstrap\nlibs/bootstrap/bootstrap-3.3.7-dist/css/bootstrap.min.css\n"
            "libs/bootstrap/bootstrap-3.3.7-dist/js/bootstrap.min.js\n\n# Chart.js\n"
            "https://cdnjs.cloudflare.com/ajax/libs/Chart.js/2.1.4/Chart.min.js\n")


def _php_app(requirements: str) -> dict:
    return {"README.md": "# mes2camp\n\nSaisie et cartographie des campagnes de mesure de la qualité de l'air.\n", "LICENSE": "MIT License\n",
            "requirements.txt": requirements,
            "src/web_app/index.php": "<?php include 'scripts/header.php'; ?>\n<div id=\"map\"></div>\n"
                                     "<script src=\"libs/jquery/jquery-3.2.1.min.js\"></script>\n",
            "src/web_app/scripts/header.php": "<?php\nsession_start();\n$titre = 'Campagnes';\n?>\n"}


def test_a_requirements_txt_listing_a_pages_files_is_no_python_manifest(tmp_path):
    report, res = judge(tmp_path, _php_app(WEB_LIST), DEPS)
    assert not report["facts"].get("manifests", {}).get("manifests"), report["facts"].get("manifests")
    dep = res["reusability.dependencies"]  # was warn "1 manifest(s) declaring no dependency (requirements.txt)"
    assert "requirements.txt" not in dep["message"]["en"] and dep["status"] == "fail", dep["message"]
    lic = res["licensing.dependencies"]  # was inconclusive "1 Python dependencies without license data"
    assert "Python" not in lic["message"]["en"], lic["message"]
    assert res["maintenance.dependency-updates"]["status"] == "not_applicable"


def test_a_requirements_txt_of_python_packages_stays_a_manifest(tmp_path):
    # near-miss: real pip requirements, a local wheel and a git URL among them
    reqs = "flask==3.0.3\npsycopg2-binary==2.9.9\n./wheels/shapely-2.0.4-cp312-none-any.whl\ngit+https://github.com/org/lib.git#egg=lib\n"
    _, res = judge(tmp_path, _php_app(reqs), ["reusability.dependencies"])
    dep = res["reusability.dependencies"]
    assert "pip" in dep["message"]["en"], dep["message"]

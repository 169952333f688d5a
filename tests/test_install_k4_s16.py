"""reusability.install (issue 12, session 16 readers r1/r2): an iOS app's Xcode workspace and project were no install tooling
(espacepublic-mobileapp-dansmarue-ios, "Install tooling: none"), and the run/build steps of a CONTRIBUTING.md were no written
instructions (annuaire-entreprises-api, "written instructions: no")."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.install"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_an_ios_apps_xcode_workspace_is_its_build_tool(tmp_path):
    files = {"Signalement.xcodeproj/project.pbxproj": "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjectVersion = 50;\n}\n",
             "Signalement.xcworkspace/contents.xcworkspacedata": '<?xml version="1.0" encoding="UTF-8"?>\n<Workspace version = "1.0">\n</Workspace>\n',
             "Podfile": "platform :ios, '12.0'\n\ntarget 'Signalement' do\n  pod 'Alamofire', '~> 5.4'\nend\n",
             "Signalement/AppDelegate.swift": "import UIKit\n\n@UIApplicationMain\nclass AppDelegate: UIResponder, UIApplicationDelegate {\n}\n",
             "README.md": "# Signalement\n\nApplication iOS.\n\n## Installation\n\nOuvrir Signalement.xcworkspace après `pod install`.\n"}
    r = run(tmp_path, files)
    assert "build-tool" in (r.get("details") or {}).get("runtimes", []), (r["message"], r["evidence"])


def test_run_steps_in_contributing_are_written_instructions(tmp_path):
    contributing = ("# Contribuer\n\n## Lancement de la base locale\n\n```\ndocker compose -f docker-compose.db.yml up -d\n```\n\n"
                    "## Lancement de l'api\n\n```\nfastapi dev app/main.py\n```\n\n## Build de l'image locale\n\n```\n"
                    "docker build -t annuaire .\n```\n")
    files = {"CONTRIBUTING.md": contributing, "app/main.py": "from fastapi import FastAPI\n\napp = FastAPI()\n",
             "requirements.txt": "fastapi==0.110.0\n", "README.md": "# Annuaire\n\nAPI de l'annuaire des entreprises.\n"}
    r = run(tmp_path, files)
    assert "CONTRIBUTING.md" in {e.get("path") for e in r["evidence"] if e.get("kind") == "found"}, (r["message"], r["evidence"])
    assert "written instructions: yes" in r["message"]["en"], r["message"]

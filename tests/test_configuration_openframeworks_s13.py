"""reusability.configuration (issue 12, s11 reads): an openFrameworks app reads its settings by a bare name (ofLoadJson("config.json"))
from its data folder, <app>/bin/data/, beside the app's src/: the committed bin/data/config.json is the settings file each
installation edits (the README says to), not "no setting, no template". A config.json elsewhere in the tree is not taken for it."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"
APP = ('#include "ofApp.h"\n\nvoid ofApp::setup() {\n    configFile.open("config.json");\n    loadConfig();\n}\n\n'
       'void ofApp::loadConfig() {\n    config = ofLoadJson("config.json");\n    machineId = config.value("machine-id", 0);\n'
       '    cam.setup(config["webcam-width"], config["webcam-height"]);\n}\n')
CONFIG = '{"backoffice-url": "localhost/api/items", "machine-id": 1, "webcam-width": 1280, "webcam-height": 960}\n'
README = "# Table\n\nAn interactive table.\n\n## Build\n\n    make Release\n"


def conf(tmp_path, where: str) -> dict:
    files = {"README.md": README, "Table/src/ofApp.cpp": APP, "Table/src/ofApp.h": "#pragma once\n#include \"ofMain.h\"\n",
             "Table/src/main.cpp": '#include "ofApp.h"\nint main() { ofRunApp(new ofApp()); }\n', "Table/Makefile": "include ../of/Makefile\n",
             where: CONFIG}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_the_data_folders_config_is_the_apps_settings_file(tmp_path):
    r = conf(tmp_path, "Table/bin/data/config.json")
    assert r["status"] != "fail", r["message"]
    assert "Table/bin/data/config.json" in {e.get("path") for e in r["evidence"]}, r["evidence"]


def test_a_config_json_elsewhere_is_not_the_apps(tmp_path):
    r = conf(tmp_path, "docs/samples/config.json")
    assert "docs/samples/config.json" not in {e.get("path") for e in r["evidence"]}, r["evidence"]

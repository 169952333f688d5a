"""Issue 12, s35 ae35 (leftovers of reader m31o4's measure 31):

- scaling.vendor-lock-in: urbanlab/eddia's touch-table page listens through Chrome's Web Speech API (`new webkitSpeechRecognition()`,
  the audio goes to Google's servers); urbanlab/funambulium, an openFrameworks installation, reads Theoriz's commercial Augmenta
  tracking (ofxAugmenta, Augmenta::Receiver) and ships FMOD Ex's closed binaries (bin/libs/libfmodex.so). All said "none".
- reusability.dependencies: funambulium's addons.make (openFrameworks' list of addons, one a line) is a manifest, unversioned: the
  check said "no manifest".
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

LOCK = "scaling.vendor-lock-in"
DEPS = "reusability.dependencies"
README = "# Installation\n\nUne installation interactive.\n"
APP_H = ('#pragma once\n#include "ofMain.h"\n#include "ofxOsc.h"\n#include "ofxAugmenta.h"\n\nclass ofApp : public ofBaseApp {\n'
         '  public:\n    void setup();\n    Augmenta::Receiver _auReceiver;\n    vector<Augmenta::Person*> _people;\n};\n')
APP_CPP = '#include "ofApp.h"\n\nvoid ofApp::setup() {\n    _auReceiver.connect(12000);\n}\n'
ADDONS = "ofxAnimatable\nofxAugmenta\nofxEasing\nofxOpenCv\nofxOsc\n"
SPEECH = ("function init_microphone(socket) {\n  // Load Google Chrome SpeechRecognition API (works on Chrome only)\n"
          "  if (!('webkitSpeechRecognition' in window)) {\n    upgrade();\n  } else {\n"
          "    recognition = new webkitSpeechRecognition();\n    recognition.lang = 'fr-FR';\n    recognition.start();\n  }\n}\n")


def _names(r: dict) -> str:
    return r["message"]["en"]


def test_chromes_speech_recognition_is_a_proprietary_service(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "public/js/app-html.js": SPEECH,
                                "package.json": '{"name": "eddia", "dependencies": {"express": "4.16.3"}}'}, LOCK)
    assert r["status"] == "warn" and "Web Speech" in _names(r), r


def test_a_feature_test_for_speech_recognition_alone_is_no_use(tmp_path):
    # near miss: a page that only tests whether the browser has it (and says so) uses no service
    page = "if (!('webkitSpeechRecognition' in window)) {\n  alert('Dictée indisponible');\n}\n"
    r = check_result(tmp_path, {"README.md": README, "public/js/app.js": page}, LOCK)
    assert r["status"] == "pass", r


def test_an_openframeworks_program_on_augmenta_with_fmod_binaries_is_locked_in(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "addons.make": ADDONS, "src/ofApp.h": APP_H, "src/ofApp.cpp": APP_CPP,
                                "src/main.cpp": '#include "ofApp.h"\nint main() { ofRunApp(new ofApp()); }\n',
                                "bin/libs/libfmodex.so": b"\x7fELF\x02\x01\x01\x00" + bytes(200)}, LOCK)
    assert r["status"] == "warn" and "Augmenta" in _names(r) and "FMOD" in _names(r), r


def test_an_openframeworks_program_on_open_addons_is_not_locked_in(tmp_path):
    # near miss: OSC and OpenCV addons, no tracking vendor, no closed audio library
    cpp = '#include "ofMain.h"\n#include "ofxOsc.h"\nofxOscReceiver receiver;\nvoid setup() { receiver.setup(12000); }\n'
    r = check_result(tmp_path, {"README.md": README, "addons.make": "ofxOpenCv\nofxOsc\n", "src/ofApp.cpp": cpp}, LOCK)
    assert r["status"] == "pass", r


def test_addons_make_is_an_unversioned_manifest(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "addons.make": ADDONS, "src/ofApp.cpp": APP_CPP}, DEPS)
    assert "openframeworks" in _names(r) and "No manifest" not in _names(r), r
    assert r["status"] in ("warn", "fail") and "addons.make" in r["details"]["unlocked"], r


def test_a_make_file_of_other_lines_is_no_addon_list(tmp_path):
    # near miss: a file named addons.make that lists no openFrameworks addon is not read as one
    from auditor.facts.package_lists import parse_list
    assert parse_list("addons.make", "include common.mk\nCFLAGS += -O2\n") is None
    assert parse_list("addons.make", "ofxGui\n../../../addons/ofxOsc\n") == (None, ["ofxGui", "ofxOsc"], [], False)
    assert parse_list("addons.make", "ofxGui #https://github.com/o/ofxGui.git@3f2a1b\n")[3] is True

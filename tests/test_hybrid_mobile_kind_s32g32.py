"""Session 32 (g32, reader m25o1's urbanlab/Optigy): an Ionic 3 / Cordova hybrid mobile application kept in app/ (its config.xml
widget with Android and iOS icons, Angular in app/package.json) beside its socket.io server in back/ and Python scripts in
model/ came out a web application: the Cordova application in a folder weighed as a companion (4) and its own Angular counted
as a web application's interface (7). The Angular of a hybrid application is the application's own interface: the project is
a mobile application. A web front of its own beside the companion app (web/package.json with React) keeps the old verdict."""

from __future__ import annotations

import json

from tests.test_kind_first_reads import kind_and_results

_CONFIG = ("<?xml version='1.0' encoding='utf-8'?>\n<widget id=\"io.ionic.starter\" version=\"0.0.1\" xmlns=\"http://www.w3.org/ns/widgets\" "
           "xmlns:cdv=\"http://cordova.apache.org/ns/1.0\">\n    <name>AppConso</name>\n    <content src=\"index.html\" />\n"
           "    <platform name=\"android\">\n        <icon density=\"mdpi\" src=\"resources/android/icon/drawable-mdpi-icon.png\" />\n"
           "    </platform>\n    <platform name=\"ios\">\n        <icon height=\"57\" src=\"resources/ios/icon/icon.png\" width=\"57\" />\n"
           "    </platform>\n    <plugin name=\"cordova-plugin-whitelist\" spec=\"1.3.3\" />\n</widget>\n")
_APP_PKG = {"name": "appconso", "private": True, "scripts": {"build": "ionic-app-scripts build"},
            "dependencies": {"@angular/core": "5.0.3", "@angular/common": "5.0.3", "ionic-angular": "3.9.2", "cordova-android": "7.0.0",
                             "socket.io-client": "2.0.4"},
            "devDependencies": {"@ionic/app-scripts": "3.1.8", "typescript": "2.4.2"}}


def _files() -> dict:
    return {
        "README.md": "# Conso\n\nUne application mobile qui affiche la consommation électrique du foyer, fonctionne grâce au framework Ionic3.\n",
        "app/config.xml": _CONFIG,
        "app/ionic.config.json": '{"name": "appconso", "type": "ionic-angular"}\n',
        "app/package.json": json.dumps(_APP_PKG, indent=2),
        "app/resources/android/icon/drawable-mdpi-icon.png": b"\x89PNG\r\n\x1a\n",
        "app/resources/ios/icon/icon.png": b"\x89PNG\r\n\x1a\n",
        "app/src/app/app.module.ts": "import { NgModule } from '@angular/core';\n\n@NgModule({})\nexport class AppModule {}\n",
        "app/src/app/main.ts": "import { platformBrowserDynamic } from '@angular/platform-browser-dynamic';\n",
        "app/src/pages/home/home.ts": "import { Component } from '@angular/core';\n\n@Component({templateUrl: 'home.html'})\nexport class HomePage {}\n",
        "app/src/pages/home/home.html": "<ion-content><h1>Conso</h1></ion-content>\n",
        "app/src/index.html": "<!DOCTYPE html>\n<html><body><ion-app></ion-app></body></html>\n",
        "back/package.json": json.dumps({"name": "back", "main": "index.js", "dependencies": {"socket.io": "2.1.0"}}, indent=2),
        "back/index.js": "const io = require('socket.io')(3000);\n"
                         "io.on('connection', s => s.emit('conso', 1));\n",
        "model/main.py": "import pickle\n\n\ndef main():\n    return pickle.load(open('modele.p', 'rb'))\n",
        "model/creation_modele.py": "from sklearn import svm\n\n\ndef creer():\n    return svm.SVC()\n",
        "model/fonctions_desagregation.py": "def desagreger(serie):\n    return [x / 2 for x in serie]\n",
        "model/definition_patterns.py": "PATTERNS = {'frigo': [1, 2, 3]}\n",
        "model/fonctions_et_classes_main.py": "class Appareil:\n    pass\n",
        "arduino/capteurs/capteurs.ino": "void setup() {}\nvoid loop() {}\n",
    }


def test_a_hybrid_application_in_a_folder_with_its_own_angular_is_a_mobile_application(tmp_path):
    project, _ = kind_and_results(tmp_path, _files(), [])
    assert project["kind"] == "mobile-application", project
    assert project["kind_evidence"][0]["path"] == "app/config.xml"


def test_a_web_front_of_its_own_beside_the_companion_app_stays_a_web_application(tmp_path):
    files = _files()
    files["web/package.json"] = json.dumps({"name": "web", "dependencies": {"react": "18.2.0", "react-dom": "18.2.0"}}, indent=2)
    files["web/src/App.jsx"] = "export default function App() {\n  return <h1>Conso</h1>;\n}\n"
    files["web/src/Chart.jsx"] = "export default function Chart() {\n  return <svg />;\n}\n"
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "web-application", project


def test_a_mobile_application_reading_no_data_format_has_no_schema_to_publish(tmp_path):
    """The same application, now a mobile one, reads and writes no data format (its server pushes numbers through socket.io): no
    schema expected, as for a web application or a mobile application reading only its services' JSON (it failed "No published
    data schema" once it was a mobile application)."""
    from tests.test_local_authority_verdicts import judge

    _, res = judge(tmp_path, _files(), ["interoperability.data-standards"])
    assert res["interoperability.data-standards"]["status"] == "not_applicable", res["interoperability.data-standards"]["message"]

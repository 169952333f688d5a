"""Session 16 (k2, reader r1): kinds with no rule. An openFrameworks kiosk application of a métropole's lab (C++: main.cpp calling
ofRunApp, the project generator's config.make and addons.make, a Makefile) was a "library" decided by no file, and was asked
for an API reference; a département's shell scripts deploying, starting, stopping and rolling back its JCMS site were a "data
specification" decided by the README alone, and their i18n and packaging were judged (portability)."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

KIOSK = {
    "README.md": "# Borne interactive\n\nApplication de la borne d'accueil.\n\n## Installation\n\nInstaller openFrameworks 0.11, puis `make && make RunRelease`.\n",
    "Borne/Makefile": "include $(OF_ROOT)/libs/openFrameworksCompiled/project/makefileCommon/compile.project.mk\n",
    "Borne/config.make": "OF_ROOT = ../../..\nPROJECT_LDFLAGS = -lcurl\n",
    "Borne/addons.make": "ofxGui\nofxJSON\nofxOsc\n",
    "Borne/src/main.cpp": '#include "ofApp.h"\n\nint main( ){\n\tofSetupOpenGL(1920, 1080, OF_FULLSCREEN);\n\tofRunApp(new ofApp());\n}\n',
    "Borne/src/ofApp.h": '#pragma once\n#include "ofMain.h"\n\nclass ofApp : public ofBaseApp {\npublic:\n\tvoid setup();\n\tvoid draw();\n};\n',
    "Borne/src/ofApp.cpp": '#include "ofApp.h"\n\nvoid ofApp::setup() {\n\tofBackground(0);\n}\n\nvoid ofApp::draw() {\n\tofDrawBitmapString("Bonjour", 20, 20);\n}\n',
    "Borne/src/Scenes.cpp": '#include "ofApp.h"\n\nint scenes_count() {\n\treturn 4;\n}\n',
}


def test_an_openframeworks_application_is_a_desktop_application(tmp_path):
    project, res = kind_and_results(tmp_path, KIOSK, ["documentation.docs", "reusability.portability"])
    assert project["kind"] == "desktop-application" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "Borne/src/main.cpp", project["kind_evidence"]
    assert "API" not in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]
    assert res["reusability.portability"]["status"] != "not_applicable"


def test_a_qt_program_is_a_desktop_application_and_a_c_library_stays_a_library(tmp_path):
    qt = {"README.md": "# Visionneuse\n", "CMakeLists.txt": "add_executable(visionneuse main.cpp fenetre.cpp)\n",
          "main.cpp": '#include <QApplication>\n#include "fenetre.h"\n\nint main(int argc, char *argv[])\n{\n    QApplication app(argc, argv);\n'
                      '    Fenetre f;\n    f.show();\n    return app.exec();\n}\n',
          "fenetre.cpp": '#include "fenetre.h"\nFenetre::Fenetre() {}\n', "fenetre.h": "class Fenetre { public: Fenetre(); void show(); };\n"}
    project, _ = kind_and_results(tmp_path / "qt", qt, [])
    assert project["kind"] == "desktop-application", project
    lib = {"README.md": "# Conversion de coordonnées\n", "Makefile": "libconv.a: conv.o\n\tar rcs $@ $^\n",
           "src/conv.c": '#include "conv.h"\n\ndouble lambert_x(double lon, double lat) {\n    return lon * 2.0 + lat;\n}\n',
           "src/conv.h": "double lambert_x(double lon, double lat);\n",
           "tests/test_conv.c": '#include "../src/conv.h"\n#include <SDL.h>\nint main(void) { return lambert_x(1, 2) > 0 ? 0 : 1; }\n'}
    project, _ = kind_and_results(tmp_path / "lib", lib, [])
    assert project["kind"] != "desktop-application", project


DEPLOY = {
    "README.md": "# Livraison du site\n\nOutils pour livrer le site JCMS sur les différents serveurs.\n",
    "LICENSE": "MIT License\n",
    ".travis.yml": "language: java\nscript:\n- ant makeWar\ndeploy:\n  provider: releases\n  file: dist/site.war\n  on:\n    tags: true\n",
    "scripts/ville_deploy_site.sh": "#!/bin/bash\nusage() { echo \"usage: $0 -w war\"; }\nwhile getopts 'w:' o; do case $o in w) WAR=$OPTARG;; esac; done\ncp \"$WAR\" /opt/tomcat/webapps/\n",
    "scripts/ville_start_site.sh": "#!/bin/bash\n/opt/tomcat/bin/startup.sh\n",
    "scripts/ville_stop_site.sh": "#!/bin/bash\n/opt/tomcat/bin/shutdown.sh\n",
    "scripts/ville_rollback_site.sh": "#!/bin/bash\ncp /opt/backup/site.war /opt/tomcat/webapps/\n",
    "scripts/ville_archive_logs.sh": "#!/bin/bash\ntar czf /opt/archives/logs.tgz /opt/tomcat/logs\n",
}


def test_deployment_operation_scripts_are_infrastructure(tmp_path):
    project, res = kind_and_results(tmp_path, DEPLOY, ["documentation.docs", "reusability.portability"])
    assert project["kind"] == "infrastructure" and project["kind_decided"], project
    assert "API" not in res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]
    assert res["reusability.portability"]["status"] == "not_applicable", res["reusability.portability"]["message"]


def test_data_loading_scripts_are_no_deployment(tmp_path):
    files = {"README.md": "# Chargement des données\n", "load_parcelles.sh": "#!/bin/sh\nogr2ogr -f PostgreSQL PG:dbname=sig parcelles.shp\n",
             "load_adresses.sh": "#!/bin/sh\npsql -f adresses.sql\n", "start_import.sh": "#!/bin/sh\n./load_parcelles.sh && ./load_adresses.sh\n"}
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] != "infrastructure", project

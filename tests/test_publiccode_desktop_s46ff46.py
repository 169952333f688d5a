"""publiccode suggestion: a desktop application is "standalone/desktop" on the desktop systems (issue 12, s46 ff46 = reader rb46,
xotakfr/communes-bretonnes).

A JavaFX application (a class extending javafx.application.Application, built by a Makefile, plus HTML help pages and Python
scripts) was suggested ``platforms: ["web"]`` and ``softwareType: "standalone/web"``, though the same report names it a desktop
application. Near miss: a web application stays "web" / "standalone/web". Fixtures written for the test."""

from __future__ import annotations

from tests.test_publiccode_kind_s37fh37 import _suggest

APP = ("package vue;\n\nimport javafx.application.Application;\nimport javafx.scene.Scene;\nimport javafx.scene.layout.Pane;\n"
       "import javafx.stage.Stage;\n\n/** Fenetre principale. */\npublic class Appli extends Application {\n    @Override\n"
       "    public void start(Stage stage) {\n        stage.setScene(new Scene(new Pane(), 800, 600));\n        stage.show();\n    }\n\n"
       "    public static void main(String[] args) {\n        launch(args);\n    }\n}\n")


def test_a_javafx_desktop_application_is_standalone_desktop(repo, tmp_path):
    files = {"src/vue/Appli.java": APP, "README.md": "# Communes\n\nApplication de bureau sur l'attractivite des communes.\n",
             "ws/Makefile": "build:\n\tjavac -d ../classes $(shell find ../src -name '*.java')\n",
             "src/resources/aide.html": "<html><body><p>Aide</p></body></html>\n",
             "scripts/graphe.py": "import sys\nprint(sys.argv)\n"}
    text = _suggest(repo, tmp_path, files)
    assert '"web"' not in text and 'softwareType: "standalone/desktop"' in text, text
    assert '- "linux"' in text and '- "windows"' in text and '- "mac"' in text, text


def test_near_miss_a_web_application_stays_web(repo, tmp_path):
    server = "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send('ok'));\napp.listen(3000);\n"
    files = {"server.js": server, "README.md": "# Service\n",
             "package.json": '{"name": "service", "version": "1.0.0", "dependencies": {"express": "^4.18.0"}, "scripts": {"start": "node server.js"}}\n'}
    text = _suggest(repo, tmp_path, files)
    assert 'platforms:\n  - "web"' in text and 'softwareType: "standalone/web"' in text, text

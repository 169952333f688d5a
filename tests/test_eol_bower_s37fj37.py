"""scaling.end-of-life reads bower.json (issue 12, s37 fj37 = reader ma37, neogeo-technologies/gl-poc-onegeo-client).

A Node/Express + AngularJS search client installs its front-end libraries with Bower (bower.json: "angular": "1.5.6",
"bootstrap": "^3.3.6"; .bowerrc into public/libs): AngularJS 1 and Bootstrap 3 are past their end of life, yet the check said
"No runtime or framework version read": the fact read package.json's dependencies only, though Bower's are the same packages.
"""

from __future__ import annotations

from datetime import date

from tests.test_eol_installs_s16_h3 import _run
from tests.test_reusability_fixtures import build, results

BOWER = ('{\n  "name": "client",\n  "version": "0.0.1",\n  "dependencies": {\n    "angular": "1.5.6",\n'
         '    "bootstrap": "^3.3.6",\n    "leaflet": "0.7.7"\n  }\n}\n')
FILES = {
    "README.md": "# Client\n\nRecherche et carte.\n",
    "package.json": '{\n  "name": "client",\n  "dependencies": {"express": "~4.13.1", "elasticsearch": "^11.0.1"}\n}\n',
    "bower.json": BOWER,
    ".bowerrc": '{"directory": "public/libs"}\n',
    "app.js": "var express = require('express');\nvar app = express();\napp.use(express.static('public'));\napp.listen(3000);\n",
    "public/index.html": '<!doctype html><html ng-app="client"><body><script src="libs/angular/angular.js"></script></body></html>\n',
}


def test_bower_dependencies_past_their_end_of_life_are_read(tmp_path):
    report = _run(build(tmp_path / "r", FILES), tmp_path / "c", date(2026, 12, 6))
    read = {(r["product"], r["cycle"], r["path"], r["line"]) for r in report["facts"]["end_of_life"]["read"]}
    assert ("angularjs", "1", "bower.json", 5) in read, read
    assert any(p == "bootstrap" and path == "bower.json" for p, _, path, _ in read), read
    eol = results(report)["scaling.end-of-life"]
    assert eol["status"] in ("warn", "fail") and "AngularJS" in eol["message"]["en"], eol["message"]


def test_a_bower_json_of_libraries_without_a_cycle_stays_unread(tmp_path):
    files = {**FILES, "bower.json": '{\n  "name": "client",\n  "dependencies": {"leaflet": "0.7.7"}\n}\n'}
    report = _run(build(tmp_path / "r", files), tmp_path / "c", date(2026, 12, 6))
    assert not [r for r in report["facts"]["end_of_life"]["read"] if r["path"] == "bower.json"], report["facts"]["end_of_life"]["read"]

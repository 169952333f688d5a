"""Verdicts read against a regional data platform's application the tool had not seen (session 4, geograndest/mdedit2-ui),
each fixed at its cause and shown on a git fixture shaped like the real case: an AngularJS metadata editor whose webpack
build/ folder is committed (its bundle.min.css opens with bootstrap's banner), a view of the app named test, and PHP pages
reading what the web server says of the request."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

BOOTSTRAP_BANNER = "/*!\n * Bootstrap v4.4.1 (https://getbootstrap.com/)\n * Licensed under MIT\n */:root{--blue:#007bff}.btn{display:inline-block}\n"
MDEDIT = {
    "README.md": "# mdEdit 2\n\nOutil de saisie de fiches de métadonnées ISO 19139 / INSPIRE.\n\n## Installation\n\n"
                 "Placer les fichiers du dossier `build` sur un serveur web.\n",
    "package.json": json.dumps({"name": "mdedit2", "license": "MIT", "scripts": {"build": "webpack --config config/webpack.prod.js"},
                                "dependencies": {"angular": "^1.7.9", "bootstrap": "^4.4.1"}}),
    "package-lock.json": json.dumps({"lockfileVersion": 1, "dependencies": {"angular": {"version": "1.7.9"}}}),
    "config/webpack.prod.js": "module.exports = { output: { path: __dirname + '/../build' } };\n",
    "src/app/app.module.js": "import angular from 'angular';\n\nexport default angular.module('app', []);\n",
    "src/app/components/test/test.component.js": "const testController = class TestController {\n  $onInit() {}\n};\n\nexport default testController;\n",
    "src/app/components/test/test.module.js": "import angular from 'angular';\n\nexport default angular.module('test', []);\n",
    "src/php/api.php": "<?php\nfunction getHeader($param) {\n    if (isset($_SERVER[$param])) {\n        return $_SERVER[$param];\n    }\n}\n"
                       "// $url = \"http\" . (!empty($_SERVER['HTTPS']) ? \"s\" : \"\") . \"://\" . $_SERVER['SERVER_NAME'];\n"
                       "$scheme = !empty($_SERVER['HTTPS']) ? 'https' : 'http';\necho json_encode(['scheme' => $scheme]);\n",
    "build/index.html": "<!DOCTYPE html><html><head><link href=\"bundle.min.css\" rel=\"stylesheet\"></head><body></body></html>\n",
    "build/bundle.min.css": BOOTSTRAP_BANNER,
    "build/bundle.min.css.map": "{\"version\":3}\n",
    "build/js/bundle.min.js.map": "{\"version\":3}\n",
    "build/config/app/config.json": "{\"lang\": \"fr\"}\n",
    **{f"build/config/views/md-edit/help.fr/field{i}.md": f"Aide du champ {i}\n" for i in range(6)},
    **{f"build/img/help/step{i}.png": "\x89PNG" for i in range(4)},
}


def test_a_committed_webpack_build_its_bundle_a_view_named_test_and_the_requests_variables(tmp_path):
    res = results(run(build(tmp_path / "r", MDEDIT), tmp_path / "c", only=[
        "reusability.dependencies", "licensing.dependencies", "reusability.build-output", "reusability.configuration",
        "reusability.tests-and-ci"]))
    deps = res["reusability.dependencies"]
    assert "bundle" not in deps["message"]["en"], deps["message"]  # the project's own bundle, not a copied library
    assert res["licensing.dependencies"]["status"] != "pass", res["licensing.dependencies"]["message"]
    out = res["reusability.build-output"]
    assert out["status"] == "warn" and "build/ holds 15 files in all" in out["message"]["en"], out["message"]
    conf = res["reusability.configuration"]
    assert "HTTPS" not in json.dumps(conf["evidence"]), conf["evidence"]  # what the web server says of the request is no setting
    tests = res["reusability.tests-and-ci"]
    assert tests["details"]["test_files"] == 0, tests["evidence"]  # src/app/components/test/ is a view of the app

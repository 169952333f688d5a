"""Third-party material taken for the project's own (issue 12, session 24 reader o3, family 1).

- A commune's site written in Elm committed Elm's package cache (elm-stuff/: elm-lang/core's sources, tests, .travis.yml, a
  dependency's package.json) and its pages compiled by Elm into js/<page>.js: the cache's tests, CI and manifest were read as the
  project's, and each compiled page as a copied library (60 "libraries" named agriculture, animation…). The package caches other
  languages' tools write (elm-stuff, .stack-work, .spago, .dart_tool, __pypackages__…) are vendored like node_modules, and the Elm
  compiler's output is the project's build output when the project holds its Elm sources; its manifest (elm-package.json, elm.json)
  is read.
- A commune's Laravel site kept Laravel's README: "The Laravel framework is … MIT" was a licence source, "About Laravel",
  "Contributing", "License" the project's sections and Taylor Otwell's address its security contact. The chapters a framework's
  template wrote are the framework's; a team's own chapters beside them stay the project's.
"""

from __future__ import annotations

import json

import pytest

from tests.test_local_authority_verdicts import judge

ELM_016 = "var Elm=Elm||{Native:{}};Elm.Native.Basics={};Elm.Native.Basics.make=function(t){return t};" + "var a=1;" * 2000
ELM_019 = "(function(scope){\n'use strict';\n\nfunction F(arity, fun, wrapper) {\n  wrapper.a = arity;\n  wrapper.f = fun;\n  return wrapper;\n}\n"
SITE = {
    "index.html": "<!doctype html><html><head><title>Commune de Valbois</title><script src=\"js/accueil.js\"></script></head>"
                  "<body><h1>Site officiel de la commune de Valbois</h1></body></html>\n",
    "Ecoles.html": "<!doctype html><html><body><script src=\"js/ecoles.js\"></script></body></html>\n",
    "elm-package.json": json.dumps({"version": "1.0.0", "source-directories": ["./src"], "dependencies": {"elm-lang/core": "3.0.0 <= v < 4.0.0"},
                                    "elm-version": "0.16.0 <= v < 0.17.0"}, indent=4),
    "src/Accueil.elm": "module Accueil where\n\nimport Html exposing (..)\n\nmain = div [] [ text \"Bienvenue à Valbois\" ]\n",
    "src/Ecoles.elm": "module Ecoles where\n\nimport Html exposing (..)\n\nmain = div [] [ text \"Les écoles\" ]\n",
    "js/accueil.js": ELM_016,
    "js/ecoles.js": ELM_016.replace("var a=1;", "var b=2;"),
    "elm-stuff/exact-dependencies.json": json.dumps({"elm-lang/core": "3.0.0"}),
    "elm-stuff/packages/elm-lang/core/3.0.0/package.json": json.dumps({"name": "elm-core", "devDependencies": {"eslint": "1.0.0"}}),
    "elm-stuff/packages/elm-lang/core/3.0.0/.eslintrc": "{}\n",
    "elm-stuff/packages/elm-lang/core/3.0.0/.travis.yml": "install:\n  - git clone https://github.com/elm-lang/elm-compiler.git\n",
    "elm-stuff/packages/elm-lang/core/3.0.0/tests/Test.elm": "module Test where\n\nimport ElmTest exposing (..)\n",
    "elm-stuff/packages/elm-lang/core/3.0.0/src/List.elm": "module List where\n\nlength xs = 0\n",
    "README.md": "# Site de Valbois\n",
}


def _inventory(report):
    return report["facts"]["inventory"]


def test_elm_package_cache_is_vendored_and_compiled_pages_are_build_output(tmp_path):
    report, res = judge(tmp_path, SITE, ["reusability.dependencies", "reusability.tests-and-ci", "reusability.build-output", "scaling.hosting"])
    inv = _inventory(report)
    assert inv["installed"] == {"elm-stuff": 6}, inv["installed"]
    assert report["facts"]["files"]["tests"] is False
    dep = res["reusability.dependencies"]
    assert "accueil" not in dep["message"]["en"] and "npm" not in dep["message"]["en"], dep["message"]
    manifests = report["facts"]["manifests"]["manifests"]  # (the project's own Elm manifest, read as the dependency's npm one was)
    assert [(m["path"], m["ecosystem"], m["dependencies"]) for m in manifests] == [("elm-package.json", "elm", ["elm-lang/core"])], manifests
    assert "elm-stuff" not in json.dumps(res["reusability.tests-and-ci"]["evidence"]), res["reusability.tests-and-ci"]["message"]
    assert "elm-stuff" not in json.dumps(res["scaling.hosting"]["evidence"]), res["scaling.hosting"]["message"]
    build = res["reusability.build-output"]
    assert build["status"] == "warn" and build["details"]["files"] == 2, build["message"]
    assert set(inv["examples"]["build"]) == {"js/accueil.js", "js/ecoles.js"}, inv["examples"]


def test_elm_019_output_is_build_output_too(tmp_path):
    files = {k: v for k, v in SITE.items() if not k.startswith(("elm-stuff/", "js/"))} | {"elm.js": ELM_019 + "var x = 1;\n" * 50}
    report, _ = judge(tmp_path, files, ["reusability.build-output"])
    assert _inventory(report)["examples"].get("build") == ["elm.js"], _inventory(report)["examples"]


def test_a_minified_library_and_someone_elses_elm_bundle_stay_copies(tmp_path):
    # a minified library in js/ stays a copied library; a compiled Elm program with no Elm source of the project is someone else's
    files = {"index.html": SITE["index.html"], "README.md": SITE["README.md"], "js/accueil.js": ELM_016,
             "js/carte.js": "!function(t){var e=t.L={};e.version='9.9';" + "e.a=1;" * 3000 + "}(window);"}
    report, _ = judge(tmp_path, files, ["reusability.build-output"])
    inv = _inventory(report)
    assert not inv["examples"].get("build"), inv["examples"]
    assert inv["categories"]["vendored"] == 2, inv["categories"]


@pytest.mark.parametrize("cache", ["elm-stuff", ".stack-work", ".spago", ".dart_tool", "__pypackages__"])
def test_other_languages_package_caches_are_installed_folders(tmp_path, cache):
    files = {"README.md": "# Outil\n\nUn outil.\n", "src/main.py": "print('ok')\n", f"{cache}/pkg/lib/mod.py": "def f():\n    return 1\n",
             f"{cache}/pkg/tests/test_mod.py": "def test_f():\n    assert True\n"}
    report, _ = judge(tmp_path, files, ["reusability.build-output"])
    inv = _inventory(report)
    assert inv["installed"] == {cache: 2}, inv["installed"]
    assert report["facts"]["files"]["tests"] is False


# -- a framework's README template ------------------------------------------------------------------------------------------
LARAVEL_CHAPTERS = (
    "## About Laravel\n\nLaravel is a web application framework with expressive, elegant syntax. It eases common tasks.\n\n"
    "- Routing.\n- Queues.\n\nLaravel is accessible and powerful, with tools for large applications.\n\n"
    "## Learning Laravel\n\nLaravel has the most extensive and thorough documentation and video tutorial library of all frameworks.\n\n"
    "## Laravel Sponsors\n\nWe would like to extend our thanks to the following sponsors for funding Laravel development.\n\n"
    "### Premium Partners\n\n- **[Exemple SARL](https://exemple.com)**\n\n"
    "## Contributing\n\nThank you for considering contributing to the Laravel framework! See the Laravel documentation.\n\n"
    "## Code of Conduct\n\nIn order to ensure that the Laravel community is welcoming to all, please abide by the Code of Conduct.\n\n"
    "## Security Vulnerabilities\n\nIf you discover a security vulnerability within Laravel, please send an e-mail to Taylor Otwell via "
    "[taylor@laravel.com](mailto:taylor@laravel.com).\n\n"
    "## License\n\nThe Laravel framework is open-sourced software licensed under the [MIT license](https://opensource.org/licenses/MIT).\n"
)
LARAVEL_APP = {
    "composer.json": json.dumps({"name": "laravel/laravel", "type": "project", "license": "MIT", "require": {"php": "^8.1", "laravel/framework": "^10.10"}}, indent=4),
    "artisan": "#!/usr/bin/env php\n<?php\nrequire __DIR__.'/vendor/autoload.php';\n",
    "app/Http/Controllers/Controller.php": "<?php\n\nnamespace App\\Http\\Controllers;\n\nclass Controller\n{\n}\n",
    "routes/web.php": "<?php\n\nRoute::get('/', function () {\n    return view('welcome');\n});\n",
    "resources/views/welcome.blade.php": "<h1>Mairie de Valbois</h1>\n",
}
CHECKS = ["documentation.readme-sections", "documentation.community-files", "licensing.consistent", "documentation.readme"]


def test_laravels_readme_gives_the_project_no_licence_section_or_security_contact(tmp_path):
    report, res = judge(tmp_path, {**LARAVEL_APP, "README.md": '<p align="center"><img src="logo.svg" alt="Logo"></p>\n\n' + LARAVEL_CHAPTERS}, CHECKS)
    readme = report["facts"]["readme"]
    assert readme["sections"] == [], readme["section_details"]
    # (nor does its composer.json kept as laravel/laravel: the skeleton's "license": "MIT" is the framework's, s33 q33)
    assert report["facts"]["license"]["sources"] == [], report["facts"]["license"]["sources"]
    assert res["documentation.readme-sections"]["status"] == "fail" and "Laravel" in res["documentation.readme-sections"]["message"]["en"]
    assert res["documentation.readme"]["status"] == "fail", res["documentation.readme"]["message"]
    assert "SECURITY" not in res["documentation.community-files"]["message"]["en"].split(";")[0], res["documentation.community-files"]["message"]
    assert "README" not in json.dumps(res["licensing.consistent"]["evidence"]), res["licensing.consistent"]["message"]


def test_a_teams_own_chapters_above_laravels_stay_the_projects(tmp_path):
    own = ("# Site de la mairie de Valbois\n\nCe dépôt contient le site internet de la mairie de Valbois : actualités, démarches et agenda.\n\n"
           "## Installation\n\n```bash\ncomposer install\nphp artisan migrate\n```\n\n"
           "## Sécurité\n\nPour signaler une faille de sécurité, écrivez à securite@valbois.fr.\n\n"
           "## Licence\n\nCe projet est publié sous licence MIT.\n\n")
    report, res = judge(tmp_path, {**LARAVEL_APP, "README.md": own + LARAVEL_CHAPTERS}, CHECKS)
    readme = report["facts"]["readme"]
    assert {"purpose", "install", "license"} <= set(readme["sections"]), readme["section_details"]
    assert "contributing" not in readme["sections"], readme["section_details"]
    lic = [s for s in report["facts"]["license"]["sources"] if s["kind"] == "readme"]
    assert lic and lic[0]["line"] < own.count("\n"), lic
    assert "SECURITY" in res["documentation.community-files"]["message"]["en"].split(";")[0], res["documentation.community-files"]["message"]
    assert res["documentation.readme-sections"]["status"] != "fail" or "Laravel" not in res["documentation.readme-sections"]["message"]["en"]


def test_an_elm_019_applications_elm_json_pins_its_packages(tmp_path):
    elm_json = json.dumps({"type": "application", "source-directories": ["src"], "elm-version": "0.19.1",
                           "dependencies": {"direct": {"elm/browser": "1.0.2", "elm/html": "1.0.0"}, "indirect": {"elm/json": "1.1.3"}},
                           "test-dependencies": {"direct": {"elm-explorations/test": "2.1.0"}, "indirect": {}}}, indent=4)
    files = {"README.md": SITE["README.md"], "index.html": SITE["index.html"], "elm.json": elm_json, "src/Main.elm": SITE["src/Accueil.elm"]}
    report, _ = judge(tmp_path, files, ["reusability.dependencies"])
    m = report["facts"]["manifests"]["manifests"][0]
    assert (m["ecosystem"], m["dependencies"], m["dev_dependencies"], m["lockfile"]) == ("elm", ["elm/browser", "elm/html", "elm/json"],
                                                                                          ["elm-explorations/test"], "elm.json"), m

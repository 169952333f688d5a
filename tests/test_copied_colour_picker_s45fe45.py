"""Issue 12, session 45 fixer fe45 (Claire88088/ProjetCartePompier): a Symfony map for a fire service keeps in public/js/ a copied
colour picker whose JSDoc banner names the file, then "@license For open source use: GPLv3", "@author <name> - <company>",
"@version 2.4.7" — read as the project's code (maintainability counted its 9 complex functions, dependencies never listed it) —
while the project's own public/css/style.css, whose sections are separated by "/******/" comment lines, was taken for a webpack
bundle and listed as a copied library "style". A JSDoc @license tag naming a licence and an @author followed by a company sign a
library's banner; a bundler's runtime marker belongs to scripts, never to a stylesheet. Written for the test."""

from __future__ import annotations

from auditor.facts.library_headers import header_author
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

PICKER = ("/**\n * tintpick - JavaScript Colour Chooser\n *\n * @link    http://tintpick.example\n"
          " * @license For open source use: GPLv3\n *          For commercial use: Tintpick Commercial License\n"
          " * @author  AUTHOR\n * @version 3.1.4\n *\n * See usage examples at http://tintpick.example/examples/\n */\n\n"
          "(function (global, factory) {\n\t'use strict';\n\tglobal.tintpick = factory(global);\n})(this, function (window) {\n"
          + "".join(f"\tfunction part{i}(a, b) {{\n\t\tif (a > {i} && b) {{ return a; }} else if (b < {i} || a === b) {{ return b; }}\n"
                    f"\t\treturn a && b ? {i} : -{i};\n\t}}\n" for i in range(30))
          + "\treturn { part0: part0 };\n});\n")

STYLE = ("/* met le plein écran en blanc, noir par défaut */\n::backdrop\n{\n    background-color: white;\n}\n\n"
         "/* carte */\n.conteneur-carte {\n    width: 100%;\n    position: absolute;\n    top: 100px;\n}\n\n"
         "/******/\nh4, .titre_4 {\n    margin-bottom: 20px;\n}\n\n/******/\n\n#panneau > h3 {\n    flex: 0 0 100%;\n}\n")

OWN = {"README.md": "# Carte des interventions\n\nProjet tuteuré : carte des points d'eau et des travaux pour un centre de secours.\n",
       "composer.json": '{"require": {"php": ">=7.4", "symfony/framework-bundle": "5.3.*"}, "license": "proprietary"}\n',
       "composer.lock": '{"packages": []}\n',
       "public/index.php": "<?php\nrequire dirname(__DIR__).'/vendor/autoload.php';\necho 'ok';\n",
       "public/js/script.js": "// centre la carte\nfunction centrer(carte) {\n    carte.setView([46.5, 0.3], 9);\n}\n"}


def _audit(tmp_path, name, files):
    repo = make_repo(tmp_path / name, [{"files": {**OWN, **files}, "date": "2022-06-02T10:00:00Z", "message": "initial",
                                        "author": ("Camille Bertin", "camille@example.fr")}])
    report = run_audit(repo, tmp_path / f"c{name}", ["reusability.dependencies", "reusability.maintainability"])
    return report["facts"]["inventory"], {r["id"]: r for r in report["results"]}


def test_a_jsdoc_license_tag_and_an_author_with_company_sign_the_banner():
    assert header_author("tintpick.js", PICKER.replace("AUTHOR", "Pavel Novotny - Blue Studio")) == "pavelnovotny"


def test_the_copied_picker_is_a_library_and_the_own_stylesheet_is_not(tmp_path):
    inv, res = _audit(tmp_path, "a", {"public/js/tintpick.js": PICKER.replace("AUTHOR", "Pavel Novotny - Blue Studio"),
                                      "public/css/style.css": STYLE})
    libs = [e["value"]["library"] for e in res["reusability.dependencies"]["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]]
    assert libs == ["tintpick"], res["reusability.dependencies"]["evidence"]
    assert inv["categories"].get("vendored", 0) == 1, inv["examples"]
    complex_paths = {e.get("path") for e in res["reusability.maintainability"]["evidence"]}
    assert "public/js/tintpick.js" not in complex_paths


def test_near_miss_the_projects_own_banner_and_a_real_bundle_keep_their_verdicts(tmp_path):
    # the banner's @author is the project's committer: its own script; a webpack runtime copied into js/ stays a copy
    bundle = "/******/ (function(modules) { // webpackBootstrap\n/******/ \tvar installedModules = {};\n/******/ })([]);\n"
    inv, res = _audit(tmp_path, "b", {"public/js/tintpick.js": PICKER.replace("AUTHOR", "Camille Bertin"),
                                      "public/js/graphes.js": bundle, "public/css/style.css": STYLE})
    assert sorted(inv["examples"].get("vendored", [])) == ["public/js/graphes.js"], inv["examples"]

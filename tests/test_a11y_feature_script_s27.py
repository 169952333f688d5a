"""interoperability.accessibility-and-ecodesign said "Present: RGAA statement" on a metropolis's mviewer applications (issue 12, session
27 fixer c27 = measure 17 reader o1, sigrennesmetropole/app_mviewer) from public/addons/accessibilite/js/accessibilite.js, an addon
showing the map's data as tables: a script named by the bare word is the statement only when its text states one; a page so named
(accessibilite.html) stays the statement's page, and so does a script whose text is the statement."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

A11Y = "interoperability.accessibility-and-ecodesign"
ADDON = ("// Outil facilitant l'accessibilité aux données d'une carte\n// Présentation des données sous une forme de tableau\n"
         "document.addEventListener(\"accessibilite-componentLoaded\", (e) => {\n    setTimeout(_init, 500);\n}, { once: true });\n"
         "function _init() {\n    var tables = [];\n    return tables;\n}\n")
APPS = {
    "README.md": "# app_mviewer\n\nA documenter.\n",
    "balades.xml": ("<config>\n  <application title=\"Balades\"/>\n  <mapoptions projection=\"EPSG:3857\" zoom=\"11\"/>\n  <extensions>\n"
                    "    <extension type=\"component\" id=\"accessibilite\" path=\"apps/public/addons\"/>\n  </extensions>\n</config>\n"),
    "balades/formulaire/index.html": "<!doctype html><html><body><form><input type=\"file\"></form></body></html>\n",
    "public/addons/accessibilite/js/accessibilite.js": ADDON,
    "public/addons/accessibilite/config.json": "{\"js\": [\"js/accessibilite.js\"], \"css\": \"css/accessibilite.css\"}\n",
    "public/addons/accessibilite/css/accessibilite.css": ".accessibilite-table { width: 100%; }\n",
}


def test_an_accessibility_addon_is_no_statement(tmp_path):
    a11y = results(run(build(tmp_path / "apps", APPS), tmp_path / "c", sponsor="local-authority", only=[A11Y]))[A11Y]
    assert a11y["details"]["criteria"]["a11y_statement"] is False, a11y["message"]
    assert "accessibility page" not in [e.get("value") for e in a11y["evidence"]], a11y["evidence"]
    files = dict(APPS, **{"public/addons/accessibilite/js/accessibilite.js": ADDON + "var declaration = 'Accessibilité : non conforme';\n",
                          "accessibilite.html": "<h1>Accessibilité</h1><p>Le site est en cours d'évaluation.</p>\n"})
    a11y = results(run(build(tmp_path / "apps2", files), tmp_path / "c2", sponsor="local-authority", only=[A11Y]))[A11Y]
    pages = [e.get("path") for e in a11y["evidence"] if e.get("value") == "accessibility page"]
    assert "accessibilite.html" in pages and "public/addons/accessibilite/js/accessibilite.js" in pages, a11y["evidence"]

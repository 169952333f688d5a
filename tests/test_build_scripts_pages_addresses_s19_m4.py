"""Addresses and a town's postal address the scan did not read (issue 12, s19 reader d1).

- OPEN-ENT-NG/competences: PDF templates (.xhtml, rendered by Flying Saucer) load Chart.js and jQuery from CDNs; .xhtml was not
  scanned, so scaling.hosting said "no external address". XHTML pages are now templates to the scan.
- PhilipMasse/Android---GRC: app/build.gradle.kts names the commune's API server in a buildConfigField; Gradle scripts were not
  read. They are now read for the addresses they name only (class config; their environment reads and strings are the build's).
- PhilipMasse/WordPress---Design: a theme's defaults in functions.php hold 'city' => '06390 Berre-les-Alpes'; territory-neutral
  passed. A postal code then a town alone in a string of code or a template is now a territory value (three or more in one file:
  a table). Only for a local government's code: a ministry's address on a State service's certificate is no territory's."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, check_result, results


def territory(tmp_path, files, sponsor="local-authority"):
    t = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.territory-neutral"], sponsor=sponsor))["reusability.territory-neutral"]
    return t, {(e.get("path"), e.get("line")) for e in t["evidence"] if e.get("path")}

PAGE = ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '  <script src="https://cdnjs.cloudflare.com/ajax/libs/Chart.js/2.8.0/Chart.min.js"></script>\n'
        '</head>\n<body><div id="bulletin">${eleve.nom}</div></body>\n</html>\n')
GRADLE = ('plugins {\n    id("com.android.application")\n}\n\nandroid {\n    defaultConfig {\n'
          '        buildConfigField("String", "API_BASE_URL", "\\"https://portail.agglo-exemplaire.fr/wp-json/app/v1/\\"")\n'
          '        val token = System.getenv("SIGNING_TOKEN") ?: ""\n    }\n}\n')


def test_an_xhtml_templates_cdn_script_is_an_address(tmp_path):
    r = check_result(tmp_path, {"README.md": "# Bulletins\n\nÉdite les bulletins en PDF.\n", "src/Main.java": "class Main {}\n",
                                "src/main/resources/template/pdf/bulletin.xhtml": PAGE}, "scaling.hosting")
    assert "no external address" not in r["message"]["en"] and "CDN" in r["message"]["en"], r["message"]


def test_a_gradle_scripts_server_is_read_but_not_its_environment(tmp_path):
    files = {"README.md": "# Application\n\nL'application mobile.\n", "app/src/main/java/fr/x/Main.kt": "fun main() {}\n",
             "app/build.gradle.kts": GRADLE}
    r = check_result(tmp_path, files, "scaling.hosting")
    assert "no external address" not in r["message"]["en"], r["message"]
    c = check_result(tmp_path / "b", files, "reusability.configuration")
    assert "SIGNING_TOKEN" not in str(c["evidence"]), c


def test_a_towns_postal_address_in_a_themes_defaults(tmp_path):
    code = ("<?php\nfunction theme_defaults() {\n    return [\n        'contact' => [\n            'address' => 'Place de la Mairie',\n"
            "            'city'    => '04170 Saint-André-les-Alpes',\n        ],\n    ];\n}\n")
    t, where = territory(tmp_path, {"README.md": "# Thème\n\nLe thème du site.\n", "functions.php": code})
    assert t["status"] == "warn" and where == {("functions.php", 6)}, t
    t, _ = territory(tmp_path / "s", {"README.md": "# Thème\n\nLe thème du site.\n", "functions.php": code}, sponsor="state")
    assert t["status"] == "pass", t  # (a State service's address serves the whole country)
    table = "<?php\n$towns = [\n  '29200 Brest',\n  '35000 Rennes',\n  '56100 Lorient',\n];\n$n = '12000 Euros';\n"
    t, where = territory(tmp_path / "b", {"README.md": "# Liste\n\nDes villes.\n", "towns.php": table})
    assert t["status"] == "pass", t

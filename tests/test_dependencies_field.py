"""Dependencies and code measures of the field's projects, each on a git fixture shaped like a real case: an R Shiny app
locked by renv or rsconnect, an R package's DESCRIPTION, a QGIS plugin with a maintenance script's requirements."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

SHINY_APP = {  # shaped like a departmental dashboard: a Shiny app, its helpers, a lock written by renv or rsconnect
    "README.md": "# Tableau de bord du département\n\nLoyers, stations et accidents par commune.\n",
    "app.R": "library(shiny)\nlibrary(leaflet)\nsource('global.R')\nshinyApp(ui, server)\n",
    "global.R": "library(dplyr)\n# Loyers moyens par commune\nloyers <- function(d) dplyr::summarise(d, m = mean(loyer))\n",
}
RENV_LOCK = ('{\n  "R": {"Version": "4.4.1", "Repositories": [{"Name": "CRAN", "URL": "https://cloud.r-project.org"}]},\n'
             '  "Packages": {\n    "dplyr": {"Package": "dplyr", "Version": "1.1.4", "Source": "Repository"},\n'
             '    "leaflet": {"Package": "leaflet", "Version": "2.2.2", "Source": "Repository"},\n'
             '    "shiny": {"Package": "shiny", "Version": "1.9.1", "Source": "Repository"}\n  }\n}\n')
RSCONNECT = ('{\n  "version": 1,\n  "locale": "fr_FR",\n  "platform": "4.4.1",\n  "metadata": {\n    "appmode": "shiny"\n  },\n'
             '  "packages": {\n    "shiny": {\n      "Source": "CRAN",\n      "description": {"Package": "shiny", "Version": "1.9.1"}\n    },\n'
             '    "leaflet": {\n      "Source": "CRAN",\n      "description": {"Package": "leaflet", "Version": "2.2.2"}\n    }\n  }\n}\n')
DESCRIPTION = ("Package: observatoire\nTitle: Observatoire des loyers\nVersion: 0.3.0\nDepends: R (>= 4.1)\n"
               "Imports:\n    dplyr (>= 1.1.0),\n    leaflet,\n    shiny\nSuggests: testthat (>= 3.0.0)\nLicense: MIT + file LICENSE\n")


def dependencies(tmp_path, files, name="r"):
    report = run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["reusability.dependencies"])
    return report["facts"]["manifests"], results(report)["reusability.dependencies"]


def test_a_shiny_app_locked_by_renv_or_rsconnect_declares_its_packages(tmp_path):
    for name, lock in (("renv", {"renv.lock": RENV_LOCK}), ("rsconnect", {"manifest.json": RSCONNECT})):
        facts, r = dependencies(tmp_path, {**SHINY_APP, **lock}, name)
        path = next(iter(lock))
        assert [(m["path"], m["ecosystem"], m["lockfile"]) for m in facts["manifests"]] == [(path, "r", path)], name
        assert "shiny" in facts["manifests"][0]["dependencies"] and "leaflet" in facts["manifests"][0]["dependencies"]
        # locked, and no update tool exists for R: nothing to ask, a pass
        assert r["status"] == "pass", (name, r["message"])
        assert "none exists for r" in r["message"]["en"] and not r.get("remediation_for_finding")
    _facts, r = dependencies(tmp_path, SHINY_APP, "bare")  # library() calls only: nothing declares the packages
    assert r["status"] == "fail"


def test_an_r_description_is_a_manifest_locked_by_the_renv_lock_beside_it(tmp_path):
    facts, r = dependencies(tmp_path, {**SHINY_APP, "DESCRIPTION": DESCRIPTION, "renv.lock": RENV_LOCK})
    assert [(m["path"], m["lockfile"]) for m in facts["manifests"]] == [("DESCRIPTION", "renv.lock")]
    m = facts["manifests"][0]
    assert m["name"] == "observatoire" and m["dependencies"] == ["dplyr", "leaflet", "shiny"] and m["dev_dependencies"] == ["testthat"]
    assert r["status"] == "pass", r["message"]
    facts, r = dependencies(tmp_path, {**SHINY_APP, "DESCRIPTION": DESCRIPTION}, "unlocked")
    assert r["status"] != "pass" and r["details"]["unlocked"] == ["DESCRIPTION"]
    assert r["remediation_for_finding"] and "renv::snapshot()" in r["remediation"]["en"]


def test_a_description_file_of_prose_is_no_manifest(tmp_path):
    facts, _r = dependencies(tmp_path, {**SHINY_APP, "DESCRIPTION": "Ce dépôt contient le tableau de bord du département.\n"})
    assert facts["manifests"] == []


QGIS_PLUGIN = {  # shaped like a QGIS plugin of a State agency for territories: the plugin's Python at the root, an export script aside
    "README.md": "# AgiRisk\n\nExtension QGIS d'analyse des risques d'inondation pour les territoires.\n",
    "metadata.txt": "[general]\nname=AgiRisk\nqgisMinimumVersion=3.22\nversion=1.0\n",
    "__init__.py": "def classFactory(iface):\n    from .agirisk import AgiRisk\n    return AgiRisk(iface)\n",
    "agirisk.py": "from qgis.core import QgsProject\n\n\nclass AgiRisk:\n    def __init__(self, iface):\n        self.iface = iface\n",
    "classes/calcul.py": "def surface(geom):\n    return geom.area()\n",
    "scripts/export_sql/export_sql_to_repo.py": "import psycopg2\nimport git\n\n\ndef export(dsn):\n    return psycopg2.connect(dsn)\n",
    "scripts/export_sql/requirements.txt": "psycopg2\ngit-python\n",
}


def test_a_maintenance_script_requirements_are_not_the_plugin_runtime(tmp_path):
    facts, r = dependencies(tmp_path, QGIS_PLUGIN)
    assert [(m["path"], m.get("tooling"), m["dependencies"]) for m in facts["manifests"]] == \
        [("scripts/export_sql/requirements.txt", True, [])]
    assert r["status"] in ("not_applicable", "fail") and "without a lockfile" not in r["message"]["en"], r["message"]
    # the same scripts with no code outside their folder are the project: their requirements are its runtime
    alone = {k: v for k, v in QGIS_PLUGIN.items() if k.startswith("scripts/") or k == "README.md"}
    facts, r = dependencies(tmp_path, alone, "alone")
    assert [(m["path"], m.get("tooling"), m["dependencies"]) for m in facts["manifests"]] == \
        [("scripts/export_sql/requirements.txt", None, ["psycopg2", "git-python"])]
    assert r["details"]["unlocked"] == ["scripts/export_sql/requirements.txt"]


MIT = ("MIT License\n\nCopyright (c) 2019 Département\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
       "of this software and associated documentation files (the \"Software\"), to deal\nin the Software without restriction, including "
       "without limitation the rights\nto use, copy, modify, merge, publish, distribute, sublicense, and/or sell\ncopies of the Software, "
       "and to permit persons to whom the Software is\nfurnished to do so, subject to the following conditions:\n\nThe above copyright "
       "notice and this permission notice shall be included in all\ncopies or substantial portions of the Software.\n\nTHE SOFTWARE IS "
       "PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\nIMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF "
       "MERCHANTABILITY,\nFITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\nAUTHORS OR COPYRIGHT HOLDERS BE "
       "LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\nLIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\nOUT OF OR "
       "IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE\nSOFTWARE.\n")
JCMS_PLUGIN = {  # shaped like a department's JCMS plugin: Java sources in WEB-INF/classes, jars copied in WEB-INF/lib, JSP "targets"
    "README.md": "# jAssmat\n\nModule dédié au site des assistantes maternelles.\n", "LICENSE": MIT,
    "WEB-INF/plugins/AssmatPlugin/plugin.xml": '<?xml version="1.0"?>\n<plugin name="AssmatPlugin" version="0.1" jcms="10.0"/>\n',
    "WEB-INF/classes/fr/cg44/plugin/assmat/AssmatUtil.java": "package fr.cg44.plugin.assmat;\n\npublic class AssmatUtil {\n  public int a() { return 1; }\n}\n",
    "WEB-INF/lib/gson-2.8.1.jar": b"PK\x03\x04\x14\x00\x08\x08gson",
    "WEB-INF/lib/itext-2.0.2.jar": b"PK\x03\x04\x14\x00\x08\x08itext",
    "WEB-INF/lib/smsClient.jar": b"PK\x03\x04\x14\x00\x08\x08sms",
    "plugins/AssmatPlugin/jsp/target/connexionLink.jsp": '<%@ include file="/jcore/doInitPage.jsp" %>\n<a href="login.jsp">Connexion</a>\n',
    "plugins/AssmatPlugin/jsp/target/smsBoard.jsp": '<%@ include file="/jcore/doInitPage.jsp" %>\n<div class="sms"></div>\n',
    "gradle/wrapper/gradle-wrapper.jar": b"PK\x03\x04wrapper",
}


def test_jars_copied_in_web_inf_lib_are_libraries_with_their_versions(tmp_path):
    report = run(build(tmp_path / "r", JCMS_PLUGIN), tmp_path / "c",
                 only=["reusability.dependencies", "licensing.dependencies", "reusability.build-output"])
    libs = [(lib["name"], lib["version"], lib["ecosystem"]) for lib in report["facts"]["inventory"]["libraries"]]
    assert libs == [("gson", "2.8.1", "java"), ("itext", "2.0.2", "java"), ("smsclient", None, "java")]  # not the Gradle wrapper
    res = results(report)
    dep = res["reusability.dependencies"]
    assert dep["status"] == "fail" and dep["details"]["libraries"] == 3, dep["message"]
    assert "pom.xml" in dep["remediation"]["en"] and "package.json" not in dep["remediation"]["en"]
    # the copied jars are dependencies whose licences are unknown: not "no dependency"
    lic = res["licensing.dependencies"]
    assert lic["status"] == "inconclusive" and "copied into the repository" in lic["message"]["en"], lic["message"]
    # a JCMS plugin's jsp/target/ folder holds pages people wrote, not a build's output
    assert res["reusability.build-output"]["status"] == "pass", res["reusability.build-output"]["message"]


def test_a_maven_target_folder_is_still_build_output(tmp_path):
    files = {"README.md": "# Service\n", "pom.xml": "<project><artifactId>service</artifactId></project>\n",
             "src/main/java/fr/ville/App.java": "package fr.ville;\npublic class App {}\n",
             "target/site/index.html": "<html></html>\n", "target/classes/fr/ville/App.class": b"\xca\xfe\xba\xbe"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.build-output"]))["reusability.build-output"]
    assert r["status"] == "warn" and r["details"]["files"] == 2, r["message"]


GLPI_PLUGIN = {  # shaped like Maine-et-Loire's transferticketentity: a GLPI plugin with no library of its own
    "README.md": "# GLPi Transfer Ticket Entity Plugin\n\nCe plugin permet de transférer des tickets d'une entité à une autre.\n",
    "setup.php": "<?php\nfunction plugin_init_transferticketentity() {}\nfunction plugin_version_transferticketentity() {\n"
                 "  return ['name' => 'TransferTicketEntity', 'license' => 'GPLv3+'];\n}\n",
    "hook.php": "<?php\nfunction plugin_transferticketentity_install() { return true; }\n",
    "inc/ticket.class.php": "<?php\nclass PluginTransferticketentityTicket extends CommonDBTM {\n  function transfer() { return true; }\n}\n",
    "js/script.js": "// Show the transfer form\nfunction showForm() { return 1; }\n",
}


def test_a_host_plugin_without_any_library_of_its_own_needs_no_manifest(tmp_path):
    _facts, r = dependencies(tmp_path, GLPI_PLUGIN)
    assert r["status"] == "not_applicable" and "GLPI" in r["message"]["en"], r["message"]
    copied = {**GLPI_PLUGIN, "lib/select2/select2.min.js": "/*! Select2 4.0.13 | https://github.com/select2/select2/blob/master/LICENSE.md */\n!function(){}();\n"}
    _facts, r = dependencies(tmp_path, copied, "copied")
    assert r["status"] == "fail" and r["details"]["libraries"] == 1, r["message"]


def test_a_library_readable_twin_is_vendored_and_a_project_own_pair_is_not(tmp_path):
    minified = "Chart.elements.Rectangle.prototype.draw=function(){var t=this._chart.ctx;return t}" * 20
    files = {"README.md": "# Visionneuse\n", "index.html": "<html></html>\n",
             "app/plugin/Chart.roundedBarCharts.js": "/*\n*   Rounded Rectangle Extension for Bar Charts\n*/\nChart.elements.Rectangle.prototype.draw = "
                                                     "function() {\n  var ctx = this._chart.ctx;\n  if (ctx) { return 1; }\n  return 0;\n};\n",
             "app/plugin/Chart.roundedBarCharts.min.js": minified,
             "app/js/carte.js": "// Carte des équipements\nfunction carte() {\n  return 1;\n}\n",
             "app/js/carte.min.js": "function carte(){return 1}",
             "app/js/easydrag/jquery.easyDrag.js": "/* jQuery easyDrag v1.2 */\n(function($){ $.fn.easyDrag = function() { return this; }; })(jQuery);\n",
             "app/js/easydrag/jquery.easyDrag.min.js": "/* jQuery easyDrag v1.2 */\n(function($){$.fn.easyDrag=function(){return this}})(jQuery);\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies", "reusability.maintainability"])
    libs = [(lib["name"], lib["files"]) for lib in report["facts"]["inventory"]["libraries"]]
    assert libs == [("chart.roundedbarcharts", 2), ("jquery.easydrag", 2)]
    m = results(report)["reusability.maintainability"]
    assert m["details"]["files_measured"] == 1, m["details"]  # the project's own carte.js only


def test_a_libs_folder_holds_the_project_scripts_and_packages_copied_with_their_licence(tmp_path):
    files = {"README.md": "# Simulateur\n", "package.json": '{"dependencies": {"leaflet": "^1.9.4"}}', "package-lock.json": "{}",
             "app/static/js/libs/moulinette_map.js": "// Carte du simulateur\nexport function carte(x) {\n  if (x) { return 1; }\n  return 0;\n}\n",
             "app/static/js/libs/leaflet-draw/LICENSE": "Copyright 2012-2017 Jon West, Jacob Toye, and Leaflet\n",
             "app/static/js/libs/leaflet-draw/package.json": '{"name": "leaflet-draw", "version": "1.0.4", "dependencies": {"leaflet": "*"}}',
             "app/static/js/libs/leaflet-draw/src/Draw.js": "L.drawVersion = '1.0.4';\nL.Draw = {};\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies", "reusability.maintainability"])
    assert [m["path"] for m in report["facts"]["manifests"]["manifests"]] == ["package.json"]  # not the copied package's
    assert report["facts"]["inventory"]["categories"]["vendored"] == 3
    assert results(report)["reusability.maintainability"]["details"]["files_measured"] == 1  # moulinette_map.js, the project's own


def _notebook(cells: list[tuple[str, str]], language: str = "python") -> str:
    import json

    return json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"language": language, "name": "python3"},
                                                                        "language_info": {"name": language}},
                       "cells": [{"cell_type": kind, "metadata": {}, "source": src.splitlines(keepends=True),
                                  **({"outputs": [{"output_type": "display_data", "data": {"image/png": "iVBORw0KGgo" * 2000}}],
                                      "execution_count": 1} if kind == "code" else {})} for kind, src in cells]}, indent=1)


BRANCHY = "".join(f"    if x == {i}:\n        return {i}\n" for i in range(12))
ANALYSIS = {  # shaped like a territorial analysis: notebooks, no .py module
    "README.md": "# Analyse des consommations\n\nCarnets d'analyse des consommations d'énergie des bâtiments.\n",
    "notebooks/consommations.ipynb": _notebook([("markdown", "# Consommations\n\nLecture des relevés des bâtiments communaux.\n"),
                                               ("code", "%matplotlib inline\nimport pandas as pd\n"),
                                               ("code", f"def classe(x):\n    \"\"\"Energy class of a building.\"\"\"\n{BRANCHY}    return None\n")]),
    "notebooks/cartes.ipynb": _notebook([("code", "def carte(d):\n    return d\n")]),
}


def test_notebook_code_cells_are_measured(tmp_path):
    report = run(build(tmp_path / "r", ANALYSIS), tmp_path / "c", only=["reusability.maintainability", "documentation.code-comments"])
    res = results(report)
    m = res["reusability.maintainability"]
    assert m["status"] != "not_applicable" and m["details"]["by_language"]["Jupyter Notebook"]["files"] == 2, m["message"]
    assert any(e.get("value", {}).get("function") == "classe" and e["path"] == "notebooks/consommations.ipynb" for e in m["evidence"])
    c = res["documentation.code-comments"]
    assert c["status"] not in ("inconclusive", "not_applicable"), c["message"]
    assert c["details"]["by_language"]["notebook"]["declarations"] == 2 and c["details"]["by_language"]["notebook"]["documented"] == 1


COMPONENTS = {  # shaped like a map application's front end: Vue and Svelte single-file components
    "README.md": "# Carte\n\nCarte des lignes de bus.\n", "package.json": '{"dependencies": {"vue": "^3.4.0", "svelte": "^4.0.0"}}',
    "package-lock.json": "{}",
    "src/components/Ligne.vue": "<template>\n  <div>{{ nom }}</div>\n</template>\n\n<script setup lang=\"ts\">\n"
                                f"/** Label of a line */\nexport function libelle(x: number): number | null {{\n{BRANCHY.replace('    ', '  ')}  return null\n}}\n"
                                "</script>\n\n<style scoped>\ndiv { color: red; }\n</style>\n",
    "src/components/Arret.svelte": "<script>\n  // Stop name shown on the map\n  export let nom = '';\n  function court(n) {\n    return n.slice(0, 3);\n  }\n"
                                   "</script>\n\n<p>{court(nom)}</p>\n",
}


def test_vue_and_svelte_components_scripts_are_measured(tmp_path):
    report = run(build(tmp_path / "r", COMPONENTS), tmp_path / "c", only=["reusability.maintainability", "documentation.code-comments"])
    res = results(report)
    m = res["reusability.maintainability"]
    assert set(m["details"]["by_language"]) == {"Vue", "Svelte"}, m["details"]["by_language"]
    worst = [e for e in m["evidence"] if e.get("value", {}).get("function") == "libelle"]
    assert worst and worst[0]["path"] == "src/components/Ligne.vue" and worst[0]["line"] == 7  # the component's own line
    c = res["documentation.code-comments"]
    assert set(c["details"]["by_language"]) == {"vue", "svelte"}, c["details"]["by_language"]
    assert c["details"]["by_language"]["vue"]["documented"] == 1


def test_a_library_copied_into_a_distribution_folder_is_one_library(tmp_path):
    files = {"README.md": "# Composants\n\nComposants web de datavisualisation.\n",
             "package.json": '{"devDependencies": {"bootstrap": "^5.3.0", "svelte": "^4.2.0"}}', "package-lock.json": "{}",
             "src/Chart.svelte": "<script>\n  export let data = [];\n</script>\n<canvas></canvas>\n",
             **{f"public/dist/bootstrap/css/{n}.min.css": f"/*!\n * Bootstrap {n} v5.1.3 (https://getbootstrap.com/)\n * Licensed under MIT\n */.a{{}}\n"
                for n in ("bootstrap", "bootstrap-grid", "bootstrap-reboot", "bootstrap-utilities.rtl")},
             "public/dist/jquery/jquery-3.6.0.min.js": "/*! jQuery v3.6.0 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n!function(){}();\n"}
    facts, r = dependencies(tmp_path, files)
    report_libs = run(build(tmp_path / "l", files), tmp_path / "cl", only=["reusability.dependencies"])["facts"]["inventory"]["libraries"]
    assert [(lib["name"], lib["version"], lib["files"]) for lib in report_libs] == [("bootstrap", "5.1.3", 4), ("jquery", "3.6.0", 1)]
    assert r["details"]["undeclared_libraries"] == 1 and "jquery" in r["message"]["en"] and "bootstrap-grid" not in r["message"]["en"]

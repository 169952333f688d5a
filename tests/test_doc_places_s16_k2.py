"""Session 16 (k2, reader r1's Lutece plugins of the Ville de Paris): documentation miscounted. One PDF in a plugin's webapp/ made
that whole served folder a "folder of published documents": its FreeMarker templates (WEB-INF/templates/*.html) and its interface
icons (images/admin/*.png) were counted as 104 documentation files (licensing.data-and-docs); and the data-model diagram of a
Maven site (src/site/xdoc/mdd.png, "modèle de données", beside a MySQL Workbench model) was not read as architecture."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PLUGIN = {
    "README.md": "# Signalements\n\nBack office des signalements de la ville.\n",
    "LICENSE": "BSD 3-Clause License\n\nCopyright (c) 2020, Ville Exemple\n",
    "pom.xml": "<project><artifactId>plugin-signalement</artifactId><packaging>lutece-plugin</packaging><version>1.0.0</version></project>\n",
    "src/java/fr/ville/signalement/Signalement.java": "package fr.ville.signalement;\n\n/** A report. */\npublic class Signalement {\n}\n",
    "webapp/Liste_des_tutoriels.pdf": b"%PDF-1.4\n%\xe2\xe3\n",
}
for k in range(12):
    PLUGIN[f"webapp/WEB-INF/templates/admin/plugins/signalement/ecran_{k}.html"] = f"<#include \"/admin/util/editor.html\" />\n<h2>Écran {k}</h2>\n${{signalement.id}}\n"
    PLUGIN[f"webapp/images/admin/skin/plugins/signalement/icone_{k}.png"] = b"\x89PNG\r\n\x1a\n" + bytes([k]) * 40


def test_a_web_apps_templates_and_icons_are_no_documentation(tmp_path):
    report = run_audit(build(tmp_path / "r", PLUGIN), tmp_path / "c", ["licensing.data-and-docs"])
    r = results(report)["licensing.data-and-docs"]
    assert r["status"] == "not_applicable" and "(1 file(s))" in r["message"]["en"], r


def test_published_documents_keep_their_figures(tmp_path):
    files = {"README.md": "# Nomenclature\n", "nomenclature/nomenclature.pdf": b"%PDF-1.4\n%\xe2\xe3\n",
             "nomenclature/nomenclature.html": "<html><body><h1>Nomenclature</h1></body></html>\n",
             "nomenclature/figures/schema.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
             "nomenclature/figures/exemple.png": b"\x89PNG\r\n\x1a\n" + b"\x01" * 40}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["licensing.data-and-docs"])
    r = results(report)["licensing.data-and-docs"]
    assert any(e.get("path") == "nomenclature/" and e.get("value") == 4 for e in r.get("evidence") or []), r


def test_a_data_model_diagram_named_mdd_is_architecture(tmp_path):
    files = dict(PLUGIN)
    files.update({"src/site/site.xml": "<project name=\"Signalement\"><body><menu name=\"Doc\"><item name=\"Accueil\" href=\"index.html\"/></menu></body></project>\n",
                  "src/site/xdoc/index.xml": "<document><body><section name=\"Signalement\"><p>Le modèle de données : mdd.png</p></section></body></document>\n",
                  "src/site/xdoc/mdd.png": b"\x89PNG\r\n\x1a\n" + b"\x02" * 40,
                  "src/site/xdoc/signalement.mwb": b"PK\x03\x04" + b"\x00" * 30})
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.docs"])
    assert "src/site/xdoc/mdd.png" in report["facts"]["docs"]["architecture"], report["facts"]["docs"]["architecture"]
    assert "architecture" not in results(report)["documentation.docs"]["details"]["missing"]

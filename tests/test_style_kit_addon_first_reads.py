"""Verdicts found wrong at the first read of a national symbology kit (the CNIG's PLU/PSMV styles) and of a geOrchestra
mapfishapp add-on (session 6, issue 12), each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

QML = "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.10.0\">\n<renderer-v2 type=\"RuleRenderer\"/>\n</qgis>\n"
SQL = ("CREATE TABLE s_cnig_docurba.grille (id serial, geom geometry(Polygon, 2154));\n"
       "CREATE OR REPLACE FUNCTION s_cnig_docurba.creation_grille() RETURNS void AS $$ BEGIN RETURN; END; $$ LANGUAGE plpgsql;\n")
KIT = {
    "README.md": "# SG5-SYMBOLISATION\n\nDépôt du sous-groupe Symbolisation pour les PLU. Retrouvez ici les fichiers de style QML et les projets "
                 "QGIS qui en permettent la visualisation.\n",
    "PLU/readme.md": "# Ressources pour les PLU\n\n- le répertoire [QML](/PLU/QML) contient les fichiers QML. Ils peuvent être directement "
                     "appliqués sur les tables des prescriptions, informations et zones des PLU au standard CNIG.\n",
    **{f"PLU/QML/plu_{n}.qml": QML for n in ("zone", "prescription_surf", "prescription_lin", "prescription_pct", "information_surf",
                                             "information_lin", "information_pct")},
    **{f"PSMV/QML/psmv_{n}.qml": QML for n in ("zone", "prescription_surf", "prescription_lin", "prescription_pct", "information_surf")},
    "__outils__/readme.md": "# Maintenance des outils\n\nMode d'emploi pour la mise à jour des fichiers QML.\n",
    "__outils__/creation_grille.sql": SQL,
    "__outils__/creation_grille_data.sql": "INSERT INTO s_cnig_docurba.grille (id) VALUES (1);\n",
    "__outils__/outils_generiques.sql": SQL.replace("creation_grille", "outil"),
    "__outils__/manipulation_xml.py": "import sys\n\n\ndef main():\n    print(sys.argv)\n",
    "__outils__/docs/conf.py": "project = 'Symbolisation'\nextensions = []\n",
    "__outils__/docs/index.rst": "Symbolisation\n=============\n\n.. toctree::\n\n   plu\n",
    "__outils__/docs/plu.rst": "PLU\n===\n\nLes symboles des PLU.\n",
}


def audit(tmp_path, files, only, name="r", sponsor="state"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return run(repo, tmp_path / (name + "-c"), only=only, sponsor=sponsor)


def test_a_symbology_kit_with_maintenance_sql_is_a_gis_kit_and_says_how_to_apply_its_styles(tmp_path):
    """The kind was "data-model" (8) from three SQL scripts of __outils__/ over "gis-kit" (4) from twelve QML styles, so install
    failed "A data model or database schema: nothing says how to load it" and seven n/a messages named a data model; the
    sub-folder README says the styles apply directly to the standard's tables."""
    report = audit(tmp_path, KIT, ["reusability.install", "interoperability.api-spec"])
    assert report["facts"]["project"]["kind"] == "gis-kit", report["facts"]["project"]["scores"]
    res = results(report)
    assert res["reusability.install"]["status"] == "pass", res["reusability.install"]["message"]
    assert "GIS kit" in res["interoperability.api-spec"]["message"]["en"], res["interoperability.api-spec"]["message"]
    # the same SQL at the root of a repository with two styles is a data model still
    model = {k.replace("__outils__/", ""): v for k, v in KIT.items() if not k.startswith(("PSMV/", "PLU/QML/plu_i", "PLU/QML/plu_p"))}
    assert audit(tmp_path, model, ["reusability.install"], "m")["facts"]["project"]["kind"] == "data-model"


def test_a_sphinx_site_in_a_tools_folder_is_a_documentation_site(tmp_path):
    """docs said "missing: documentation site" though __outils__/docs holds the Sphinx site a workflow publishes."""
    r = results(audit(tmp_path, KIT, ["documentation.docs"]))["documentation.docs"]
    assert "site" in r["details"]["found"], r["message"]
    # deeper than three folders: not looked for (three are, since s36 r36: a manual's <folder>/source/conf.py, docs/source/conf.py)
    nested = {k.replace("__outils__/docs/", "a/b/c/docs/"): v for k, v in KIT.items()}
    r = results(audit(tmp_path, nested, ["documentation.docs"], "n"))["documentation.docs"]
    assert "site" not in r["details"]["found"], r["message"]


MANIFEST = ('{\n  "js": ["js/StatusBar.js", "js/cadastre.js"],\n  "css": ["css/cadastre.css"],\n  "default_options": {\n'
            '    "communes": {"wfsurl": "http://geobretagne.fr/geoserver/geob_loc/wfs", "idfield": "INSE"}\n  },\n'
            '  "i18n": {"en": {"cadastre": "Cadastre"}, "fr": {"cadastre": "Cadastre"}}\n}\n')
ADDON = {
    "README.md": "ADDON CADASTRE for mapfishapp",
    "manifest.json": MANIFEST,
    "js/cadastre.js": 'Ext.namespace("GEOR.Addons");\n\nGEOR.Addons.cadastre = function (map, options) {\n    this.map = map;\n};\n',
    "js/StatusBar.js": "Ext.ux.StatusBar = Ext.extend(Ext.Toolbar, {});\n",
    "css/cadastre.css": ".cadastre { color: red; }\n",
}


def test_a_mapfishapp_add_on_is_a_plugin_of_its_host(tmp_path):
    """The add-on's manifest (js, default_options, i18n) was not recognised: kind "library" from "source code", docs asked an
    API and a deployment guide, configuration failed "no configuration template"."""
    report = audit(tmp_path, ADDON, ["documentation.docs", "reusability.configuration"], sponsor="local-authority")
    assert any("plugin of geOrchestra mapfishapp" in e["reason"] for e in report["facts"]["project"]["kind_evidence"]), report["facts"]["project"]
    res = results(report)
    assert not {"api", "deployment"} & set(res["documentation.docs"]["details"]["missing"]), res["documentation.docs"]["message"]
    # (its default_options are its settings, set per installation in the viewer's add-on entry: session 7's reader of
    # sigrennesmetropole/addon_rva called "not applicable" wrong)
    assert res["reusability.configuration"]["status"] == "pass", res["reusability.configuration"]["message"]
    # a web manifest (a PWA's name, icons, start_url) is no add-on
    pwa = {**ADDON, "manifest.json": '{"name": "Cadastre", "start_url": "/", "icons": []}\n'}
    report = audit(tmp_path, pwa, ["documentation.docs"], "p", sponsor="local-authority")
    assert not any("mapfishapp" in e["reason"] for e in report["facts"]["project"]["kind_evidence"])


def test_an_add_on_of_a_local_authority_is_not_said_to_have_no_interface(tmp_path):
    """public-building-blocks said "DSFR: not judged (no interface)" of the cadastre add-on (its windows open inside mapfishapp):
    for a local authority the reason is that the DSFR is reserved to State services."""
    files = {**ADDON, "js/cadastre.js": ADDON["js/cadastre.js"] + "var url = 'https://geobretagne.fr/geoserver/cadastre/wfs';\n"}
    r = results(audit(tmp_path, files, ["interoperability.public-building-blocks"], sponsor="local-authority"))
    msg = r["interoperability.public-building-blocks"]["message"]["en"]
    assert "no interface" not in msg and "reserved to State services" in msg, msg


def test_arcgis_pro_styles_offered_beside_qgis_ones_are_no_lock_in(tmp_path):
    """vendor-lock-in said "No proprietary service or tool of the list detected" beside the kit's ArcGIS Pro .stylx files: they are
    found, and offered beside the same kit's QGIS styles they are a choice, no lock-in; alone they are a dependency on Esri."""
    files = {**KIT, "PLU/ArcGISpro/PLU_CNIG.stylx": "\x00sqlite", "PSMV/ArcGISpro/PSMV_CNIG.stylx": "\x00sqlite"}
    r = results(audit(tmp_path, files, ["scaling.vendor-lock-in"]))["scaling.vendor-lock-in"]
    assert r["status"] == "pass" and "offered beside their open equivalents" in r["message"]["en"], r["message"]
    esri = {"README.md": "# Styles\n\nStyles ArcGIS Pro des PLU.\n", "PLU/ArcGISpro/PLU_CNIG.stylx": "\x00sqlite", "projet.aprx": "\x00aprx"}
    r = results(audit(tmp_path, esri, ["scaling.vendor-lock-in"], "e"))["scaling.vendor-lock-in"]
    assert r["status"] != "pass" and "Esri ArcGIS" in r["message"]["en"], r["message"]

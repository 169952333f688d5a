"""Project kind and sponsor type: decided from the files, shown in every report, and what each check
judges follows them (a SQL schema has no dependency manifest to fail, the DSFR is the State's)."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from auditor.context import AuditConfig
from tests.test_reusability_fixtures import build, results

POSTGIS = {
    "README.md": "# Modèle de données des réseaux\n\nModèle PostGIS des réseaux d'éclairage public.\n\n## Installation\n\n"
                 "Créez la base puis exécutez les scripts dans l'ordre :\n\n```\npsql -d sig -f sql/01_schema.sql\n```\n",
    "sql/01_schema.sql": "CREATE EXTENSION IF NOT EXISTS postgis;\nCREATE SCHEMA eclairage;\n"
                         "CREATE TABLE eclairage.point_lumineux (id serial PRIMARY KEY, code_insee varchar(5), geom geometry(Point, 2154));\n"
                         "COMMENT ON TABLE eclairage.point_lumineux IS 'Points lumineux';\n",
    "sql/02_vues.sql": "CREATE VIEW eclairage.v_points AS SELECT * FROM eclairage.point_lumineux;\n",
    "sql/03_fonctions.sql": "CREATE FUNCTION eclairage.f() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;\n",
    "LICENSE": "MIT License\n",
}

QGIS_KIT = {
    "README.md": "# Kit de contrôle qualité\n\nOuvrez le projet `controle.qgz` dans QGIS 3.28, puis chargez les styles du dossier styles/.\n",
    "controle.qgs": "<!DOCTYPE qgis><qgis version=\"3.28\"><projectCrs><spatialrefsys><authid>EPSG:2154</authid></spatialrefsys></projectCrs></qgis>\n",
    "styles/reseau.qml": "<!DOCTYPE qgis><qgis version=\"3.28\"><renderer-v2 type=\"singleSymbol\"/></qgis>\n",
    "styles/reseau.sld": "<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\"></StyledLayerDescriptor>\n",
    "sql/controles.sql": "SELECT id FROM reseau WHERE NOT ST_IsValid(geom);\n",
}

SHINY = {
    "README.md": "# Tableau de bord\n\nApplication Shiny.\n",
    "app.R": "library(shiny)\nui <- fluidPage(titlePanel(\"Consommations\"))\nserver <- function(input, output) {}\nshinyApp(ui, server)\n",
    "R/donnees.R": "lire <- function(f) read.csv(f)\n",
}

STATIC_MAP = {
    "README.md": "# Carte des bornes\n",
    "index.html": "<!doctype html><html><head><link rel=stylesheet href=lib/leaflet.css></head><body><div id=map></div>"
                  "<script src=lib/leaflet.js></script><script src=carte.js></script></body></html>\n",
    "carte.js": "var map = L.map('map');\n",
    "lib/leaflet.js": "/* @preserve Leaflet 1.9.4, a JS library for interactive maps. https://leafletjs.com (c) 2010-2023 Vladimir Agafonkin */\n",
}

REACT_APP = {
    "package.json": json.dumps({"name": "portail", "private": True, "dependencies": {"react": "^18", "@codegouvfr/react-dsfr": "^1"}}),
    "package-lock.json": "{}",
    "src/App.jsx": "export default function App() { return <div className=\"fr-container\">Bonjour</div>; }\n",
    "README.md": "# Portail\n",
}


def run(path, cache, only=None, sponsor=None):
    extra = {"sponsor_type": sponsor} if sponsor else {}
    return audit(str(path), AuditOptions(cache_dir=cache, offline=True, only=only,
                                         config=AuditConfig(cache_dir=cache, offline=True, network=False, extra=extra)))


def test_postgis_schema_is_a_data_model_and_is_judged_as_one(tmp_path):
    report = run(build(tmp_path / "r", POSTGIS), tmp_path / "c")
    proj = report["facts"]["project"]
    assert proj["kind"] == "data-model" and proj["kind_decided"]
    assert {e["path"] for e in proj["kind_evidence"]} <= set(POSTGIS) and proj["kind_evidence"]
    res = results(report)
    dep = res["reusability.dependencies"]
    assert dep["status"] == "not_applicable" and "modèle de données" in dep["message"]["fr"]
    inst = res["reusability.install"]
    assert inst["status"] == "pass", inst["message"]
    assert "charger" in inst["remediation"]["fr"] and "Dockerfile" not in inst["remediation"]["fr"]
    for cid in ("reusability.configuration", "interoperability.api-spec", "interoperability.auth", "interoperability.accessibility-and-ecodesign"):
        assert res[cid]["status"] == "not_applicable", (cid, res[cid]["message"])
        assert "modèle de données" in res[cid]["message"]["fr"]
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"


def test_data_model_without_loading_steps_fails_install_with_advice_for_its_kind(tmp_path):
    files = dict(POSTGIS, **{"README.md": "# Modèle\n\nUn modèle de données.\n"})
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install"]))["reusability.install"]
    assert res["status"] == "fail" and "modèle de données" in res["message"]["fr"]


def test_qgis_kit_is_a_gis_kit_whose_installation_is_opening_the_project(tmp_path):
    report = run(build(tmp_path / "r", QGIS_KIT), tmp_path / "c", only=["reusability.install", "reusability.dependencies"])
    assert report["facts"]["project"]["kind"] == "gis-kit"
    assert "controle.qgs" in {e["path"] for e in report["facts"]["project"]["kind_evidence"]}
    res = results(report)
    assert res["reusability.install"]["status"] == "pass", res["reusability.install"]["message"]
    assert res["reusability.dependencies"]["status"] == "not_applicable"


def test_shiny_app_is_a_web_application(tmp_path):
    report = run(build(tmp_path / "r", SHINY), tmp_path / "c", only=["reusability.install"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "web-application" and proj["kind_evidence"][0]["path"] == "app.R"


def test_static_leaflet_map_is_a_static_site(tmp_path):
    report = run(build(tmp_path / "r", STATIC_MAP), tmp_path / "c", only=["reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "static-site"
    assert results(report)["reusability.configuration"]["status"] == "not_applicable"


def test_dsfr_is_neither_rewarded_nor_recommended_to_a_local_authority(tmp_path):
    # a form with a postal code: reference data the public APIs provide, so the building blocks are judged
    path = build(tmp_path / "r", dict(REACT_APP, **{"src/Form.jsx": "export const fields = { code_postal: '' }\n"}))
    only = ["interoperability.public-building-blocks"]
    local = run(path, tmp_path / "c", only=only, sponsor="local-authority")
    assert local["facts"]["project"]["sponsor_type"] == "local-authority" and local["facts"]["project"]["sponsor_source"] == "option"
    r = results(local)["interoperability.public-building-blocks"]
    assert r["details"]["dsfr_judged"] is False and "DSFR" not in r["remediation"]["fr"] and "DSFR" not in r["remediation"]["en"]
    assert not any(e.get("value") == "DSFR" for e in r["evidence"])
    state = results(run(path, tmp_path / "c2", only=only, sponsor="state"))["interoperability.public-building-blocks"]
    assert state["details"]["dsfr_judged"] is True and state["score"] > r["score"]
    assert any(e.get("value") == "@codegouvfr/react-dsfr" for e in state["evidence"])


def test_sponsor_type_read_from_publiccode_organisation(tmp_path):
    files = dict(REACT_APP, **{"publiccode.yml": "publiccodeYmlVersion: '0.4'\nname: portail\norganisation:\n  uri: https://www.rennes.fr\n  name: Ville de Rennes\n"})
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.readme"])
    proj = report["facts"]["project"]
    assert (proj["sponsor_type"], proj["sponsor_source"]) == ("local-authority", "publiccode.yml")
    files["publiccode.yml"] = "publiccodeYmlVersion: '0.4'\nname: portail\norganisation:\n  uri: https://www.numerique.gouv.fr\n  name: DINUM\n"
    assert run(build(tmp_path / "s", files), tmp_path / "c2", only=["documentation.readme"])["facts"]["project"]["sponsor_type"] == "state"


def test_sponsor_unknown_without_any_source_and_shown_in_headers(tmp_path):
    from auditor.reports import render

    report = run(build(tmp_path / "r", POSTGIS), tmp_path / "c", only=["documentation.readme"])
    assert report["facts"]["project"]["sponsor_type"] == "unknown"
    for fmt in ("terminal", "md", "html"):
        out = render(report, fmt, "fr")
        assert "modèle de données" in out and "Porteur" in out, fmt
    assert "data model" in render(report, "md", "en")


def test_ruleset_weights_a_check_by_kind(tmp_path):
    rs = tmp_path / "rs.yml"
    rs.write_text("id: k\nversion: 1\nextends: guichet-selection\nchecks:\n  reusability.install: {weight: 3, weight_by_kind: {data-model: 0.5}}\n")
    path = build(tmp_path / "r", POSTGIS)
    rep = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.install"], ruleset=str(rs)))
    assert results(rep)["reusability.install"]["weight"] == 0.5
    rep = audit(str(build(tmp_path / "s", REACT_APP)), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.install"], ruleset=str(rs)))
    assert results(rep)["reusability.install"]["weight"] == 3


def test_ruleset_rejects_an_unknown_kind(tmp_path):
    import pytest

    from auditor.errors import RulesetError
    from auditor.ruleset import load_ruleset

    rs = tmp_path / "rs.yml"
    rs.write_text("id: k\nversion: 1\nextends: guichet-selection\nchecks:\n  reusability.install: {weight_by_kind: {spaceship: 1}}\n")
    with pytest.raises(RulesetError):
        load_ruleset(str(rs))


def test_undecided_kind_skips_no_check(tmp_path):
    files = {"notes.txt": "Outil interne.\n", ".env.example": "A=1\n"}  # (a compose file alone is a deployment: decided)
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"])
    assert report["facts"]["project"]["kind_decided"] is False
    assert results(report)["reusability.configuration"]["status"] != "not_applicable"


def test_check_declares_only_known_kinds():
    import pytest

    from auditor.checks.interface import CheckDefinitionError, T, check

    with pytest.raises(CheckDefinitionError):
        check(id="reusability.x", family="reusability", title=T("a", "a"), rationale=T("a", "a"), remediation=T("a", "a"), kinds=("spaceship",))


def test_sponsor_type_declared_in_auditor_yml(tmp_path):
    files = dict(REACT_APP, **{".auditor.yml": "version: 1\nsponsor:\n  type: state\n  name: Direction du numérique\n"})
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.public-building-blocks"])
    proj = report["facts"]["project"]
    assert (proj["sponsor_type"], proj["sponsor_source"]) == ("state", "declarations")
    assert results(report)["interoperability.public-building-blocks"]["details"]["dsfr_judged"] is True


def test_sql_filters_on_one_departement_are_territory_specific(tmp_path):
    files = dict(POSTGIS, **{
        "sql/04_vues_locales.sql": "CREATE VIEW eclairage.v_35 AS SELECT * FROM eclairage.point_lumineux\n  WHERE LEFT(code_insee, 2) = '35';\n"
                                   "CREATE VIEW r AS SELECT * FROM communes WHERE insee_reg = '53';\n",
        "sql/05_reference.sql": "-- exemple : WHERE code_dep = '29'\nSELECT * FROM communes WHERE code_dep = d.code;\n",
    })
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.territory-neutral"]))["reusability.territory-neutral"]
    got = sorted((e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding")
    assert got == [("sql/04_vues_locales.sql", 2), ("sql/04_vues_locales.sql", 3)], r["evidence"]
    assert r["status"] == "warn"


def test_postgis_columns_and_sld_styles_are_geographic_data(tmp_path):
    r = results(run(build(tmp_path / "r", POSTGIS), tmp_path / "c", only=["interoperability.geo"]))["interoperability.geo"]
    assert r["status"] != "not_applicable" and any("geometry(Point, 2154)" in str(e.get("value")) for e in r["evidence"]), r["evidence"]
    assert r["details"]["legal_crs"] is True and "legal reference system: yes" in r["message"]["en"]
    r = results(run(build(tmp_path / "s", QGIS_KIT), tmp_path / "c2", only=["interoperability.geo"]))["interoperability.geo"]
    assert r["details"]["ogc"] is True and "OGC: yes" in r["message"]["en"]


def test_data_model_readme_listing_its_scripts_explains_loading_and_sql_identifier_columns_count(tmp_path):
    files = dict(POSTGIS, **{"README.md": "# Espaces verts\n\nSpécification du modèle.\n\n- Script d'initialisation de la base de données\n"
                                          "  * [Création de la structure](sql/01_schema.sql)\n  * [Vues](sql/02_vues.sql)\n"})
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.install", "interoperability.identifiers", "documentation.readme-sections"])
    res = results(report)
    assert res["reusability.install"]["status"] == "pass", res["reusability.install"]["message"]
    assert res["interoperability.identifiers"]["status"] != "not_applicable" and "codeinsee" in res["interoperability.identifiers"]["details"]["fields"]
    assert "install" in report["facts"]["readme"]["sections"]


def test_libraries_copied_into_lib_are_vendored_and_not_declared_dependencies(tmp_path):
    files = dict(STATIC_MAP, **{"js/lib/moment.js": "/*! moment.js v2.29.4 | MIT license */\n" + "function moment() {}\n" * 50})
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.dependencies", "reusability.maintainability"])
    dep = results(report)["reusability.dependencies"]
    assert dep["status"] == "fail" and dep["details"]["vendored_copies"] == 2, dep["message"]
    assert {e["path"] for e in dep["evidence"]} == {"lib/leaflet.js", "js/lib/moment.js"}


def test_code_in_a_language_the_comments_check_cannot_read_is_not_measured(tmp_path):
    files = {"README.md": "# Traitements\n", "src/main/scala/Job.scala": "object Job { def main(args: Array[String]): Unit = {} }\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.code-comments"]))["documentation.code-comments"]
    assert r["status"] == "inconclusive" and "Scala" in r["message"]["en"]


def test_java_web_application_is_not_a_static_site(tmp_path):
    files = {"pom.xml": "<project><artifactId>sirh</artifactId></project>\n", "src/main/webapp/WEB-INF/web.xml": "<web-app/>\n",
             "src/main/webapp/index.jsp": "<html><body>SIRH</body></html>\n", "src/main/webapp/lib/aide.html": "<html></html>\n",
             "src/main/java/nc/App.java": "class App {}\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"])
    assert report["facts"]["project"]["kind"] == "web-application"
    assert results(report)["reusability.configuration"]["status"] != "not_applicable"


def test_documented_sql_schema_and_sld_styles_count_as_published_schema_and_open_formats(tmp_path):
    files = dict(POSTGIS, **{"sql/06_commentaires.sql": "COMMENT ON COLUMN eclairage.point_lumineux.id IS 'Identifiant';\n"
                                                        "COMMENT ON COLUMN eclairage.point_lumineux.geom IS 'Position';\n"})
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.data-standards"]))["interoperability.data-standards"]
    assert r["status"] == "warn" and r["details"]["sql_schema_comments"] == 3 and "SQL (DDL)" in r["details"]["formats"], r["message"]
    r = results(run(build(tmp_path / "s", QGIS_KIT), tmp_path / "c2", only=["interoperability.data-standards"]))["interoperability.data-standards"]
    # named by the encodings the kit holds, not by the whole family (no GeoPackage claimed where there is none)
    assert "OGC (SLD)" in r["details"]["formats"], r["details"]["formats"]


def test_documents_found_where_they_are(tmp_path):
    files = dict(POSTGIS, **{
        "README.md": "# Modèle\n\nUn modèle.\n\n- [Documentation d'administration de la base](bdd/doc_admin_bd.md)\n- [Guide](guides/guide_utilisateur.pdf)\n",
        "bdd/doc_admin_bd.md": "# Administration\n\nLes tables.\n", "guides/guide_utilisateur.pdf": "%PDF-1.4\n",
        "app/doc/architecture.md": "# Architecture\n\nLa base PostGIS, ses vues et l'application qui les lit.\n",
    })
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.docs"])
    d = report["facts"]["docs"]
    assert "app/doc" in d["docs_dirs"] and "bdd" in d["docs_dirs"] and d["doc_files"] >= 3, d
    assert "app/doc/architecture.md" in d["architecture"]
    r = results(report)["documentation.docs"]
    assert r["status"] != "fail", r["message"]


def test_styles_alone_give_nothing_to_comment(tmp_path):
    files = {"README.md": "# Styles\n", "styles/a.sld": "<StyledLayerDescriptor/>\n", "styles/b.sld": "<StyledLayerDescriptor/>\n"}
    r = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.code-comments"]))["documentation.code-comments"]
    assert r["status"] == "not_applicable", r["message"]


def test_an_executable_filter_script_is_a_command_line_tool_with_nothing_to_configure(tmp_path):
    """Shaped like geo2france/csv_standardizer: one executable Python script reading stdin and writing stdout (a CSV
    cleaner): a command-line tool, with no settings to document and no data schema of its own; not deployed."""
    from tests.gitrepo import Executable, make_repo

    script = ("#!/usr/bin/env python\nimport sys\nimport csv\n\n\ndef standardize():\n    rows = csv.reader(sys.stdin)\n"
              "    csv.writer(sys.stdout).writerows(rows)\n\n\nif __name__ == '__main__':\n    standardize()\n")
    files = {"README.md": "# csv\n\nNormalise un CSV.\n\n## Installation\n\n`pip install -r requirements.txt`\n\n## Utilisation\n\n"
                          "`cat a.csv | ./standardize_csv.py > b.csv`\n", "requirements.txt": "clevercsv\n",
             "standardize_csv.py": Executable(script)}
    report = run(make_repo(tmp_path / "r", [{"files": files}]), tmp_path / "c",
                 only=["reusability.configuration", "interoperability.data-standards", "documentation.readme-sections"])
    assert report["facts"]["project"]["kind"] == "cli-tool", report["facts"]["project"]
    r = results(report)
    assert r["reusability.configuration"]["status"] == "not_applicable", r["reusability.configuration"]["message"]
    assert r["interoperability.data-standards"]["status"] == "not_applicable", r["interoperability.data-standards"]["message"]
    assert "deployment" not in r["documentation.readme-sections"]["details"]["missing"]

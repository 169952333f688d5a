"""National data schemas of schema.data.gouv.fr implemented field for field (issue 12, s26 f26 = s26 reader o1,
sigagglocompiegne/mobilite_cycle): a PostGIS model's export views followed the national cycling infrastructure schema (ame_d,
regime_d, sens_d, statut_d, revet_d, code_com_d…) and the national bicycle parking schema (capacite_cargo, type_accroche,
coordonneesxy, d_service…), yet interoperability.data-standards knew only the CNIG's PLU standard and the BAL format as national
standards (warn 6). Now the schemas listed in auditor/data/national_schemas.yml count when one of the project's files uses several
of one schema's own fields. Right neighbours: the same fields scattered one per file, or named only in the README, are no standard."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DS = "interoperability.data-standards"

SKELETON = ("CREATE SCHEMA m_mobilite;\nCREATE TABLE m_mobilite.troncon (\n    id_tronc integer PRIMARY KEY,\n    insee varchar(5),\n"
            "    typ_amgt varchar(2),\n    sens varchar(2),\n    geom geometry(MultiLineString,2154)\n);\n"
            "COMMENT ON TABLE m_mobilite.troncon IS 'Tronçons cyclables';\nCOMMENT ON COLUMN m_mobilite.troncon.insee IS 'Code INSEE';\n")
VIEW = ("-- Vue d'export opendata au schéma national des aménagements cyclables\n"
        "CREATE OR REPLACE VIEW m_mobilite.xopendata_amenagements AS SELECT\n    t.id_tronc AS id_local,\n    t.insee AS code_com_d,\n"
        "    t.typ_amgt AS ame_d,\n    'AUTRE' AS regime_d,\n    t.sens AS sens_d,\n    'EN SERVICE' AS statut_d,\n    'LISSE' AS revet_d,\n"
        "    t.insee AS code_com_g,\n    t.typ_amgt AS ame_g,\n    now()::date AS date_maj,\n    'Agglomération' AS source,\n    t.geom\n"
        "FROM m_mobilite.troncon t;\n")


def _model(view: str, readme: str = "") -> dict:
    return {"README.md": "# Mobilité cyclable\n\nModèle de données des aménagements cyclables de l'agglomération.\n" + readme,
            "bdd/10_squelette.sql": SKELETON, "bdd/23_vues_opendata.sql": view}


def test_an_export_view_to_the_cycling_schema_names_the_national_standard(tmp_path):
    ds = judge(tmp_path, _model(VIEW), [DS])[1][DS]
    assert any("cycling infrastructure" in n for n in ds["details"]["national_standards"]), (ds["message"], ds["details"])
    assert "aménagements cyclables" in ds["message"]["fr"]
    assert ds["status"] == "pass", ds["message"]


def test_fields_scattered_or_only_in_the_readme_name_no_national_schema(tmp_path):
    # one field per file (a column named sens_d here, statut_d there) is no schema followed; a README listing fields documents them
    files = _model("CREATE VIEW m_mobilite.v1 AS SELECT t.sens AS sens_d, t.geom FROM m_mobilite.troncon t;\n",
                   "Champs à venir : ame_d, regime_d, statut_d, revet_d, code_com_d.\n")
    files["bdd/24_vue_statut.sql"] = "CREATE VIEW m_mobilite.v2 AS SELECT 'EN SERVICE' AS statut_d, t.geom FROM m_mobilite.troncon t;\n"
    files["bdd/25_vue_revet.sql"] = "CREATE VIEW m_mobilite.v3 AS SELECT 'LISSE' AS revet_d, t.geom FROM m_mobilite.troncon t;\n"
    ds = judge(tmp_path, files, [DS])[1][DS]
    assert ds["details"]["national_standards"] == [], ds["details"]


def test_the_national_schemas_file_is_dated_and_sourced():
    from auditor.data import about, load
    assert about("national_schemas.yml")["date"] and about("national_schemas.yml")["source"]
    assert all(s["fields"] and s["fr"] and s["en"] for s in load("national_schemas.yml")["schemas"])

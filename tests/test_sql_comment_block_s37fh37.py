"""interoperability.data-standards (issue 12, s37 fh37 = sigagglocompiegne/urba_patri_verna).

A PostGIS data model's script keeps its CREATE SCHEMA, the grants and the schema's COMMENT ON inside a /* … */ block (put aside:
the schema exists already), then creates and describes its table and view. The check cited the disabled statement,
"SQL schema documented (COMMENT ON)" at the block's line, and counted it among sql_schema_comments. A COMMENT ON inside a block
comment is no description of the schema.
Near miss: the live COMMENT ON statements after the block stay counted and cited.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.data-standards"

SQL = """-- Modèle : inventaire du petit patrimoine

/*
CREATE SCHEMA m_urbanisme
  AUTHORIZATION sig_create;

COMMENT ON SCHEMA m_urbanisme
  IS 'Données géographiques métiers sur l''urbanisme';
*/

CREATE TABLE m_urbanisme.geo_patrimoine (
  idpat serial NOT NULL,
  libelle character varying(254),
  geom geometry(Point, 2154),
  CONSTRAINT geo_patrimoine_pkey PRIMARY KEY (idpat)
);

COMMENT ON TABLE m_urbanisme.geo_patrimoine IS 'Inventaire du petit patrimoine';
COMMENT ON COLUMN m_urbanisme.geo_patrimoine.libelle IS 'Libellé';

CREATE VIEW m_urbanisme.xopendata_patrimoine AS SELECT idpat, libelle, geom FROM m_urbanisme.geo_patrimoine;
COMMENT ON VIEW m_urbanisme.xopendata_patrimoine IS 'Vue open data';
"""


def test_a_comment_on_inside_a_block_comment_is_not_counted(tmp_path):
    r = check_result(tmp_path, {"sql/init_bd_patrimoine.sql": SQL, "README.md": "# Petit patrimoine\n"}, CID)
    assert r["details"].get("sql_schema_comments") == 3, r["details"]  # was 4, the block's COMMENT ON SCHEMA counted
    lines = {e.get("line") for e in r["evidence"] if e.get("path") == "sql/init_bd_patrimoine.sql"}
    assert 7 not in lines, r["evidence"]  # was cited: "SQL schema documented (COMMENT ON)"
    assert lines & {18, 19, 22}, r["evidence"]

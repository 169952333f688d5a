"""An Oracle Spatial data model of a métropole (issue 12, s23 reader m3: meldig/base_geotech, Métropole Européenne de Lille).

interoperability.geo read the legal reference system of a PostGIS column (geometry(Point, 2154)) but not the one an Oracle layer
declares in its USER_SDO_GEOM_METADATA row, whose SRID sits alone on the last line of a multi-line INSERT; it is now read in a
bounded window of that statement. reusability.territory-neutral passed the model although it writes the métropole's
Lambert-93 extent into the layer's metadata (SDO_DIM_ELEMENT('X', min, max, tol), SDO_DIM_ELEMENT('Y', …)) and reads the
métropole's own table of its communes (FROM G_REFERENTIEL.MEL_COMMUNE: MEL, three letters, the body's own acronym). Each case
on a git fixture of the same shape (our own SQL), with the neighbouring right cases beside it: a PostGIS model, a metadata row in
WGS 84, a national extent, tables that merely start with three letters, MEL inside a word or in a comment. (The territory signals
are k3's e8ada68; this adds the metadata's SRID and the advice of an Oracle model and of SQL-only territory values.)
"""

from __future__ import annotations

import subprocess

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

TABLE = """/*
TA_POINT_MESURE : les points de mesure du réseau.
*/
CREATE TABLE G_DEMO.TA_POINT_MESURE (
    "OBJECTID" NUMBER(38,0) NOT NULL,
    "GEOM" MDSYS.SDO_GEOMETRY,
    "LIBELLE" VARCHAR2(200)
);
COMMENT ON TABLE G_DEMO.TA_POINT_MESURE IS 'Points de mesure du réseau.';

INSERT INTO USER_SDO_GEOM_METADATA(
    TABLE_NAME,
    COLUMN_NAME,
    DIMINFO,
    SRID
)
VALUES(
    'TA_POINT_MESURE',
    'GEOM',
    SDO_DIM_ARRAY(SDO_DIM_ELEMENT('X', {x1}, {x2}, 0.005),SDO_DIM_ELEMENT('Y', {y1}, {y2}, 0.005)),
    2154
);
COMMIT;
"""
# (a box of about 30 km around a town of the Nord, in Lambert-93 metres)
LOCAL = {"x1": 690000, "x2": 722500.5, "y1": 7050000, "y2": 7081000}
NATIONAL = {"x1": 99000, "x2": 1243000, "y1": 6040000, "y2": 7111000}  # (all of metropolitan France)

FUNCTION = """create or replace FUNCTION GET_QUARTIER(v_geom SDO_GEOMETRY) RETURN CHAR
    DETERMINISTIC
    As
    v_code CHAR(8);
    BEGIN
        SELECT
            TRIM(b.code)
            INTO v_code
        FROM
            {table} b
        WHERE
            SDO_RELATE(v_geom, b.geom, 'mask=INSIDE')='TRUE';
        RETURN v_code;
    END GET_QUARTIER;
/
"""


def _audit(tmp_path, files, only, origin=None, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2025-03-02T10:00:00Z", "message": "ddl"}])
    if origin:
        subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", origin], check=True)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / (name + "-c"), offline=True, only=only))
    return {r["id"]: r for r in report["results"]}


def _model(extent=LOCAL, table="G_REFERENTIEL.MEL_COMMUNE"):
    return {"README.md": "# Base des points de mesure\n", "ddl/tables/creation_ta_point_mesure.sql": TABLE.format(**extent),
            "ddl/fonctions/creation_get_quartier.sql": FUNCTION.format(table=table)}


def test_the_srid_of_an_oracle_layers_metadata_is_its_reference_system(tmp_path):
    geo = _audit(tmp_path, _model(), ["interoperability.geo"])["interoperability.geo"]
    assert geo["status"] in ("warn", "pass") and geo["details"]["legal_crs"], geo["message"]
    legal = [e for e in geo["evidence"] if "SRID" in str(e.get("value"))]
    assert legal and legal[0]["path"] == "ddl/tables/creation_ta_point_mesure.sql" and legal[0]["value"] == "USER_SDO_GEOM_METADATA: SRID 2154"
    # a data model keeping Oracle geometries is told where to keep and publish them, not to draw a map with Leaflet
    assert "PostGIS" in geo["remediation"]["fr"] and "Leaflet" not in geo["remediation"]["en"], geo["remediation"]
    # the metadata row in another system (WGS 84) is no legal one
    other = _model()
    other["ddl/tables/creation_ta_point_mesure.sql"] = other["ddl/tables/creation_ta_point_mesure.sql"].replace("    2154\n", "    4326\n")
    geo = _audit(tmp_path, other, ["interoperability.geo"], name="w")["interoperability.geo"]
    assert not geo["details"]["legal_crs"], geo["message"]


def test_a_postgis_model_is_judged_as_before(tmp_path):
    files = {"README.md": "# Base des points de mesure\n",
             "ddl/tables/point_mesure.sql": "CREATE TABLE demo.point_mesure (\n    id serial PRIMARY KEY,\n    geom geometry(Point, 2154)\n);\n"}
    geo = _audit(tmp_path, files, ["interoperability.geo"])["interoperability.geo"]
    assert geo["status"] == "pass" and geo["details"]["legal_crs"] and geo["details"]["ogc"], geo["message"]
    assert not any("USER_SDO_GEOM_METADATA" in str(e.get("value")) for e in geo["evidence"])


def test_the_metropoles_extent_and_its_own_table_are_territory_values(tmp_path):
    res = _audit(tmp_path, _model(), ["reusability.territory-neutral"], origin="https://github.com/meldig/base_demo.git")
    r = res["reusability.territory-neutral"]
    assert r["status"] in ("warn", "fail"), r["message"]
    found = {(e["path"], e["line"]): e["value"] for e in r["evidence"] if e.get("kind") == "finding"}
    assert any(p == "ddl/fonctions/creation_get_quartier.sql" and v == "G_REFERENTIEL.MEL_COMMUNE" for (p, _), v in found.items()), found
    assert any(p == "ddl/tables/creation_ta_point_mesure.sql" and str(v).startswith("SDO_DIM_ELEMENT('X', 690000") for (p, _), v in found.items()), found
    # the advice of a SQL model is the script's parameters, not an .env file
    assert ".env" not in r["remediation"]["fr"] and "SQL*Plus" in r["remediation"]["fr"], r["remediation"]


def test_what_stays_territory_neutral(tmp_path):
    # a national extent, and tables that only start with three letters no listed body calls itself (under the métropole's account)
    res = _audit(tmp_path, _model(NATIONAL, "G_REFERENTIEL.REF_COMMUNE"), ["reusability.territory-neutral"],
                 origin="https://github.com/meldig/base_demo.git", name="n")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]
    # MEL inside a longer word of a table's name (a "formel" table), or in a comment, is no acronym
    model = _model(NATIONAL, "G_DEMO.TA_FORMEL_COMMUNE")
    model["ddl/fonctions/creation_get_quartier.sql"] += "-- SELECT code FROM G_REFERENTIEL.MEL_COMMUNE\n"
    res = _audit(tmp_path, model, ["reusability.territory-neutral"], origin="https://github.com/meldig/base_demo.git", name="f")
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]

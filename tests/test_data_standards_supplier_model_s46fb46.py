"""interoperability.data-standards on a pipeline loading a web service's data as delivered into its user's database (issue 12, s46 fb46;
reader rf45, re-reader vc45).

igeofr/mapillary2pg's shell scripts download Mapillary's images and map features from its API as GeoJSON (wget, mapillary2pg.sh:115),
merge them into a temporary GeoPackage and load them with `ogr2ogr -f "PostgreSQL"` into the user's PostGIS: fail 3.0 "Open formats:
GeoJSON, GeoPackage; 0 Table Schema", by the s22 rule for downloading pipelines. The tables are Mapillary's data in Mapillary's model
and nothing is published for others: now not applicable, saying so. Near misses stay judged: the same pipeline writing a GeoJSON file
of its own instead of loading a database, and one whose script creates its own table."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
SCRIPT = ("#!/bin/sh\n. ./reglages.env\nfor TYPE in photos objets; do\n"
          "  wget \"https://api.exemple.org/$TYPE?jeton=$JETON&bbox=$EMPRISE\" -O \"$DOSSIER/$TYPE.geojson\"\n"
          "  ogr2ogr -f GPKG -append \"$DOSSIER/$TYPE.gpkg\" \"$DOSSIER/$TYPE.geojson\"\n"
          "  ogr2ogr -append -f \"PostgreSQL\" PG:\"service='$SERVICE' schemas='$SCHEMA'\" -nln \"releves_$TYPE\" -t_srs EPSG:2154 \"$DOSSIER/$TYPE.gpkg\"\n"
          "done\n")
FILES = {"README.md": "# releves2pg\n\nCharger les relevés d'un service web dans PostGIS.\n\n## Utilisation\n\n`sh charger.sh`\n",
         "charger.sh": SCRIPT, "reglages.env": "JETON='XXXX'\nEMPRISE='3.9,43.5,4.2,43.8'\nDOSSIER=/tmp/releves\nSERVICE=base\nSCHEMA=ref\n"}


def _res(tmp_path, files, name="r"):
    return judge(tmp_path, files, [CID], name)[1][CID]


def test_loading_a_services_data_as_delivered_is_not_applicable(tmp_path):
    res = _res(tmp_path, FILES)
    assert res["status"] == "not_applicable", res["message"]
    assert "producer's" in res["message"]["en"] and "producteur" in res["message"]["fr"], res["message"]
    assert any(e.get("path") == "charger.sh" and e.get("line") == 6 for e in res["evidence"]), res["evidence"]


def test_near_miss_writing_a_file_of_its_own_stays_judged(tmp_path):
    own = SCRIPT.replace("ogr2ogr -append -f \"PostgreSQL\" PG:\"service='$SERVICE' schemas='$SCHEMA'\" -nln \"releves_$TYPE\"",
                         "ogr2ogr -f GeoJSON \"sortie/releves_$TYPE.geojson\"")
    res = _res(tmp_path, dict(FILES, **{"charger.sh": own}), "file")
    assert res["status"] in ("fail", "warn"), res["message"]


def test_near_miss_a_table_of_its_own_stays_judged(tmp_path):
    files = dict(FILES, **{"modele.sql": "CREATE TABLE ref.releves_suivis (id text PRIMARY KEY, etat text, vu_le date);\n"})
    res = _res(tmp_path, files, "table")
    assert res["status"] != "not_applicable", res["message"]

"""interoperability.data-standards with no data file in the repository (issue 12, s45 fi45, reader rf45).

igeofr/foncier_biens_sans_maitres holds two SELECT queries (a cadastre extract crossed with a national deaths file) whose result column
is a PostGIS geometry (identification_local.sql: `ST_Multi(…)::geometry(MultiPolygon, 2154)`): no data file, no table of its own,
yet fail 3.0 "Describe each data file with a Table Schema". And igeofr/mapillary2pg, a shell pipeline loading a web service's GeoJSON
into PostGIS (data_files 0), got the same advice about data files that do not exist. Now: SELECT-only queries are not applicable;
with no data file the advice speaks of the data the project writes or loads. Near misses: a CREATE TABLE with a geometry column keeps
its verdict, and a pipeline with a CSV of its own keeps "describe each data file (…csv)"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
QUERY = ("-- parcelles dont le propriétaire est décédé\nSELECT p.idpar, p.idcom, d.date_deces,\n"
         "       ST_Multi(p.geom)::geometry(MultiPolygon, 2154) AS geom\nFROM cadastre.parcelle p\n"
         "JOIN etat_civil.deces d ON d.nom = p.nom_proprio\nWHERE d.date_deces < now() - interval '30 years';\n")
README = "# Repérage foncier\n\nRequêtes PostGIS pour repérer des parcelles à examiner.\n"


def _res(tmp_path, files, name="r"):
    return judge(tmp_path, files, [CID], name)[1][CID]


def test_select_queries_only_are_not_applicable(tmp_path):
    files = {"README.md": README, "parcelles.sql": QUERY, "lots.sql": QUERY.replace("parcelle p", "lot p")}
    res = _res(tmp_path, files)
    assert res["status"] == "not_applicable", res["message"]


def test_near_miss_a_table_defined_keeps_its_verdict(tmp_path):
    files = {"README.md": README, "schema.sql": ("CREATE TABLE foncier.parcelle_suivie (idpar varchar(14) PRIMARY KEY, "
                                                 "etat text, geom geometry(MultiPolygon, 2154));\n"), "parcelles.sql": QUERY}
    res = _res(tmp_path, files)
    assert res["status"] != "not_applicable", res["message"]


PIPE = ("#!/bin/sh\n. ./settings.env\nwget -q -O objets.geojson \"$URL\"\n"
        "ogr2ogr -f GPKG tmp.gpkg objets.geojson\nogr2ogr -f PostgreSQL PG:service=$SERVICE tmp.gpkg -lco SCHEMA=ref\n")


# (a pipeline loading the service's data as delivered into PostGIS is not applicable since s46 fb46, the model being the supplier's:
# tests/test_data_standards_supplier_model_s46fb46.py; one writing a file of its own stays judged, with this advice)
OWN_FILE = PIPE.replace("ogr2ogr -f PostgreSQL PG:service=$SERVICE tmp.gpkg -lco SCHEMA=ref\n", "ogr2ogr -f GeoJSON sortie/objets_communes.geojson tmp.gpkg\n")


def test_pipeline_without_data_file_is_not_told_to_describe_data_files(tmp_path):
    files = {"README.md": "# Import\n\nCharger des objets d'un service web dans PostGIS.\n", "charger.sh": OWN_FILE,
             "settings.env": "URL='https://exemple.org/objets'\nSERVICE='base'\n"}
    res = _res(tmp_path, files)
    adv = (res.get("remediation") or {}).get("en") or ""
    assert res["status"] in ("fail", "warn") and "each data file" not in adv and "writes or loads" in adv, (res["message"], adv)


def test_near_miss_pipeline_with_its_own_csv_is_told_to_describe_it(tmp_path):
    files = {"README.md": "# Import\n\nCharger des objets d'un service web dans PostGIS.\n", "charger.sh": PIPE,
             "settings.env": "URL='https://exemple.org/objets'\nSERVICE='base'\n", "data/communes.csv": "code,nom\n34145,Lunel\n"}
    res = _res(tmp_path, files, "csv")
    adv = (res.get("remediation") or {}).get("en") or ""
    assert "each data file (data/communes.csv)" in adv, (res["message"], adv)

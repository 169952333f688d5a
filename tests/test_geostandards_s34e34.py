"""interoperability.data-standards (issue 12, s34 e34 = reader m28o1, qwat/extension_fr_raepa): a PostGIS extension exposing a water
network database as the national RAEPA geostandard (COVADIS/CNIG: views raepa_canalaep_l, raepa_ouvraep_p… with the standard's
attributes idcana, mouvrage, gexploit, enservice, anfinpose, contcanaep…) was "warn", no national standard seen: the auditor's data
knew no RAEPA at all. A network table with the words any table has (diametre, materiau, branchement) names no standard. The CNIG's
standard of public utility easements (SUP: ASSIETTE_SUP's idass, idgen, typeass, modegeoass…) and its street base map (PCRS:
EmpriseEchangePCRS, AffleurantPCRS…) were missing too."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.data-standards"
README = {"README.md": "# Extension RAEPA\n\nVues exposant un réseau d'eau potable.\n"}
VIEW = ("CREATE OR REPLACE VIEW raepa.raepa_canalaep_l AS\nSELECT\n    pipe.id::text AS idcana , -- Identifiant de la canalisation\n"
        "    pipe.geometry AS geom ,\n    distributor.name AS mouvrage , -- Maître d'ouvrage du réseau\n"
        "    distributor.name AS gexploit , -- Exploitant\n    CASE WHEN pipe.fk_status = 1301 THEN 'O' ELSE 'N' END AS enservice ,\n"
        "    material.diameter_nominal AS diametre ,\n    pipe.year AS anfinpose , -- Année de fin de pose\n"
        "    '00' AS modecirc ,\n    '01' AS contcanaep ,\n    '02' AS fonccanaep ,\n    now() AS datemaj\n"
        "FROM network.pipe pipe\nLEFT JOIN network.distributor distributor ON pipe.fk_distributor = distributor.id\n"
        "LEFT JOIN network.material material ON pipe.fk_material = material.id;\n")
# (near miss: a network table of its own, with the words any such table has)
TABLE = ("CREATE TABLE network.pipe (\n    id serial PRIMARY KEY,\n    geometry geometry(LineString, 2154),\n    diametre integer,\n"
         "    materiau text,\n    branchement boolean,\n    enservice boolean,\n    datemaj date,\n    x numeric,\n    y numeric\n);\n")


def test_views_with_the_raepa_geostandards_attributes_are_a_national_standard(tmp_path):
    r = check_result(tmp_path, {**README, "extension/views/01_RAEPA_CANALAEP_L.sql": VIEW}, CID)
    assert "RAEPA" in r["message"]["en"], r["message"]
    assert any("RAEPA" in (e.get("note") or {}).get("en", "") for e in r["evidence"]), r["evidence"]


def test_a_network_table_with_common_words_names_no_national_standard(tmp_path):
    r = check_result(tmp_path, {**README, "sql/pipe.sql": TABLE}, CID)
    assert "RAEPA" not in r["message"]["en"], r["message"]


ASSIETTE = ("CREATE TABLE sups.assiette_sup (\n    geom_s geometry,\n    idass varchar(40) PRIMARY KEY,\n    idgen varchar(40) NOT NULL,\n"
            "    nomass varchar(100),\n    typeass varchar(50),\n    modegeoass varchar(50),\n    paramcalc numeric,\n    srcgeoass varchar(30),\n"
            "    datesrcass date\n);\n")


def test_a_table_of_the_cnig_sup_standard_is_a_national_standard(tmp_path):
    r = check_result(tmp_path, {**README, "sql/sup.sql": ASSIETTE}, CID)
    assert "SUP" in r["message"]["en"], r["message"]


PCRS_SQL = ('CREATE TABLE pcrs."EmpriseEchangePCRS" (id serial, complement text, "datePublication" date, geometrie geometry);\n'
            'CREATE TABLE pcrs."AffleurantPCRS" (id serial, nature text, geometrie geometry);\n'
            'CREATE TABLE pcrs."FacadePCRS" (id serial, geometrie geometry);\n')


def test_tables_of_the_cnig_pcrs_classes_are_a_national_standard(tmp_path):
    r = check_result(tmp_path, {**README, "sql/pcrs.sql": PCRS_SQL}, CID)
    assert "PCRS" in r["message"]["en"], r["message"]


def test_one_class_name_alone_is_not(tmp_path):  # (near miss: a layer named after the plan, no model of it)
    r = check_result(tmp_path, {**README, "sql/pcrs.sql": PCRS_SQL.split("\n")[0] + "\n"}, CID)
    assert "PCRS" not in r["message"]["en"], r["message"]

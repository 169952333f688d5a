"""A GIS kit of Windows batch files and SQL (issue 12, s35 a35 = bbouteilles/CONTROLE_COVADIS_2.0).

A DDT's checker of town-planning deliveries at the COVADIS standard: a 245 KB batch file loads the delivered layers into PostGIS
with ogr2ogr, runs the kit's 28 SQL checks with psql and exports the error layers with pgsql2shp, the programs given through
variables that ref_docs_prog/Ini.bat sets (set PSQL="C:\\…\\psql.exe"); Ini.bat (set host=, set base=, set user=, set pass=…) is
called by each batch; the manual (Manuel.pdf, Manuel.doc) is kept in ref_docs_prog/. Readers found:

- the kind a data model (the SQL files outnumbering the scripts) → a GIS kit: the SQL files are the checks its scripts run on
  geodata, the scripts far larger than them; a PostGIS data model whose small install script runs its schema and loads a layer with
  ogr2ogr stays a data model;
- reusability.configuration not applicable ("shipping no settings template") → judged on Ini.bat, the file of settings the batch
  files call; a called batch that runs commands is no settings file;
- reusability.install "a section or guide exists, without the loading steps" about a PDF and a Word 97 manual whose text is not
  read → the guide said unread, its steps not checked (still warn: the README gives none); a Markdown guide without steps keeps
  the old message.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SQL = {
    "ref_docs_prog/SQL/00_tables_controle.sql": "create extension postgis;\ncreate table geom_invalid ();\ncreate table chevauchement ();\n",
    "ref_docs_prog/SQL/1_controle_geom_invalid.sql": ("DROP table geom_invalid;\nCREATE table geom_invalid as\nSELECT gid, ST_IsValidReason(the_geom) "
                                                      "FROM zone_urba WHERE NOT ST_IsValid(the_geom);\n"),
    "ref_docs_prog/SQL/2_controle_chevauchement.sql": ("DROP table chevauchement;\nCREATE table chevauchement as\nSELECT a.gid, "
                                                       "ST_Intersection(a.the_geom, b.the_geom) FROM zone_urba a, zone_urba b "
                                                       "WHERE a.gid < b.gid AND ST_Overlaps(a.the_geom, b.the_geom);\n"),
}
INI = ("rem ****************************************************************\r\n"
       "rem *             FICHIER DE CONFIGURATION DU BATCH DE CONTROLE      *\r\n"
       "rem ****************************************************************\r\n"
       "set version=01/11/2014\r\n@echo off\r\n"
       "rem ***DEFINIR** Hote de la base de donnees\r\nset host= localhost\r\n"
       "rem ***DEFINIR** Nom de la base\r\nset base= Controle_COVADIS\r\n"
       "set port= 5432\r\nset user= postgres\r\n"
       "rem ***DEFINIR** CHEMIN OGR2OGR (import des couches):\r\nset OGR=\"C:\\Program Files\\GDAL\\bin\\ogr2ogr.exe\"\r\n"
       "set PSQL=\"C:\\Program Files\\PostgreSQL\\9.2\\bin\\psql.exe\"\r\n"
       "set PGSHP=\"C:\\Program Files\\PostgreSQL\\9.2\\bin\\pgsql2shp.exe\"\r\n"
       "set SQL=%cd%\\ref_docs_prog\\SQL\r\n")
STEP = ("rem ===== CONTROLE {n} =====\r\necho Controle {n} de la couche ZONE_URBA en cours...\r\n"
        "%OGR% --config PGCLIENTENCODING LATIN1 -f \"PostgreSQL\" PG:\"host=%host% user=%user% dbname=%base%\" -s_srs EPSG:2154 "
        "-nln zone_urba \"%dg%\\%ZU%\"\r\n"
        "%PSQL% -d %base% -f %SQL%\\{sql} -q -t -h %host% -p %port% -U %user%\r\n"
        "%PGSHP% -f %ET%\\%insee%_{n} -h %host% -u %user% %base% public.{n}\r\n"
        "if exist %ET%\\%insee%_{n}.shp (echo ERREUR {n} >> %rapport%) else (echo OK {n} >> %rapport%)\r\n")
KIT = {
    "README.md": "CONTROLE_COVADIS_2.0\n====================\n\nScript de contrôle des livraisons des documents d'urbanisme numérisés au "
                 "standard COVADIS 2.0\n\n    PLAN DU PROGRAMME BATCH\n\n 00- Module pour déterminer les variables\n I- Module de contrôle "
                 "de l'arborescence\n",
    "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n",
    "CovadisV2_PLU_POS_CC.bat": ("rem BATCH DE CONTROLE DES MISES A JOUR PLU/POS/CC - COVADIS V2.0\r\n@echo off\r\ncls\r\n"
                                 "call %cd%/ref_docs_prog/Ini.bat\r\n"
                                 + "".join(STEP.format(n=n, sql=s) for n, s in (("geom_invalid", "1_controle_geom_invalid.sql"),
                                                                                ("chevauchement", "2_controle_chevauchement.sql"))) * 6
                                 + "pause\r\n"),
    "ref_docs_prog/Config_Postgis__2.0.bat": ("rem BATCH DE CONFIGURATION DE POSTGIS\r\n@echo off\r\ncall ./Ini.bat\r\n"
                                              "%PSQL% -d %base% -f %SQL%\\00_tables_controle.sql -q -t -h %host% -p %port% -U %user%\r\n"
                                              "pause\r\n"),
    "ref_docs_prog/Ini.bat": INI,
    **SQL,
}


def run(tmp_path, files: dict, checks: list[str]) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", checks)


def test_batch_files_running_their_sql_checks_on_postgis_make_a_gis_kit(tmp_path):
    project = run(tmp_path, KIT, ["reusability.dependencies"])["facts"]["project"]
    assert project["kind"] == "gis-kit" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "CovadisV2_PLU_POS_CC.bat", project
    assert "data-model" not in project["scores"], project


def test_a_data_model_whose_small_install_script_runs_its_schema_stays_a_data_model(tmp_path):
    tables = "".join(f"CREATE TABLE voirie.troncon_{i} (id serial PRIMARY KEY, nom text, geom geometry(LineString, 2154));\n"
                     f"COMMENT ON TABLE voirie.troncon_{i} IS 'Tronçons de voirie {i}';\n" for i in range(40))
    files = {"README.md": "# Modèle de données voirie\n\nSchéma PostGIS des tronçons de voirie.\n", "LICENSE": "MIT\n",
             "sql/01_schema.sql": "CREATE SCHEMA voirie;\n" + tables, "sql/02_vues.sql": "CREATE VIEW voirie.v AS SELECT * FROM voirie.troncon_1;\n" * 20,
             "install.sh": ("#!/bin/sh\npsql -d \"$DB\" -f sql/01_schema.sql\npsql -d \"$DB\" -f sql/02_vues.sql\n"
                            "ogr2ogr -f PostgreSQL PG:\"dbname=$DB\" communes.shp -nln voirie.communes\n")}
    project = run(tmp_path, files, ["reusability.dependencies"])["facts"]["project"]
    assert project["kind"] == "data-model", project


def test_the_settings_file_the_batch_files_call_is_the_configuration_template(tmp_path):
    r = results(run(tmp_path, KIT, ["reusability.configuration"]))["reusability.configuration"]
    assert r["status"] != "not_applicable" and r["details"]["templates"] == ["ref_docs_prog/Ini.bat"], r
    assert "Ini.bat" in r["message"]["fr"] and "Ini.bat" in r["message"]["en"], r


def test_a_called_batch_that_runs_commands_is_no_settings_file(tmp_path):
    files = {**KIT, "ref_docs_prog/Ini.bat": INI + "%PSQL% -d %base% -c \"select 1\"\r\nmkdir %ET%\r\n"}
    r = results(run(tmp_path, files, ["reusability.configuration"]))["reusability.configuration"]
    assert r["status"] == "not_applicable", r


MANUALS = {"ref_docs_prog/Manuel.pdf": "%PDF-1.4\n" + "x" * 2000, "ref_docs_prog/Manuel.doc": "\xd0\xcf manuel " * 300}


def test_a_manual_whose_text_is_not_read_is_not_said_to_lack_the_loading_steps(tmp_path):
    r = results(run(tmp_path, {**KIT, **MANUALS}, ["reusability.install"]))["reusability.install"]
    assert r["status"] == "warn" and r["details"]["unread_guides"] == ["ref_docs_prog/Manuel.doc", "ref_docs_prog/Manuel.pdf"], r
    assert "sans les étapes de chargement" not in r["message"]["fr"] and "n'est pas lu" in r["message"]["fr"], r
    assert "without the loading steps" not in r["message"]["en"] and "not read" in r["message"]["en"], r


def test_a_markdown_guide_without_steps_still_lacks_them(tmp_path):
    files = {**KIT, "ref_docs_prog/Manuel.md": "# Manuel d'utilisation\n\nLe batch contrôle les livraisons des communes et écrit un rapport.\n"}
    r = results(run(tmp_path, files, ["reusability.install"]))["reusability.install"]
    assert r["status"] == "warn" and "without the loading steps" in r["message"]["en"] and "unread_guides" not in r["details"], r

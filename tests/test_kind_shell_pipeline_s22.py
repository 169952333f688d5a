"""Session 22 (c2, readers a1's viennagglo/sirene and a3's etalab/decp-rama): shell scripts downloading a national file, cutting it
down with awk and running psql -f on two SQL files (a CREATE TABLE :table with its COPY, a COPY (SELECT …) TO export) were a
"data model" because the SQL files outnumbered the scripts; a pipeline of shell scripts (get, fix with jq and xsltproc, convert,
package) fell back to "library" for its one Python file. Both are command-line tools run as a data pipeline, whose settings are
their own (judged by reusability.configuration). A data model whose install.sh only runs its SQL stays a data model."""

from __future__ import annotations

from tests.gitrepo import Executable
from tests.test_kind_first_reads import kind_and_results

CREATE = ("DROP TABLE IF EXISTS :table;\nCREATE TABLE :table\n(\n  siren character varying,\n  nic character varying,\n"
          "  commune character varying,\n  activite character varying\n);\n"
          "COPY :table FROM :folder WITH (format csv, header true, delimiter ';');\n")
EXPORT = "COPY (SELECT (siren || nic)::text AS \"SIRET\", commune AS \"COMMUNE\" FROM :table)\n  TO :output WITH (format csv, header true);\n"
SCRIPT = """#!/bin/bash
echo "1/4 : TELECHARGEMENT DU FICHIER NATIONAL"
cd /srv/donnees/etablissements/
wget http://files.exemple.fr/etablissements/stock_{kind}.zip
unzip stock_{kind}.zip
echo "2/4 : FILTRE DU DEPARTEMENT"
awk -F";" '{{ if($5 == "99") print > "etab_99.csv" }}' stock_{kind}.csv
echo "3/4 : CHARGEMENT"
psql -d base -v table=etab_{kind} -v folder="'/srv/donnees/etab_99.csv'" -f "/srv/etablissements/sql/01-CREATE_{kind}.sql"
psql -d base -v table=etab_{kind} -v output="'/srv/donnees/export.csv'" -f "/srv/etablissements/sql/02-EXPORT_{kind}.sql"
"""
PIPELINE = {
    "README.md": "# Traitement du fichier des établissements\n\nCe dépôt contient 2 scripts SHELL qui téléchargent et filtrent le fichier "
                 "national des établissements.\n\n## Prérequis\n\nAvoir installé les outils nécessaires.\n",
    "scripts/import-mensuel.sh": Executable(SCRIPT.format(kind="mensuel")),
    "scripts/import-stock.sh": Executable(SCRIPT.format(kind="stock")),
    "sql/01-CREATE_mensuel.sql": CREATE, "sql/01-CREATE_stock.sql": CREATE,
    "sql/02-EXPORT_mensuel.sql": EXPORT, "sql/02-EXPORT_stock.sql": EXPORT,
}


def test_shell_scripts_downloading_filtering_and_loading_are_a_pipeline_not_a_data_model(tmp_path):
    project, res = kind_and_results(tmp_path, PIPELINE, ["reusability.configuration"])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert "data-model" not in project["scores"], project["scores"]
    assert project["kind_evidence"][0]["path"] == "scripts/import-mensuel.sh", project["kind_evidence"]
    assert "data pipeline" in project["kind_evidence"][0]["reason"]
    # (its folders and database are written in its scripts: settings of its own, judged)
    assert res["reusability.configuration"]["status"] != "not_applicable", res["reusability.configuration"]


def test_a_data_model_with_an_install_script_stays_a_data_model(tmp_path):
    model = {
        "README.md": "# Modèle de données de l'éclairage public\n\nExécuter `./install.sh` dans une base PostGIS.\n",
        "install.sh": Executable("#!/bin/sh\nset -e\npsql -d \"$1\" -f sql/01_schema.sql\npsql -d \"$1\" -f sql/02_tables.sql\n"
                                 "psql -d \"$1\" -f sql/03_vues.sql\n"),
        "sql/01_schema.sql": "CREATE SCHEMA eclairage;\n",
        "sql/02_tables.sql": "CREATE TABLE eclairage.armoire (id serial PRIMARY KEY, nom text, geom geometry(Point, 2154));\n"
                             "COMMENT ON TABLE eclairage.armoire IS 'Armoires de commande';\n",
        "sql/03_vues.sql": "CREATE VIEW eclairage.v_armoire AS SELECT id, nom, geom FROM eclairage.armoire;\n",
    }
    project, _ = kind_and_results(tmp_path / "model", model, [])
    assert project["kind"] == "data-model", project
    # (nor do scripts that only transform, with nothing downloaded, make a pipeline of its SQL)
    model["install.sh"] = Executable(model["install.sh"].text + "iconv -f latin1 -t utf8 communes.csv > communes_utf8.csv\n")
    project, _ = kind_and_results(tmp_path / "model2", model, [])
    assert project["kind"] == "data-model", project


def test_a_pipeline_of_shell_and_jq_scripts_is_a_command_line_tool(tmp_path):
    files = {
        "README.md": "# Agrégation des données\n\n## Mode d'emploi\n\n`./process.sh all get` puis `./process.sh all fix`.\n",
        "process.sh": Executable("#!/bin/bash\nset -e\nfor source in $(jq -r '.[] | .code' sources/metadata.json); do\n"
                                 "  scripts/sources/$source/$2.sh\ndone\n"),
        "scripts/sources/ville/get.sh": Executable("#!/bin/bash\ncurl -L \"$URL\" -o sources/ville/donnees.xml\n"),
        "scripts/sources/ville/fix.sh": Executable("#!/bin/bash\nxsltproc scripts/sources/ville/fix.xslt sources/ville/donnees.xml > fixed.xml\n"),
        "scripts/sources/region/get.sh": Executable("#!/bin/bash\nwget -q \"$URL\" -O sources/region/donnees.json\n"),
        "scripts/sources/region/fix.sh": Executable("#!/bin/bash\njq -f scripts/sources/region/fix.jq sources/region/donnees.json > fixed.json\n"),
        "scripts/python/quotidien.py": "import json\n\ndef nouveaux(avant, apres):\n    return [m for m in apres if m not in avant]\n",
        "sources/metadata.json": "[{\"code\": \"ville\"}, {\"code\": \"region\"}]\n",
    }
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project

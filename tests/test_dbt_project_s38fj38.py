"""A dbt project whose dbt is installed elsewhere (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

France Data Réseau's "Appuis Communs" project is a dbt project (dbt_project.yml, models/**.sql with Jinja ``{{ ref() }}`` and
``{{ config() }}``, the models' schema.yml, seeds/*.csv, macros, packages.yml) whose dbt install lives in a sibling repository: no
pip manifest names dbt-core. It was read as a data model ("SQL script" x3). A dbt_project.yml naming the project and its profile now makes
a data pipeline (cli-tool: `dbt run`), the SQL of its models, macros, tests, analyses and snapshots no data model. Near misses: a
lone CREATE TABLE script stays a data model, beside a dbt_project.yml that declares no project too.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DBT = {
    "dbt_project.yml": ("name: 'poteaux'\nversion: '0.1'\nprofile: 'poteaux'\nconfig-version: 2\n\nvars:\n  # limiter le nombre de lignes :\n"
                        "  limit: 1000\n  use_example: false\n\nmodel-paths: [\"models\"]\nseed-paths: [\"seeds\"]\nmacro-paths: [\"macros\"]\n\n"
                        "models:\n  poteaux:\n    materialized: view\n"),
    "packages.yml": ("packages:\n  - package: dbt-labs/dbt_utils\n    version: 0.9.2\n  - package: calogica/dbt_expectations\n    version: 0.6.1\n"
                     "  #- git: \"https://github.com/exemple/autre.git\"\n  - local: ../socle-commun\n"),
    "models/src/poteaux_src_osm.sql": ("{{ config(materialized='table') }}\n\nselect id as poteau_id, code_insee, geom\n"
                                       "from {{ source('osm', 'supports') }}\n"),
    "models/src/poteaux_src_gestionnaire.sql": "select id as poteau_id, code_commune as code_insee, geom\nfrom {{ source('gest', 'appuis') }}\n",
    "models/std/poteaux_std_unifie.sql": ("{{ config(materialized='incremental') }}\n\nselect * from {{ ref('poteaux_src_osm') }}\nunion all\n"
                                          "select * from {{ ref('poteaux_src_gestionnaire') }}\n"),
    "models/std/poteaux_std_carte.sql": ("select poteau_id, json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON(geom)::json) as geojson\n"
                                         "from {{ ref('poteaux_std_unifie') }}\n"),
    "models/kpi/poteaux_kpi_commune.sql": "select code_insee, count(*) as nb\nfrom {{ ref('poteaux_std_unifie') }}\ngroup by code_insee\n",
    "models/schema.yml": ("version: 2\n\nmodels:\n  - name: poteaux_std_unifie\n    description: Les poteaux de toutes les sources, normalisés\n"
                          "    columns:\n      - name: poteau_id\n        description: identifiant du poteau\n        tests:\n          - not_null\n"),
    "macros/from_csv.sql": "{% macro from_csv(source) %}\nselect * from {{ source }}\n{% endmacro %}\n",
    "seeds/materiau.csv": "code,libelle\nBE,Béton\nBO,Bois\n",
    "LICENSE": "Apache License\nVersion 2.0, January 2004\nhttp://www.apache.org/licenses/\n",
    "README.md": ("# Poteaux partagés\n\nProjet dbt du cas d'usage des appuis communs des réseaux électriques et télécoms.\n\n"
                  "Exécution régulière (incrémentale) :\n```bash\ndbt run --target prod --select tag:incremental\n```\n"),
}
LONE_SQL = {
    "schema.sql": ("CREATE TABLE poteau (\n  id integer PRIMARY KEY,\n  code_insee text,\n  materiau text\n);\n"
                   "CREATE TABLE materiau (code text PRIMARY KEY, libelle text);\nCREATE INDEX ON poteau (code_insee);\n"),
    "README.md": "# Poteaux\n\nSchéma de la base des poteaux partagés.\n",
}


def test_a_dbt_project_is_a_data_pipeline_whatever_installs_dbt(tmp_path):
    report, _ = judge(tmp_path, DBT, ["reusability.dependencies"])
    project = report["facts"]["project"]
    assert project["kind"] == "cli-tool", project
    assert project["kind_evidence"] == [{"path": "dbt_project.yml", "reason": "data pipeline dbt"}]


def test_a_lone_sql_script_stays_a_data_model(tmp_path):
    report, _ = judge(tmp_path, LONE_SQL, ["reusability.dependencies"])
    assert report["facts"]["project"]["kind"] == "data-model"
    # (nor does a dbt_project.yml that declares no project: a file of that name with neither a name nor a profile)
    report, _ = judge(tmp_path, {**LONE_SQL, "dbt_project.yml": "# à venir\n"}, ["reusability.dependencies"], name="e")
    assert report["facts"]["project"]["kind"] == "data-model"

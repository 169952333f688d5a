"""Kinds of project read wrongly on session 13's reads (issue 12), session 14: a command-line tool whose click programs sit in a
folder and whose SQL files create the tables it fills, taken for a data model by its number of SQL files. Each on a git fixture
shaped like the real case (invented content)."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results


def _kind(tmp_path, files):
    project, results = kind_and_results(tmp_path, files, ["reusability.portability"])
    return project["kind"], project["kind_decided"], results["reusability.portability"]


_BODY = "".join(f"def step_{i}(cur, table):\n    \"\"\"Step {i}.\"\"\"\n    cur.execute(\"UPDATE {{0}} SET done = {i}\".format(table))\n\n\n"
                for i in range(60))
_CLICK = ("import click\nimport psycopg2\n\nimport param\n\n\n" + _BODY + "@click.group()\ndef cli():\n    pass\n\n\n"
          "@cli.command()\n@click.argument('insee', nargs=-1)\ndef update(insee):\n    \"\"\"Update the addresses.\"\"\"\n"
          "    step_0(None, param.TABLE)\n\n\nif __name__ == '__main__':\n    cli()\n")
_TABLE = "-- Table: {0}\nCREATE TABLE roads.{0}\n(\n  id integer,\n  nom_voie character varying(254),\n  CONSTRAINT {0}_pkey PRIMARY KEY (id)\n);\n"

# two click programs in source/ loading street addresses into a road database, beside eight SQL scripts creating its tables
LOADER = {
    "README.md": "# Adresses\n\nIntégration des adresses dans la base routière.\n\n    python source/addresses.py update 33063\n",
    "source/requirements.txt": "psycopg2\nclick\n",
    "source/addresses.py": _CLICK,
    "source/streets.py": _CLICK.replace("Update the addresses", "Update the streets"),
    "source/param_template.py": "DB_HOST = 'localhost'\nDB_NAME = 'roads'\nTABLE = 'roads.address'\n",
    "source/utils.py": "\"\"\"Helpers.\"\"\"\n\n\ndef clean(name):\n    return name.strip()\n",
    **{f"sql/create_{t}_table.sql": _TABLE.format(t) for t in ("address", "street", "fantoir", "ban", "bano", "log_p", "log_l", "way")},
}


def test_click_programs_in_a_folder_filling_their_sql_tables_are_a_command_line_tool(tmp_path):
    kind, decided, portability = _kind(tmp_path, LOADER)
    assert (kind, decided) == ("cli-tool", True)
    assert portability["status"] != "n/a"
    assert "modèle de données" not in portability["message"]["fr"]


def test_a_data_model_with_a_small_loading_program_stays_a_data_model(tmp_path):
    """The SQL outweighs the program that loads it (a PostGIS model and its argparse loader): a data model."""
    big = "".join(_TABLE.format(f"t{i}_{t}") for i in range(12) for t in ("a",))
    files = {**{f"sql/{i:02d}_schema.sql": big for i in range(8)},
             "README.md": "# Modèle\n\nModèle de données PostGIS.\n",
             "loader/load.py": "import argparse\n\n\ndef main():\n    argparse.ArgumentParser().parse_args()\n\n\n"
                               "if __name__ == '__main__':\n    main()\n"}
    kind, decided, _ = _kind(tmp_path, files)
    assert (kind, decided) == ("data-model", True)



def test_a_param_template_to_copy_is_the_command_line_tools_settings_template(tmp_path):
    """source/param_template.py, which the README says to copy to param.py (ignored by git), is the settings template."""
    from tests.test_reusability_fixtures import check_result

    files = {**LOADER, ".gitignore": "source/param.py\n",
             "README.md": LOADER["README.md"] + "\n## Configuration\n\nCopier source/param_template.py en source/param.py et renseigner DB_HOST.\n"}
    config = check_result(tmp_path, files, "reusability.configuration")
    assert "source/param_template.py" in config["message"]["fr"], config["message"]


_CTAS = "CREATE OR REPLACE TABLE {{{{ target.schema }}}}.{0} AS\nSELECT code, libelle, adresse, tel\nFROM source.{0}\nWHERE actif;\n"
# a container image running a Python wrapper around dbt (dbt-bigquery), with forty sample CREATE TABLE AS queries kept in a
# folder named for the tests' inputs (queries4test/) that the runner is tried on
DBT_RUNNER = {
    "README.md": "# Exécuteur dbt\n\nImage Docker qui télécharge les modèles SQL et lance dbt run.\n",
    "Dockerfile": "FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml ./\nRUN pip install .\nCOPY src/ ./\nCMD [\"python\", \"main.py\"]\n",
    "pyproject.toml": "[project]\nname = \"dbt-runner\"\nversion = \"1.0.0\"\ndescription = \"Generic dbt runner\"\n"
                      "dependencies = [\"dbt-bigquery>=1.9.0\", \"google-cloud-storage>=2.18.0\", \"requests>=2.32.0\"]\n",
    "src/main.py": "import os\nimport subprocess\n\n\ndef main():\n    subprocess.run([\"dbt\", \"run\"], check=True)\n    print(os.environ.get(\"GCP_PROJECT\"))\n\n\n"
                   "if __name__ == \"__main__\":\n    main()\n",
    "src/dbt_project.yml": "name: runner\nprofile: runner\nmodel-paths: [\"models\"]\n",
    **{f"queries4test/{t}_tbl_gen.sql": _CTAS.format(t) for t in ("cana", "compte", "recette", "sad_item", "sad_tax", "tarif", "unloc", "uncar", "unhs1", "unhs2")},
}


def test_a_dbt_runner_image_with_sample_queries_for_its_tests_is_a_pipeline_not_a_data_model(tmp_path):
    """The SQL files are the test inputs of a dbt runner (queries4test/), its dependency a dbt adapter (dbt-bigquery): a data
    pipeline, judged as a command-line tool, not a "data model" from its sample queries."""
    kind, decided, portability = _kind(tmp_path, DBT_RUNNER)
    assert (kind, decided) == ("cli-tool", True)
    assert portability["status"] != "not_applicable" and "modèle de données" not in portability["message"]["fr"]


def test_a_folder_of_sql_schemas_stays_a_data_model_beside_a_tests_folder(tmp_path):
    """Guard: the model's own SQL at the root of sql/ with its checks in sql_tests/: still a data model."""
    files = {"README.md": "# Modèle\n\nModèle de données PostGIS.\n",
             **{f"sql/{i:02d}_{t}.sql": _TABLE.format(t) for i, t in enumerate(("commune", "voie", "adresse", "parcelle"))},
             "sql_tests/check_voie.sql": "SELECT count(*) FROM roads.voie;\n"}
    kind, decided, _ = _kind(tmp_path, files)
    assert (kind, decided) == ("data-model", True)


# a TypeScript library Vite builds in library mode, published to npm ("files": ["dist"]), with Vite's empty development page
VITE_LIBRARY = {
    "README.md": "# Adaptateur\n\nNécessaire au fonctionnement du composant web de l'ENT.\n",
    "package.json": '{"name": "@org/widgets-adapter", "type": "module", "version": "2.0.1", "files": ["dist"], '
                    '"publishConfig": {"access": "public"}, "scripts": {"build": "tsc && vite build"}, '
                    '"devDependencies": {"typescript": "^5.9.3", "vite": "^7.1.9", "lodash-es": "^4.17.21"}}\n',
    "vite.config.ts": "import { defineConfig } from 'vite'\nimport { name } from './package.json'\n\nexport default defineConfig({\n"
                      "  build: {\n    sourcemap: true,\n    rollupOptions: { external: [] },\n"
                      "    lib: {\n      entry: './src/adapter.ts',\n      formats: ['es'],\n      name,\n    },\n  },\n})\n",
    "index.html": "<!doctype html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"UTF-8\" />\n    <title>Document</title>\n  </head>\n"
                  "  <body>\n    <script type=\"module\" src=\"index.ts\"></script>\n  </body>\n</html>\n",
    "src/adapter.ts": "import { getConfig } from './services/configService'\n\nexport async function adapt(name: string) {\n"
                      "  const config = await getConfig()\n  return config.widgets[name]\n}\n",
    "src/services/configService.ts": "export async function getConfig() {\n  const r = await fetch('/config.json')\n  return r.json()\n}\n",
    "src/types/widgetTypes.ts": "export interface Widget {\n  name: string\n  link: string\n}\n",
    "tsconfig.json": '{"compilerOptions": {"target": "ES2022", "strict": true}}\n',
}


def test_a_vite_library_with_vites_development_page_is_a_library_not_a_static_site(tmp_path):
    """vite.config.ts builds the sources in library mode (build.lib), the package ships dist/ only: the root index.html is
    Vite's empty development page, not a site whose accessibility is judged."""
    project, results = kind_and_results(tmp_path, VITE_LIBRARY, ["interoperability.accessibility-and-ecodesign"])
    assert (project["kind"], project["kind_decided"]) == ("library", True)
    assert results["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_a_vite_application_with_its_index_page_is_not_a_library(tmp_path):
    """Guard: the same project built as an application (no build.lib) keeps its page."""
    files = {**VITE_LIBRARY, "vite.config.ts": "import { defineConfig } from 'vite'\n\nexport default defineConfig({\n"
                                               "  build: { outDir: 'dist', sourcemap: true },\n})\n"}
    project, _ = kind_and_results(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    assert project["kind"] != "library" or not project["kind_decided"]

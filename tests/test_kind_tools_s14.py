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

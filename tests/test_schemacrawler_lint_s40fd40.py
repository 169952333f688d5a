"""SchemaCrawler's linter configuration is a linter's (issue 12, s40 fd40 = opt-nc/odata-referentiel-metiers): a
DuckDB data model's Taskfile runs `schemacrawler --command=lint --linter-configs=.github/schemacrawler/config/schemacrawler-linter-
configs.yaml` over the schema it builds; reusability.tests-and-ci said "linter: no". The near miss: SchemaCrawler's plain settings
(schemacrawler.config.properties, for the diagrams) configure no linter."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
FILES = {"README.md": "# Référentiel des métiers\n\nLe référentiel publié en CSV et en base DuckDB.\n",
         "src/duck.sql": "CREATE TABLE metier (code VARCHAR PRIMARY KEY, libelle VARCHAR NOT NULL);\n"
                         "INSERT INTO metier SELECT * FROM read_csv('data/metiers.csv');\n",
         "src/generate.py": "import duckdb\n\n\ndef main():\n    duckdb.connect('dist/ref.duckdb').execute(open('src/duck.sql').read())\n",
         "Taskfile.yml": "version: '3'\ntasks:\n  schema:\n    cmds:\n      - schemacrawler.sh --command=lint "
                         "--linter-configs=.github/schemacrawler/config/schemacrawler-linter-configs.yaml\n",
         ".github/schemacrawler/config/schemacrawler.config.properties": "schemacrawler.format.show_ordinal_numbers=true\n"}
LINTER = {".github/schemacrawler/config/schemacrawler-linter-configs.yaml":
          "- id: schemacrawler.tools.linter.LinterTableWithNoPrimaryKey\n  severity: high\n"}


def test_schemacrawler_linter_configuration_is_a_linter(tmp_path):
    r = check_result(tmp_path, {**FILES, **LINTER}, CID)
    assert r["details"]["linter"] is True, (r["message"], r["evidence"])


def test_schemacrawler_diagram_settings_alone_are_no_linter(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert r["details"].get("linter") is False, (r["message"], r["evidence"])

"""reusability.configuration judges a shell pipeline's sourced settings file (issue 12, session 30 fixer d30 = reader m21o4, a BAN
quality dashboard of shell scripts and PostGIS SQL):

config.sh (PG_HOST, PG_PORT, PG_USERNAME, PG_PASSWORD, PG_DB) is sourced by every step (`. ./config.sh`) and by
installation/setup_db.sh (`source "../config.sh"`); no document names it. The check said "not applicable, a data model shipping no
settings template" (the SQL files decide the kind). A file of variables only (every line an assignment) that the scripts source is
now the pipeline's settings file (shell_settings.sourced_settings): judged, and credited with a description only where a document
names it or one of its variables (a chapter "Configuration de la base de données" that runs setup scripts describes none).
Kept: a sourced library of functions is no settings file; a README naming config.sh credits it."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.configuration"

CONFIG = ("#! /bin/bash\n\nPG_HOST=localhost\nPG_PORT=5432\nPG_USERNAME=admin\nPG_PASSWORD=secret\nPG_DB=ban\n\n"
          'PSQL_BASE_CMD="psql -h $PG_HOST -p $PG_PORT -U $PG_USERNAME -d $PG_DB"\n')
STEP = "#! /bin/bash\n\nset -e\n\n. ./config.sh\n\n$PSQL_BASE_CMD -f sql/create_tables.sql\n"
SETUP = '#! /bin/bash\n\nsource "../config.sh"\n\nsudo -u postgres createdb $PG_DB\n'
README = ("# Tableau de bord\n\nTableau de bord de la qualité des adresses.\n\n## Installation\n\nVoir installation/README.md.\n\n"
          "## Utilisation\n\n### Création des tables\n\n`./creer_tables.sh`\n\n### Configuration du référentiel communal\n\n"
          "Importer le référentiel avec `./import_referentiel.sh`.\n")
GUIDE = ("# Installation\n\n## Configuration de la base de données\n\nExécuter le script de configuration de PostgreSQL : `./setup_db.sh`.\n")
SQL = ("CREATE TABLE commune (code_insee varchar(5) PRIMARY KEY, nom text);\n"
       "CREATE TABLE adresse (id serial PRIMARY KEY, code_insee varchar(5) REFERENCES commune, numero int, voie text);\n")


def _conf(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CHECK]))[CHECK]


def _pipeline(**more) -> dict:
    files = {"README.md": README, "installation/README.md": GUIDE, "config.sh": CONFIG, "creer_tables.sh": STEP,
             "import_referentiel.sh": STEP.replace("create_tables", "referentiel"), "installation/setup_db.sh": SETUP,
             "sql/create_tables.sql": SQL, "sql/referentiel.sql": "INSERT INTO commune VALUES ('35238', 'Rennes');\n"}
    files.update(more)
    return files


def test_the_sourced_config_sh_is_the_settings_and_nothing_describes_it(tmp_path):
    res = _conf(tmp_path, _pipeline())
    assert res["status"] == "warn", res
    assert res["details"]["templates"] == ["config.sh"], res
    assert "described" not in res["message"]["en"], res


def test_a_readme_naming_it_credits_it_and_a_sourced_library_is_no_settings(tmp_path):
    readme = README + "\n## Paramètres\n\nRenseigner la connexion à la base (PG_HOST, PG_PASSWORD…) dans `config.sh`.\n"
    res = _conf(tmp_path, _pipeline(**{"README.md": readme}), "named")
    assert res["details"]["templates"] == ["config.sh"] and res["status"] == "pass", res
    lib = "#! /bin/bash\n\nPG_DB=ban\nlog() {\n  echo \"$1\"\n}\n"
    res = _conf(tmp_path, _pipeline(**{"config.sh": lib}), "lib")
    assert "config.sh" not in (res.get("details") or {}).get("templates", []), res

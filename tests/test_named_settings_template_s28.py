"""files.env_template and reusability.configuration name one settings template (issue 12, session 28 fixer h28 = reader r4a):

A FastAPI service's config/settings.toml (dynaconf), which the README names where it speaks of configuring ("la base de données par
défaut (celle qui est configurée dans 'config/settings.toml')", its passwords "volontairement erroné[s]"), was the check's "template:
config/settings.toml" while the files fact's env_template was null: two parts of one report disagreed. The fact now reads the README
the same way (settings_files.named_settings), for a file in a settings format: both name config/settings.toml. A settings module
the README names (settings.py: code) and a data file it names on no configuring line stay no env_template."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.configuration"

CONFIG_PY = 'from dynaconf import Dynaconf\n\nsettings = Dynaconf(settings_files=["settings.toml", ".secrets.toml"], root_path="config")\n'
SETTINGS = ('mode = "real"\napi_db_url  = "mysql+pymysql://api_user:invalide@localhost:3306/api"\n'
            'imap_db_url = "mysql+pymysql://dovecot:invalide@localhost:3306/dovecot"\n')
README = ("# Provisioning API\n\n## Les outils pour tester\n\nUn test mal écrit se connecte à la base de données par défaut (celle qui "
          "est configurée dans 'config/settings.toml'). C'est pourquoi :\n- le fichier `config/settings.toml` contient des URL vers les "
          "bases de données (le mot de passe est volontairement erroné)\n")
MAIN = "from config import settings\n\nprint(settings.api_db_url)\n"


def _report(tmp_path, files: dict) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK])


def test_the_settings_file_the_readme_names_is_the_template_of_the_fact_and_the_check(tmp_path):
    report = _report(tmp_path, {"README.md": README, "config/settings.toml": SETTINGS, "config/__init__.py": CONFIG_PY, "src/main.py": MAIN})
    assert report["facts"]["files"]["env_template"] == "config/settings.toml"
    res = results(report)[CHECK]
    assert res["details"]["templates"][0] == "config/settings.toml", res


def test_a_settings_module_or_a_data_file_named_stays_no_env_template(tmp_path):
    readme = ("# Outil\n\n## Configuration\n\nModifier `outil/settings.py` pour y mettre l'adresse de votre base.\n\n"
              "## Données\n\nLes communes sont lues dans `data/communes.json`.\n")
    files = {"README.md": readme, "outil/settings.py": 'DB_HOST = "localhost"\nDB_NAME = "outil"\n', "outil/main.py": "from outil import settings\n",
             "data/communes.json": '[{"insee": "35238"}]\n'}
    assert _report(tmp_path, files)["facts"]["files"]["env_template"] is None

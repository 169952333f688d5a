"""reusability.configuration: a live Django settings.py is no template, and a settings module the code imports and git ignores must be
described (issue 12, session 30 fixer d30 = s27 o2 / s29 g29's proposed rule, an air-quality observatory's Django application):

The check said "pass 8, template: carinev3/settings.py": the live settings module (SECRET_KEY = '!jhy…' generated, DEBUG = True) that
the README says to edit in place. Eight modules `import config`, a config.py the root .gitignore lists, that no example and no line of
the README describes; logins.py (also ignored) is described ("Création d'un fichier logins.py à la racine"). Now: a code settings module
holding a generated signing key is no template (settings_files.named_settings), and an ignored settings module described nowhere is a
finding holding the score to a warning (ignored_modules). Kept: a module the README describes, and one imported for its side effect only
(Qt's resources_rc), change nothing."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.configuration"

SETTINGS = ("import os\nimport logins\n\nBASE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n"
            "SECRET_KEY = '!jhytmr+xnd63ep!%qk$22bvl08)3b)r9i88ju!#d6ed-d$(n3'\nDEBUG = True\nALLOWED_HOSTS = ['*']\n"
            "DATABASES = logins.db_prod\nLANGUAGE_CODE = 'fr-fr'\nTIME_ZONE = 'Europe/Paris'\n")
README = ("# carine\n\nApplication de gestion des cartes de qualité de l'air.\n\n## Installation\n\n"
          "Création d'un fichier logins.py à la racine avec les paramètres de connexion à la base de données :\n\n"
          "    db_prod = {'default': {'NAME': 'xxx', 'USER': 'xxx', 'PASSWORD': 'xxx', 'HOST': 'localhost'}}\n\n"
          "## Configuration\n\nEditer postgresql.conf : listen_addresses = '*'. "
          "Si on utilise un serveur distant, rajouter dans allowed hosts de app/settings.py\n")
LIB = "import config\nimport logins\n\n\ndef paths():\n    return config.hd_path, config.raster_prefix, logins.db_prod\n"
GITIGNORE = "__pycache__/\n*.pyc\nlocal_settings.py\n.env\nconfig.py\nlogins.*\n"


def _conf(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK]))[CHECK]


def _app(**more) -> dict:
    files = {"README.md": README, ".gitignore": GITIGNORE, "manage.py": "import os\nimport sys\n", "app/__init__.py": "",
             "app/settings.py": SETTINGS, "app/urls.py": "urlpatterns = []\n", "lib/__init__.py": "", "lib/tools.py": LIB,
             "requirements.txt": "Django==1.11.1\n"}
    files.update(more)
    return files


def test_the_live_settings_is_no_template_and_the_ignored_config_module_is_said(tmp_path):
    res = _conf(tmp_path, _app())
    assert "app/settings.py" not in res["details"]["templates"], res
    assert res["status"] == "warn" and res["score"] <= 6, res
    assert "config.py imported by the code and ignored by git" in res["message"]["en"], res
    found = [e for e in res["evidence"] if e.get("value") == "config.py"]
    assert found and found[0]["path"] == "lib/tools.py" and found[0]["line"] == 1, res["evidence"]
    assert not [e for e in res["evidence"] if e.get("value") == "logins.py"]  # (the README describes it)


def test_a_described_module_or_one_imported_for_its_side_effect_changes_nothing(tmp_path):
    readme = README + "\nCopier aussi config.py avec `hd_path` et `raster_prefix`.\n"
    res = _conf(tmp_path, _app(**{"README.md": readme, "lib/ui.py": "import resources_rc\n", ".gitignore": GITIGNORE + "resources_rc.py\n"}))
    assert "ignored by git" not in res["message"]["en"], res
    assert not [e for e in res["evidence"] if e.get("value") in ("config.py", "resources_rc.py")], res["evidence"]

"""reusability.configuration: a Django application's apps.py (its AppConfig class) is code, never a settings template, even where a
guide's tree labels it "Configuration de l'app" (issue 12, s44 fk44 = reader rf44's gestionsiteccsa/MediaBib).

docs/DEVELOPMENT.md's project tree reads ``├── apps.py            # Configuration de l'app`` and home/apps.py holds ``class
HomeConfig(AppConfig): default_auto_field = "django.db.models.BigAutoField"; name = "home"``: it was listed as a settings template.
Near miss: a module of values the same tree labels "Configuration" (home/reglages.py, two values, no class) stays a template."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.configuration"
APPS = ('from django.apps import AppConfig\n\n\nclass HomeConfig(AppConfig):\n    default_auto_field = "django.db.models.BigAutoField"\n'
        '    name = "home"\n')
VALUES = 'TITRE_SITE = "Médiathèques"\nNOMBRE_PAR_PAGE = "20"\n'


def _files(name: str, text: str) -> dict:
    guide = ("# Développement\n\n## Structure standard\n\n```\nhome/\n├── __init__.py\n├── admin.py           # Administration\n"
             f"├── {name}            # Configuration de l'app\n├── models.py          # Modèles de données\n└── views.py           # Vues\n```\n")
    return {"README.md": "# Médiathèque\n\nGestion de bibliothèque.\n\n## Configuration\n\nCopiez env.example en .env et renseignez les valeurs.\n",
            "docs/DEVELOPMENT.md": guide, "env.example": "SECRET_KEY=\nDATABASE_URL=\nDEBUG=False\n",
            "app/settings.py": "from decouple import config\n\nSECRET_KEY = config('SECRET_KEY')\nDEBUG = config('DEBUG', cast=bool)\n",
            "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'app.settings')\n"
                         "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
            "requirements.txt": "Django==5.2.9\npython-decouple==3.8\n", "home/__init__.py": "", f"home/{name}": text,
            "home/models.py": "from django.db import models\n", "home/views.py": "from django.shortcuts import render\n"}


def _templates(tmp_path, name: str, text: str, tag: str) -> list:
    r = judge(tmp_path, _files(name, text), [CID], name=tag)[1][CID]
    return [e["path"] for e in r["evidence"] if e.get("value") == "template"]


def test_a_django_appconfig_is_no_settings_template(tmp_path):
    assert "home/apps.py" not in _templates(tmp_path, "apps.py", APPS, "apps")


def test_near_miss_a_module_of_values_stays_a_template(tmp_path):
    assert "home/reglages.py" in _templates(tmp_path, "reglages.py", VALUES, "values")

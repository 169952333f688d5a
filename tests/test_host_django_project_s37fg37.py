"""reusability.dependencies (issue 12, s37 fg37 = reader rb37, GIP-RECIA/Noethysweb-data-generator): a fake-data script is copied
into a Django project's folder and run with its settings (os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'noethysweb.settings'),
the project absent from the repository); it imports that project's apps (from core.models import …, from fiche_famille.utils import
…) and packages (django, dateutil), and faker, which its README tells to install (pip install faker). The check said "the code loads
5 package(s) … core, dateutil, django, fiche_famille named nowhere" (fail 2). Run inside another Django project, the modules the
documents do not tell to install are that project's; only faker is the script's own. Near miss: a Django project of its own (its
settings module in the repository) still declares every package it imports."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"

SCRIPT = '''"""Génère des données de test."""

import os

import django
from faker import Faker

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "{project}.settings")
django.setup()

from dateutil.relativedelta import relativedelta  # noqa: E402
from core.models import Famille, Individu  # noqa: E402
from fiche_famille.utils import utils_internet  # noqa: E402

fake = Faker("fr_FR")


def generate_data():
    for _ in range(10):
        Famille.objects.create(nom=fake.last_name(), code=utils_internet.code(), debut=relativedelta(years=1))
'''

README = ("# Générateur\n\n## Installation\n\nCopier `data-generator.py` dans le dossier de votre projet.\n\nInstaller faker :\n"
          "```bash\npip install faker\n```\n")


def test_the_host_projects_apps_and_packages_are_not_to_declare(tmp_path):
    r = check_result(tmp_path, {"README.md": README, "data-generator.py": SCRIPT.replace("{project}", "gestion")}, CID)
    en = r["message"]["en"]
    assert "named nowhere" not in en, r["message"]
    assert "fiche_famille" not in en and "(faker)" in en, r["message"]


def test_without_any_own_package_it_is_not_applicable(tmp_path):
    script = SCRIPT.replace("{project}", "gestion").replace("from faker import Faker\n", "").replace('fake = Faker("fr_FR")', "fake = None")
    r = check_result(tmp_path, {"README.md": README.replace("pip install faker", "python manage.py shell"), "data-generator.py": script}, CID)
    assert r["status"] == "not_applicable", r["message"]
    assert "gestion" in r["message"]["en"], r["message"]


def test_a_django_project_of_its_own_declares_its_packages(tmp_path):
    files = {"README.md": README, "data-generator.py": SCRIPT.replace("{project}", "gestion"),
             "gestion/__init__.py": "", "gestion/settings.py": "INSTALLED_APPS = ['core', 'fiche_famille']\n"}
    r = check_result(tmp_path, files, CID)
    assert "named nowhere" in r["message"]["en"] and "dateutil" in r["message"]["en"], r["message"]

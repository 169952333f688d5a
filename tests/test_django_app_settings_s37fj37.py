"""A reusable Django application reading its host project's settings (issue 12, s37 fj37 = reader ma37, neogeo-technologies/idgo-store).

idgo_store reads settings.DIRECTORY_STORAGE, settings.DOMAIN_NAME and getattr(settings, 'RESOURCE_STORE_EXTENSIONS', ['zip']) from
the Django project it is installed into; its README describes none. reusability.configuration said "The code reads no setting …
nothing for a deployment to set" (and, the kind once a library, "the settings are those of the application using it"): the
settings it reads are its own, set in the host's settings.py, and must be described.
"""

from __future__ import annotations

from tests.test_django_app_package_s37fj37 import FILES
from tests.test_reusability_fixtures import check_result

UTILS = ("import os\n\nfrom django.conf import settings\n\n\ndef storage_path(name):\n    return os.path.join(settings.DIRECTORY_STORAGE, name)\n\n\n"
         "def extensions():\n    return getattr(settings, 'RESOURCE_STORE_EXTENSIONS', ['zip'])\n")
WITH_SETTINGS = {**FILES, "app_store/utils.py": UTILS}


def test_settings_read_from_the_host_and_described_nowhere_warn(tmp_path):
    r = check_result(tmp_path, WITH_SETTINGS, "reusability.configuration")
    assert r["status"] == "warn", r
    assert "Django" in r["message"]["en"] and "described nowhere" in r["message"]["en"], r["message"]


def test_settings_described_in_the_readme_pass(tmp_path):
    readme = ("# Store\n\nApp store.\n\n## Configuration\n\nDans le settings.py du projet : DIRECTORY_STORAGE (dossier des fichiers), "
              "RESOURCE_STORE_EXTENSIONS (extensions acceptées).\n")
    r = check_result(tmp_path, {**WITH_SETTINGS, "README.md": readme}, "reusability.configuration")
    assert r["status"] == "pass", r


def test_no_setting_read_stays_not_applicable(tmp_path):
    r = check_result(tmp_path, FILES, "reusability.configuration")
    assert r["status"] == "not_applicable", r


def test_a_django_project_of_its_own_is_no_hosted_application(tmp_path):
    files = {**WITH_SETTINGS, "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n",
             "site/settings.py": "DIRECTORY_STORAGE = '/srv/store'\nINSTALLED_APPS = ['app_store']\n"}
    r = check_result(tmp_path, files, "reusability.configuration")
    assert "host Django project" not in r["message"]["en"] and "the way Django expects" not in r["message"]["en"], r["message"]

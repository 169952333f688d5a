"""interoperability.auth (issue 12, s32 t32 = reader m26o1, makinacorpus/pes_auvergne): a Django site requiring django-registration
(requirements.txt, 'registration' in INSTALLED_APPS, templates/registration/*.html, a link to /accounts/login/) was "No sign-in of
people found in the code": django-registration's sign-up and sign-in pages are the site's own local accounts."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SITE = {
    "README.rst": "Plate-forme d'échanges\n======================\n\nSite coopératif des acteurs de l'économie solidaire.\n",
    "requirements.txt": "south\ndjango-autoslug\n\n# registration\ndjango-registration",
    "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'coop_local.settings')\n"
                 "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
    "coop_local/settings.py": "INSTALLED_APPS = (\n    'django.contrib.contenttypes',\n    'coop_local',\n    'registration',\n)\n",
    "coop_local/models.py": "from django.db import models\n\n\nclass Organization(models.Model):\n    title = models.CharField(max_length=250)\n",
    "coop_local/templates/registration/activation_complete.html": "{% extends 'base.html' %}\n{% block content %}<p>Compte activé.</p>{% endblock %}\n",
}
CID = "interoperability.auth"


def test_django_registration_is_a_sign_in_with_local_accounts(tmp_path):
    r = results(run_audit(build(tmp_path / "r", SITE), tmp_path / "c", [CID]))[CID]
    assert r["status"] != "not_applicable", r["message"]
    assert "local" in r["message"]["en"], r["message"]


def test_a_django_site_without_an_account_app_keeps_no_sign_in(tmp_path):  # (near miss: Django alone, no account app, no login route)
    files = {**SITE, "requirements.txt": "south\ndjango-autoslug\n",
             "coop_local/settings.py": "INSTALLED_APPS = (\n    'django.contrib.contenttypes',\n    'coop_local',\n)\n"}
    files.pop("coop_local/templates/registration/activation_complete.html")
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    assert r["status"] == "not_applicable", r["message"]

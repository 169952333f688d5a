"""interoperability.auth (issue 12, s40 fk40 = DataSud/DataSud-2020-2022): a regional data portal's archive holds its own code
(pages behind the framework's accounts) beside a CAS extension copied whole (ckanext-cas-master/ckanext-cas-master/, a GitHub download
with its setup.py and licence). The check said "Sign-in with local accounts only (no OpenID Connect)". Decision: a sign-in standard's
client copied into the repository is deployed with the project and signs people in as a declared one would — copied code counts as
used, as the geo check counts a copied map library and the dependency checks a copied package. Shaped here as a Django app with a
copied CAS client. Near miss: the same app with a copied package of no sign-in standard keeps the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MANAGE = ("#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == '__main__':\n"
          "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'portail.settings')\n"
          "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n")
VIEWS = ("from django.contrib.auth import authenticate, login\nfrom django.shortcuts import redirect, render\n\n\n"
         "def connexion(request):\n    if request.method == 'POST':\n"
         "        user = authenticate(request, username=request.POST['username'], password=request.POST['password'])\n"
         "        if user is not None:\n            login(request, user)\n            return redirect('/')\n"
         "    return render(request, 'connexion.html')\n")
COPY_VIEWS = ("from django.conf import settings\n\n\ndef server_url():\n    return settings.{EXT}_SERVER_URL\n")
MIT = "MIT License\n\nCopyright (c) 2017 Someone Else\n\nPermission is hereby granted, free of charge, to any person obtaining a copy.\n"
README = "# Portail\n\nCode source du portail de données et de ses extensions.\n"


def _auth(tmp_path, ext):
    root = f"code/{ext}-master/{ext}-master/"
    pkg = ext.replace("-", "_")
    files = {"README.md": README, "requirements.txt": "Django==3.2.20\n", "manage.py": MANAGE,
             "portail/__init__.py": "", "portail/settings.py": "INSTALLED_APPS = ['django.contrib.auth', 'portail']\n",
             "portail/urls.py": "from django.urls import path\nfrom portail import views\n\nurlpatterns = [path('connexion/', views.connexion)]\n",
             "portail/views.py": VIEWS,
             "portail/templates/connexion.html": "<form method=\"post\"><input name=\"username\"><input type=\"password\" name=\"password\"></form>\n",
             root + "setup.py": f"from setuptools import setup\n\nsetup(name='{ext}', version='4.0.1', packages=['{pkg}'])\n",
             root + "LICENSE": MIT, root + "README.rst": f"{ext}\n=============\n\nA Django package.\n",
             root + f"{pkg}/__init__.py": "", root + f"{pkg}/views.py": COPY_VIEWS.replace("{EXT}", pkg.upper())}
    return judge(tmp_path, files, ["interoperability.auth"])[1]["interoperability.auth"]


def test_a_copied_cas_client_signs_people_in_through_cas(tmp_path):
    r = _auth(tmp_path, "django-cas-ng")
    assert r["status"] == "warn" and r["score"] == 7 and "CAS" in r["message"]["en"], r
    assert r["details"]["copied_sso_client"] == "django-cas-ng-master", r["details"]
    assert any("django-cas-ng-master" in (e.get("path") or "") for e in r["evidence"]), r["evidence"]


def test_a_copied_package_of_no_sign_in_standard_changes_nothing(tmp_path):
    r = _auth(tmp_path, "django-import-export")
    assert "copied_sso_client" not in r["details"], r
    assert r["status"] == "fail" and r["details"]["local_login"], r

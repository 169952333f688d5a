"""Kind of project (issue 12, s26 k26 = reader o2, neogeo-technologies/idgo): a regional open-data platform shipped as several Django
applications side by side (the back office, its REST API, a CAS server), each routing its own URLs and rendering its templates, packaged
by a setup.py with no manage.py nor settings (the settings.py its README lists is the deployment's), was read as one reusable Django
application: "library", so its settings, its API, its sign-in and its pages were not judged. Two or more applications at the root each
with its urls.py are the applications of one site: a web application. A reusable application (one package, pip-installable) stays a
library."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

CHECKS = ["reusability.configuration", "interoperability.api-spec", "interoperability.auth", "interoperability.accessibility-and-ecodesign"]

_APPS = "from django.apps import AppConfig\n\n\nclass {c}Config(AppConfig):\n    name = '{n}'\n"
_URLS = "from django.conf.urls import url\n\nfrom {n}.views import {v}\n\nurlpatterns = [\n    url('^{p}/?$', {v}.as_view(), name='{p}'),\n]\n"
_VIEW = ("from django.http import JsonResponse\nfrom django.views import View\n\n\nclass {v}(View):\n    def get(self, request):\n"
         "        return JsonResponse({{'ok': True}})\n")
PLATFORM = {
    "README.md": "# Plateforme de données\n\n## Installation\n\n    python setup.py install\n\n### Paramètres obligatoires du `settings.py`\n\n"
                 "* **CKAN_URL**\n* **CKAN_API_KEY**\n* **DATABASES**\n* **DEFAULT_FROM_EMAIL**\n",
    "setup.py": "from setuptools import find_packages, setup\n\nsetup(name='plateforme', version='1.5.5', packages=find_packages(),\n"
                "      install_requires=['django>=1.11,<1.12', 'djangorestframework>=3.11'])\n",
    "requirements.txt": "django>=1.11,<1.12\ndjangorestframework>=3.11\ndjango-mama-cas==2.4.0\n",
    "portail_admin/__init__.py": "from django.conf import settings\n\nCKAN_URL = settings.CKAN_URL\nCKAN_API_KEY = settings.CKAN_API_KEY\n",
    "portail_admin/apps.py": _APPS.format(c="PortailAdmin", n="portail_admin"),
    "portail_admin/models.py": "from django.db import models\n\n\nclass Dataset(models.Model):\n    title = models.CharField(max_length=100)\n",
    "portail_admin/urls.py": _URLS.format(n="portail_admin", v="DatasetManager", p="dataset"),
    "portail_admin/views.py": "from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import render\n"
                              "from django.views import View\n\n\nclass DatasetManager(View):\n    def get(self, request):\n"
                              "        return render(request, 'portail_admin/dataset.html')\n",
    "portail_admin/templates/portail_admin/base.html": "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><title>Plateforme</title></head>\n"
                                                       "<body>{% block content %}{% endblock %}</body>\n</html>\n",
    "portail_admin/templates/portail_admin/dataset.html": "{% extends 'portail_admin/base.html' %}\n{% block content %}<h1>Jeux de données</h1>"
                                                          "{% endblock %}\n",
    "api/__init__.py": "",
    "api/apps.py": _APPS.format(c="Api", n="api"),
    "api/urls.py": _URLS.format(n="api", v="DatasetList", p="dataset"),
    "api/views.py": _VIEW.format(v="DatasetList"),
    "server_cas/__init__.py": "",
    "server_cas/apps.py": _APPS.format(c="ServerCas", n="server_cas"),
    "server_cas/urls.py": _URLS.format(n="server_cas", v="SignIn", p="signin"),
    "server_cas/views.py": "from django.contrib.auth import authenticate, login\nfrom django.views import View\n\n\nclass SignIn(View):\n"
                           "    def post(self, request):\n        user = authenticate(request, username=request.POST['username'],\n"
                           "                            password=request.POST['password'])\n        login(request, user)\n",
}
REUSABLE = {  # one application others add to their INSTALLED_APPS: its urls, views and templates are included into their sites
    "README.md": "# django-cartes\n\nApplication Django de cartes à ajouter à vos INSTALLED_APPS.\n\n    pip install django-cartes\n",
    "setup.py": "from setuptools import find_packages, setup\n\nsetup(name='django-cartes', version='0.3.0', packages=find_packages(),\n"
                "      include_package_data=True, install_requires=['django>=4.2'])\n",
    "cartes/__init__.py": "",
    "cartes/apps.py": _APPS.format(c="Cartes", n="cartes"),
    "cartes/models.py": "from django.db import models\n\n\nclass Carte(models.Model):\n    nom = models.CharField(max_length=100)\n",
    "cartes/urls.py": _URLS.format(n="cartes", v="CarteView", p="carte"),
    "cartes/views.py": _VIEW.format(v="CarteView"),
    "cartes/templates/cartes/carte.html": "<div class=\"carte\">{{ carte.nom }}</div>\n",
    "tests/urls.py": "from django.urls import include, path\n\nurlpatterns = [path('', include('cartes.urls'))]\n",
    "tests/apps.py": _APPS.format(c="Tests", n="tests"),
    "tests/test_views.py": "def test_carte():\n    assert True\n",
}


def test_django_applications_of_one_site_are_a_web_application(tmp_path):
    project, res = kind_and_results(tmp_path, PLATFORM, CHECKS)
    assert project["kind"] == "web-application" and project["kind_decided"], project
    for cid in CHECKS:  # its settings, its API, its sign-in and its pages are judged
        assert res[cid]["status"] != "not_applicable", (cid, res[cid])


def test_a_reusable_django_application_stays_a_library(tmp_path):
    project, res = kind_and_results(tmp_path, REUSABLE, CHECKS)
    assert project["kind"] == "library", project
    assert project["kind_evidence"][0]["reason"] == "Django application for a host project's INSTALLED_APPS", project
    assert res["interoperability.auth"]["status"] == "not_applicable", res

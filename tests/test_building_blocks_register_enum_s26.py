"""interoperability.public-building-blocks (issue 12, session 26 reader o4): a register file and an API client's enum value.

A CKAN extension (ecolabdata/ckanext-ecospheres) passed with "building blocks used: Géoplateforme IGN" for one line of its
vocabularies file, ``url: https://geodesie.ign.fr/contenu/fichiers/IGNF.xml``: IGN's register of coordinate systems, downloaded
as a vocabulary, no call of a Géoplateforme service. A Django application (MTES-MCT/envergo) was credited "ProConnect /
FranceConnect" for ``france_connect = "france_connect"`` in an enum of the Démarches simplifiées API's values (how an applicant
signed in there); it has local accounts only. The register's documents are no service; ProConnect and FranceConnect count as
the sign-in check counts them (an endpoint, or mentions in two files). A Géoplateforme address and a real FranceConnect
configuration keep their verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"
VOCABULARIES = ("crs:\n  name: Systèmes de référence de coordonnées\n  loader: xml_register\n"
                "  url: https://geodesie.ign.fr/contenu/fichiers/IGNF.xml\n")
SETUP = "from setuptools import setup\n\nsetup(name='ckanext-catalogue', packages=['ckanext.catalogue'], entry_points={'ckan.plugins': ['catalogue = ckanext.catalogue.plugin:Plugin']})\n"
PLUGIN = "import ckan.plugins as p\n\n\nclass Plugin(p.SingletonPlugin):\n    p.implements(p.IConfigurer)\n"
EXTENSION = {"setup.py": SETUP, "ckanext/catalogue/__init__.py": "", "ckanext/catalogue/plugin.py": PLUGIN,
             "ckanext/catalogue/vocabulary/vocabularies.yaml": VOCABULARIES, "README.md": "# ckanext-catalogue\n\nExtension CKAN du catalogue.\n"}


def test_the_ign_register_of_coordinate_systems_is_no_building_block(tmp_path):
    res = judge(tmp_path, EXTENSION, [BB])[1][BB]
    assert "Géoplateforme IGN" not in res["details"].get("building_blocks", []), res["message"]


def test_a_geoplateforme_service_stays_a_building_block(tmp_path):
    files = {**EXTENSION, "ckanext/catalogue/vocabulary/vocabularies.yaml": VOCABULARIES + "communes:\n  url: https://data.geopf.fr/wfs/ows?SERVICE=WFS&TYPENAME=ADMINEXPRESS-COG.LATEST:commune\n"}
    res = judge(tmp_path, files, [BB])[1][BB]
    assert "Géoplateforme IGN" in res["details"]["building_blocks"], res["message"]


DS_MODELS = ("from enum import Enum\n\n\nclass ConnectionUsager(Enum):\n    deleted = \"deleted\"\n    france_connect = \"france_connect\"\n"
             "    password = \"password\"\n")
DJANGO = {"manage.py": "import os\nimport sys\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\nfrom django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n",
          "requirements.txt": "django==5.1\n", "config/__init__.py": "", "config/settings.py": "INSTALLED_APPS = ['django.contrib.auth']\nLOGIN_URL = 'login'\n",
          "config/urls.py": "from django.contrib.auth.views import LoginView\nfrom django.urls import path\n\nurlpatterns = [path('login/', LoginView.as_view(), name='login')]\n",
          "petitions/__init__.py": "", "petitions/demarches/__init__.py": "", "petitions/demarches/models.py": DS_MODELS,
          "templates/base.html": "<!doctype html><html lang=\"fr\"><body>{% block content %}{% endblock %}</body></html>\n",
          "README.md": "# Haies\n\nInstruction des demandes de travaux sur les haies.\n"}


def test_an_api_clients_enum_value_is_no_franceconnect(tmp_path):
    res = judge(tmp_path, DJANGO, [BB])[1][BB]
    assert "ProConnect / FranceConnect" not in res["details"].get("building_blocks", []), res["message"]


def test_a_franceconnect_configuration_stays_a_building_block(tmp_path):
    files = {**DJANGO, "config/settings.py": DJANGO["config/settings.py"] + "FRANCECONNECT_URL = 'https://fcp.integ01.dev-franceconnect.fr/api/v1/authorize'\n"}
    res = judge(tmp_path, files, [BB])[1][BB]
    assert "ProConnect / FranceConnect" in res["details"]["building_blocks"], res["message"]

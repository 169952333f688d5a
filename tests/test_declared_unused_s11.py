"""A package in a manifest is no use of it when the code can be read and never names it (issue 12, session 10 reads: a
communauté de communes' Django sites pinned a 200-line pip freeze — O365, openai, google-api-python-client,
djangorestframework, authlib — that no module imports; the checks named Office 365, OpenAI and Google as services, said an
API was served by djangorestframework and a standard sign-in came from authlib). Also: an "add to Google Calendar" link and a
form placeholder naming a Drive address call no service."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.api-spec", "interoperability.auth", "scaling.vendor-lock-in", "reusability.portability", "scaling.hosting"]

_FREEZE = "".join(f"{p}\n" for p in ("asgiref==3.7.2", "Authlib==1.2.1", "Django==4.2.7", "djangorestframework==3.14.0",
                                      "google-api-python-client==2.108.0", "O365==2.0.38", "openai==1.3.5", "Pillow==10.1.0",
                                      "python-dotenv==1.0.0", "requests==2.31.0", "sqlparse==0.4.4"))
_SETTINGS = ("import os\nfrom dotenv import load_dotenv\nload_dotenv()\nSECRET_KEY = os.environ.get('SECRET_KEY')\n"
             "INSTALLED_APPS = ['django.contrib.admin', 'django.contrib.auth', 'django.contrib.sessions', 'agenda']\n"
             "ROOT_URLCONF = 'site_cc.urls'\n")
_VIEWS = ("from urllib.parse import urlencode\nfrom django.contrib.auth.decorators import login_required\n"
          "from django.shortcuts import render\nfrom .models import Evenement\n\n\n@login_required\ndef detail(request, pk):\n"
          "    ev = Evenement.objects.get(pk=pk)\n    params = {'action': 'TEMPLATE', 'text': ev.titre}\n"
          "    lien = (\n        f\"https://calendar.google.com/calendar/render?{urlencode(params)}\"\n    )\n"
          "    return render(request, 'agenda/detail.html', {'ev': ev, 'lien_agenda': lien})\n")
_FORMS = ("from django import forms\nfrom .models import Evenement\n\n\nclass EvenementForm(forms.ModelForm):\n    class Meta:\n"
          "        model = Evenement\n        fields = ['titre', 'lien']\n        widgets = {\n            'lien': forms.TextInput(\n"
          "                attrs={\n                    'class': 'form-control',\n"
          "                    'placeholder': 'https://drive.google.com/...',\n                }\n            ),\n        }\n")
_MODELS = "from django.db import models\n\n\nclass Evenement(models.Model):\n    titre = models.CharField(max_length=200)\n    lien = models.URLField()\n"


def _site(**extra):
    return {"requirements.txt": _FREEZE, "manage.py": "import os\nimport sys\nfrom django.core.management import execute_from_command_line\n",
            "site_cc/settings.py": _SETTINGS, "site_cc/urls.py": "from django.urls import path\nfrom agenda import views\nurlpatterns = []\n",
            "agenda/__init__.py": "", "agenda/views.py": _VIEWS, "agenda/forms.py": _FORMS, "agenda/models.py": _MODELS,
            "agenda/templates/agenda/detail.html": "<a href=\"{{ lien_agenda }}\">Ajouter à mon agenda</a>\n", **extra}


def test_packages_a_pip_freeze_pins_but_no_module_imports_are_not_used(tmp_path):
    res = judge(tmp_path, _site(), CHECKS)[1]
    api, auth, lock, port = (res[c] for c in ("interoperability.api-spec", "interoperability.auth", "scaling.vendor-lock-in", "reusability.portability"))
    assert "djangorestframework" not in api["message"]["en"] and api["status"] != "fail", api["message"]["en"]
    assert "Standard authentication" not in auth["message"]["en"], auth["message"]["en"]
    for name in ("Office 365", "OpenAI", "Google Workspace"):
        assert name not in lock["message"]["en"] and name not in port["message"]["en"], (lock["message"]["en"], port["message"]["en"])
    assert lock["status"] == "pass", lock["message"]["en"]
    hosting = res["scaling.hosting"]
    assert "drive.google.com" not in str(hosting["evidence"]) and "calendar.google.com" not in hosting["message"]["en"], hosting["message"]["en"]


def test_a_package_the_code_imports_or_names_in_its_settings_is_used(tmp_path):
    files = _site(**{"agenda/api.py": "from rest_framework import viewsets\nfrom .models import Evenement\n",
                     "agenda/ia.py": "import openai\n\n\ndef resume(texte):\n    return openai.chat.completions.create(model='x', messages=[])\n",
                     "site_cc/auth.py": "AUTHENTICATION_BACKENDS = ['authlib.integrations.django_client']\n"})
    res = judge(tmp_path, files, CHECKS)[1]
    assert "djangorestframework" in res["interoperability.api-spec"]["message"]["en"], res["interoperability.api-spec"]["message"]["en"]
    assert "OpenAI" in res["scaling.vendor-lock-in"]["message"]["en"] and "Office 365" not in res["scaling.vendor-lock-in"]["message"]["en"]
    assert "Standard authentication" in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]["en"]


def test_without_code_to_read_the_manifest_stands(tmp_path):
    res = judge(tmp_path, {"requirements.txt": "openai==1.3.5\nO365==2.0.38\n", "README.md": "# Outil\n\nInstaller : pip install -r requirements.txt\n"},
                ["scaling.vendor-lock-in"])[1]
    assert "OpenAI" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]["en"]


def test_an_embedded_calendar_and_a_loaded_drive_file_stay_dependencies(tmp_path):
    files = {"index.html": "<iframe src=\"https://calendar.google.com/calendar/embed?src=agenda%40ville.fr\"></iframe>\n"
                           "<script src=\"app.js\"></script>\n",
             "app.js": "fetch('https://drive.google.com/uc?export=download&id=1AbCdEf').then(r => r.json()).then(show);\n"}
    res = judge(tmp_path, files, ["scaling.vendor-lock-in", "scaling.hosting"])[1]
    assert "Google Workspace" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]["en"]
    assert "drive.google.com" in str(res["scaling.hosting"]["evidence"]) or "drive.google.com" in res["scaling.hosting"]["message"]["en"], \
        res["scaling.hosting"]["message"]["en"]


def test_an_npm_package_no_script_imports_is_not_used(tmp_path):
    pkg = '{"name": "carte", "private": true, "dependencies": {"leaflet": "^1.9.4", "@googlemaps/js-api-loader": "^1.16.2"}}\n'
    files = {"package.json": pkg, "index.html": "<div id=\"carte\"></div><script type=\"module\" src=\"src/carte.js\"></script>\n",
             "src/carte.js": "import L from 'leaflet';\nconst carte = L.map('carte').setView([47.2, -1.5], 12);\n"}
    res = judge(tmp_path, files, ["scaling.vendor-lock-in"])[1]
    assert "Google Maps" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]["en"]
    files["src/fond.js"] = "import { Loader } from '@googlemaps/js-api-loader';\nexport const loader = new Loader({ apiKey: '' });\n"
    res = judge(tmp_path, files, ["scaling.vendor-lock-in"], "g")[1]
    assert "Google Maps" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]["en"]


def test_an_address_given_as_an_example_in_a_help_text_is_no_server(tmp_path):
    cmd = ("from django.core.management.base import BaseCommand\n\n\nclass Command(BaseCommand):\n    def add_arguments(self, parser):\n"
           "        parser.add_argument(\n            '--base-url',\n            help=\"URL de base du site (ex: https://www.agglo-sud-exemple.fr). \"\n"
           "                 \"Par défaut déduit de ALLOWED_HOSTS.\",\n        )\n\n    def handle(self, *args, **options):\n        return options['base_url']\n")
    res = judge(tmp_path, _site(**{"agenda/management/commands/verifier.py": cmd}), ["scaling.hosting"])[1]
    assert "agglo-sud-exemple.fr" not in str(res["scaling.hosting"]["evidence"]), res["scaling.hosting"]["evidence"]

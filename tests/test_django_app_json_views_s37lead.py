"""A Django application plugged into a host project whose views answer JSON beside its urls.py is an API its host serves
(issue 12, session 37, re-reader vf37: neogeo-technologies/idgo-store, DataSud's store app, made a library by its AppConfig, had
its api-spec "not applicable" though it routes its own JSON endpoint). Views rendering templates only serve no API.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

FILES = {"README.md": "# Store\n\nStockage des ressources de la plateforme.\n",
         "setup.py": "from setuptools import setup\nsetup(name='store', packages=['store'])\n", "store/__init__.py": "",
         "store/apps.py": "from django.apps import AppConfig\n\n\nclass StoreConfig(AppConfig):\n    name = 'store'\n",
         "store/urls.py": "from django.urls import path\n\nfrom store import views\n\nurlpatterns = [path('directory/', views.directory)]\n"}
JSON_VIEW = ("from django.http import JsonResponse\n\n\ndef directory(request):\n    return JsonResponse({'files': []})\n")
PAGE_VIEW = ("from django.shortcuts import render\n\n\ndef directory(request):\n    return render(request, 'store/directory.html', {})\n")


def _api_spec(tmp_path, view: str) -> dict:
    make_repo(tmp_path, [{"files": {**FILES, "store/views.py": view}, "date": "2021-06-01T10:00:00Z"}])
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}", only=["interoperability.api-spec"]))
    return report["results"][0]


def test_a_django_apps_json_views_are_an_api_its_host_serves(tmp_path):
    r = _api_spec(tmp_path, JSON_VIEW)
    assert r["status"] != "not_applicable", r["message"]
    assert "store/views.py" in r["message"]["en"], r["message"]


def test_a_django_app_rendering_pages_serves_no_api(tmp_path):
    r = _api_spec(tmp_path, PAGE_VIEW)
    assert r["status"] == "not_applicable", r["message"]

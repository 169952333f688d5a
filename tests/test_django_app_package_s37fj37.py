"""A reusable Django application packaged with an empty requirements file (issue 12, s37 fj37 = reader ma37,
neogeo-technologies/idgo-store).

idgo-store: a Django application (a package with apps.py declaring its AppConfig, models.py on GeoDjango's models module with
only FileField and OneToOneField, migrations/, urls.py, views/, forms/, a Celery tasks.py, templates/) plugged into a data
platform, with a setup.py reading an empty requirements.txt. Readers found:

- facts.project.kind "static-site" from its Django templates: no manifest named Django, so the package of a Django application
  scored nothing; its apps.py's ``from django.apps import AppConfig`` says it is one (a library for a host's INSTALLED_APPS);
- reusability.dependencies warn "2 manifest(s) declaring no dependency": the packages the code imports (celery, python-magic…)
  were looked for only with no Python manifest at all; manifests declaring nothing declare none of them (fail);
- interoperability.geo fail on ``from django.contrib.gis.db import models`` with no geometry field: a drop-in for
  django.db.models, no geographic data handled.
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

MODELS = ("from django.conf import settings\nfrom django.contrib.gis.db import models\nimport magic\n\n\n"
          "class Store(models.Model):\n    archive = models.FileField(upload_to='store/')\n"
          "    resource = models.OneToOneField('Resource', on_delete=models.CASCADE)\n\n"
          "    def mime(self):\n        return magic.from_file(self.archive.path, mime=True)\n")
FILES = {
    "README.md": "# Store\n\nApp store.\n",
    "LICENSE": "Apache License\nVersion 2.0, January 2004\n",
    "requirements.txt": "",
    "setup.py": ("from setuptools import setup, find_packages\n\nwith open('requirements.txt') as f:\n    reqs = f.read().splitlines()\n\n"
                 "setup(name='app-store', version='0.1', packages=find_packages(), install_requires=reqs)\n"),
    "app_store/__init__.py": "",
    "app_store/apps.py": "from django.apps import AppConfig\n\n\nclass StoreConfig(AppConfig):\n    name = 'app_store'\n",
    "app_store/models.py": MODELS,
    "app_store/migrations/__init__.py": "",
    "app_store/migrations/0001_initial.py": ("from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n"
                                             "    operations = [migrations.CreateModel(name='Store', fields=[('archive', models.FileField())])]\n"),
    "app_store/urls.py": "from django.urls import path\nfrom app_store import views\n\nurlpatterns = [path('store/', views.show)]\n",
    "app_store/views.py": ("from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import render\n\n\n"
                           "@login_required\ndef show(request):\n    return render(request, 'store/show.html', {})\n"),
    "app_store/tasks.py": "from celery import shared_task\n\n\n@shared_task\ndef fetch(pk):\n    return pk\n",
    "app_store/templates/store/show.html": ("{% extends 'base.html' %}\n{% block content %}<h1>Store</h1>"
                                            "<a href=\"{% url 'store:show' %}\">Voir</a>{% endblock %}\n"),
    "app_store/templates/store/edit.html": "{% extends 'base.html' %}\n{% block content %}<form method=\"post\"></form>{% endblock %}\n",
}
CHECKS = ["reusability.dependencies", "interoperability.geo", "interoperability.auth"]


def audit(tmp_path, files, name="r"):
    return run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=CHECKS)


def test_a_django_application_package_with_an_empty_requirements_file_is_a_library(tmp_path):
    report = audit(tmp_path, FILES)
    project = report["facts"]["project"]
    assert project["kind"] == "library", project
    assert project["kind_evidence"][0]["path"] == "app_store/apps.py", project
    r = results(report)
    # (the host project's sign-in: the application's login_required is no local account of its own)
    assert r["interoperability.auth"]["status"] == "not_applicable", r["interoperability.auth"]
    dep = r["reusability.dependencies"]
    assert dep["status"] == "fail", dep
    assert set(dep["details"]["undeclared_python"]) >= {"celery", "magic"}, dep["details"]
    assert "django" not in dep["details"]["undeclared_python"]
    assert "the manifests declare none" in dep["message"]["en"], dep["message"]
    assert r["interoperability.geo"]["status"] == "not_applicable", r["interoperability.geo"]


def test_near_misses_keep_their_verdicts(tmp_path):
    # no AppConfig of Django: the templates stay pages
    files = {k: v for k, v in FILES.items() if k != "app_store/apps.py"}
    project = audit(tmp_path, files, "t")["facts"]["project"]
    assert not any(e["reason"].startswith("Django application") for e in project["kind_evidence"]), project
    # the requirements declared: no undeclared package
    files = {**FILES, "requirements.txt": "Django>=2.2\ncelery\npython-magic\n"}
    r = results(audit(tmp_path, files, "d"))
    assert r["reusability.dependencies"]["details"]["undeclared_python"] == [], r["reusability.dependencies"]
    assert r["reusability.dependencies"]["status"] != "fail"
    # a geometry field: geographic data handled
    files = {**FILES, "app_store/models.py": MODELS + "\n\nclass Zone(models.Model):\n    geom = models.GeometryField(srid=2154)\n"}
    geo = results(audit(tmp_path, files, "g"))["interoperability.geo"]
    assert geo["status"] != "not_applicable", geo

"""project kind (issue 12, s43 fg43 = reader re43, frague59/wagtail-leaflet): a reusable Wagtail application (a package at the
root with its AppConfig, blocks, templates and static files, packaged by setup.py) beside a demonstration site in demo/ (manage.py,
settings, urls, a requirements.txt pinning Django and Wagtail) was a web application: the demo's Wagtail stayed the project's
interface framework. The frameworks built on Django that a reusable application's host runs (Wagtail, django CMS, Mezzanine) are
the host's, as Django is: the repository is a library, the demo shows it.
Near miss: the same Wagtail site at the root (manage.py, settings beside the application) stays a web application."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

MANAGE = ("#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == '__main__':\n"
          "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
          "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n")
APP = {
    "README.rst": ("Wagtail map blocks\n==================\n\nThis application provides map blocks for Wagtail pages.\n\n"
                   "Install\n-------\n\n    pip install wagtail-mapblocks\n\nAdd 'mapblocks' to INSTALLED_APPS.\n"),
    "setup.py": ("from distutils.core import setup\n\nsetup(name='wagtail-mapblocks', packages=['mapblocks'], version='0.1',\n"
                 "      requires=['django-appconf', 'wagtail>=1.9'])\n"),
    "mapblocks/__init__.py": "",
    "mapblocks/apps.py": "from django.apps import AppConfig\n\n\nclass MapBlocksConfig(AppConfig):\n    name = 'mapblocks'\n",
    "mapblocks/templatetags/__init__.py": "",
    "mapblocks/templatetags/mapblocks_tags.py": ("from django import template\nfrom django.conf import settings\n\nregister = template.Library()\n\n\n"
                                                 "@register.simple_tag\ndef map_zoom():\n    return settings.MAPBLOCKS_ZOOM\n"),
    "mapblocks/conf.py": ("from django.conf import settings  # noqa\nfrom appconf import AppConf\n\n\nclass MapBlocksConf(AppConf):\n    ZOOM = 12\n\n"
                          "    class Meta:\n        prefix = 'mapblocks'\n"),
    "mapblocks/blocks.py": ("from wagtail.wagtailcore import blocks\n\n\nclass MapBlock(blocks.StructBlock):\n"
                            "    zoom = blocks.IntegerBlock()\n\n    class Meta:\n        template = 'mapblocks/map.html'\n"),
    "mapblocks/templates/mapblocks/map.html": "{% load static %}<div class=\"map\" data-zoom=\"{{ value.zoom }}\"></div>\n",
    "mapblocks/static/mapblocks/map.js": "function initMap(el) { return el; }\n",
}
SITE = {
    "manage.py": MANAGE,
    "requirements.txt": "Django>=1.11,<1.12\nwagtail>=1.10,<1.11\n",
    "site/__init__.py": "",
    "site/settings.py": "SECRET_KEY = 'dev'\nINSTALLED_APPS = ['wagtail.wagtailcore', 'mapblocks', 'home']\nROOT_URLCONF = 'site.urls'\n",
    "site/urls.py": ("from django.conf.urls import include, url\nfrom wagtail.wagtailcore import urls as wagtail_urls\n\n"
                     "urlpatterns = [url(r'', include(wagtail_urls))]\n"),
    "site/wsgi.py": "from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n",
    "site/templates/base.html": "<html><body>{% block content %}{% endblock %}</body></html>\n",
    "home/__init__.py": "",
    "home/models.py": "from wagtail.wagtailcore.models import Page\n\n\nclass HomePage(Page):\n    pass\n",
    "home/templates/home/home_page.html": "{% extends 'base.html' %}{% block content %}{{ page.title }}{% endblock %}\n",
}
CHECKS = ["interoperability.accessibility-and-ecodesign", "documentation.readme-sections", "reusability.configuration"]


def audit(tmp_path, files, name):
    return run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=CHECKS)


def test_a_wagtail_application_beside_its_demo_site_is_a_library(tmp_path):
    report = audit(tmp_path, {**APP, **{f"demo/{k}": v for k, v in SITE.items()}}, "d")
    project = report["facts"]["project"]
    assert project["kind"] == "library", project
    assert project["kind_evidence"][0]["path"] == "mapblocks/apps.py", project
    assert not any(e["path"].startswith("demo/") for e in project["kind_evidence"]), project
    r = results(report)
    assert r["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable", r["interoperability.accessibility-and-ecodesign"]
    assert "deployment" not in r["documentation.readme-sections"]["message"]["en"].split("missing:")[-1], r["documentation.readme-sections"]
    # (its settings: the AppConf defaults the host's settings override, the demo's settings module the demo's)
    conf = r["reusability.configuration"]
    assert conf["status"] == "pass" and "mapblocks/conf.py" in conf["message"]["en"], conf
    assert not any(e["path"].startswith("demo/") for e in conf["evidence"]), conf


def test_near_miss_the_wagtail_site_at_the_root_stays_a_web_application(tmp_path):
    report = audit(tmp_path, {**APP, **SITE}, "s")
    project = report["facts"]["project"]
    assert project["kind"] == "web-application", project
    assert "Django expects" not in results(report)["reusability.configuration"]["message"]["en"]

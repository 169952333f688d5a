"""Session 43 (vb43, a regression of fg43's library kind), a setup.py listing a package the repository does not hold.

frague59/wagtail-leaflet: setup.py says packages=['wagtail-leaflet', ] while the code is in wagtailleaflet/; the README says "Install
application with pypi". Once the repository was read as a library, reusability.install passed 10 ("installed from its package
manifest (setup.py)"), though `pip install .` of that manifest installs no code. A setup.py naming an existing folder, or finding its
packages, keeps the pass.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

SETUP = ("from distutils.core import setup\n\nsetup(\n    name='wagtail-carte',\n    packages=[{packages}],\n    version='0.1',\n"
         "    description='Template tags adding a map to Wagtail pages',\n    requires=['django-appconf', 'wagtail>=1.9'],\n)\n")
CODE = {"wagtailcarte/__init__.py": "default_app_config = 'wagtailcarte.apps.CarteConfig'\n",
        "wagtailcarte/apps.py": "from django.apps import AppConfig\n\n\nclass CarteConfig(AppConfig):\n    name = 'wagtailcarte'\n",
        "wagtailcarte/templatetags/__init__.py": "",
        "wagtailcarte/templatetags/carte.py": "from django import template\n\nregister = template.Library()\n\n\n@register.simple_tag\n"
                                               "def carte(lat, lon):\n    return f'<div data-lat=\"{lat}\" data-lon=\"{lon}\"></div>'\n",
        "README.rst": "wagtail-carte\n=============\n\nTemplate tags adding a map to Wagtail pages.\n\nInstallation\n============\n\n"
                      "Install application with pypi::\n\n    pip install wagtail-carte\n\nAdd ``wagtailcarte`` to INSTALLED_APPS.\n"}


def _install(repo, tmp_path, setup: str):
    path = repo([{"files": {**CODE, "setup.py": setup}, "date": "2026-03-04T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["reusability.install"]))
    return next(r for r in report["results"] if r["id"] == "reusability.install"), report["facts"]["project"]["kind"]


def test_a_listed_package_the_repository_does_not_hold_installs_nothing(repo, tmp_path):
    res, kind = _install(repo, tmp_path, SETUP.format(packages="'wagtail-carte', "))
    assert kind == "library"
    assert res["status"] == "warn", res["message"]
    assert "wagtail-carte" in res["message"]["en"] and "does not install" in res["message"]["en"]
    assert any(e["path"] == "setup.py" and e["kind"] == "finding" and e.get("line") == 5 for e in res["evidence"]), res["evidence"]


def test_the_code_folder_listed_keeps_the_pass(repo, tmp_path):
    res, _kind = _install(repo, tmp_path, SETUP.format(packages="'wagtailcarte', 'wagtailcarte.templatetags'"))
    assert res["status"] == "pass", res["message"]


def test_found_packages_are_not_judged(repo, tmp_path):
    res, _kind = _install(repo, tmp_path, SETUP.replace("from distutils.core import setup", "from setuptools import find_packages, setup")
                          .format(packages="x") .replace("packages=[x]", "packages=find_packages()"))
    assert res["status"] == "pass", res["message"]

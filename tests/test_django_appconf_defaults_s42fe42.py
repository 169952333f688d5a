"""reusability.configuration: a Django library's conf.py of django-appconf defaults (class …AppConf(AppConf) with Meta.prefix), which
the host project's settings override (BUTTONS_ICON in its settings.py), is the settings declared with their defaults, the platform's
own mechanism, no settings written in the code (issue 12, s42 fe42 = frague59/django-buttons: warn "the code … writes values of a
deployment (1: code file of settings; for example buttons/conf.py)" → pass). Likewise a module whose every constant reads
getattr(settings, NAME, default). Near miss: a conf.py of plain constants (a server's address written as the value) stays settings in
the code. The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
TAGS = ("from django import template\nfrom django.conf import settings\n\nregister = template.Library()\n\n\n@register.simple_tag\n"
        "def btn_home(icon=None):\n    return icon or settings.WIDGETS_ICON\n")
BASE = {
    "README.md": "# django-widgets\n\nTemplate tags rendering buttons.\n\n## Installation\n\n```sh\npip install django-widgets\n```\n",
    "setup.py": "from setuptools import setup\nsetup(name='django-widgets', version='0.9.3', install_requires=['django', 'django-appconf'])\n",
    "widgets/__init__.py": "",
    "widgets/apps.py": "from django.apps import AppConfig\n\n\nclass WidgetsConfig(AppConfig):\n    name = 'widgets'\n",
    "widgets/templatetags/__init__.py": "",
    "widgets/templatetags/widgets_tags.py": TAGS,
}
APPCONF = ('"""Configuration values for the widgets application."""\n\nfrom appconf import AppConf\n\n\nclass WidgetsAppConf(AppConf):\n'
           '    ICON: str = "exclamation"\n    ICON_POSITION: str = "RIGHT"\n    FONTAWESOME_VERSION: int = 5\n    BTN_CSS_COLOR: str = "btn-default"\n\n'
           '    class Meta:\n        prefix = "widgets"\n')


def test_appconf_defaults_are_the_declared_settings(tmp_path):
    r = check_result(tmp_path, {**BASE, "widgets/conf.py": APPCONF}, CID)
    assert r["status"] == "pass" and "widgets/conf.py" in r["message"]["en"], (r["status"], r["message"])


def test_getattr_defaults_are_the_declared_settings(tmp_path):
    conf = ("from django.conf import settings\n\nICON = getattr(settings, 'WIDGETS_ICON', 'home')\n"
            "POSITION = getattr(settings, 'WIDGETS_POSITION', 'right')\n")
    r = check_result(tmp_path, {**BASE, "widgets/conf.py": conf}, CID)
    assert r["status"] == "pass", (r["status"], r["message"])


def test_plain_constants_in_conf_py_stay_settings_in_the_code(tmp_path):
    conf = "ICON = 'exclamation'\nAPI_URL = 'https://api.example.org/v1'\nTIMEOUT = 30\n"
    r = check_result(tmp_path, {**BASE, "widgets/conf.py": conf}, CID)
    assert r["status"] != "pass" and "widgets/conf.py" in str(r["evidence"]), (r["status"], r["message"])

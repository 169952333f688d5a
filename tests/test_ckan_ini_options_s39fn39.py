"""reusability.configuration (issue 12, s39 fn39 = re-reader vb39 on DataSud/DataSud-2020-2022).

CKAN extensions kept in a portal's archive read their settings from CKAN's ini file through CKAN's configuration object
(``from ckan.common import config`` or pylons', then ``config.get('ckanext.cas.login_url')``). The check said "no setting read from
the environment and no configuration template" (fail 0). Those are settings declared the host's way: each installation sets them in
its production.ini. Near miss: an extension whose modules read no dotted option (only plugin hooks) keeps the old verdict.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
EXT = "archive/ckanext-sso/ckanext-sso/"
PLUGIN_HEAD = ("import ckan.plugins as plugins\nimport ckan.plugins.toolkit as toolkit\n")
READS = ("try:\n    from ckan.common import config\nexcept ImportError:\n    from pylons import config\n\n\n"
         "class SsoPlugin(plugins.SingletonPlugin):\n    plugins.implements(plugins.IConfigurable)\n\n"
         "    def configure(self, config_):\n        self.login_url = config.get('ckanext.sso.login_url')\n"
         "        self.verify = toolkit.asbool(config.get('ckanext.sso.verify_certificate', True))\n")
NO_READS = ("\n\nclass SsoPlugin(plugins.SingletonPlugin):\n    plugins.implements(plugins.IConfigurer)\n\n"
            "    def update_config(self, config_):\n        toolkit.add_template_directory(config_, 'templates')\n")


DOCUMENTED = ("# Portail\nArchive des composants du portail de données (extensions CKAN).\n\n## Configuration\n\n"
              "Dans le fichier production.ini de l'instance :\n\n```ini\nckanext.sso.login_url = https://sso.example.org/login\n"
              "ckanext.sso.verify_certificate = true\n```\n")


def _files(plugin: str, readme: str = "# Portail\nArchive des composants du portail de données (extensions CKAN).\n") -> dict:
    return {"README.md": readme,
            EXT + "setup.py": ("from setuptools import setup\nsetup(name='ckanext-sso', version='0.1', packages=['ckanext.sso'],\n"
                               "      entry_points='''\n      [ckan.plugins]\n      sso=ckanext.sso.plugin:SsoPlugin\n      ''')\n"),
            EXT + "ckanext/__init__.py": "__import__('pkg_resources').declare_namespace(__name__)\n",
            EXT + "ckanext/sso/__init__.py": "",
            EXT + "ckanext/sso/plugin.py": PLUGIN_HEAD + plugin,
            EXT + "ckanext/sso/templates/home/index.html": "{% ckan_extends %}\n{% block primary %}{{ _('Bienvenue') }}{% endblock %}\n"}


def test_ckan_extension_reading_ini_options_declares_settings(tmp_path):
    res = check_result(tmp_path, _files(READS, DOCUMENTED), CID)
    assert res["status"] == "pass", res
    assert "CKAN" in res["message"]["en"], res["message"]
    assert any(e["path"] == EXT + "ckanext/sso/plugin.py" for e in res["evidence"]), res["evidence"]


def test_ckan_extension_reading_no_option_keeps_verdict(tmp_path):
    res = check_result(tmp_path, _files(NO_READS), CID)
    assert "CKAN" not in res["message"]["en"], res["message"]
    assert not any(e["path"] == EXT + "ckanext/sso/plugin.py" for e in res.get("evidence") or []), res["evidence"]


def test_ckan_options_described_nowhere_warn_as_djangos_do(tmp_path):
    """(s39 lead, after fn39: options read by name from the host's ini, like Django's settings.X, are declared by no file; when no
    README section or document describes them each installation must read the code: warn, as s37 fj37 rules for Django)"""
    res = check_result(tmp_path, _files(READS), CID)
    assert res["status"] == "warn" and res["score"] == 5, res
    assert "CKAN" in res["message"]["en"] and "described nowhere" in res["message"]["en"], res["message"]

"""interoperability.auth (issue 12, s39 fn39 = re-reader vb39 on DataSud/DataSud-2020-2022).

A CKAN extension whose controller checks the person signed in to CKAN (``c.userobj``, ``toolkit.c.user``) and whose theme links to
CKAN's sign-in (``{% link_for _('Log in'), controller='user', action='login' %}``) has people signing in with CKAN's accounts (here beside a
copy of CKAN: a web application). The check said "no sign-in of people found" (n/a). Near miss: an extension that reads no user stays n/a.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.auth"
EXT = "archive/ckanext-restricted/"
CONTROLLER = ("import ckan.lib.base as base\nimport ckan.plugins.toolkit as toolkit\n\n\n"
              "class RestrictedController(base.BaseController):\n    def request_access(self, package_id):\n"
              "        user = toolkit.c.user\n        if not base.c.userobj:\n            return toolkit.abort(401)\n"
              "        return base.render('restricted/form.html', extra_vars={'user': user})\n")
PLAIN = ("import ckan.lib.base as base\nimport ckan.plugins.toolkit as toolkit\n\n\n"
         "class RestrictedController(base.BaseController):\n    def request_access(self, package_id):\n"
         "        return base.render('restricted/form.html', extra_vars={'id': package_id})\n")


def _files(controller: str, header: str) -> dict:
    return {"README.md": "# Portail\nArchive des extensions CKAN du portail de données.\n",
            EXT + "setup.py": ("from setuptools import setup\nsetup(name='ckanext-restricted', version='0.1', packages=['ckanext.restricted'],\n"
                               "      entry_points='''\n      [ckan.plugins]\n      restricted=ckanext.restricted.plugin:RestrictedPlugin\n      ''')\n"),
            "archive/ckan-2.7.6/LICENSE.txt": "CKAN - Data Catalogue Software\n\nGNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n",
            "archive/ckan-2.7.6/setup.py": "from setuptools import setup\n\nsetup(\n    name='ckan',\n    version='2.7.6',\n    license='AGPL',\n)\n",
            "archive/ckan-2.7.6/ckan/__init__.py": "__version__ = '2.7.6'\n__license__ = 'AGPL'\n",
            "archive/ckan-2.7.6/ckan/lib/helpers.py": "def url_for(*args, **kw):\n    return '/'\n",
            EXT + "ckanext/__init__.py": "",
            EXT + "ckanext/restricted/__init__.py": "",
            EXT + "ckanext/restricted/plugin.py": "import ckan.plugins as plugins\n\n\nclass RestrictedPlugin(plugins.SingletonPlugin):\n    pass\n",
            EXT + "ckanext/restricted/controller.py": controller,
            EXT + "ckanext/restricted/templates/header.html": header}


def test_ckan_extension_checking_the_signed_in_user_is_judged(tmp_path):
    header = "{% ckan_extends %}\n{% block header_account %}\n<li>{% link_for _('Log in'), controller='user', action='login' %}</li>\n{% endblock %}\n"
    res = check_result(tmp_path, _files(CONTROLLER, header), CID)
    assert res["status"] != "not_applicable", res["message"]["en"]
    assert any(e["path"].endswith("controller.py") for e in res["evidence"]), res["evidence"]


def test_ckan_extension_reading_no_user_stays_not_applicable(tmp_path):
    header = "{% ckan_extends %}\n{% block header_account %}\n<li>{{ _('Bienvenue') }}</li>\n{% endblock %}\n"
    res = check_result(tmp_path, _files(PLAIN, header), CID)
    assert res["status"] == "not_applicable", res

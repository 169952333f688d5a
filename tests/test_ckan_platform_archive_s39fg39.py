"""project kind (issue 12, s39 fg39 = reader rb39 on DataSud/DataSud-2020-2022).

A Région's open-data platform published as an archive of its components: a CKAN fork copied whole (ckan-2.7.6/ with its own
LICENSE.txt and setup.py naming the package ``ckan``) and the platform's own CKAN extensions in sub-folders (ckanext-theme/ with its
setup.py's [ckan.plugins] entry point, plugin.py and Jinja templates opening with {% ckan_extends %}). The extensions' templates
were read as static HTML pages: kind static-site, undecided. CKAN extensions in sub-folders holding the project's code, beside a
copy of CKAN itself, are that CKAN site with its plugins: a web application.
Near miss: the same folders whose setup.py declares no CKAN entry point (a console script) are no plugins: no web application
comes of this rule.
"""

from __future__ import annotations

from tests.test_host_kinds import kind_and_results

SETUP = ("from setuptools import setup, find_packages\n\nsetup(\n    name='ckanext-theme',\n    version='0.1',\n    packages=find_packages(),\n"
         "    namespace_packages=['ckanext'],\n    entry_points='''\n        [{group}]\n        {entry}\n    ''',\n)\n")
PLUGIN = ("import ckan.plugins as plugins\nimport ckan.plugins.toolkit as toolkit\n\n\nclass ThemePlugin(plugins.SingletonPlugin):\n"
          "    plugins.implements(plugins.IConfigurer)\n\n    def update_config(self, config_):\n"
          "        toolkit.add_template_directory(config_, 'templates')\n")


def _template(block: str) -> str:
    return ("{% ckan_extends %}\n\n{% block " + block + " %}\n  <div class=\"bandeau\">\n    <a href=\"/\">{{ _('Accueil') }}</a>\n"
            "  </div>\n  {{ super() }}\n{% endblock %}\n")


def _files(group: str, entry: str) -> dict:
    ext = "archive/ckanext-theme/"
    files = {"README.md": "# plateforme\nCode source de la plateforme de données 2020-2022 : le fork CKAN et ses extensions.\n",
             "archive/ckan-2.7.6/LICENSE.txt": "CKAN - Data Catalogue Software\n\nGNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n",
             "archive/ckan-2.7.6/setup.py": "from setuptools import setup\n\nsetup(\n    name='ckan',\n    version='2.7.6',\n    license='AGPL',\n)\n",
             "archive/ckan-2.7.6/ckan/__init__.py": "__version__ = '2.7.6'\n__license__ = 'AGPL'\n",
             "archive/ckan-2.7.6/ckan/lib/helpers.py": "def url_for(*args, **kw):\n    return '/'\n",
             ext + "setup.py": SETUP.format(group=group, entry=entry),
             ext + "ckanext/__init__.py": "",
             ext + "ckanext/theme/__init__.py": "",
             ext + "ckanext/theme/plugin.py": PLUGIN}
    for i, block in enumerate(["header_wrapper", "footer", "primary_content", "secondary_content", "page_heading", "content_action"]):
        files[ext + f"ckanext/theme/templates/page{i}.html"] = _template(block)
    return files


def test_ckan_extensions_beside_a_copy_of_ckan_are_its_site(tmp_path):
    project, _ = kind_and_results(tmp_path, _files("ckan.plugins", "theme=ckanext.theme.plugin:ThemePlugin"), ["reusability.install"])
    assert project["kind"] == "web-application", project
    assert project["kind_evidence"][0]["reason"].startswith("site of CKAN with its plugins"), project["kind_evidence"]


def test_packages_declaring_no_ckan_entry_point_are_no_plugins(tmp_path):
    project, _ = kind_and_results(tmp_path, _files("console_scripts", "theme-cli=ckanext.theme.plugin:main"), ["reusability.install"])
    assert not any(str(e.get("reason", "")).startswith(("site of CKAN", "plugin of CKAN")) for e in project.get("kind_evidence") or []), project

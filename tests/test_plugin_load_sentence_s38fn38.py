"""A plugin's README describing what the plugin loads is no step loading the kit (issue 12, s38 fn38 = reader md38's
PnGuadeloupe/db-style-manager).

db-style-manager: a QGIS plugin syncing layer styles kept in PostGIS. Its README says, under "## With the plugin", "If you open a
project, you may want to load styles in the project" — what the plugin does — and nothing about installing it. reusability.install
passed on that sentence ("load style" taken as the kit's load steps) and readme-sections found an installation section there,
while "With the plugin" (the toolbar button, the menu loading all styles) was no usage. Rules now: "load the style(s)/layer(s)" is
a step loading the kit only when the repository ships styles or layers; "## With the plugin" (what the plugin does once used) is a
usage heading. Near miss: a styles kit shipping .qml files whose README says "Load the style in the layer properties" keeps its
load step."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = "reusability.install"
SECTIONS = "documentation.readme-sections"

METADATA = ("[general]\nname=Gestion des styles\nqgisMinimumVersion=3.4\ndescription=Synchronise les styles stockés en base\n"
            "version=0.8.0\nauthor=Prestataire\nemail=contact@exemple.fr\nrepository=https://exemple.org/styles\n")
PLUGIN = ("from qgis.core import QgsProject\n\n\nclass StylePlugin:\n    \"\"\"Charge les styles de la base.\"\"\"\n\n"
          "    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n        self.action = None\n\n"
          "    def unload(self):\n        self.action = None\n\n    def load_all(self):\n        for layer in QgsProject.instance().mapLayers().values():\n"
          "            layer.loadNamedStyle(layer.name())\n")
README = ("# Gestion des styles\nThis plugin allows you to synchronize styles stored in PostgreSQL with QGIS Desktop.\n\n"
          "## Without the plugin\n\n* You can store many styles for one layer in PostgreSQL.\n* QGIS loads the default style only.\n\n"
          "## With the plugin\n* QGIS will load automatically all styles associated with the layer.\n"
          "* This behavior can be enabled/disabled with the button in the toolbar. If you open a project, you may want to load styles in the project.\n"
          "* The name of the style is shown in the menu.\n")


def test_a_plugin_describing_what_it_loads_gives_no_install_step(tmp_path):
    files = {"metadata.txt": METADATA, "__init__.py": "def classFactory(iface):\n    from .plugin import StylePlugin\n    return StylePlugin(iface)\n",
             "plugin.py": PLUGIN, "readme.md": README}
    _report, res = judge(tmp_path, files, [INSTALL, SECTIONS], name="plugin")
    assert res[INSTALL]["status"] != "pass", res[INSTALL]["message"]
    assert not any("load style" in str(e.get("value")) for e in res[INSTALL]["evidence"] + res[SECTIONS]["evidence"]), res[SECTIONS]["evidence"]
    assert "usage" in res[SECTIONS]["details"]["found"] and "install" not in res[SECTIONS]["details"]["found"], res[SECTIONS]["message"]


def test_near_miss_a_styles_kit_shipping_its_styles_keeps_its_load_step(tmp_path):
    files = {"readme.md": "# Styles du PLU\n\nStyles QGIS des couches du standard PLU.\n\nLoad the style in the layer properties of each table.\n",
             "styles/zonage.qml": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.22\"><renderer-v2/></qgis>\n",
             "styles/prescription.qml": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.22\"><renderer-v2/></qgis>\n"}
    _report, res = judge(tmp_path, files, [INSTALL], name="kit")
    assert res[INSTALL]["status"] == "pass", res[INSTALL]["message"]

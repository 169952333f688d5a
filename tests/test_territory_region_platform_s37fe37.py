"""reusability.territory-neutral (issue 12, s37 fe37 = reader ra37, vfabry/geopicardie-qgis-plugin): a regional geodata platform's
QGIS plugin names the platform, "Géo" + its (former) region, in its menu, its window title, its messages and the address of the
resources tree it downloads by default (…/master/geo<region>.json), and the check passed "No territory-specific value in the
code": each later platform renamed it in a copy of the code. A regional platform named after its region, in a string of the code,
is one territory's value. Near misses keep the pass: the plugin's package name in its imports, comments and docstrings naming the
platform, and a file listing three regional platforms (a list, no one territory's)."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

PLUGIN = ('# -*- coding: utf-8 -*-\n\nfrom PyQt4.QtGui import QAction, QMenu\n\nfrom geonormandie.gui.dock import Dock\n'
          'from geonormandie.utils.globals import Globals\n\n\nclass Plugin:\n  """\n  Plugin giving access to the GéoNormandie resources\n  """\n\n'
          '  def __init__(self, iface):\n    self.iface = iface\n\n  def initGui(self):\n'
          '    # the menu of GéoNormandie\n    self.menu = QMenu({menu}, self.iface.mainWindow())\n'
          '    self.action = QAction({action}, self.iface.mainWindow())\n    self.menu.addAction(self.action)\n')
GLOBALS = ('class Globals:\n  """Settings of the plugin."""\n  CONFIG_DIR_NAME = "config"\n'
           '  CONFIG_FILE_URLS = [{url}]\n')
DOCK = ('from PyQt4.QtGui import QDockWidget\n\n\nclass Dock(QDockWidget):\n  """The dock of the GéoNormandie tree."""\n\n'
        '  def initGui(self):\n    self.setWindowTitle({title})\n')


def plugin(menu, action, url, title) -> dict:
    return {"README.md": "# Extension QGIS\n\nUn arbre des couches d'une plateforme de données.\n",
            "plugin/geonormandie/metadata.txt": "[general]\nname=Plateforme\nqgisMinimumVersion=3.16\nversion=1.0\n",
            "plugin/geonormandie/__init__.py": "def classFactory(iface):\n  from .plugin import Plugin\n  return Plugin(iface)\n",
            "plugin/geonormandie/plugin.py": PLUGIN.format(menu=menu, action=action),
            "plugin/geonormandie/utils/__init__.py": "", "plugin/geonormandie/gui/__init__.py": "",
            "plugin/geonormandie/utils/globals.py": GLOBALS.format(url=url),
            "plugin/geonormandie/gui/dock.py": DOCK.format(title=title)}


def test_a_regional_platforms_name_in_the_codes_strings_is_one_territorys(tmp_path):
    r = check_result(tmp_path, plugin('u"GéoNormandie"', "u'Afficher le panneau GéoNormandie'",
                                      '"https://raw.githubusercontent.com/une-personne/arbres/master/geonormandie.json"', "u'GéoNormandie'"), CID)
    assert r["status"] in ("warn", "fail"), r["message"]
    paths = {e.get("path") for e in r["evidence"]}
    assert {"plugin/geonormandie/plugin.py", "plugin/geonormandie/utils/globals.py", "plugin/geonormandie/gui/dock.py"} <= paths, r["evidence"]


def test_imports_comments_docstrings_and_lists_of_platforms_are_none(tmp_path):
    files = plugin('self.tr("Ressources")', "self.tr('Afficher le panneau')", "settings.value('config_url')", "self.tr('Ressources')")
    files["plugin/geonormandie/utils/platforms.py"] = ('PLATFORMS = [\n  "GéoBretagne",\n  "GéoPicardie",\n  "GéoNormandie",\n]\n')
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "pass", r["message"]

"""A QGIS plugin imports its own package by its install folder's name (issue 12, session 41 fixer ff41 =
smavd/synchro_retour_terrain, reader rb41 item 3, wrong 2 and the false reason of licensing.dependencies). The repository is the
plugin's folder (``__init__.py``, ``metadata.txt`` at its root); QGIS installs it as a folder named after the repository, and its
files import each other by that name (``from <repository>.window import Window``). That name was taken for a third-party module
"declared in no manifest" (licensing.dependencies inconclusive) and "named in README.md" (reusability.dependencies). Near miss: a
real third-party import (scipy) of the same plugin stays a module to name. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PLUGIN = {"README.md": "# Fusion terrain\n\nFusionne une couche de terrain dans la couche principale.\n\n"
                       "Télécharger le zip fusion_terrain.zip puis l'installer depuis QGIS.\n",
          "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n",
          "metadata.txt": "[general]\nname=Fusion Terrain\nqgisMinimumVersion=3.28\nversion=1.0\nauthor=Agent\n"
                          "description=Fusion d'une couche de terrain\n",
          "__init__.py": "# SPDX-License-Identifier: GPL-2.0-or-later\nfrom qgis.utils import iface\n"
                         "from fusion_terrain.window import Window\n\n\ndef classFactory(iface):\n"
                         "    from .plugin_main import Plugin\n    return Plugin(iface)\n",
          "plugin_main.py": "# SPDX-License-Identifier: GPL-2.0-or-later\nfrom qgis.PyQt.QtWidgets import QAction\n"
                            "from fusion_terrain.window import Window\n\n\nclass Plugin:\n    def __init__(self, iface):\n"
                            "        self.iface = iface\n\n    def run(self):\n        Window().show()\n",
          "window.py": "# SPDX-License-Identifier: GPL-2.0-or-later\nfrom qgis.core import QgsProject\n"
                       "from qgis.PyQt.QtWidgets import QDialog\n\n\nclass Window(QDialog):\n    def layers(self):\n"
                       "        return QgsProject.instance().mapLayers()\n"}
CHECKS = ["reusability.dependencies", "licensing.dependencies"]


def test_the_plugin_importing_itself_by_its_folder_name_imports_nothing_third_party(tmp_path):
    res = judge(tmp_path, PLUGIN, CHECKS, name="fusion_terrain")[1]
    for cid in CHECKS:
        assert "fusion_terrain" not in res[cid]["message"]["en"], (cid, res[cid]["message"]["en"])
    assert res["licensing.dependencies"]["status"] != "inconclusive", res["licensing.dependencies"]["message"]["en"]


def test_a_real_third_party_import_of_the_plugin_stays_to_name(tmp_path):
    # near miss: scipy, which QGIS does not always ship, is still a module the plugin's users must install
    files = dict(PLUGIN, **{"stats.py": "import scipy.stats\n\n\ndef mean(values):\n    return scipy.stats.tmean(values)\n"})
    res = judge(tmp_path, files, CHECKS, name="fusion_terrain")[1]
    assert "scipy" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]["en"]
    assert "fusion_terrain" not in res["reusability.dependencies"]["message"]["en"]

"""A QGIS plugin imports its own package by the name its metadata.txt's ``repository=`` address ends with (issue 12, session 41
fixer fo41 = smavd/synchro_retour_terrain audited from a copy named otherwise, reader rb41 / re-reader va41). b0a6b924 knew the
plugin's own package by the clone folder's name only: a copy under another name (srt_withzip) made its own
``from synchro_retour_terrain.window import Window`` a third-party module "declared in no manifest". The name QGIS installs the
plugin under is the repository's, which metadata.txt gives. Near miss: a real third-party import stays one. Fixtures written for the
test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PLUGIN = {"README.md": "# Fusion terrain\n\nFusionne une couche de terrain dans la couche principale.\n\n"
                       "Télécharger le zip puis l'installer depuis QGIS.\n",
          "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n",
          "metadata.txt": "[general]\nname=Fusion Terrain\nqgisMinimumVersion=3.28\nversion=1.0\nauthor=Agent - SMX\n"
                          "description=Fusion d'une couche de terrain\nrepository=https://github.com/smx/fusion_terrain\n",
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


def test_a_plugin_copied_under_another_name_imports_itself_by_its_repository_name(tmp_path):
    res = judge(tmp_path, PLUGIN, CHECKS, name="ft_copie")[1]
    for cid in CHECKS:
        assert "fusion_terrain" not in res[cid]["message"]["en"], (cid, res[cid]["message"]["en"])
    assert res["licensing.dependencies"]["status"] != "inconclusive", res["licensing.dependencies"]["message"]["en"]


def test_a_third_party_import_of_the_copied_plugin_stays_to_name(tmp_path):
    # near miss: a package the metadata does not name (fusion_outils) is still a module the plugin's users must install
    files = dict(PLUGIN, **{"stats.py": "import fusion_outils.stats\n\n\ndef mean(values):\n    return fusion_outils.stats.mean(values)\n"})
    res = judge(tmp_path, files, CHECKS, name="ft_copie")[1]
    msg = res["reusability.dependencies"]["message"]["en"]
    assert "fusion_outils" in msg and "fusion_terrain" not in msg, msg

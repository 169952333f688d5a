"""A README naming its project's type is no load step (issue 12, s39 fh39 = reader rd39's airpaca/qgis-plugin-admsurban-viewer).

admsurban-viewer: a QGIS plugin whose README says only "This is a simple QGis plugin to visualize data and sources of an ADMS-Urban
.upl file. This plugin create an ADMS-Urban toolbar with one button." then its licence. The load-step detector took "QGis plugin" for a
step: reusability.install passed "how to load it is described", readme-sections counted an installation section. Rule: "QGIS plugin"
/ "extension QGIS" after a copula or a demonstrative and at most three words ("is a simple …", "cette petite …") names the type, it
is no step. Near miss: "Install the QGIS plugin from the plugin manager" stays a step."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = "reusability.install"
METADATA = ("[general]\nname=Visionneuse UPL\nqgisMinimumVersion=3.10\ndescription=Visualise un fichier UPL\nversion=0.1\n"
            "author=Observatoire de l'air\nemail=contact@example.org\nrepository=\nexperimental=True\n")
PLUGIN = {"visionneuse/metadata.txt": METADATA,
          "visionneuse/__init__.py": "def classFactory(iface):\n    from .visionneuse import Visionneuse\n    return Visionneuse(iface)\n",
          "visionneuse/visionneuse.py": "class Visionneuse:\n    def __init__(self, iface):\n        self.iface = iface\n\n"
                                        "    def initGui(self):\n        pass\n\n    def unload(self):\n        pass\n"}


def test_a_readme_describing_a_qgis_plugin_gives_no_load_step(tmp_path):
    readme = ("# UPL viewer\n\nThis is a simple QGis plugin to visualize data and sources of an UPL file.\n"
              "This plugin create a toolbar with one button.\n\n## License\n\nGPL v3\n")
    _report, res = judge(tmp_path, {"README.md": readme, **PLUGIN}, [INSTALL], name="upl")
    assert res[INSTALL]["status"] != "pass", res[INSTALL]["message"]


def test_near_miss_installing_the_plugin_from_the_manager_is_a_step(tmp_path):
    readme = ("# UPL viewer\n\nThis tool visualizes data and sources of an UPL file.\n\n"
              "Install the QGIS plugin from the plugin manager, then click its button.\n\n## License\n\nGPL v3\n")
    _report, res = judge(tmp_path, {"README.md": readme, **PLUGIN}, [INSTALL], name="upl")
    assert res[INSTALL]["status"] == "pass", res[INSTALL]["message"]

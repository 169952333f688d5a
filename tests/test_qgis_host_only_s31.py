"""Session 31 (d31, reader m23o1's Productor): a QGIS plugin handling no geographic data failed on the geographic criteria.

The plugin dumps and restores PostgreSQL table structures with pg_dump/pg_restore run in a QgsTask, logging to QgsMessageLog: its
only QGIS imports are those application services (``from qgis.core import QgsTask, QgsMessageLog, QgsApplication``). That import
was taken for handling geographic data, then every geo criterion (format, OGC, legal reference system) was failed."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PLUGIN = {
    "metadata.txt": "[general]\nname=Passage en production\nqgisMinimumVersion=3.16\ndescription=Génère le SQL des tables\nversion=1.2\n",
    "__init__.py": "def classFactory(iface):\n    from .production import Production\n    return Production(iface)\n",
    "production.py": ("import subprocess\n\nfrom qgis.core import QgsTask, QgsMessageLog, QgsApplication, Qgis\n"
                      "from qgis.PyQt.QtWidgets import QAction\n\n\nclass Export(QgsTask):\n    def __init__(self, table, dossier):\n"
                      "        super().__init__('export ' + table, QgsTask.CanCancel)\n        self.table, self.dossier = table, dossier\n\n"
                      "    def run(self):\n        subprocess.run(['pg_dump', '--schema-only', '-t', self.table, '-f', self.dossier + '/structure.sql'])\n"
                      "        QgsMessageLog.logMessage('export fini', 'Production', Qgis.Info)\n        return True\n\n\n"
                      "class Production:\n    def __init__(self, iface):\n        self.iface = iface\n\n    def initGui(self):\n"
                      "        self.action = QAction('Production', self.iface.mainWindow())\n        self.iface.addPluginToMenu('&Production', self.action)\n\n"
                      "    def lancer(self, table, dossier):\n        QgsApplication.taskManager().addTask(Export(table, dossier))\n"),
    "README.md": "# Passage en production\n\nExtension QGIS qui exporte la structure des tables de développement vers la production.\n",
}


def test_a_qgis_plugin_using_only_application_services_handles_no_geographic_data(tmp_path):
    _, res = judge(tmp_path, PLUGIN, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] == "not_applicable", geo["message"]
    assert "application services" in geo["message"]["en"], geo["message"]


def test_a_qgis_plugin_working_on_the_active_layer_is_still_judged(tmp_path):
    files = dict(PLUGIN)
    files["production.py"] += "\n    def selection(self):\n        couche = self.iface.activeLayer()\n        return couche.selectedFeatureCount()\n"
    _, res = judge(tmp_path, files, ["interoperability.geo"])
    assert res["interoperability.geo"]["status"] != "not_applicable", res["interoperability.geo"]["message"]

"""reusability.portability (issue 12, s26 k26 = reader o2, CEN-Hauts-de-France/transdata; o4, BRGM/gml_application_schema_toolbox):
a QGIS plugin is a GIS kit (project fact), and the check judged no GIS kit, so a plugin's Python/Qt code was "not applicable" though
its dialogs' texts are translated or not, it may call a proprietary service, and its metadata.txt is the packaging QGIS's plugin
manager installs. A QGIS plugin is now judged; a kit of QGIS projects and styles stays not applicable."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

DIALOG = '''from qgis.PyQt.QtWidgets import QDialog, QMessageBox
from qgis.core import QgsDataSourceUri


class FormSettings(QDialog):
    def __init__(self, iface):
        super().__init__()
        self.iface = iface
        self.setWindowTitle("Paramètres de transfert")

    def connect(self, connexion):
        self.uri = QgsDataSourceUri()
        self.uri.setConnection(connexion, "basefaune", "", "", "authcfg01")
        QMessageBox.information(self, "Transfert", "Connexion établie")
'''
PLUGIN = {  # shaped like a nature conservancy's QGIS plugin: metadata.txt, classFactory, Qt dialogs in French only
    "README.md": "# Transfert de géométries\n\nExtension QGIS qui transfère les géométries vers la base du conservatoire.\n",
    "transfert/metadata.txt": "[general]\nname=Transfert geom\nqgisMinimumVersion=3.16\ndescription=Transfert de géométries\nversion=1.2\n"
                              "author=Conservatoire\nemail=sig@example.org\n",
    "transfert/__init__.py": "def classFactory(iface):\n    from .plugin_main import TransfertPlugin\n    return TransfertPlugin(iface)\n",
    "transfert/plugin_main.py": "from .ui.form_settings import FormSettings\n\n\nclass TransfertPlugin:\n    def __init__(self, iface):\n"
                                "        self.iface = iface\n\n    def initGui(self):\n        self.dialog = FormSettings(self.iface)\n\n"
                                "    def unload(self):\n        pass\n",
    "transfert/ui/form_settings.py": DIALOG,
    "transfert/ui/__init__.py": "",
}
KIT = {  # a kit of QGIS projects and styles: nothing of its own to translate or package
    "README.md": "# Projets QGIS du PLUi\n\nProjets et styles pour consulter le PLUi.\n",
    "projets/plui.qgs": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.28\" projectname=\"PLUi\">\n</qgis>\n",
    "projets/plui_annexes.qgs": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.28\" projectname=\"Annexes\">\n</qgis>\n",
    "styles/zonage.qml": "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"3.28\"><renderer-v2/></qgis>\n",
}


def test_a_qgis_plugin_is_judged_for_translation_and_packaging(tmp_path):
    proj, res = kind_and_results(tmp_path, PLUGIN, ["reusability.portability"])
    assert proj["kind"] == "gis-kit" and proj["kind_evidence"][0]["reason"] == "QGIS plugin metadata", proj
    r = res["reusability.portability"]
    assert r["status"] in ("pass", "warn") and r["details"]["i18n"] is False and r["details"]["packaging"] is True, r
    assert "i18n: no" in r["message"]["en"] and "standard packaging: yes" in r["message"]["en"], r
    assert any(e["path"] == "transfert/metadata.txt" for e in r["evidence"]), r


def test_a_qgis_plugin_with_translations_says_so(tmp_path):
    files = {**PLUGIN, "transfert/i18n/transfert_en.ts": "<!DOCTYPE TS><TS version=\"2.1\" language=\"en\"></TS>\n"}
    _, res = kind_and_results(tmp_path, files, ["reusability.portability"])
    assert res["reusability.portability"]["details"]["i18n"] is True, res


def test_a_kit_of_qgis_projects_and_styles_stays_not_applicable(tmp_path):
    proj, res = kind_and_results(tmp_path, KIT, ["reusability.portability"])
    assert proj["kind"] == "gis-kit", proj
    r = res["reusability.portability"]
    assert r["status"] == "not_applicable" and "QGIS plugins" in r["message"]["en"], r

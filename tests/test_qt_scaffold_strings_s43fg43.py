"""reusability.portability (issue 12, s43 fg43 = reader re43, cazitouni/QgisGLViewer): a QGIS plugin from Plugin Builder's scaffold —
its QTranslator loading an i18n/<plugin>_{locale}.qm that the repository does not hold, its tr() helper around
QCoreApplication.translate("Plugin", message), and tr() given only the menu's name (twice) and the action's text, every dialog label
a plain string — was "i18n: yes": three tr() occurrences were counted, not the texts. Qt i18n needs three distinct texts given to
tr()/translate() (a helper's translate("Ctx", message) gives none). Near miss: a plugin whose dialogs wrap their labels in tr() stays
translatable."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PORTABILITY = "reusability.portability"
METADATA = "[general]\nname=Viewer\nqgisMinimumVersion=3.0\ndescription=Images\nversion=1.0\nauthor=Someone\nemail=a@example.org\n"
PLUGIN = ("import os\n\nfrom qgis.PyQt.QtCore import QCoreApplication, QSettings, QTranslator\n\n\nclass Viewer:\n"
          "    def __init__(self, iface):\n        self.iface = iface\n        locale = QSettings().value('locale/userLocale')[0:2]\n"
          "        path = os.path.join(os.path.dirname(__file__), 'i18n', 'Viewer_{}.qm'.format(locale))\n"
          "        if os.path.exists(path):\n            self.translator = QTranslator()\n            self.translator.load(path)\n"
          "            QCoreApplication.installTranslator(self.translator)\n        self.menu = self.tr(\"&Image Viewer\")\n\n"
          "    def tr(self, message):\n        return QCoreApplication.translate(\"Viewer\", message)\n\n"
          "    def initGui(self):\n        self.action = self.add_action(text=self.tr(\"360 view\"), callback=self.run)\n\n"
          "    def unload(self):\n        self.iface.removePluginMenu(self.tr(\"&Image Viewer\"), self.action)\n")
DIALOG = ("from qgis.PyQt.QtWidgets import QDialog, QLabel\n\n\nclass Settings(QDialog):\n    def __init__(self):\n"
          "        super().__init__()\n        self.labels = [QLabel(\"Date\"), QLabel(\"Gap\"), QLabel(\"Source\")]\n")


def _plugin(dialog: str) -> dict:
    return {"README.md": "# Viewer\n\nA QGIS plugin showing images.\n", "viewer/metadata.txt": METADATA,
            "viewer/__init__.py": "def classFactory(iface):\n    from .plugin import Viewer\n    return Viewer(iface)\n",
            "viewer/plugin.py": PLUGIN, "viewer/dialog.py": dialog}


def test_plugin_builders_scaffold_strings_are_no_i18n(tmp_path):
    _report, res = judge(tmp_path, _plugin(DIALOG), [PORTABILITY], name="viewer")
    assert res[PORTABILITY]["details"]["i18n"] is False, res[PORTABILITY]["message"]


def test_near_miss_dialog_labels_in_tr_are_i18n(tmp_path):
    dialog = DIALOG.replace('QLabel("Date"), QLabel("Gap"), QLabel("Source")',
                            'QLabel(self.tr("Date")), QLabel(self.tr("Gap")), QLabel(self.tr("Source"))')
    _report, res = judge(tmp_path, _plugin(dialog), [PORTABILITY], name="viewer")
    assert res[PORTABILITY]["details"]["i18n"] is True, res[PORTABILITY]["message"]

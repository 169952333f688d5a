"""Qt's translation system is i18n (issue 12, s39 fh39 = reader rd39's 3liz/qgis-lizsync-plugin).

LizSync: a QGIS plugin whose every string goes through tr() (`tr('Build a mobile QGIS project')`), its plugin.py loading
lizsync_{locale}.qm through a QTranslator, its strings pushed to Transifex. reusability.portability said "i18n: no": the detection
knew gettext, i18next and Symfony, not Qt. Rule: a QTranslator loading the catalogue and at least three strings given to tr() /
QCoreApplication.translate() are i18n. Near miss: Plugin Builder's QTranslator boilerplate with no tr() string (admsurban-viewer)
translates nothing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PORTABILITY = "reusability.portability"
METADATA = "[general]\nname=Synchro\nqgisMinimumVersion=3.10\ndescription=Synchronise\nversion=1.0\nauthor=Bureau\nemail=a@example.org\n"
LOADER = ("import os\n\nfrom qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator\n\n\nclass Synchro:\n"
          "    def __init__(self, iface):\n        locale = QLocale().name()[:2]\n"
          "        path = os.path.join(os.path.dirname(__file__), 'i18n', 'synchro_{}.qm'.format(locale))\n"
          "        if os.path.exists(path):\n            self.translator = QTranslator()\n            self.translator.load(path)\n"
          "            QCoreApplication.installTranslator(self.translator)\n")
ALGORITHMS = ("from qgis.PyQt.QtCore import QCoreApplication\n\n\ndef tr(string):\n    return QCoreApplication.translate('Processing', string)\n\n\n"
              "class Export:\n    def displayName(self):\n        return tr('Export the central database')\n\n"
              "    def group(self):\n        return tr('Synchronisation')\n\n    def shortHelpString(self):\n"
              "        return tr('Exports the data of the central database to the field clone')\n")


def _plugin(with_strings: bool) -> dict:
    files = {"README.md": "# Synchro\n\nUn plugin QGIS de synchronisation.\n", "synchro/metadata.txt": METADATA,
             "synchro/__init__.py": "def classFactory(iface):\n    from .plugin import Synchro\n    return Synchro(iface)\n",
             "synchro/plugin.py": LOADER}
    if with_strings:
        files["synchro/processing/export.py"] = ALGORITHMS
    return files


def test_qt_translations_are_i18n(tmp_path):
    _report, res = judge(tmp_path, _plugin(True), [PORTABILITY], name="synchro")
    assert res[PORTABILITY]["details"]["i18n"] is True, res[PORTABILITY]["message"]


def test_near_miss_qtranslator_boilerplate_without_strings_is_no_i18n(tmp_path):
    _report, res = judge(tmp_path, _plugin(False), [PORTABILITY], name="synchro")
    assert res[PORTABILITY]["details"]["i18n"] is False, res[PORTABILITY]["message"]

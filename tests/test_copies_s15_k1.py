"""Copied and generated code read as the project's own (issue 12, family 6; session 15 readers' [copy] verdicts), each on a git
fixture shaped like a real case: a QGIS plugin's Qt files compiled by pyuic and pyrcc (SIRS-CLS/mos-adeupa-ce)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PYUIC = ("# -*- coding: utf-8 -*-\n\n# Form implementation generated from reading ui file 'dialog_base.ui'\n#\n"
         "# Created by: PyQt5 UI code generator 5.10.1\n#\n# WARNING! All changes made in this file will be lost!\n\n"
         "from PyQt5 import QtCore, QtGui, QtWidgets\n\nclass Ui_Dialog(object):\n    def setupUi(self, Dialog):\n"
         + "".join(f"        self.label{i} = QtWidgets.QLabel(Dialog)\n        self.label{i}.setObjectName('label{i}')\n" for i in range(6))
         + "        self.retranslateUi(Dialog)\n\n    def retranslateUi(self, Dialog):\n        _translate = QtCore.QCoreApplication.translate\n"
         + "        Dialog.setWindowTitle(_translate('Dialog', 'Socle'))\n")
PYRCC = ("# -*- coding: utf-8 -*-\n\n# Resource object code\n#\n# Created by: The Resource Compiler for PyQt5 (Qt v5.9.4)\n#\n"
         "# WARNING! All changes made in this file will be lost!\n\nfrom PyQt5 import QtCore\n\nqt_resource_data = b\"\\\n\\x00\\x00\\x06\\xd7\\\n\"\n\n"
         "def qInitResources():\n    QtCore.qRegisterResourceData(0x01, qt_resource_data, qt_resource_data, qt_resource_data)\n\n"
         "def qCleanupResources():\n    QtCore.qUnregisterResourceData(0x01, qt_resource_data, qt_resource_data, qt_resource_data)\n\n"
         "qInitResources()\n")
OWN = ('"""Builds the land-use base from the cadastre."""\n\n\nclass SoclePlugin:\n    """The plugin\'s entry point in QGIS."""\n\n'
       '    def run(self, layer):\n        """Runs the three steps in order."""\n        return [layer, 1, 2]\n')


def test_a_qgis_plugins_qt_files_compiled_by_pyuic_and_pyrcc_are_not_its_code(tmp_path):
    """Shaped like SIRS-CLS/mos-adeupa-ce: code-comments read the plugin's interface_socle.py (pyuic) and resources.py (pyrcc) as
    undocumented code of its own (Ui_interface_socle, setupUi, retranslateUi, qInitResources…); maintainability measured them."""
    files = {"README.md": "# MOS\n\nUn plugin QGIS.\n", "plugin/metadata.txt": "[general]\nname=MOS\nqgisMinimumVersion=3.0\n",
             "plugin/socle.py": OWN, "plugin/interface_socle.py": PYUIC, "plugin/resources.py": PYRCC,
             "plugin/interface_socle.ui": "<ui version=\"4.0\"><class>Dialog</class></ui>\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.code-comments", "reusability.maintainability"]))
    cc = res["documentation.code-comments"]
    assert cc["message"]["en"].startswith("1 file(s) analysed"), cc["message"]  # was 3, with Ui_Dialog, setupUi, qInitResources…
    assert "100%" in cc["message"]["en"], cc["message"]
    assert "1 file" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]

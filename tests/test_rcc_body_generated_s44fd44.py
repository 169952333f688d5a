"""documentation.code-comments (issue 12, s44 fd44 = reader rc44, cazitouni/AdressesFr): a QGIS plugin's resources.py written by
pyrcc5 (compile.bat: pyrcc5 -o resources.py resources.qrc) but reformatted, its "Created by: The Resource Compiler" header gone,
was advised first: "start with the least documented files: resources.py (qInitResources, qCleanupResources)". Qt's resource
compiler's body says it wrote the file, header or not: qt_resource_data = b"\\x00…" (rcc's C++: static const unsigned char
qt_resource_data[] = {…}). Near miss: a module of the plugin's own that names resources (no compiled bytes) is still judged."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.generator_head import written_by_generator
from tests.gitrepo import make_repo

RCC_BODY = ('from PyQt5 import QtCore\nqt_resource_data = b"\\\n\\x00\\x00\\x09\\x6f\\\n\\x89\\x50\\x4e\\x47\\\n"\n'
            'qt_resource_name = b"\\\n\\x00\\x07\\\n"\nqt_resource_struct = b"\\\n\\x00\\x00\\x00\\x00\\\n"\n\n\n'
            'def qInitResources():\n    QtCore.qRegisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)\n\n\n'
            'def qCleanupResources():\n    QtCore.qUnregisterResourceData(0x01, qt_resource_struct, qt_resource_name, qt_resource_data)\n\n\n'
            'qInitResources()\n')
PLUGIN = ('"""Recherche d\'adresse dans la Base adresse nationale."""\n\nfrom qgis.PyQt.QtWidgets import QAction\n\n\n'
          'class Recherche:\n    """Le plugin : une action qui cherche une adresse."""\n\n    def __init__(self, iface):\n'
          '        """Garde l\'interface de QGIS."""\n        self.iface = iface\n\n    def initGui(self):\n'
          '        """Ajoute l\'action au menu."""\n        self.action = QAction("Recherche", self.iface.mainWindow())\n')


def comments(tmp_path, resources: str) -> dict:
    files = {"README.md": "# Recherche\n\nUn plugin QGIS de recherche d'adresse.\n", "metadata.txt": "[general]\nname=Recherche\nqgisMinimumVersion=3.16\n",
             "__init__.py": "def classFactory(iface):\n    from .recherche import Recherche\n    return Recherche(iface)\n",
             "recherche.py": PLUGIN, "resources.py": resources, "resources.qrc": "<RCC><qresource prefix=\"/plugins/recherche\"><file>icon.png</file></qresource></RCC>\n",
             "compile.bat": "@echo off\ncall \"C:\\OSGeo4W\\bin\\o4w_env.bat\"\npyrcc5 -o resources.py resources.qrc\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.code-comments"]))
    return report["results"][0]


def test_rcc_output_without_its_header_is_generated(tmp_path):
    r = comments(tmp_path, RCC_BODY)
    assert r["message"]["en"].startswith("2 file(s) analysed"), r["message"]
    assert "resources.py" not in r["remediation"]["en"], r["remediation"]
    assert "resources.py" not in {e.get("path") for e in r["evidence"]}, r["evidence"]
    assert written_by_generator("static const unsigned char qt_resource_data[] = {\n  0x0,0x0,\n};\n")


def test_near_miss_a_module_of_its_own_naming_resources_is_judged(tmp_path):
    own = ("import os\n\nqt_resource_folder = os.path.dirname(__file__)\n\n\ndef icon_path(name):\n    return os.path.join(qt_resource_folder, name)\n\n\n"
           "def load_style(name):\n    with open(icon_path(name)) as f:\n        return f.read()\n")
    r = comments(tmp_path, own)
    assert r["message"]["en"].startswith("3 file(s) analysed"), r["message"]  # (resources.py among them)

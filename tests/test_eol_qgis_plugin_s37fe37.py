"""scaling.end-of-life (issue 12, s37 fe37 = reader ra37, vfabry/geopicardie-qgis-plugin): a regional platform's QGIS plugin whose
metadata.txt says qgisMinimumVersion=2.0 and no maximum (QGIS then loads it in QGIS 2 only: the maximum defaults to the minimum's
major .99), with PyQt4 imports, was "No runtime or framework version read". A QGIS plugin's metadata gives the QGIS versions it
loads in, judged against QGIS's cycles (endoflife.date's, and 2.18 by the same rule): QGIS 2 ended in 2019, and it ran its plugins
on Python 2.7. Near misses: a QGIS 3 plugin declared ready for QGIS 4 (supportsQt6=True) allows a supported QGIS, and a QGIS 3
plugin judged on a day QGIS 3.44 was still supported; a metadata.txt that is no plugin's manifest says nothing."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.eol_versions import qgis_plugin_range
from tests.test_reusability_fixtures import build, results

PLUGIN = ("# -*- coding: utf-8 -*-\n\nfrom PyQt4.QtCore import *\nfrom PyQt4.QtGui import *\n\n\nclass RessourcesPlugin:\n"
          "  def __init__(self, iface):\n    self.iface = iface\n\n  def initGui(self):\n    self.menu = QMenu(u\"Ressources\")\n")


def metadata(*lines: str) -> str:
    return "[general]\nname=Ressources\n" + "".join(line + "\n" for line in lines) + "description=Arbre des couches\nversion=1.0\n"


def run(tmp_path, meta: str, as_of=date(2026, 12, 6)) -> dict:
    files = {"README.md": "# Ressources\n\nUn plugin QGIS.\n", "plugin/ressources/metadata.txt": meta,
             "plugin/ressources/__init__.py": "def classFactory(iface):\n  from .plugin import RessourcesPlugin\n  return RessourcesPlugin(iface)\n",
             "plugin/ressources/plugin.py": PLUGIN}
    report = audit(str(build(tmp_path / "r", files)), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=as_of,
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return results(report)["scaling.end-of-life"]


def test_a_qgis_2_plugin_runs_on_a_qgis_and_a_python_past_end_of_life(tmp_path):
    r = run(tmp_path, metadata("qgisMinimumVersion=2.0"))
    assert r["status"] in ("warn", "fail"), r["message"]
    assert "QGIS 2.18 (end of life 2019-02-22)" in r["message"]["en"] and "Python 2.7" in r["message"]["en"], r["message"]
    assert {e["path"] for e in r["evidence"]} == {"plugin/ressources/metadata.txt"}, r["evidence"]


def test_qgis_3_plugins_judged_by_the_qgis_they_load_in(tmp_path):
    ready = run(tmp_path / "a", metadata("qgisMinimumVersion=3.16", "supportsQt6=True"))
    assert ready["status"] not in ("warn", "fail") and "Past end of life" not in ready["message"]["en"], ready["message"]
    earlier = run(tmp_path / "b", metadata("qgisMinimumVersion=3.16"), as_of=date(2026, 6, 1))
    assert earlier["status"] not in ("warn", "fail") and "Python 2.7" not in earlier["message"]["en"], earlier["message"]


def test_the_range_a_plugin_manifest_allows():
    assert qgis_plugin_range("qgisMinimumVersion=2.0\n")[0::3] == (">=2.0,<3", True)
    assert qgis_plugin_range("qgisMinimumVersion=1.8\nqgisMaximumVersion=2.99\n")[0::3] == (">=1.8,<3", True)
    assert qgis_plugin_range("qgisMinimumVersion=3.4\n")[0::3] == (">=3.4,<4", False)
    assert qgis_plugin_range("qgisMinimumVersion=3.22\nsupportsQt6=yes\n")[0::3] == (">=3.22,<5", False)
    assert qgis_plugin_range("qgisMinimumVersion=2.0\nqgisMaximumVersion=2.14\n")[0::3] == (">=2.0,<=2.14", True)
    assert qgis_plugin_range("[general]\nname=Une extension\nversion=1.0\n") is None

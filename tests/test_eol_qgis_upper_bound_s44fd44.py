"""scaling.end-of-life (issue 12, s44 fd44 = reader rc44, cazitouni/AdressesFr): a QGIS plugin whose metadata.txt says
qgisMinimumVersion=2.14 and qgisMaximumVersion=3.98 loads in QGIS 2.14 to 3.x only, all past end of life once QGIS 3.44 ended;
the evidence and the advice pointed at the minimum's line ("move to a version still maintained in metadata.txt:3
(qgisMinimumVersion=2.14)"), which fixes nothing while the maximum stays 3.98. When every version a range allows is past, the
upper bound stops it: cite that line and advise raising it (a QGIS 3 plugin stating no maximum: declare supportsQt6=True).
Near miss: a QGIS 2 plugin stating no maximum keeps the minimum's line and the advice to move to a maintained version."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.eol_versions import qgis_plugin_range
from tests.test_reusability_fixtures import build, results

PLUGIN = ("from qgis.PyQt.QtWidgets import QAction\n\n\nclass Recherche:\n    def __init__(self, iface):\n        self.iface = iface\n\n"
          "    def initGui(self):\n        self.action = QAction(\"Recherche\", self.iface.mainWindow())\n")


def metadata(*lines: str) -> str:
    return "[general]\nname=Recherche\n" + "".join(line + "\n" for line in lines) + "description=Recherche d'adresse\nversion=1.2\n"


def run(tmp_path, meta: str) -> dict:
    files = {"README.md": "# Recherche\n\nUn plugin QGIS de recherche d'adresse.\n", "metadata.txt": meta,
             "__init__.py": "def classFactory(iface):\n    from .recherche import Recherche\n    return Recherche(iface)\n",
             "recherche.py": PLUGIN}
    report = audit(str(build(tmp_path / "r", files)), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 7),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return results(report)["scaling.end-of-life"]


def test_a_maximum_that_stops_the_range_is_the_line_to_raise(tmp_path):
    r = run(tmp_path, metadata("qgisMinimumVersion=2.14", "qgisMaximumVersion=3.98"))
    assert r["status"] in ("warn", "fail") and "QGIS 3.44" in r["message"]["en"], r["message"]
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [("metadata.txt", 4)], r["evidence"]
    advice = r["remediation"]
    assert "metadata.txt:4 (qgisMaximumVersion=3.98)" in advice["fr"] and "relevez la borne haute" in advice["fr"].lower(), advice
    assert "raise the upper bound" in advice["en"].lower() and "qgisMinimumVersion" not in advice["en"], advice
    assert "Dependabot" not in advice["en"], advice


def test_a_qgis_3_plugin_stating_no_maximum_declares_qt6(tmp_path):
    r = run(tmp_path, metadata("qgisMinimumVersion=3.16"))
    assert r["status"] in ("warn", "fail"), r["message"]
    assert "supportsQt6=True" in r["remediation"]["en"] and "move to a version" not in r["remediation"]["en"], r["remediation"]


def test_near_miss_a_qgis_2_plugin_moves_from_its_minimum(tmp_path):
    r = run(tmp_path, metadata("qgisMinimumVersion=2.0"))
    assert r["status"] in ("warn", "fail"), r["message"]
    assert "metadata.txt:3 (qgisMinimumVersion=2.0)" in r["remediation"]["en"], r["remediation"]
    assert "move to a version still maintained" in r["remediation"]["en"].lower() and "upper bound" not in r["remediation"]["en"], r["remediation"]


def test_the_bound_a_plugin_manifest_stops_at():
    assert qgis_plugin_range("qgisMinimumVersion=2.14\nqgisMaximumVersion=3.98\n")[4] == (24, "qgisMaximumVersion=3.98", "qgisMaximumVersion")
    assert qgis_plugin_range("qgisMinimumVersion=3.4\n")[4] == (0, "qgisMinimumVersion=3.4", "supportsQt6=True")
    assert qgis_plugin_range("qgisMinimumVersion=2.0\n")[4] is None

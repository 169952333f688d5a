"""scaling.end-of-life (issue 12, s29 n29 = reader m21o4, SIRS-CLS/mos-adeupa-ce): a QGIS 3 plugin (metadata.txt
qgisMinimumVersion=3.4, its code importing PyQt5) keeps Plugin Builder's old compile.py, whose `print "…"` only Python 2 runs, and
the check warned "Past end of life: Python 2.7". QGIS 3 embeds Python 3: the plugin runs on it, the old helper is not run.

A Python 2 statement in the folder of a QGIS plugin asking QGIS 3 or later no longer stands for the runtime; in a QGIS 2 plugin
(qgisMinimumVersion=2.0) or in code outside any plugin it still does."""

from __future__ import annotations

from datetime import date

from auditor.context import AuditConfig
from auditor.engine import AuditOptions, audit
from tests.test_reusability_fixtures import build, results

COMPILE = "from subprocess import call\n\n\ndef compile(f):\n    if f.endswith('.ui'):\n        print \"Compiling: \" + f\n        call(['pyuic4', '-o', f[:-3] + '.py', f])\n"
PLUGIN = ("from qgis.PyQt.QtWidgets import QAction\nfrom qgis.core import QgsProject\n\n\nclass Socle:\n    def __init__(self, iface):\n"
          "        self.iface = iface\n\n    def run(self):\n        return QgsProject.instance().mapLayers()\n")


def metadata(minimum: str) -> str:
    return f"[general]\nname=Socle\nqgisMinimumVersion={minimum}\ndescription=Socle d'occupation du sol\nversion=1.1\nauthor=Agence\n"


def run(tmp_path, files: dict) -> dict:
    report = audit(str(build(tmp_path / "r", {"README.md": "# Socle\n\nExtension QGIS.\n", **files})), AuditOptions(
        cache_dir=tmp_path / "c", offline=True, only=["scaling.end-of-life"], as_of=date(2026, 12, 5),
        config=AuditConfig(cache_dir=tmp_path / "c", offline=True, network=False)))
    return results(report)["scaling.end-of-life"]


def test_a_python2_helper_in_a_qgis3_plugin_is_no_runtime(tmp_path):
    r = run(tmp_path, {"socle/metadata.txt": metadata("3.4"), "socle/__init__.py": "def classFactory(iface):\n    from .plugin import Socle\n    return Socle(iface)\n",
                       "socle/plugin.py": PLUGIN, "socle/compile.py": COMPILE})
    assert "Python 2.7" not in r["message"]["en"], r["message"]  # was warn "Past end of life: Python 2.7"
    # (since s37 fe37 the plugin's QGIS is read from metadata.txt: QGIS 3 only, whose last LTR, 3.44, ended on 2026-10-30)
    assert r["status"] != "warn" or [e["value"]["product"] for e in r["evidence"] if e.get("kind") == "finding"] == ["QGIS"], r["message"]


def test_a_qgis2_plugin_or_a_script_still_runs_python2(tmp_path):
    for i, files in enumerate(({"socle/metadata.txt": metadata("2.0"), "socle/plugin.py": PLUGIN, "socle/compile.py": COMPILE},
                               {"outils/compile.py": COMPILE})):
        r = run(tmp_path / str(i), files)
        assert "Python 2.7" in r["message"]["en"], (files.keys(), r["message"])

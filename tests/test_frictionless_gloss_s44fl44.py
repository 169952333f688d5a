"""interoperability.data-standards (issue 12, s44 fl44 = reader rh44, FredDuhart/PyAlize): a pavement calculation program's comment
glossing a layer interface "2 = glissante (frictionless)" was counted as a reference to the Frictionless Data tools (warn 6 instead of
fail 3). The bare lowercase word names the package only where code or a manifest names one (an import, an install, a manifest or
command line it opens, a quoted name, a version, an attribute). Near miss: a script importing frictionless keeps its reference."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

STRUCT = ('class Couche:\n    def __init__(self):\n        self.module : float = None\n'
          '        self.interface : int = None # 0 = collée (bond), 1 = semi-collée (half_bond), 2 = glissante (frictionless)\n')
EXPORT = ('import csv\n\n\ndef exporter(lignes, chemin):\n    with open(chemin, "w", newline="") as f:\n'
          '        csv.writer(f).writerows(lignes)\n')


def standards(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Chaussée\n\n## Objectif\n\nCalcul des contraintes d'une chaussée.\n",
                                                 "classes/struct.py": STRUCT, "classes/export.py": EXPORT, **files},
                                       "date": "2025-11-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.data-standards"]))
    return report["results"][0]


def test_the_adjective_glossing_a_layer_interface_is_no_frictionless_reference(tmp_path):
    r = standards(tmp_path, {})
    assert r["details"]["table_schema_tool_refs"] == 0, r["details"]
    assert r["status"] == "fail", (r["status"], r["message"]["en"])
    assert not any(e.get("value") == "frictionless" for e in r["evidence"]), r["evidence"]


def test_a_script_importing_frictionless_keeps_its_reference(tmp_path):
    check = "import frictionless\n\nrapport = frictionless.validate('couches.csv')\nprint(rapport.valid)\n"
    r = standards(tmp_path, {"valider.py": check})
    assert r["details"]["table_schema_tool_refs"] >= 1, r["details"]

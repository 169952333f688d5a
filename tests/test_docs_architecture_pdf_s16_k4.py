"""documentation.docs (issue 12, session 16 reader r2, GeotrekCE/Sitourisme): an architecture PDF at the root named in camel case
(ArchitecturePasserelle-Geotrek-Apidae.pdf) was not the architecture documentation ("missing: architecture")."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


def test_a_camel_case_architecture_pdf_at_the_root(tmp_path):
    files = {"README.md": "# Passerelle\n\nSynchronise Geotrek vers Apidae. Voir ArchitecturePasserelle-Geotrek-Apidae.pdf.\n",
             "ArchitecturePasserelle-Geotrek-Apidae.pdf": "%PDF-1.4\n% schéma\n", "server.js": "require('express')().listen(3000);\n",
             "package.json": '{\n  "name": "passerelle",\n  "dependencies": {\n    "express": "~4.14.0"\n  }\n}\n'}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.docs"])
    assert "ArchitecturePasserelle-Geotrek-Apidae.pdf" in report["facts"]["docs"]["architecture"], report["facts"]["docs"]
    r = results(report)["documentation.docs"]
    assert "architecture" not in {e["value"] for e in r["evidence"] if e.get("kind") == "missing" and isinstance(e.get("value"), str)}, r["evidence"]

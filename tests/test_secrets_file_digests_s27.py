"""A download script's state file keyed by file names, each with its SHA-256 (issue 12, s27 x27 = measure 18 reader o2,
wsaer318/cantaldestination-observatoire: fluxvision_automation/.extract_state.json, 30 "weaker hints"): a public file's
fingerprint, no credential; a token keyed by a host name (Composer's "github.com": "<40 hex>") stays one."""

from __future__ import annotations

import hashlib

from tests.test_reusability_fixtures import build, results, run_audit


def _digests(n: int) -> str:
    rows = ",\n".join(f'    "B1 20{10 + i}_1442{i:04d}.zip": "{hashlib.sha256(str(i).encode()).hexdigest()}"' for i in range(n))
    return '{\n  "hashes": {\n' + rows + '\n  }\n}\n'


def test_file_digests_are_no_hint(tmp_path):
    files = {"README.md": "# Extraction\n\nTéléchargement des fichiers.\n", "automation/.extract_state.json": _digests(6)}
    res = results(run_audit(build(tmp_path / "d", files), tmp_path / "cd", ["reusability.secrets"]))["reusability.secrets"]
    assert res["status"] == "pass" and res["details"]["weak"] == 0, res

"""reusability.secrets (issue 12, s45 fi45): a token's prefix followed by runs of X is a placeholder, not a secret.

igeofr/mapillary2pg commits config.env whose TOKEN is Mapillary's token shape with every character after the "MLY|" prefix
replaced by X ("MLY|XXXX…|XXXX…"; the only version of that line in the history). The placeholder test accepted bare X runs, not a
prefix with separators, so the check failed with "Revoke today". Near miss: the same shape with random characters stays a secret."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
SCRIPT = "#!/bin/sh\n. ./config.env\ncurl -s \"https://api.example.org/items?access_token=$TOKEN\" -o items.json\n"


def run(tmp_path, token: str) -> dict:
    files = {"config.env": f"# SERVICE\nWORKDIR='/data'\nTOKEN='{token}'\nDB_SERVICE='XXXXXXXXXXXX'\n",
             "import.sh": SCRIPT, "README.md": "# Import\n\nCopier config.env, puis `sh import.sh`.\n"}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_prefix_and_x_runs_is_a_placeholder(tmp_path):
    r = run(tmp_path, "ABC|" + "X" * 20 + "|" + "X" * 24)
    assert r["status"] == "pass", r
    assert r["details"]["strong"] == 0, r["evidence"]


def test_near_miss_prefix_and_random_characters_stays_a_secret(tmp_path):
    r = run(tmp_path, "ABC|" + "7301" + "952846" + "1150|" + "c4e9a1f0" + "7b3d52e8" + "a61f9c0d")
    assert r["status"] == "fail", r
    assert r["details"]["strong"] == 1, r["evidence"]

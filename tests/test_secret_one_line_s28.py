"""One value on one line is one secret (issue 12, s28 c28 = s27 measure 19 reader m19o1, a local authority's map viewer).

The page's script set ``const ORS_API_KEY = '<56 hex characters>';``: detect-secrets' entropy and keyword guesses both named it, and
reusability.secrets said "2 probable secret(s) committed" for one key (Symfony's APP_SECRET was counted twice the same way). A line
holds one value: one finding, the strongest; the key stays a probable secret, and two lines stay two findings."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

KEY = "5b3c" + "e3597851110001cf6248" + "4290a3c1538c4d0b90e0205193e11630"  # (assembled: no credential in this file)
OTHER = "9d1e" + "7a40c2b85f316e0d9c7a" + "b24f58e13c90d6a7f2b8c41e0d5a93b7"
PAGE = ("<html><body><div id=\"map\"></div><script>\n"
        f"        const ORS_API_KEY = '{KEY}';\n"
        "        fetch('https://api.openrouteservice.org/v2/directions?api_key=' + ORS_API_KEY);\n"
        "</script></body></html>\n")
FILES = {"README.md": "# Carte\n\nUne carte des itinéraires.\n", "dev/index.html": PAGE}


def secrets(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", ["reusability.secrets"]))["reusability.secrets"]


def test_one_key_on_one_line_is_one_probable_secret(tmp_path):
    r = secrets(tmp_path, FILES)
    assert r["status"] == "fail", r["message"]
    assert [(e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding"] == [("dev/index.html", 2)], r["evidence"]
    assert r["details"]["strong"] == 1, r["details"]


def test_two_keys_on_two_lines_stay_two(tmp_path):
    page = PAGE.replace("        fetch(", f"        const MAPS_API_KEY = '{OTHER}';\n        fetch(")
    r = secrets(tmp_path, dict(FILES, **{"dev/index.html": page}), "two")
    assert r["details"]["strong"] == 2, (r["details"], r["evidence"])

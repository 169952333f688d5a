"""reusability.secrets (issue 12, session 29, reader m21o2: data-players/AUrba): a React front end commits frontend/.env with
REACT_APP_MAPBOX_ACCESS_TOKEN=pk.eyJ… — a Mapbox public token, compiled into the page every browser gets — and the check failed
"probable secret: revoke it". The literal-key rule already knew Mapbox pk. tokens and Google web keys as public by design; the
committed .env rule did not.

One definition of a public client key (secret_values.public_client_key) now serves both: a .env value that is one is no finding.
A Mapbox secret token (sk.…) in the same place stays a probable secret."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
# (assembled: no credential in this file; the shape of a Mapbox token, <prefix>.<base64 JSON>.<signature>)
BODY = "eyJ1IjoiYWNtZS11cmJhIiwiYSI6" + "Y2s5eHE3ZzBmMDF2dDNm" + "bXhxY3p0b2YifQ." + "Qx7Lr2" + "Vb9Kd4Tn8Wm1Ps6Zq"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def app(env: str) -> dict:
    return {"README.md": "# Annuaire\n", "frontend/package.json": '{"name": "front", "dependencies": {"react": "^17.0.0"}}\n',
            "frontend/src/App.js": "export const token = process.env.REACT_APP_MAPBOX_ACCESS_TOKEN;\n", "frontend/.env": env}


def test_a_mapbox_public_token_in_a_committed_env_is_no_secret(tmp_path):
    r = run(tmp_path, app(f"REACT_APP_MAPBOX_ACCESS_TOKEN=pk.{BODY}\n"))
    assert r["status"] == "pass", (r["message"], r["evidence"])  # was fail: "1 probable secret(s) committed", revoke it
    assert not any(e.get("path") == "frontend/.env" for e in r["evidence"]), r["evidence"]


def test_a_mapbox_secret_token_in_a_committed_env_stays_a_probable_secret(tmp_path):
    r = run(tmp_path, app(f"REACT_APP_MAPBOX_ACCESS_TOKEN=sk.{BODY}\n"))
    assert r["status"] == "fail", (r["message"], r["evidence"])
    assert any(e.get("path") == "frontend/.env" and e.get("line") == 1 for e in r["evidence"]), r["evidence"]

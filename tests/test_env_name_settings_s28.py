"""A name is no secret (issue 12, s28 lead = s27 reader r3 and fixer c28, incubateur-ademe/nosgestesclimat-server).

The .env template set ``AUTH_COOKIE_NAME=ngc_server_auth_jwt # cookie name, use a different value in preprod``: the name of the
session cookie, under a variable whose name holds "auth". reusability.secrets said "1 probable secret committed: revoke and remove
it". A setting whose last word is "name" names something (a cookie, a realm, a queue); a token, key or password beside it stays a
secret."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

TOKEN = "q8Zr" + "T2vLx9Kp4Wm7Nc3B" + "y6Hd1Fs5Gj0"  # (assembled: no credential in this file)
README = "# Service\n\nL'API du calculateur d'empreinte.\n"


def secrets(tmp_path, env: str, name: str) -> dict:
    files = {"README.md": README, ".env": env, "src/index.js": "const c = process.env.AUTH_COOKIE_NAME;\n"}
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", ["reusability.secrets"]))["reusability.secrets"]


def test_a_cookie_name_is_no_secret(tmp_path):
    r = secrets(tmp_path, "AUTH_COOKIE_NAME=ngc_server_auth_jwt # cookie name\nPORT=3000\n", "name")
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_a_token_beside_it_stays_a_secret(tmp_path):
    r = secrets(tmp_path, f"AUTH_COOKIE_NAME=ngc_server_auth_jwt\nAUTH_TOKEN={TOKEN}\n", "token")
    assert r["status"] == "fail", r["message"]
    assert [e["value"] for e in r["evidence"] if e.get("kind") == "finding"] == ["Value in a committed .env file (AUTH_TOKEN)"], r["evidence"]

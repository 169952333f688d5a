"""reusability.secrets (issue 12, session 33, a33, review of s32 j32): the kinds of finding the secrets facts name by their shape
(a settings module's SECRET_KEY, a password's environment default, a signing key, a remember-me key, an access code compared
with what was typed) outrank detect-secrets' keyword or entropy guess on their line, and are hints in a developer's settings file.
The access code was added to one of the four copies of that list only: its line kept detect-secrets' guess beside it, which,
made strong and first, named the finding ("Secret Keyword" for a front end's ``SECRET_CODE = '…'`` compared with the code typed),
and in settings_local.py the access code stayed a probable secret where the other own kinds are hints. One constant now."""

from __future__ import annotations

import base64
import hashlib

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
CODE = base64.b64encode(hashlib.sha256(b"a33 access code").digest()).decode().replace("+", "x").replace("/", "y")[:40]  # (built)
README = {"README.md": "# Outil\n\nSuivi des composteurs partagés.\n"}
ACCESS = "Access code or password compared in code"


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, {**README, **files}), tmp_path / f"c-{name}", [CID]))[CID]


def front(compared: bool) -> str:
    use = "export function ok(c) { return c.trim() === SECRET_CODE; }\n" if compared else "export const header = { 'X-Code': SECRET_CODE };\n"
    return f"const SECRET_CODE = '{CODE}';\n\n{use}"


def test_an_access_code_compared_is_named_as_one_not_as_detect_secrets_guess(tmp_path):
    r = run(tmp_path, {"src/App.jsx": front(True)})
    assert r["status"] == "fail", r["message"]
    on_line = [e for e in r["evidence"] if e.get("path") == "src/App.jsx" and e.get("line") == 1]
    assert [e["value"] for e in on_line] == [ACCESS], r["evidence"]  # was "Secret Keyword", detect-secrets' guess on the same value
    assert CODE not in str(r)


def test_the_same_literal_never_compared_keeps_detect_secrets_finding(tmp_path):
    r = run(tmp_path, {"src/App.jsx": front(False)}, name="sent")
    assert r["status"] == "fail", r["message"]  # (a probable secret, as before)
    assert [e["value"] for e in r["evidence"] if e.get("path") == "src/App.jsx"] == ["Secret Keyword"], r["evidence"]


def test_an_access_code_in_a_developers_settings_file_is_a_hint_as_the_other_own_kinds(tmp_path):
    local = f"ADMIN_CODE = '{CODE}'\n\n\ndef ok(c):\n    return c == ADMIN_CODE\n"
    r = run(tmp_path, {"config/settings_local.py": local}, name="dev")
    assert r["status"] == "pass" and r["score"] == 9, r["message"]  # was fail: 1 probable secret
    assert [e["value"] for e in r["evidence"]] == [ACCESS], r["evidence"]
    r = run(tmp_path, {"app/auth.py": local}, name="app")  # (the application's own code: a probable secret, as before)
    assert r["status"] == "fail" and [e["value"] for e in r["evidence"]] == [ACCESS], r["evidence"]

"""reusability.secrets (issue 12, session 36, i36 = DSI-Maurepas/2026): a React front end checks that each polling station's
password read from the environment is a string before comparing it with what was typed (``if (typeof pwd === "string" &&
trimmed === pwd)``); the JS type name "string" was read as the password compared with ``pwd``: fail "1 probable secret".
A type name (string, number, object, function, boolean…) is no key; a literal compared with a password stays a finding."""

from __future__ import annotations

from auditor.facts.access_codes import compared_codes
from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
README = {"README.md": "# Élections\n\nSaisie de la participation par bureau de vote.\n"}
AUTH = """export const ACCESS_CONFIG = {
  BV_PASSWORDS: JSON.parse(import.meta.env.VITE_BV_PASSWORDS || "{}"),
};

export function checkPassword(input) {
  const trimmed = String(input || "").trim();
  for (const [bureauIdStr, pwd] of Object.entries(ACCESS_CONFIG.BV_PASSWORDS)) {
    if (typeof pwd === "string" && trimmed === pwd) {
      return { role: "BV", bureauId: parseInt(bureauIdStr, 10) };
    }
  }
  if (typeof code !== 'number' && typeof(password) === "object") return null;
  return null;
}
"""
LITERAL = AUTH.replace('if (typeof code', 'if (pwd === "Xy7#kqT2") return { role: "ADMIN" };\n  if (typeof code')


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, {**README, **files}), tmp_path / f"c-{name}", [CID]))[CID]


def test_a_type_name_compared_with_typeof_is_no_password():
    assert compared_codes(AUTH) == []  # was [(8, "string")]


def test_a_password_compared_with_a_typed_literal_stays_one():
    assert compared_codes(LITERAL) == [(12, "Xy7#kqT2")]


def test_the_elections_front_end_passes(tmp_path):
    r = run(tmp_path, {"src/config/authConfig.js": AUTH})
    assert r["status"] == "pass", (r["message"], r["evidence"])  # was fail: 1 probable secret at authConfig.js:8
    assert r["evidence"] == [], r["evidence"]  # (nor detect-secrets' keyword guess on "string": a hint to review)


def test_a_literal_compared_with_the_password_still_fails(tmp_path):
    r = run(tmp_path, {"src/config/authConfig.js": LITERAL}, name="lit")
    assert r["status"] == "fail", (r["message"], r["evidence"])
    assert [(e.get("path"), e.get("line")) for e in r["evidence"]] == [("src/config/authConfig.js", 12)], r["evidence"]  # (not line 8)

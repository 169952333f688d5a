"""A part's own copy of the licence text is a second statement that agrees (issue 12, s48 fd48 = GIP-RECIA/cas-esco-overlay).
LICENSE at the root and cas/LICENSE.txt are both the Apache-2.0 text; licensing.consistent said "A single source states the
license (LICENSE)", leaving the second licence file out. Now the folder's text is named and shown as agreeing (the verdict, a
pass, is unchanged). Near miss: a repository with the root LICENSE only keeps the single-source message."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = ["licensing.consistent"]


def _apache() -> str:
    from auditor.licenses.matcher import load_data

    return load_data()["licenses"]["Apache-2.0"]["texts"][0]["text"]


JAVA = "package fr.region.sso;\n\npublic class Tokens {\n    public String issuer() { return \"sso\"; }\n}\n"


def test_folder_copy_of_the_same_licence_is_named(tmp_path):
    text = _apache()
    r = judge(tmp_path, {"LICENSE": text, "sso/LICENSE.txt": text, "README.md": "# SSO\n",
                         "sso/src/main/java/fr/region/sso/Tokens.java": JAVA}, CHECK)[1]["licensing.consistent"]
    assert r["status"] == "pass" and "sso/LICENSE.txt" in r["message"]["en"] and "single source" not in r["message"]["en"], r["message"]
    assert any(e["path"] == "sso/LICENSE.txt" for e in r["evidence"]), r["evidence"]


def test_near_miss_root_licence_only(tmp_path):
    r = judge(tmp_path, {"LICENSE": _apache(), "README.md": "# SSO\n", "sso/src/main/java/fr/region/sso/Tokens.java": JAVA},
              CHECK)[1]["licensing.consistent"]
    assert r["status"] == "pass" and "A single source states the license (LICENSE)" in r["message"]["en"], r["message"]

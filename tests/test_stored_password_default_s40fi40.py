"""A password literal given as the fallback of a browser's stored password is a committed credential (issue 12, s40 fi40 = reader
rh40's Korno1970/Commissions-mairie-Lestiac).

Commissions-mairie-Lestiac: each page's `function getPwd(){return localStorage.getItem(K_PWD)||'lestiac2026'}` is the admin password
of every browser that has not set another, published in the page; reusability.secrets passed. Rule now: a storage read
(localStorage/sessionStorage.getItem) whose key names a password, with a literal fallback that looks like a password, is reported as
an environment read's password default is. Near miss: a stored theme's fallback ('darkmode2026') is no password."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.secrets"
PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><body>\n<input type=\"password\" id=\"gate-pwd\">\n<script>\nconst K_PWD = 'ag_key';\n"
        "function getPwd() { return localStorage.getItem(K_PWD) || 'commune2026'; }\n"
        "function doLogin() { return document.getElementById('gate-pwd').value === getPwd(); }\n</script>\n</body></html>\n")


def test_a_stored_passwords_literal_fallback_is_a_credential(tmp_path):
    _, res = judge(tmp_path, {"index.html": PAGE}, [CHECK], name="pwd")
    r = res[CHECK]
    assert r["status"] == "fail" and any(e.get("path") == "index.html" and e.get("line") == 6 for e in r["evidence"]), r


def test_near_miss_a_stored_themes_fallback_is_no_password(tmp_path):
    page = PAGE.replace("localStorage.getItem(K_PWD) || 'commune2026'", "localStorage.getItem('theme') || 'darkmode2026'")
    _, res = judge(tmp_path, {"index.html": page}, [CHECK], name="theme")
    assert res[CHECK]["status"] == "pass", res[CHECK]["message"]

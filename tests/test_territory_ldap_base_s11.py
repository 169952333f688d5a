"""reusability.territory-neutral: a PHP app signing its agents in against the organisation's Active Directory wrote the directory's
base in the code ("DC=CSNHN,DC=LOCAL") and passed "no territory-specific value" (issue 12, s10 reads: a conservatoire's field-data
app). A second organisation's directory has another base; a usage example's (dc=example,dc=com) is a placeholder."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"
README = "# Saisie\n\nApplication de saisie.\n"
LOGIN = ("<?php\nsession_start();\n$ldapconn = ldap_connect($_ENV['LDAP_HOST']);\n"
         "$filter = \"(sAMAccountName=\" . ldap_escape($_POST['login']) . \")\";\n"
         "$result = ldap_search($ldapconn, \"OU=Agents,DC=CENX,DC=LOCAL\", $filter);\n")


def tn(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def findings(r) -> list:
    return [(e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding"]


def test_an_organisations_directory_base_is_a_territory_value_and_an_examples_is_not(tmp_path):
    r = tn(tmp_path, {"php/login.php": LOGIN, "README.md": README})
    assert r["status"] == "warn" and findings(r) == [("php/login.php", 5)], (r["message"], r["evidence"])
    example = LOGIN.replace("OU=Agents,DC=CENX,DC=LOCAL", "ou=people,dc=example,dc=com")
    r = tn(tmp_path, {"php/login.php": example, "README.md": README}, "e")
    assert findings(r) == [], r["evidence"]

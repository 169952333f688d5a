"""reusability.secrets (issue 12, s41 fg41 = reader rd41's renowong/faaa-multifac): a commune's billing application tests its
database with ``mysql_connect('localhost','multifac','multifac')`` — the account's own name (the database's too) as its password,
on this machine. The development-default rule (s33 a33) set that aside for a password given by name, not for a sign-in call's
positional password: the check failed on "1 probable secret". Rule now: a host-first sign-in call (mysql_connect, mysqli_connect,
new mysqli, new PDO's DSN, DBI, JDBC) on localhost or a one-label service whose literal password is the account's or the
database's name is a default to review. Near misses: a password of its own on localhost, or the same default towards a named
server, stays a probable secret."""

from __future__ import annotations

import pytest

from auditor.facts.secret_defaults import local_call_default
from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
README = {"README.md": "# Facturation\n\nFacturation des cantines scolaires de la commune.\n"}


def page(call: str) -> str:
    return ("<?php\necho \"test de connexion\";\n" + call + "\nif (!$link) { die('Connexion impossible'); }\necho 'Connexion OK';\n")


def run(tmp_path, files: dict, name: str) -> dict:
    return results(run_audit(build(tmp_path / name, {**README, **files}), tmp_path / f"c-{name}", [CID]))[CID]


def test_the_accounts_own_name_as_a_sign_in_calls_password_on_localhost_is_a_default_to_review(tmp_path):
    r = run(tmp_path, {"dbtest.php": page("$link = mysql_connect('localhost','factu','factu');")}, "default")
    assert r["status"] != "fail" and r["score"] < 10, r["message"]  # was fail: 1 probable secret
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [("dbtest.php", 3)], r["evidence"]


def test_near_miss_a_password_of_its_own_or_a_named_server_stays_a_probable_secret(tmp_path):
    r = run(tmp_path, {"dbtest.php": page("$link = mysql_connect('localhost','factu','Vq7rTz2kLw');")}, "own")
    assert r["status"] == "fail", r["message"]
    r = run(tmp_path, {"dbtest.php": page("$link = mysql_connect('sql.mairie-valbois.fr','factu','factu');")}, "remote")
    assert r["status"] == "fail", r["message"]


@pytest.mark.parametrize("line,expected", [
    ("$db = mysqli_connect('localhost', 'mc', 'mc', 'mc');", True),
    ("$db = new mysqli('127.0.0.1', 'app', 'base', 'base');", True),
    ("$pdo = new PDO('mysql:host=localhost;dbname=factu', 'factu', 'factu');", True),
    ("$pdo = new PDO('mysql:host=db;dbname=factu', 'root', 'factu');", True),
    ("$pdo = new PDO('mysql:host=sql.example.fr;dbname=factu', 'factu', 'factu');", False),
    ("$pdo = new PDO('mysql:host=localhost;dbname=factu', 'factu', 'S3cr3tPw');", False),
    ("$link = mysql_connect('localhost', 'root', '');", False),
])
def test_the_rule_on_each_call(line, expected):
    assert local_call_default(line) is expected

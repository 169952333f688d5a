"""reusability.secrets (issue 12, session 33, a33 = atolcd/webrsa): a CakePHP shell that checks modules against development
databases connects with ``'host' => 'localhost', 'login' => 'webrsa', 'password' => 'webrsa', 'database' => 'webrsa'`` (the
project's .env.local.sample sets the same); the check failed on "1 probable secret". A password that is the account's or the
database's own name, on this machine's database, is a development default: a hint to review, not a credential to revoke. A
password of its own beside the same names, or the same default towards a named server, stays a probable secret."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
README = {"README.md": "# Gestion du RSA\n\nApplication de gestion du revenu de solidarité active.\n",
          ".env.local.sample": "POSTGRES_USER=gestrsa\nPOSTGRES_PASSWORD=gestrsa\nPOSTGRES_DB=gestrsa\n"}


def shell(host: str, password: str) -> str:
    return ("<?php\nApp::uses('ConnectionManager', 'Model');\n\nclass DevelopmentCheckModuleShell extends AppShell\n{\n"
            "\tpublic function main() {\n\t\t$defaults = array(\n\t\t\t'datasource' => 'Database/Postgres',\n\t\t\t'persistent' => false,\n"
            f"\t\t\t'host' => '{host}',\n\t\t\t'login' => 'gestrsa',\n\t\t\t'password' => '{password}',\n\t\t\t'database' => 'gestrsa',\n"
            "\t\t\t'encoding' => 'utf8',\n\t\t);\n\t\t$connection = ConnectionManager::create('default', $defaults);\n\t}\n}\n")


def run(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, {**README, **files}), tmp_path / f"c-{name}", [CID]))[CID]


PATH = "project/app/Console/Command/DevelopmentCheckModuleShell.php"


def test_the_accounts_own_name_as_its_password_on_localhost_is_a_default_to_review(tmp_path):
    r = run(tmp_path, {PATH: shell("localhost", "gestrsa")})
    assert r["status"] != "fail" and r["score"] < 10, r["message"]  # was fail: 1 probable secret
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [(PATH, 12)], r["evidence"]


def test_a_password_of_its_own_or_a_named_server_stays_a_probable_secret(tmp_path):
    r = run(tmp_path, {PATH: shell("localhost", "Vq7rTz2kLw")}, name="own")
    assert r["status"] == "fail", r["message"]
    r = run(tmp_path, {PATH: shell("10.12.0.5", "gestrsa")}, name="remote")
    assert r["status"] == "fail", r["message"]

"""reusability.secrets (issue 12, session 25, reader o3: omigeot/SIG-CCPO): a PHP web GIS commits its configuration, and the
proxy account's password in it, ``$http_proxy_password="…";`` (five characters: letters, a sign and a digit) in
config/db.local.php; the check passed, the line being only a keyword hint "to review", because a password literal had to be
8 characters or more to be taken as one.

A clear-text password a committed PHP file assigns to a password-named variable, array key or constant (5 to 64 characters,
letters with a digit, no placeholder, no word of its role) is now a committed secret; the default passwords beside it
(``$db_passwd = "postgres";``, the database's own name), placeholders, examples and tests stay aside."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
SHORT = "Kq" + "%" + "r4"  # (assembled: no credential in this file)
SHORT5 = SHORT + "z"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def config(password: str, proxy: str) -> str:
    return ('<?php\nclass BaseCarto {\n\tvar $db_host = "localhost";\n\tvar $db_name = "carto";\n\tvar $db_user = "carto";\n'
            f'\tvar $db_passwd  = "{password}";\n}}\n$message_alerte = "Ceci est un message automatique.";\n'
            f'$http_proxy_url = "10.1.2.3:3128";\n$http_proxy_user = "compte_sig";\n$http_proxy_password = "{proxy}";\n?>\n')


def array_config(password: str) -> str:
    return f"<?php\nreturn array(\n    'hote' => 'srv-carto.interne',\n    'compte' => 'lecture',\n    'password' => '{password}',\n);\n"


def test_a_short_proxy_password_in_a_php_configuration_is_a_secret(tmp_path):
    r = run(tmp_path, {"README.md": "# SIG\n", "config/db.local.php": config("postgres", SHORT5), "index.php": "<?php\necho 1;\n"})
    assert r["status"] == "fail", r["message"]  # was pass, a keyword hint to review
    assert any(e["path"] == "config/db.local.php" and e["line"] == 11 for e in r["evidence"]), r["evidence"]
    assert SHORT5 not in str(r)


def test_a_password_in_a_php_configuration_array_is_a_secret(tmp_path):
    r = run(tmp_path, {"README.md": "# SIG\n", "config/base.php": array_config(SHORT5)})
    assert r["status"] == "fail", r["message"]


def test_default_placeholder_example_and_test_passwords_stay_aside(tmp_path):
    files = {"README.md": "# SIG\n", "config/db.local.php": config("postgres", "changeme"),
             "config/base.php": array_config("carto"),
             "config/base.example.php": array_config(SHORT5), "tests/ConfigTest.php": array_config(SHORT5)}
    r = run(tmp_path, files)
    assert r["status"] != "fail", (r["message"], r["evidence"])

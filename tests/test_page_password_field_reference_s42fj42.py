"""reusability.secrets (issue 12, s42 fj42 = reader re42's ISPF/enquetes-tourisme-eft-exportatn):
- a connection string's password given by a field read from the settings (R's ``PWD = params$SQL$PASSWORD`` in ``dbConnect(…)``) is
  no secret; near miss: a literal ``PWD = …`` beside a server still is;
- a README's "Mot de passe : <value>" a few lines below "Serveur : <host on the Internet>" is a credential published in a page, read
  directly (detect-secrets' keywords do not know "mot de passe"); near miss: the same block with a placeholder value is none.
The values are made up for the test and never printed in a message."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.secrets"]
MADE_UP = "Zq7" + "-vK2r" + "!pW9"  # (a made-up value, split so that no scanner reads this test file as a secret)


def con(pwd):
    return ('library(DBI)\nlibrary(odbc)\nlibrary(ini)\n\nparams <- read.ini("settings.ini")\n\nget_con <- function(){\n'
            '  con <- dbConnect(odbc::odbc(), Driver = "PostgreSQL Unicode", Server = params$DB$SERVER, Database = params$DB$NAME, '
            f'UID = params$DB$USER, PWD = {pwd}, encoding = "UTF-8")\n  con\n}}\n')


def readme(value):
    return ("# Export mensuel\n\nExporte un mois de la vue en CSV puis en ZIP.\n\n## Identifiants FTP du partenaire\n\n"
            "Serveur : ftp.partenaire-exemplaire.pf\n\nLogin : export_mensuel\n\n"
            f"Mot de passe : {value}\n\nProtocole : SFTP\n")


def paths(res):
    return [(e.get("path"), e.get("line")) for e in res["reusability.secrets"]["evidence"] if e.get("kind") == "finding"]


def test_a_password_read_from_the_settings_is_no_secret(tmp_path):
    _, res = judge(tmp_path, {"src/functions.R": con("params$DB$PASSWORD"), "main.R": 'source("src/functions.R")\n',
                              "README.md": "# Export\n\nExporte un mois.\n"}, CHECKS, name="ref")
    assert res["reusability.secrets"]["status"] == "pass", res["reusability.secrets"]["message"]


def test_near_miss_a_literal_password_in_the_connection_is_one(tmp_path):
    line = con("params$DB$PASSWORD").replace("Server = params$DB$SERVER", "Server = sqlprod.interne.example.pf").replace(
        "PWD = params$DB$PASSWORD", "PWD = " + MADE_UP)
    _, res = judge(tmp_path, {"src/functions.R": line, "README.md": "# Export\n"}, CHECKS, name="lit")
    assert ("src/functions.R", 8) in paths(res), res["reusability.secrets"]["evidence"]


def test_a_page_password_beside_its_server_is_found(tmp_path):
    _, res = judge(tmp_path, {"main.R": "x <- 1\n", "README.md": readme(MADE_UP)}, CHECKS, name="page")
    r = res["reusability.secrets"]
    assert r["status"] == "fail" and ("README.md", 11) in paths(res), r["evidence"]
    assert MADE_UP not in str(r["message"]) and all(MADE_UP not in str(e) for e in r["evidence"])


def test_near_miss_a_placeholder_in_the_page_is_none(tmp_path):
    _, res = judge(tmp_path, {"main.R": "x <- 1\n", "README.md": readme("<mot de passe>")}, CHECKS, name="ph")
    assert ("README.md", 11) not in paths(res), res["reusability.secrets"]["evidence"]

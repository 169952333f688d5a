"""reusability.secrets (issue 12, session 42 fixer fh42 = KeolisAix/MDMKPA, reader ra42 §3 item 15): an operator's intranet pages
connect to its PostgreSQL server on the private network with the superuser's default password
(``pg_connect("host=192.168.40.12 dbname=comptages user=postgres password=postgres")`` in several files): "No certain secret", not
even a hint, the value "postgres" set aside as a placeholder. A product's well-known default password is a placeholder on this
machine, but in a connection string to a named server it is that server's real credential: a finding, whose note says it is a
default to change on the server. Near miss: the same connection string to localhost keeps the verdict (pass). The fixtures are
written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.secrets"
PAGE = """<?php
$base = pg_connect("host={host} dbname=comptages user=postgres password=postgres");
$res = pg_query($base, "SELECT cellule, total FROM comptage ORDER BY cellule");
while ($row = pg_fetch_assoc($res)) {{
    echo "<tr><td>" . htmlspecialchars($row['cellule']) . "</td><td>" . (int) $row['total'] . "</td></tr>";
}}
?>
"""


def _result(tmp_path, host, name):
    files = {"README.md": "# Intranet\n\nPages internes.\n", "CC/index.php": PAGE.format(host=host), "vehicules/index.php": PAGE.format(host=host)}
    return judge(tmp_path, files, [CID], name=name)[1][CID]


def test_a_default_password_to_a_named_server_is_a_secret(tmp_path):
    r = _result(tmp_path, "192.168.40.12", "a")
    assert r["status"] == "fail", (r["message"], r["evidence"])
    found = [e for e in r["evidence"] if e.get("path") == "CC/index.php"]
    assert found and "default" in found[0]["value"].lower() and "default password" in found[0]["note"]["en"], r["evidence"]


def test_the_same_default_on_localhost_is_no_secret(tmp_path):
    # near miss (verdict unchanged): this machine's database, its development default
    r = _result(tmp_path, "localhost", "b")
    assert r["status"] == "pass", (r["message"], r["evidence"])

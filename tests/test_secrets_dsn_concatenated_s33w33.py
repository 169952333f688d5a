"""reusability.secrets (issue 12, session 33, measure 27 reader m27o2; s33 w33): a QGIS plugin's dialog builds its PostgreSQL
connection string from the fields the user fills, psycopg2.connect("dbname=" + base + " user=" + user + " password=" + mdp +
" host=" + host …) with mdp = self.lineMdpServ.text(): the quote after password= closes the string holding it, and the check
read '+mdp+' as the password literal (fail, "Password passed to a sign-in call"). A value made of a concatenated variable is no
committed secret. The near miss: a literal password given by name to the same call stays a probable secret."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

DIALOG = ("import psycopg2\n\n\nclass Dialog:\n    def connect(self):\n        host = self.lineAdrServ.text()\n"
          "        user = self.lineUserServ.text()\n        mdp = self.lineMdpServ.text()\n        base = self.lineBaseDonnees.text()\n"
          "        conn = {call}\n        return conn.cursor()\n")
CONCAT = 'psycopg2.connect("dbname=" + base + " user=" + user + " password="+mdp+" host="+host+" port=5432 connect_timeout=1 ")'
LITERAL = 'psycopg2.connect(dbname=base, user="foncier", password="Zk8pQ2rT9w", host="pg.cerema-foncier.fr")'


def secrets(tmp_path, call: str) -> dict:
    files = {"README.md": "# Foncier\n\nUn plugin QGIS.\n", "foncier_dialog.py": DIALOG.replace("{call}", call)}
    return results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.secrets"]))["reusability.secrets"]


def test_a_dialog_field_concatenated_into_a_connection_string_is_no_secret(tmp_path):
    res = secrets(tmp_path, CONCAT)
    assert res["status"] == "pass", res["message"]  # was fail, "Password passed to a sign-in call"


def test_a_literal_password_given_to_the_same_call_stays_a_secret(tmp_path):
    res = secrets(tmp_path, LITERAL)
    assert res["status"] == "fail", res["message"]

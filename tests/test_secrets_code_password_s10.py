"""reusability.secrets: a service account's password written as a literal in the application's code was only "a string to
review" (issue 12, session 9's reads: a fleet-tracking web app's front end, an e-mail and a 32-character password exported as
constants and sent as Basic credentials). Placeholders, labels, regexes and tests stay out."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

CID = "reusability.secrets"
README = "# Suivi\n\nSuivi des véhicules.\n"


def test_a_service_accounts_password_constant_in_front_end_code_is_a_secret(tmp_path):
    consts = ('export const serviceUser = "robot@example.org"\n'
              'export const serviceUserPassword = "q7Wd3kPz81LmXc5v"\n\n'
              'export const colour = (c) => (c === "a" ? "#fff" : "#000")\n')
    call = ('import { serviceUser, serviceUserPassword } from "../site/colours";\n'
            'export const auth = () => btoa(`${serviceUser}:${serviceUserPassword}`);\n')
    r = sec(tmp_path, {"src/site/colours.js": consts, "src/common/Card.jsx": call, "README.md": README})
    assert r["status"] == "fail", r["message"]
    assert any(e["path"] == "src/site/colours.js" and e["line"] == 2 for e in r["evidence"])


def test_a_literal_password_passed_to_a_connection_in_a_script_is_a_secret(tmp_path):
    script = ('import psycopg2\n\nconn = psycopg2.connect(host="gis.example.org", user="loader", password="Vb82kLq3Ze")\n'
              'cur = conn.cursor()\n')
    r = sec(tmp_path, {"scripts/load.py": script, "README.md": README})
    assert r["status"] == "fail", r["message"]


def test_placeholders_labels_regexes_and_tests_are_no_secret(tmp_path):
    code = ('const password = "changeme";\nconst passwordField = "inputPassword2";\n'
            'const PASSWORD_REGEX = "^(?=.*[0-9])(?=.*[a-z]).{8,}$";\nconst label = { password: "auth.password2" };\n'
            'const pwd = "Password1";\nconst dbPassword = "${DB_PASSWORD}";\nconst adminPassword = "<password>";\n')
    test = 'const password = "q7Wd3kPz81LmXc5v";\nit("logs in", () => login("u", password));\n'
    seed = 'module.exports = [{ login: "demo", password: "Dm3kPz81Lq" }];\n'
    r = sec(tmp_path, {"src/login.js": code, "tests/login.test.js": test, "db/seeds/users.js": seed, "README.md": README})
    assert r["status"] == "pass", r["message"]

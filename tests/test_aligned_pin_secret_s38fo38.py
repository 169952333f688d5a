"""Issue 12, session 38 fixer fo38 (dubreybrice-png/sdis66-gestion-evenements): an Apps Script web app open to anyone whose
admin password is a column-aligned constant of four digits (``const ADMIN_PWD     = "0007";``) compared with what is typed
(``return pwd === ADMIN_PWD;``). reusability.secrets passed: the constant's alignment (more than 3 spaces before "=") hid it,
and any run of 1–5 digits was a placeholder. A password compared with typed input is a credential whatever its length or
alignment. Near miss: aligned numeric settings (PORT, MAX_ROWS) compared with values, and the password read from the script's
properties, stay no secret."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECRETS = "reusability.secrets"
BASE = {"README.md": "# Gestion des événements\n\nCandidatures des agents aux formations du service départemental.\n",
        "appsscript.json": '{"timeZone": "Europe/Paris", "webapp": {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}, '
                           '"runtimeVersion": "V8"}\n'}


def _code(pwd_line: str) -> str:
    return ("// Paramètres\nconst SHEET_NAME    = \"Événements\";\n" + pwd_line + "\nconst MAX_ROWS      = 500;\nconst PORT          = \"8080\";\n\n"
            "function doGet() {\n  return HtmlService.createTemplateFromFile('Index').evaluate();\n}\n\n"
            "function checkAdmin(pwd) {\n  return pwd === ADMIN_PWD;\n}\n\n"
            "function saveSelection(pwd, rows, port) {\n  if (pwd !== ADMIN_PWD) return 'Mot de passe incorrect.';\n"
            "  if (rows.length === MAX_ROWS || port === PORT) return 'Trop de lignes';\n  return 'OK';\n}\n")


def test_an_aligned_numeric_admin_password_compared_with_typed_input_is_a_secret(tmp_path):
    _, res = judge(tmp_path, {**BASE, "Code.js": _code('const ADMIN_PWD     = "0007";')}, [SECRETS])
    assert res[SECRETS]["status"] == "fail", res[SECRETS]["message"]  # was pass 9.75
    assert any(e.get("path") == "Code.js" and e.get("line") == 3 for e in res[SECRETS]["evidence"]), res[SECRETS]["evidence"]


def test_aligned_settings_and_a_password_read_from_properties_stay_no_secret(tmp_path):
    code = _code("const ADMIN_PWD     = PropertiesService.getScriptProperties().getProperty('ADMIN_PWD');")
    _, res = judge(tmp_path, {**BASE, "Code.js": code}, [SECRETS])
    assert res[SECRETS]["status"] == "pass", res[SECRETS]["message"]

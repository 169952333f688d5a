"""An Apps Script web app of a fire and rescue service (issue 12, s44 fe44): its page guards the admin mode with
``if(!IS_ADM && prompt("Mdp ?")!=="…") return;``, a password written in the page; reusability.secrets said "No certain secret"
(only a variable named as a password compared with a literal was read). What a prompt asking for a password returns (its message
says Mdp, mot de passe, password; or getpass), compared with a literal directly or through the variable given it, is a committed
password. Near miss: a prompt asking for a new name compared with a literal is no password."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECRETS = "reusability.secrets"
APPS_SCRIPT = {"README.md": "# Checklist matériel\n\nVérification mensuelle des sacs.\n",
               "appsscript.json": '{"timeZone": "Europe/Paris", "webapp": {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}}\n',
               "Code.js": "function doGet() {\n  return HtmlService.createTemplateFromFile('Index').evaluate();\n}\n"}


def _page(script: str) -> str:
    return ("<!DOCTYPE html>\n<html>\n<body>\n  <button onclick=\"toggleAdmin()\">Admin</button>\n  <script>\n    let IS_ADM = false;\n"
            f"    {script}\n  </script>\n</body>\n</html>\n")


def test_a_literal_compared_with_a_password_prompt_is_a_committed_password(tmp_path):
    page = _page('function toggleAdmin() { if(!IS_ADM && prompt("Mdp ?")!=="CIS42") return; IS_ADM=true; }')
    r = judge(tmp_path, {**APPS_SCRIPT, "Index.html": page}, [SECRETS])[1][SECRETS]
    assert r["status"] == "fail", r["message"]  # was pass
    assert any(e.get("path") == "Index.html" and e.get("line") == 7 for e in r["evidence"]), r["evidence"]
    assert "CIS42" not in str(r)
    given = _page('function toggleAdmin() {\n      const answer = window.prompt("Entrez le mot de passe");\n'
                  '      if (answer !== "Vendee2026") return;\n      IS_ADM = true;\n    }')
    r = judge(tmp_path, {**APPS_SCRIPT, "Index.html": given}, [SECRETS], name="given")[1][SECRETS]
    assert r["status"] == "fail" and any(e.get("line") == 9 for e in r["evidence"]), r["message"]


def test_a_prompt_for_a_name_compared_with_a_literal_is_no_password(tmp_path):
    page = _page('function toggleAdmin() { const n = prompt("Nouveau nom ?"); if (n !== "Chantonnay") rename(n); }')
    r = judge(tmp_path, {**APPS_SCRIPT, "Index.html": page}, [SECRETS], name="name")[1][SECRETS]
    assert r["status"] == "pass", r["message"]

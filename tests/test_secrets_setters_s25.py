"""reusability.secrets (issue 12, session 24, readers o1 and o2; s25 k25): passwords and tokens committed in forms no rule read.

- A Java trip planner's HTTP Basic filter keeps its admin password in a map, ``passwords.put("<ACCOUNT>", "<literal>")``, and its
  HTTPS server opens its key store with ``sslConfig.setKeyStorePass("<literal>")``: neither is a ``password = "…"`` assignment,
  and the check passed ("no certain secret"). A literal given to a password setter (its only argument) or put into a map of
  passwords is now a committed password, whatever its shape.
- An upload API's README gives the token its server checks in a curl example, ``-H 'x-access-token: <24 random characters>'``:
  only an ``Authorization`` header's literal was read. A service's own token header (x-access-token, X-API-Key, PRIVATE-TOKEN)
  given a literal is now a token: in a README it is a hint to review, in code a committed secret.

Neighbours unchanged: a value read from the environment, a placeholder or a word of the password's role, a test's password, a
setter whose name only ends like one (setBypass), and a header whose value is a variable or a placeholder."""

from __future__ import annotations

from auditor.facts.secret_calls import given_password
from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
ADMIN = "tres" + "_confidentiel"  # (assembled: no credential in this file)
STORE = "cle" + "magasin"
TOKEN = "Qm4r" + "%40Tz8Lp" + "%26W3kd9" + "Yh2Ba"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def filtre(admin: str) -> str:
    return ("package org.territoire.serveur;\n\nimport java.util.HashMap;\nimport java.util.Map;\n\n"
            "public class FiltreAcces implements ContainerRequestFilter {\n"
            "    private final Map<String, String> passwords = new HashMap<>();\n\n"
            f"    public FiltreAcces() {{\n        passwords.put(\"GESTION\", {admin});\n    }}\n"
            + "".join(f"\n    public int regle{i}(int n) {{\n        return n * {i} + {i};\n    }}\n" for i in range(40)) + "}\n")


def serveur(store: str) -> str:
    return ("package org.territoire.serveur;\n\npublic class Serveur {\n    public void demarrer() {\n"
            "        SSLContextConfigurator ssl = new SSLContextConfigurator();\n"
            '        ssl.setKeyStoreFile("keystore");\n'
            f"        ssl.setKeyStorePass({store});\n        ssl.setBypass(\"abcdefgh\");\n    }}\n}}\n")


README_API = ("# API de dépôt de fichiers\n\nDéposez le fichier des interventions :\n\n```bash\ncurl -X POST \\\n"
              "  http://localhost:8081/upload/91 \\\n  -H 'x-access-token: {token}' \\\n  -F file=@interventions.csv\n```\n")


def test_a_password_map_and_a_key_store_setter_are_committed_passwords(tmp_path):
    r = run(tmp_path, {"README.md": "# Calculateur d'itinéraires\n",
                       "src/main/java/org/territoire/serveur/FiltreAcces.java": filtre(f'"{ADMIN}"'),
                       "src/main/java/org/territoire/serveur/Serveur.java": serveur(f'"{STORE}"')})
    assert r["status"] == "fail", r["message"]  # was pass: "no certain secret"
    places = {(e["path"], e["line"]) for e in r["evidence"]}
    assert ("src/main/java/org/territoire/serveur/FiltreAcces.java", 10) in places, r["evidence"]
    assert ("src/main/java/org/territoire/serveur/Serveur.java", 7) in places, r["evidence"]
    assert ADMIN not in str(r) and STORE not in str(r)


def test_values_read_placeholders_role_words_and_tests_stay_aside(tmp_path):
    files = {"README.md": "# Calculateur d'itinéraires\n",
             "src/main/java/org/territoire/serveur/FiltreAcces.java": filtre('System.getenv("MOT_DE_PASSE")'),
             "src/main/java/org/territoire/serveur/Serveur.java": serveur('"changeit"'),
             "src/test/java/org/territoire/serveur/FiltreAccesTest.java": filtre(f'"{ADMIN}"').replace("class FiltreAcces ", "class FiltreAccesTest ")}
    r = run(tmp_path, files)
    assert r["status"] == "pass", (r["message"], r["evidence"])
    assert r["details"]["strong"] == 0 and r["details"]["weak"] == 0


def test_the_rule_reads_setters_and_maps_not_look_alikes():
    literal = '"Kx9' + 'mW2q"'
    assert given_password(f"ds.setPassword({literal});") and given_password(f"user.set_password({literal})")
    assert given_password(f'props.setProperty("mail.smtp.password", {literal});')
    assert not given_password(f"x.setBypass({literal});") and not given_password(f"passwordField.set({literal});")
    assert not given_password('ds.setPassword("password");') and not given_password("ds.setPassword(motDePasse);")
    assert not given_password('passwords.put("GESTION", "secret");')


def test_a_token_header_in_a_readme_is_a_hint_to_review(tmp_path):
    r = run(tmp_path, {"README.md": README_API.format(token=TOKEN), "server.js": "const express = require('express');\n"})
    assert r["status"] == "pass" and r["details"]["in_tests_or_docs"] == 1, (r["message"], r["evidence"])  # was "no secret detected"
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [("README.md", 8)]
    assert TOKEN not in str(r)


def test_a_token_header_in_code_is_a_secret_and_a_variable_is_not(tmp_path):
    code = f"fetch(url, {{ headers: {{ 'X-API-Key': '{TOKEN}' }} }});\n"
    r = run(tmp_path, {"README.md": "# Client\n", "src/client.js": code})
    assert r["status"] == "fail", r["message"]
    r = run(tmp_path / "b", {"README.md": README_API.format(token="<accessToken>"),
                             "src/client.js": "fetch(url, { headers: { 'X-API-Key': process.env.API_KEY } });\n"})
    assert r["status"] == "pass" and r["details"]["in_tests_or_docs"] == 0, (r["message"], r["evidence"])

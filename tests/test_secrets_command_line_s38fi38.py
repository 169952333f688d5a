"""reusability.secrets (issue 12, s38 fi38 = akjoecapoeira007/mairie-lanveoc, read by fi38 beside reader ra38's entry).

A commune's tourist site deploys its settings file by a committed script: `curl -T config.js --user "<account>:<password>"
ftp://…` (the command continued over three lines). The check said "No secret in the code": detect-secrets' keyword plugin reads no
password in a command's --user option. A literal password given to a transfer or remote-shell command (curl -u/--user, wget
--password, lftp -u, sshpass -p, smbclient -U) is an account's password committed with the code. Made-up values below.
Near misses: the same command reading the password from the environment ($FTP_PASSWORD), a placeholder, or a local server's
default stays no secret.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.secrets"

# (assembled at run time: no scanner flags this file)
PASSWORD = "Wq7" + "Lz2Kp9Rt"

DEPLOY = """#!/bin/bash
# Envoi du fichier de configuration (non suivi par git)

cd "$(dirname "$0")"

curl -T config.js \\
  --user "{credentials}" \\
  ftp://ftp.hebergeur-exemple.fr/config.js

if [ $? -eq 0 ]; then
    echo "config.js déployé"
fi
"""

FILES = {"README.md": "# Office du tourisme\n\nSite de l'office du tourisme de la commune.\n",
         "index.html": "<!doctype html><html lang=\"fr\"><head><title>Office</title></head><body><h1>Bienvenue</h1></body></html>\n",
         "script.js": "document.querySelector('h1').addEventListener('click', () => alert('Bienvenue'));\n"}


def test_a_password_in_a_curl_user_option_is_a_secret(tmp_path):
    r = check_result(tmp_path, {**FILES, "deploy-config.sh": DEPLOY.replace("{credentials}", f"site@hebergeur-exemple.fr:{PASSWORD}")}, CID)
    assert r["status"] == "fail", r["message"]  # was pass "No secret in the code"
    assert any(e.get("path") == "deploy-config.sh" and e.get("line") == 7 for e in r["evidence"]), r["evidence"]
    assert PASSWORD not in str(r), "the report never shows the value"


def test_an_environment_variable_a_placeholder_or_a_local_default_is_none(tmp_path):
    for i, creds in enumerate(("$FTP_USERNAME:$FTP_PASSWORD", "your_username:your_password", "user:password")):
        r = check_result(tmp_path / str(i), {**FILES, "deploy-config.sh": DEPLOY.replace("{credentials}", creds)}, CID)
        assert r["status"] == "pass", (creds, r["message"])
    local = "#!/bin/sh\ncurl -u admin:" + PASSWORD + " http://localhost:8080/manager/text/list\n"
    r = check_result(tmp_path / "l", {**FILES, "tomcat.sh": local}, CID)
    assert r["status"] == "pass", r["message"]

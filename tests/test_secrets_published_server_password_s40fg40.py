"""A real server's password written in the repository's pages is a committed secret (issue 12, s40 fg40 = reader rg40,
fbonhomme/calordure).

A deployment report (RAPPORT-2026.md) gives the production database's URL, `DATABASE_URL="mysql://<user>:<password>@<name>.mysql.
database.azure.com/<db>"`, its password holding "!!" (left out by detect-secrets' URL pattern: not even a hint); a scripts README
gives the connection block (`- Host: \\`<name>.mysql.database.azure.com\\``, …, `- Password: \\`<password>\\``): a hint to review;
and a deployment guide's `mysql://<user>:PASSWORD_ENCODÉ@<host>` template was the one "probable secret". The check said pass 9.0.
Near misses: a placeholder password (PASSWORD_ENCODED, <password>, changeme, xxx) or a placeholder host (serveur.domaine.fr, localhost)
stays aside, and a chosen password in a page with no server named stays a hint to review.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.secrets"
PASSWORD = "Qz" + "Ville2031!!"
HOST = "calendrier-prod.mysql.database.azure.com"
APP = {
    "README.md": "# Calendrier des collectes\n\nCalendrier de collecte des déchets ménagers.\n",
    "backend/package.json": '{"name": "api", "scripts": {"start": "node src/index.js"}, "dependencies": {"express": "^4.18.0"}}\n',
    "backend/src/index.js": "const express = require('express');\nconst app = express();\napp.listen(process.env.PORT);\n",
}


def _report(password: str, host: str) -> str:
    return ("# Rapport de mise en production\n\n## Corrections\n\n### Correction #2 : nom du serveur\n\n```bash\n"
            f'DATABASE_URL="mysql://admincal:{password}@{host}/collectes?ssl-mode=REQUIRED"\n```\n\nLe backend répond.\n')


def _block(password: str, host: str) -> str:
    return ("# Scripts\n\n### Option 4 : via un client MySQL\n\n1. Configurez une connexion à :\n"
            f"   - Host: `{host}`\n   - Port: `3306`\n   - Database: `collectes`\n   - Username: `admincal`\n"
            f"   - Password: `{password}`\n2. Exécutez `seed-2026.sql`\n")


def _secrets(tmp_path, files, name):
    return judge(tmp_path, {**APP, **files}, [CHECK], name=name)[1][CHECK]


def test_a_real_servers_password_in_a_report_and_a_readme_is_committed(tmp_path):
    r = _secrets(tmp_path, {"RAPPORT.md": _report(PASSWORD, HOST), "backend/scripts/README.md": _block(PASSWORD, HOST),
                            "DEPLOYMENT.md": f"Format : `mysql://admincal:PASSWORD_ENCODÉ@{HOST}:3306/collectes`\n"}, "real")
    assert r["status"] == "fail", (r["message"], r["evidence"])
    places = {(e["path"], e["line"]) for e in r["evidence"]}
    assert ("RAPPORT.md", 8) in places and ("backend/scripts/README.md", 10) in places, places
    assert not any(e["path"] == "DEPLOYMENT.md" for e in r["evidence"]), r["evidence"]


def test_placeholders_and_unnamed_servers_stay_aside(tmp_path):
    files = {"RAPPORT.md": _report("PASSWORD_ENCODED", HOST) + _report("<password>", HOST) + _report(PASSWORD, "serveur.domaine.fr")
             + _report(PASSWORD, "localhost"),
             "backend/scripts/README.md": _block("changeme", HOST) + _block(PASSWORD, "`(voir le portail)`"),
             "DEPLOYMENT.md": f"Format : `mysql://admincal:PASSWORD_ENCODÉ@{HOST}:3306/collectes`\n"}
    r = _secrets(tmp_path, files, "aside")
    assert r["status"] != "fail" and r["details"]["strong"] == 0, (r["message"], r["evidence"])
    assert not any(e["path"] == "DEPLOYMENT.md" for e in r["evidence"]), r["evidence"]

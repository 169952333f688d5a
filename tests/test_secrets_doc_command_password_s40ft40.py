"""A password given as a command's option in a documentation code block is a committed secret (issue 12, s40 ft40 = reader rg40,
fbonhomme/calordure).

A scripts README shows how to load the seed with ``az mysql flexible-server execute --name … --admin-user … --admin-password '<the
production password>' --database-name …`` in a fenced ``bash`` block, one option a line: the tool read such options in scripts only
(secret_commands), not in a page's code blocks, and counted 3 of the 4 committed places. Near misses: placeholders (``<password>``,
``$DB_PASSWORD``, ``${ADMIN_PASSWORD}``, ``xxx``, ``changeme``), a local server's account, and an option written in the prose outside
a code block, and a file's password (``qpdf --password=… --decrypt``, no account beside it) stay aside.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.secrets"
PASSWORD = "Kw" + "Cite2031!!"
APP = {
    "README.md": "# Calendrier des collectes\n\nCalendrier de collecte des déchets ménagers.\n",
    "backend/package.json": '{"name": "api", "scripts": {"start": "node src/index.js"}, "dependencies": {"express": "^4.18.0"}}\n',
    "backend/src/index.js": "const express = require('express');\nconst app = express();\napp.listen(process.env.PORT);\n",
}


def _az(password: str) -> str:
    return ("# Scripts\n\n### Option 3 : via Azure CLI\n\n```bash\naz mysql flexible-server execute \\\n  --name calendrier \\\n"
            f"  --admin-user admincal \\\n  --admin-password '{password}' \\\n  --database-name collectes \\\n"
            "  --file-path backend/scripts/seed-2026.sql\n```\n\nPuis vérifiez les tables.\n")


def _mysql(password: str, host: str = "calendrier.example-cloud.fr") -> str:
    return f"## Import\n\n```sh\nmysql -h {host} -u admincal -p{password} collectes < seed.sql\n```\n"


def _secrets(tmp_path, files, name):
    return judge(tmp_path, {**APP, **files}, [CHECK], name=name)[1][CHECK]


def test_a_password_option_in_a_pages_code_block_is_committed(tmp_path):
    r = _secrets(tmp_path, {"backend/scripts/README.md": _az(PASSWORD), "docs/import.md": _mysql(PASSWORD)}, "real")
    assert r["status"] == "fail", (r["message"], r["evidence"])
    places = {(e["path"], e["line"]) for e in r["evidence"]}
    assert ("backend/scripts/README.md", 9) in places and ("docs/import.md", 4) in places, places


def test_placeholders_local_servers_and_prose_stay_aside(tmp_path):
    files = {"backend/scripts/README.md": _az("<password>") + _az("$DB_PASSWORD") + _az("${ADMIN_PASSWORD}") + _az("xxx") + _az("changeme"),
             "docs/import.md": _mysql(PASSWORD, "localhost") + _mysql("<mot-de-passe>"),
             "docs/pdf.md": f"```bash\nqpdf --password={PASSWORD} --decrypt chiffre.pdf clair.pdf\n```\n",
             "docs/prose.md": f"Donnez l'option `--admin-password` suivie du mot de passe, par exemple --admin-password {PASSWORD} hors bloc.\n"}
    r = _secrets(tmp_path, files, "aside")
    assert r["details"]["strong"] == 0, (r["message"], r["evidence"])
    assert not any(e["path"] == "backend/scripts/README.md" for e in r["evidence"]), r["evidence"]

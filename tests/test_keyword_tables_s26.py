"""A classifier's keyword table and a JSON Schema's enum name topics, they use nothing (issue 12, session 26 fixer c26; reader s25
o4: betagouv/gitscan, whose scripts/analyze_labels.py sorts the labels of scanned repositories with 190 lines of keywords —
"authentif", "oidc", "saml", / "=gtfs", "=netex", "postgis", / "proconnect", "matomo" — and whose schemas/repository.schema.json
lets a repository's auth methods be "oauth2" or "saml", was judged as signing people in by OpenID Connect, using ProConnect and
Matomo, and publishing GTFS).

Lines of quoted words only, in a code file holding at least 50 lines of three or more (a keyword table), and the values of a JSON
Schema's "enum" arrays are left out of the text scan (a territory's values excepted). A short list of words in code (a handful of
OAuth scopes, formats) is still read.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TOPICS = ["gestion des demandes", "suivi des dossiers", "tableau de bord", "export", "recherche", "notifications", "agenda",
          "formulaires", "signature", "messagerie"]


def classifier(rows: int) -> str:
    lines = ["import csv\n", "\n", "RULES = [\n", '    ("Authentification",\n', '     ["authentif", "login", "connexion", "oidc", "oauth", "saml",\n',
             '      "proconnect", "franceconnect", "=sso"]),\n', '    ("Mesure d\'audience",\n', '     ["matomo", "statistiques", "=analytics"]),\n',
             '    ("Transport",\n', '     ["=gtfs", "=netex", "postgis", "=geojson"]),\n']
    for i in range(rows):
        lines.append(f'    ("Thème {i}", ["{TOPICS[i % 10]} {i}", "{TOPICS[(i + 1) % 10]}", "{TOPICS[(i + 2) % 10]}"]),\n')
    lines += ["]\n", "\n", "\n", "def rows(path):\n", "    with open(path) as f:\n", "        return list(csv.DictReader(f))\n"]
    return "".join(lines)


SCHEMA = ('{\n  "$schema": "http://json-schema.org/draft-07/schema#",\n  "type": "object",\n  "properties": {\n    "auth": {\n'
          '      "type": "array",\n      "items": {\n        "type": "string",\n        "enum": [\n          "email-password",\n'
          '          "oauth2",\n          "saml",\n          "openid-connect"\n        ]\n      }\n    }\n  }\n}\n')


def site(table: str) -> dict:
    return {"README.md": "# Repository catalogue\n\nA site browsing the repositories of public bodies, sorted by theme.\n",
            "web/package.json": '{"name": "catalogue", "private": true, "dependencies": {"next": "15.0.0", "react": "19.0.0"}}\n',
            "web/package-lock.json": '{"name": "catalogue", "lockfileVersion": 3, "packages": {}}\n',
            "web/src/app/page.tsx": "export default function Page() {\n  return <main><h1>Dépôts</h1></main>;\n}\n",
            "scripts/classify.py": table, "schemas/repository.schema.json": SCHEMA}


CHECKS = ["interoperability.auth", "interoperability.public-building-blocks"]


def cited(res: dict) -> set[str]:
    return {e.get("path") for r in res.values() for e in r["evidence"] if e.get("path")}


def test_a_keyword_table_and_a_schema_enum_are_no_use(tmp_path):
    _, res = judge(tmp_path, site(classifier(50)), CHECKS)
    # (were: auth warn 7, "standard authentication (OpenID Connect/OAuth2/SAML/CAS)", and ProConnect, Matomo among the building
    # blocks, all cited from scripts/classify.py and schemas/repository.schema.json)
    assert not cited(res) & {"scripts/classify.py", "schemas/repository.schema.json"}, cited(res)
    assert res["interoperability.auth"]["status"] != "pass" and not res["interoperability.auth"]["message"]["en"].startswith("Standard"), \
        res["interoperability.auth"]["message"]


def test_a_short_list_of_words_is_still_read(tmp_path):
    _, res = judge(tmp_path, site(classifier(10)), CHECKS)
    assert "scripts/classify.py" in cited(res), cited(res)

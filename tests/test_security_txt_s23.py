"""facts.files.security and documentation.community-files (issue 12, session 23 reader n3, BaseAdresseNationale/mes-adresses):
a web application publishing its security contact as `public/.well-known/security.txt` (RFC 9116: Contact, Expires, Policy)
was said to have no security policy. The site's security.txt, at most three folders down, is its security file when no
SECURITY.md exists; a SECURITY.md stays the one named."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CF = "documentation.community-files"
SECURITY_TXT = ("Contact: mailto:securite@exemple.gouv.fr\nExpires: 2027-12-31T23:00:00.000Z\nPreferred-Languages: fr, en\n"
                "Policy: https://exemple.gouv.fr/securite\n")
APP = {"package.json": json.dumps({"name": "mes-adresses", "private": True, "scripts": {"dev": "next dev"},
                                   "dependencies": {"next": "14.2.0", "react": "18.3.0"}}, indent=2),
       "pages/index.js": "export default function Home() {\n  return <main>Mes adresses</main>\n}\n",
       "README.md": "# Mes adresses\n\nÉditeur de la Base Adresse Locale.\n"}


def test_the_sites_security_txt_is_its_security_file(tmp_path):
    report, res = judge(tmp_path, {**APP, "public/.well-known/security.txt": SECURITY_TXT}, [CF])
    assert report["facts"]["files"]["security"] == "public/.well-known/security.txt", report["facts"]["files"]
    assert "security" not in json.dumps(res[CF]["details"].get("missing") or []), res[CF]["message"]


def test_a_security_policy_file_stays_the_one_named(tmp_path):
    files = {**APP, "public/.well-known/security.txt": SECURITY_TXT, "SECURITY.md": "# Sécurité\n\nSignalez une faille à securite@exemple.gouv.fr.\n"}
    report, _ = judge(tmp_path, files, [CF])
    assert report["facts"]["files"]["security"] == "SECURITY.md", report["facts"]["files"]
    report, _ = judge(tmp_path, APP, [CF], name="none")
    assert report["facts"]["files"]["security"] is None, report["facts"]["files"]

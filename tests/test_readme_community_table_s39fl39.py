"""documentation.readme, documentation.readme-sections (issue 12, s39 fl39 = reader mb39's govpf/pwshare): the README is an
organisation's default-files template left as it is, a title and a table saying what CODE_OF_CONDUCT.md, CONTRIBUTING.md,
SECURITY.md and SUPPORT.md are for; its cell "Ce fichier définit des normes d'engagement dans la communauté." was taken as the
project's description (readme pass 8.0) and as its purpose section. Rule now: a table cell of a row led by a file's name tells of
that file, not of the project: no description; a row led by a community file's name gives no section. Near miss: a README whose
paragraph describes the project, above a table of its files, keeps that paragraph as its description."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["documentation.readme", "documentation.readme-sections"]
TABLE = """| Nom du fichier     | A quoi sert ce fichier ?                                                   |
| ------------------ | -------------------------------------------------------------------------- |
| CODE_OF_CONDUCT.md | Ce fichier définit des normes d'engagement dans la communauté.              |
| CONTRIBUTING.md    | Ce fichier indique comment vous pouvez contribuer à ce dépôt et aux autres. |
| SECURITY.md        | Ce fichier donne des instructions pour signaler une vulnérabilité de sécurité. |
| SUPPORT.md         | Ce fichier permet aux contributeurs de savoir comment obtenir de l'aide.    |
"""
FILES = {"README.md": "# Définition des fichiers normatifs par défaut\n\n" + TABLE,
         "CODE_OF_CONDUCT.md": "# Code de conduite\n\nSoyez respectueux.\n",
         "main.go": 'package main\n\nfunc main() {}\n', "go.mod": "module example.org/partage\n\ngo 1.16\n"}


def test_a_table_of_the_community_files_is_no_description(tmp_path):
    _, r = judge(tmp_path, FILES, CHECKS, name="table")
    readme = r["documentation.readme"]
    assert readme["status"] != "pass" and not any("normes d'engagement" in str(e.get("value")) for e in readme["evidence"]), readme
    sections = r["documentation.readme-sections"]
    assert "purpose" not in str([e.get("value") for e in sections["evidence"] if e.get("kind") == "found"]), sections["evidence"]


def test_a_described_project_above_its_files_table_keeps_its_description(tmp_path):
    readme = ("# Partage\n\nPartage est une application web qui transmet un mot de passe par un lien limité en jours et en vues.\n\n"
              + TABLE)
    _, r = judge(tmp_path, {**FILES, "README.md": readme}, CHECKS, name="described")
    assert any("transmet un mot de passe" in str(e.get("value")) for e in r["documentation.readme"]["evidence"]), r["documentation.readme"]
    assert "purpose" in str([e.get("value") for e in r["documentation.readme-sections"]["evidence"]]), r["documentation.readme-sections"]["evidence"]

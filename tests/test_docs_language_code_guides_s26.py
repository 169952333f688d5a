"""documentation.language (issue 12, session 26, fixer b26 on GIP-RECIA/Application-mobile-POC): the repository has no
documentation folder; its written documentation is two French guides beside the code (netocentre_login_poc/mediacentre.md:
"## Fonctionnement global", "## Attributs utilisateurs"), which documentation.docs already counts as its documentation, but the
language sample read only the English READMEs: "README in English only". With no documentation folder, the guides beside the code
are read for their language (their chapters judge nothing more): "README in English, but documentation in French". With a
documentation folder, its pages alone are sampled, as before."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

LIB = "import 'package:flutter/material.dart';\n\nvoid main() {\n  runApp(const MaterialApp(home: Text('ENT')));\n}\n"
README = ("# Mobile application\n\n## Description\n\nThe mobile application of the digital workspace for schools: it signs the user in, "
          "lists the favourite resources and opens them.\n\n## Install\n\nInstall Flutter, then fetch the dependencies of the app "
          "with the following command and run it on a phone or an emulator.\n\n```\nflutter pub get\nflutter run\n```\n")
GUIDE = ("# Médiacentre\n\n## Fonctionnement global\n\n" + "Le médiacentre est une application qui permet à un utilisateur d'accéder à "
         "ses ressources numériques éducatives, fournies principalement par le gestionnaire d'accès aux ressources. " * 6 +
         "\n\n## Attributs utilisateurs\n\nLes attributs de l'utilisateur sont lus dans le jeton transmis par le portail de l'établissement, "
         "puis envoyés au service qui renvoie la liste des ressources.\n")
FILES = {"README.md": README, "app/pubspec.yaml": "name: app\ndependencies:\n  flutter:\n    sdk: flutter\n", "app/lib/main.dart": LIB,
         "app/mediacentre.md": GUIDE, "app/favoris.md": GUIDE.replace("# Médiacentre", "# Ressources favorites")}


def language(tmp_path, files):
    report, res = judge(tmp_path, files, ["documentation.language"])
    return report["facts"]["docs"], res["documentation.language"]


def test_french_guides_beside_the_code_are_the_documentations_language(tmp_path):
    docs, r = language(tmp_path, FILES)
    assert "fr" in docs["languages"] and docs["file_languages"].get("app/mediacentre.md") == "fr", docs
    assert "but documentation in French" in r["message"]["en"], r["message"]  # was "README in English only"
    assert r["status"] == "warn" and r["score"] == 6


def test_with_a_documentation_folder_its_pages_are_the_sample(tmp_path):
    guide = "# User guide\n\n" + "Open the application, sign in with the school account and pick a resource in the list of favourites. " * 8
    docs, r = language(tmp_path, {**FILES, "docs/user-guide.md": guide, "docs/install.md": guide.replace("# User guide", "# Install")})
    assert "app/mediacentre.md" not in docs["file_languages"], docs
    assert "README in English only" in r["message"]["en"], r["message"]

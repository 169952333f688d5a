"""Architecture written under other chapter titles (issue 12, session 25 reader o3 R2, GIP-RECIA/Application-mobile-POC):
documentation.docs said "missing: architecture" though the README's "## Structure" chapter names the repository's parts and what
each does over a drawn tree. A bare "Structure" over the repository's layout (a tree, or folders named), "Structure du dépôt" (the
layout already counted as "Structure du projet" / "Project structure") and "Fonctionnement global / général" are architecture
chapters; a bare "Structure" over a file's columns, "Structure des données" and a bare "Fonctionnement" are not."""

from __future__ import annotations

import pytest

from tests.test_local_authority_verdicts import judge

LIB = "import 'package:flutter/material.dart';\n\nvoid main() {\n  runApp(const MaterialApp(home: Text('ENT')));\n}\n"
TREE = "\n    .\n    ├── proto_app/\n    └── proto_connexion/\n"
FOLDERS = "- `proto_app/` : les écrans de l'application ;\n- `proto_connexion/` : la connexion à l'API.\n"
COLUMNS = "| Colonne | Type |\n|---|---|\n| code_insee | texte |\n| population | entier |\n"


def repo_files(readme_chapter: str, body: str = TREE) -> dict[str, str]:
    return {"README.md": ("# Application mobile\n## Description\nApplication mobile de l'espace numérique.\n\n"
                          f"## {readme_chapter}\n\nLe dépôt contient deux prototypes, l'un teste la connexion à l'API, l'autre assemble les "
                          f"écrans de l'application.\n{body}\n## Install\n\n```\nflutter pub get\n```\n"),
            "proto_connexion/pubspec.yaml": "name: proto_connexion\ndependencies:\n  flutter:\n    sdk: flutter\n",
            "proto_connexion/lib/main.dart": LIB,
            "proto_app/pubspec.yaml": "name: proto_app\ndependencies:\n  flutter:\n    sdk: flutter\n",
            "proto_app/lib/main.dart": LIB}


def missing(tmp_path, files) -> tuple[list[str], str]:
    _, res = judge(tmp_path, files, ["documentation.docs"])
    return res["documentation.docs"]["details"]["missing"], res["documentation.docs"]["message"]


@pytest.mark.parametrize("chapter,body", [("Structure", TREE), ("📂 Structure", FOLDERS), ("Structure du dépôt", ""),
                                          ("Fonctionnement global", ""), ("Principe de fonctionnement", "")])
def test_layout_and_overall_working_chapters_are_architecture(tmp_path, chapter, body):
    miss, msg = missing(tmp_path, repo_files(chapter, body))
    assert "architecture" not in miss, msg


@pytest.mark.parametrize("chapter,body", [("Structure", COLUMNS), ("Structure", ""), ("Structure des données", TREE),
                                          ("Fonctionnement", TREE), ("Contenu", TREE)])
def test_other_chapters_are_no_architecture(tmp_path, chapter, body):
    miss, msg = missing(tmp_path, repo_files(chapter, body))
    assert "architecture" in miss, msg


def test_a_guides_structure_over_a_tree_is_architecture(tmp_path):
    files = {**repo_files("Contenu", ""), "docs/guide.md": f"# Guide\n\n## Structure\n{TREE}\n## Usage\n\nLancer l'application.\n",
             "docs/usage.md": "# Usage\n\nOuvrir l'application et se connecter.\n"}
    miss, msg = missing(tmp_path, files)
    assert "architecture" not in miss, msg

"""README description (issue 12, s31 a31, proactive review): "Vous pouvez trouver le site complet sur https://…" tells where to see
the site, and two links cut by a dash ("Historique des mises à jour - Reporter un bug") are a bar of links: neither says what the
project is; the paragraph after them does."""

from __future__ import annotations

from auditor.facts.readme import analyse


def test_where_to_find_the_site_is_no_description():
    text = ("# BASE DOCUMENTAIRE - SERVICE SIG\n\n"
            "Vous pouvez trouver le site complet sur [https://example.github.io/base-documentaire/](https://example.github.io/base-documentaire/)\n\n"
            "## Résumé\n\nBienvenue sur le site de partage de la base documentaire du service SIG de l'agglomération.\n")
    assert analyse(text, "README.md")["description"]["line"] == 7


def test_two_links_cut_by_a_dash_are_no_description():
    text = ('<p align="center">\n <a href="https://example.org/releases">Historique des mises à jour</a> - '
            '<a href="https://example.org/issues/new">Reporter un bug</a>\n</p>\n\n'
            "Mon Diagnostic Artificialisation aide les collectivités à analyser et maîtriser la consommation d'espaces de leur territoire.\n")
    result = analyse(text, "README.md")
    assert result["description"]["text"].startswith("Mon Diagnostic"), result["description"]


def test_a_sentence_with_two_links_stays():
    text = ("# Outil\n\nUn outil de cartographie des [lieux d'inclusion](https://example.org/lieux) fondé sur le "
            "[référentiel national](https://example.org/ref) des structures.\n")
    assert analyse(text, "README.md")["description"]["line"] == 3

"""A "Problèmes et suggestions" chapter sending people to the issue tracker is the contact channel (issue 12, s21 k13, reader m2;
shaped like a regional GIS platform's README: "### Problèmes et suggestions" over "créez un ticket dans l'onglet Issues"). A
"Problèmes connus" chapter listing limitations is no contact."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# foncier-tableau\n\nTraitements SQL qui alimentent le tableau de bord de suivi de la consommation foncière.\n\n"
        "### Installation\n\n```\ngit clone https://exemple.org/foncier-tableau.git\n```\n\n")


def _sections(text: str) -> set[str]:
    return set(analyse(text, "README.md")["sections"])


def test_a_problems_and_suggestions_chapter_is_the_contact():
    text = HEAD + ("### Problèmes et suggestions\n\nPour signaler une anomalie ou proposer une amélioration, créez un ticket dans l'onglet "
                   "`Issues` : [Tickets](https://exemple.org/foncier-tableau/issues)\n")
    assert "contact" in _sections(text)  # was missing


def test_a_known_problems_chapter_is_no_contact():
    text = HEAD + "### Problèmes connus\n\nLes communes fusionnées après 2020 ne sont pas encore prises en compte.\n"
    assert "contact" not in _sections(text)

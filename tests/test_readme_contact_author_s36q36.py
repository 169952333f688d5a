"""Session 36 (q36), README facts found wrong by reader r18c.

A README closing on "## Author" over the author's name and forge profile ("Do HUYNH ([@huynhdoo](https://github.com/…))",
mission-apprentissage/sirius-ml) gave no contact: the heading words knew the plural "Authors", "Auteurs", "Maintainers" only. The
singular names the same people; a chapter of them counts as the contact when it gives a way to reach them (an address, a link,
a forge handle). An attribution with no channel ("# Auteur" over "DINUM 2025.", codegouvfr/floss-criteria) stays no contact; the
plural keeps its reading (the team's names under "## Auteurs"). Another heading holding the singular ("Note de l'auteur", "Droit
d'auteur", the copyright) is no contact. The texts are written for these tests, in the shape of those READMEs."""

from __future__ import annotations

import pytest

from auditor.facts.readme import analyse

HEAD = ("# OUTIL-ML\n\nOUTIL-ML is a machine learning repository providing tools to moderate and classify testimonies.\n\n"
        "## License\n\nThis project is licensed under the [GNU AGPL License](https://www.gnu.org/licenses/agpl-3.0.html).\n\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


@pytest.mark.parametrize("heading", ["Author", "Auteur", "Maintainer", "Mainteneur", "Autrice"])
def test_a_singular_author_heading_with_a_profile_is_the_contact(heading):
    found = _details(HEAD + f"## {heading}\n\nJean EXEMPLE ([@jexemple](https://github.com/jexemple))\n")
    assert found["contact"]["line"] == 9, found.get("contact")


def test_a_singular_author_heading_with_an_address_is_the_contact():
    found = _details(HEAD + "## Maintainer\n\nJean Exemple <jean.exemple@numerique.gouv.fr>\n")
    assert "contact" in found


@pytest.mark.parametrize("heading", ["Auteur", "Author", "Maintainer"])
def test_an_attribution_without_channel_is_no_contact(heading):
    found = _details(HEAD + f"# {heading}\n\nDINUM 2025.\n")
    assert "contact" not in found, found.get("contact")


def test_the_plural_with_a_profile_stays_the_contact():
    found = _details(HEAD + "## Authors\n\n- Jean Exemple ([@jexemple](https://github.com/jexemple))\n")
    assert "contact" in found


def test_the_plural_keeps_its_reading_without_channel():
    found = _details(HEAD + "## Auteurs\n\nMathilde Exemple - Cerema Occitanie\n")
    assert "contact" in found


@pytest.mark.parametrize("heading", ["Note de l'auteur", "Author guidelines", "Droit d'auteur"])
def test_another_heading_holding_the_singular_is_no_contact(heading):
    found = _details(HEAD + f"## {heading}\n\nJean Exemple ([@jexemple](https://github.com/jexemple))\n")
    assert "contact" not in found, found.get("contact")


def test_a_singular_label_without_channel_is_no_contact():
    assert "contact" not in _details(HEAD + "**Auteur :** Service SIG\n")
    assert "contact" in _details(HEAD + "**Auteur :** Service SIG (sig@ville.fr)\n")

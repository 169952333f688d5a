"""readme.sections contact (issue 12, s41 fd41 = reader rv41, InseeFr/Coleman-Back-Office): a "## Developers" chapter listing three
people with their e-mail addresses gave no contact: the role word was no contact heading word, and the people-list rule only re-labelled
a "Contributing" chapter. A chapter titled by the people's role alone (Developers, Développeurs, Maintainers, L'équipe…) that is only a
list of named people with their addresses is the contact. Near misses: the same heading over names without addresses, and a heading
that merely holds the word ("Developer guide") over items giving addresses, give no contact."""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import build, run_audit

CODE = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>collecte-back</artifactId>"
                   "<version>1.0</version></project>\n",
        "src/main/java/fr/exemple/CollecteApplication.java": "package fr.exemple;\n\npublic class CollecteApplication {\n"
                                                             "    public static void main(String[] args) {}\n}\n"}
HEAD = ("# Collecte Back Office\n\nBack office des campagnes de collecte : il gère les unités enquêtées et leurs relances.\n\n"
        "## Requirements\n\n- JDK 11\n- Maven 3\n\n## Install\n\n```shell\nmvn clean install\n```\n\n"
        "## Libraries used\n- spring-boot-web\n- postgresql\n\n")
PEOPLE = ("- Alice Martin (alice.martin@prestataire.fr)\n- Bruno Petit (bruno.petit@prestataire.fr)\n"
          "- Chloé Durand (chloe.durand@prestataire.fr)\n")
TAIL = "\n## License\nPlease check the LICENSE file\n"


def _sections(tmp_path, readme: str) -> list:
    return run_audit(build(tmp_path / "r", {**CODE, "README.md": readme}), tmp_path / "c",
                     ["documentation.readme-sections"])["facts"]["readme"]["sections"]


@pytest.mark.parametrize("heading", ["Developers", "Développeurs"])
def test_a_role_chapter_listing_people_with_addresses_is_the_contact(tmp_path, heading):
    assert "contact" in _sections(tmp_path, HEAD + f"## {heading}\n" + PEOPLE + TAIL)  # was absent


def test_the_same_heading_over_names_without_addresses_is_no_contact(tmp_path):
    names = "- Alice Martin\n- Bruno Petit\n- Chloé Durand\n"
    assert "contact" not in _sections(tmp_path, HEAD + "## Developers\n" + names + TAIL)


def test_a_heading_that_merely_holds_the_word_is_no_contact(tmp_path):
    guide = ("- Alice Martin (alice.martin@prestataire.fr)\n- Bruno Petit (bruno.petit@prestataire.fr)\n")
    assert "contact" not in _sections(tmp_path, HEAD + "## Developer guide\n" + guide + TAIL)

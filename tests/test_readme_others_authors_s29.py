"""A heading naming the authors of other works ("Auteurs de plugins liés à la qualité" over two QGIS plugin authors' pages, in a
resource list on geodata quality) is nobody to reach about the project: no contact (issue 12, s29 m29, reader r6b, CEREMA/quadogeo).
The project's own authors ("Auteurs", "Auteurs du projet") stay a contact."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# Qualité des données géographiques\n\nUne liste de ressources sur la qualité des données géographiques.\n\n"
        "## Plugins QGIS\n\n- [Topology checker](https://example.org/topology)\n\n")


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_the_authors_of_plugins_are_no_contact():
    found = _details(HEAD + "## Auteurs de plugins liés à la qualité\n\n- [Alex Santos](https://example.org/alex)\n"
                            "- [Harold Mercado](https://example.org/harold)\n")
    assert "contact" not in found, found.get("contact")


def test_the_projects_authors_stay_a_contact():
    found = _details(HEAD + "## Auteurs\n\n- Alice Martin, Cerema (alice.martin@cerema.fr)\n")
    assert found["contact"]["line"] > 0

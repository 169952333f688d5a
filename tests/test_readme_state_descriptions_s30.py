"""README description of State repositories (issue 12, s30 p30, reader r7b): a note on where the documentation lives ("La
documentation présente est disponibles sur le Github…", "The documentation is currently served on … pages") is no description; a
bar of links ("Navigation: **Client** | [Back-office][1] | [Pogues model][2]") is none; "**X** is a Python package that provides the
following features:" then the list says what it is; a paragraph of several sentences written as an HTML <h2> is a paragraph, the
description, not a heading."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _purpose(result):
    return next((d for d in result["section_details"] if d["name"] == "purpose"), None)


def test_a_note_on_where_the_documentation_lives_is_no_description():
    text = ("## L'API Judilibre\n\n_La documentation présente est disponibles sur le [Github du code source](https://example.org/src)_\n\n"
            "L'API Judilibre assure la publication des décisions rendues publiquement par la Cour de cassation.\n")
    result = analyse(text, "README.md")
    assert result["description"]["line"] == 5, result["description"]
    assert _purpose(result)["line"] == 5
    text = ("\nThe documentation is currently served on\n[the forge's pages](https://example.org/pages).\n\n\n"
            "The MeshTools package has originally been developed to share a common mesh data\nstructure with a flow simulation code.\n")
    result = analyse(text, "README.md")
    assert result["description"]["line"] == 6, result["description"]
    assert _purpose(result)["line"] == 6


def test_a_sentence_on_documentation_served_by_the_project_stays():
    text = "# Docserve\n\nThe documentation server is a small web service that renders the ministry's Markdown guides as HTML pages.\n"
    assert analyse(text, "README.md")["description"]["line"] == 3


def test_a_bar_of_links_is_no_description():
    text = ("# Pogues\n\nNavigation: **Client** | [Back-office][1] | [Pogues model][2]\n\n[1]: https://example.org/back\n"
            "[2]: https://example.org/model\n\n## Introduction\n\n"
            "Pogues is a tool that allow to design questionnaires with components that are structural and dynamic.\n")
    result = analyse(text, "README.md")
    assert result["description"]["line"] == 10, result["description"]


def test_a_sentence_with_pipes_stays_a_description():
    text = ("# Outil\n\nCet outil lit les fichiers CSV | JSON | XML des communes et publie les [jeux](https://example.org/a) de données "
            "sur le [portail](https://example.org/b) régional.\n")
    assert analyse(text, "README.md")["description"]["line"] == 3


def test_a_python_package_that_provides_a_list_is_described():
    text = ("# MFAI: Météo-France's AI Python package\n\n[![Unit Tests](https://github.com/o/r/actions/workflows/tests.yml/badge.svg)](https://github.com/o/r)\n\n"
            "**MFAI** is a Python package that provides the following features:\n- A variety of PyTorch neural network architectures\n"
            "- Various losses from the litterature\n\n# Installation\n\n```\npip install mfai\n```\n\n# Publishing\n\n"
            "This package is built then published to pypi.org by the github workflow release.yml when a tag is pushed.\n")
    result = analyse(text, "README.md")
    assert result["description"]["line"] == 5 and result["description"]["first"], result["description"]
    assert _purpose(result)["line"] == 5


def test_a_list_of_how_the_package_is_laid_out_stays_no_description():
    text = ("# Outil\n\nThis package is a Python package built as follows:\n- core\n- cli\n\n# Installation\n\n```\npip install outil\n```\n")
    assert analyse(text, "README.md")["description"] is None


def test_a_paragraph_written_as_a_heading_is_the_description():
    text = ("# territoires-ville.Hydrouti\n<h2>Le logiciel HYDROUTI est une boite à outils pour les projeteurs en assainissement, hydrologie "
            "et hydraulique. Logiciel développé au CERTU sous Visual Basic 6.0. Initialement vendu sous licence propriétaire et désormais "
            "diffusé en logiciel libre sous licence GPL. Ce logiciel n'est plus maintenu.</h2>\n\n"
            "A la 1ere ouverture d'un executable, une interface vous demandant un numéro de licence va s'ouvrir :\n")
    result = analyse(text, "README.md")
    assert result["description"]["line"] == 2, result["description"]
    assert _purpose(result)["line"] == 2
    assert all(h["line"] != 2 for h in result["headings"])


def test_a_long_one_sentence_heading_stays_a_heading():
    text = ("# Prescriptions\n\n## Règles de dénomination des objets de la base de données (hors données issues de producteurs "
            "officiels, des communes et des services de l'État en région)\n\nLes tables sont nommées en minuscules.\n")
    assert any(h["line"] == 3 for h in analyse(text, "README.md")["headings"])

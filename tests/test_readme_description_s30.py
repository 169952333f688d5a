"""README description (issue 12, s30 b30, readers s29 r6a, r6b, m21o4): a warning heading without a closing rule still covers its
text (the banner closed by "---" is s30 a30's); a sentence that
ends on whom the makers partnered with ("…, l'ADEME s'est associée à beta.gouv.fr.") is provenance, the aim after it the description;
three words naming the kind of software under the title ("Metadata management API") say what it is; the first sentence of a late
first-level chapter ("# Maven profiles" after "# Prerequisites") is that chapter's, not the project's; a README titled as the
maintainers' guide ("# Maintaining this website") has no description, whatever its layouts' lines say."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _description(text: str):
    return analyse(text, "README.md")["description"]


def test_a_partnership_sentence_is_provenance_the_aim_is_the_description():
    text = ("# Territoires\n\nDans le cadre des programmes d'accompagnement des collectivités dans leurs démarches de transition "
            "écologique, l'[ADEME](https://www.ademe.fr/) s'est associée à [beta.gouv.fr](https://beta.gouv.fr/).\n\n"
            "L'objectif : Aider les collectivités à prioriser la mise en œuvre des actions les plus impactantes.\n")
    assert _description(text)["line"] == 5


def test_a_partnership_to_build_something_stays_the_description():
    text = ("# Territoires\n\nL'ADEME s'est associée à beta.gouv.fr pour créer un service numérique qui aide les collectivités "
            "à planifier leur transition écologique.\n")
    assert _description(text)["line"] == 3


def test_three_words_naming_the_kind_of_software_describe_it():
    found = _description("# Magma\nMetadata management API\n")
    assert found and found["line"] == 2, found
    assert _description("# Magma\nWork in progress\n") is None


def test_a_late_first_level_chapter_sentence_is_no_description():
    text = ("# VitamUI\n# Prerequisites\n## Tools\n- Install JDK version >= 8\n- Install Maven\n\n"
            "## Configuration\n- Clone project and change ownership: `sudo chown -R $USER vitam-ui/`\n\n"
            "# Maven profiles\nWithout a profile, only the Java projects of the repository are built.\n")
    assert _description(text) is None


def test_a_late_first_level_chapter_naming_the_project_stays():
    text = ("# VitamUI\n# Prerequisites\n## Tools\n- Install JDK version >= 8\n- Install Maven\n\n"
            "# Notes\nVitamUI is the web interface of the archiving system, for archivists and administrators.\n")
    assert _description(text)["line"] == 8


def test_a_maintainers_guide_has_no_description():
    text = ("# Maintaining this website\n\nMarkdown: http://example.org/markdown.html\n\n## Layouts\n\n### default\n\nFront page.\n\n"
            "### section\n\nSimilar to a page, but with a modified breadcrumb and title structure.\n")
    result = analyse(text, "README.md")
    assert result["description"] is None, result["description"]
    assert "purpose" not in result["sections"]
    text = ("# Site de la commune\n\nLe site internet de la mairie, publié avec Jekyll sur GitHub Pages pour les habitants.\n\n"
            "## Layouts\n\n### section\n\nSimilar to a page, but with a modified breadcrumb and title structure.\n")
    assert _description(text)["line"] == 3


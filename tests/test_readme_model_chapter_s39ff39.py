"""documentation.readme and readme-sections (issue 12, s39 ff39 = reader rc39, SofianeMohamedStd/Mairie-de-Willer-sur-Thur): a README
of two titles and a "# partie UML" chapter explaining the entities ("A choice represents the answer(s) that the user has chosen for a
given question…") had that sentence as the project's description and its "purpose" section, though the README never says what the
platform is for. A chapter on the data model (UML, modèle de données, entities, architecture) says what the entities are, not what
the project does. Near miss: a sentence under the title keeps being the description."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

UML = ("# partie UML\n\nA choice represents the answer(s) that the user has chosen for a given question. From this description we can "
       "deduce two pieces of information :\n- A choice is linked to a question.\n- A question is related to several choices.\n\n"
       "Between the entity of choice and question, we have a ManyToOne relationship.\n")
CODE = {"composer.json": '{"type": "project", "require": {"php": ">=7.4", "symfony/framework-bundle": "5.2.*"}}\n',
        "src/Entity/Choice.php": "<?php\n\nnamespace App\\Entity;\n\nclass Choice\n{\n    private $question;\n}\n"}
CHECKS = ["documentation.readme", "documentation.readme-sections"]


def test_a_uml_chapter_s_first_sentence_is_no_description(tmp_path):
    report, res = kind_and_results(tmp_path, {**CODE, "README.md": "# Platforme Citoyenne\n\n# Platforme Citoyenne\n\n" + UML}, CHECKS)
    sections = res["documentation.readme-sections"]
    assert not any("purpose" in str((e.get("note") or {}).get("en", "")) and e.get("line") for e in sections["evidence"]), sections["evidence"]
    assert "A choice represents" not in str(res["documentation.readme"]), res["documentation.readme"]


def test_a_sentence_under_the_title_stays_the_description(tmp_path):
    readme = "# Plateforme citoyenne\n\nUne plateforme de sondages pour les habitants de la commune, gérée par la mairie.\n\n" + UML
    report, res = kind_and_results(tmp_path, {**CODE, "README.md": readme}, CHECKS)
    assert "Une plateforme de sondages" in str(res["documentation.readme"]), res["documentation.readme"]

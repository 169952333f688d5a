"""README usage: "Conditions d'utilisation" (a data set's licence terms) is no usage of the project (issue 12, session 9's State facts:
etalab/schema-comptage-mobilites-channel's "## Conditions d'utilisation", the ODbL's terms, was its usage section)."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = "# Schéma des canaux de comptage\n\nSpécification du fichier d'échange des canaux de comptage des mobilités.\n\n"
TERMS = ("## Conditions d’utilisation\n\nLe fichier et ses mises à jour sont distribués sous la licence ODbL : vous pouvez le réutiliser "
         "librement tant que vous en mentionnez la source et repartagez les modifications dans les mêmes conditions.\n")


def sections(text: str) -> dict:
    return {d["name"]: d["text"] for d in analyse(text, "README.md")["section_details"]}


def test_terms_of_use_are_no_usage():
    assert "usage" not in sections(HEAD + TERMS)
    assert "usage" not in sections(HEAD + "## Terms of use\n\nThe data is published under the Open Licence 2.0; cite the source.\n")


def test_a_chapter_on_using_the_schema_stays_the_usage():
    s = sections(HEAD + "## Utilisation\n\nValidez votre fichier avec validata.fr avant de le publier sur transport.data.gouv.fr.\n\n" + TERMS)
    assert s["usage"] == "Utilisation"

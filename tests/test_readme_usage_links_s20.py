"""A link labelled "Utilisation" that leads to no usage document gives no usage section (issue 12, session 20 fixer f2, case 3).

The label named the topic, the link was the pointer, so "[Utilisation](https://service.example.fr)" (the site's home page) and
"Voir : [Utilisation](#utilisation)" with no such chapter in the README gave the usage section. A topic word that is only the label
of a link leading nowhere (an in-page anchor to no heading, nor to an <a name> anchor; the home page of a site that is no
documentation site) gives nothing, nor does a sentence whose only links are such dead anchors. Counterparts kept: a link to a usage
document in the repository (docs/utilisation.md), to a page of a site (…/aide/utilisation), to a documentation site's home
(docs.…), an anchor to a chapter that exists."""

from __future__ import annotations

import pytest

from tests.test_readme_state_s12 import readme_fact

HEAD = "# Atlas Parcelles\n\nAtlas Parcelles permet aux agents d'une intercommunalité de consulter et d'annoter le cadastre de leur territoire.\n\n"
TAIL = "## Installation\n\n```\nnpm ci\n```\n"


def _usage(tmp_path, line: str, tail: str = TAIL):
    fact = readme_fact(tmp_path, HEAD + line + "\n\n" + tail, {"docs/utilisation.md": "# Utilisation\n\nOuvrez la carte.\n"})
    return [(d["via"], d["line"]) for d in fact["section_details"] if d["name"] == "usage"]


@pytest.mark.parametrize("line", [
    "[Utilisation](https://atlas-parcelles.example.fr)",
    "[Guide d'utilisation](https://atlas-parcelles.example.fr/)",
    "Voir : [Installation](#installation) · [Utilisation](#utilisation) · [Contribuer](#contribuer)",
    "Pour l'utilisation, voir [ci-dessous](#utilisation).",
])
def test_a_link_leading_nowhere_gives_no_usage(tmp_path, line):
    assert _usage(tmp_path, line) == []


@pytest.mark.parametrize("line", [
    "[Utilisation](docs/utilisation.md)",
    "[Utilisation](https://atlas-parcelles.example.fr/aide/utilisation)",
    "[Utilisation](https://docs.atlas-parcelles.example.fr)",
    "Pour l'utilisation, voir [la documentation](https://atlas-parcelles.example.fr).",
])
def test_a_link_to_a_usage_document_still_gives_it(tmp_path, line):
    assert _usage(tmp_path, line) == [("sentence", 3 + 2)]


def test_an_anchor_to_an_existing_chapter(tmp_path):
    # the chapter exists: it is the section; the same line with a hand-set anchor is no dead link either
    assert _usage(tmp_path, "Voir : [Utilisation](#utilisation)", TAIL + "\n## Utilisation\n\nOuvrez la carte puis choisissez une parcelle.\n") == [("heading", 13)]
    assert _usage(tmp_path / "a", 'Voir : [Utilisation](#utilisation)', TAIL + '\n<a name="utilisation"></a>\nOuvrez la carte puis choisissez une parcelle.\n') == [("sentence", 5)]

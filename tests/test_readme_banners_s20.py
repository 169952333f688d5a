"""A banner at the top of a README is no purpose sentence (issue 12, session 20 fixer f2, case 1): a work-in-progress line
("🚧 Work in progress: …", "WIP - Ce dépôt est en cours de construction"), a notice that the repository moved ("Ce dépôt a
déménagé sur …", "This repository has moved to …") and a navigation bar of links with their icons ("🌐 Website · 📚
Documentation · 💬 Slack") say where the project stands or where to go, not what it is; an archived project's "merci de ne plus
y contribuer" is no contributing section. Each with the counterpart that still counts: the sentence below the banner that says
what the project does, a paragraph opening with another emoji, a project that helps households that moved."""

from __future__ import annotations

import pytest

from tests.test_readme_state_s12 import readme_fact

WHAT = "Tableau Vert aide les communes à suivre la consommation d'énergie de leurs bâtiments publics, mois après mois."
INSTALL = "## Installation\n\n```\npip install -e .\n```\n"


def _readme(tmp_path, banner: str, what: bool = True) -> dict:
    text = "# Tableau Vert\n\n" + banner + "\n\n" + (WHAT + "\n\n" if what else "") + INSTALL
    return readme_fact(tmp_path, text)


BANNERS = [
    "🚧 Work in progress: this tool is still being built and its data model changes every sprint, expect breaking changes.",
    "🚧 En construction : les écrans de saisie et les exports changent chaque semaine, ne pas utiliser en production.",
    "WIP - Ce dépôt est en cours de construction, les premières versions utilisables sortiront au printemps.",
    "Ce dépôt a déménagé sur la forge de l'administration : https://forge.exemple.gouv.fr/energie/tableau-vert",
    "This repository has moved to https://git.example.org/energy/tableau-vert and stays here read-only for its history.",
    '🌐 <a href="https://tableau-vert.example.org">Site</a> · 📚 <a href="https://docs.example.org">Documentation</a> · '
    '💬 <a href="https://chat.example.org">Salon</a>',
]


@pytest.mark.parametrize("banner", BANNERS)
def test_a_banner_is_no_purpose_the_sentence_below_it_is(tmp_path, banner):
    fact = _readme(tmp_path, banner)
    assert fact["description"]["text"] == WHAT, fact["description"]
    assert [d["line"] for d in fact["section_details"] if d["name"] == "purpose"] == [5]
    alone = _readme(tmp_path / "alone", banner, what=False)  # the banner alone: no purpose at all, never the banner
    assert alone["description"] is None and "purpose" not in alone["sections"], alone["description"]


def test_an_archived_projects_notice_is_no_contributing_section(tmp_path):
    banner = "⚠️ Ce dépôt est archivé : le code vit désormais sur https://forge.exemple.gouv.fr/energie/tableau-vert, merci de ne plus y contribuer."
    assert "contributing" not in _readme(tmp_path, banner)["sections"]
    # counterpart: a sentence inviting contributions still gives the section
    invite = "Pour contribuer, lisez le [guide de contribution](https://forge.exemple.gouv.fr/energie/tableau-vert/-/blob/main/GUIDE.md)."
    assert "contributing" in readme_fact(tmp_path / "invite", "# Tableau Vert\n\n" + WHAT + "\n\n" + INSTALL + "\n## Divers\n\n" + invite + "\n")["sections"]


@pytest.mark.parametrize("line", [
    "🚀 Tableau Vert aide les communes à suivre la consommation d'énergie de leurs bâtiments publics, mois après mois.",
    "Tableau Vert aide les familles ayant déménagé récemment à retrouver les aides énergie de leur nouvelle commune.",
    "Construction d'un tableau de bord qui aide les communes à suivre la consommation d'énergie de leurs bâtiments.",
])
def test_descriptions_that_look_alike_still_count(tmp_path, line):
    fact = readme_fact(tmp_path, "# Tableau Vert\n\n" + line + "\n\n" + INSTALL)
    assert fact["description"]["line"] == 3 and "purpose" in fact["sections"], fact["description"]

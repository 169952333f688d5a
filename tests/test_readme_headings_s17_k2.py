"""Session 17 (k2, reader a2): README headings and links misread.
- "## Organism-ws [![Build Status](…travis….svg)](…)": the badge's alternative text made the title an installation heading ("build").
- "### A propos de `awk`" under a chapter on sending messages with awk was the project's purpose; "# Histoire de ce `cli`" (what the
  tool was made for) was not.
- "Demo" links: a placeholder given as an example ("au format simple (ex : http://monsite.fr/?p=42)") and another tool's site in the
  chapter on that tool ("## Envoyer un fichier avec `privatebin`" … "une instance sur privatebin.info/directory/")."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _sections(text: str) -> dict:
    a = analyse(text, "README.md")
    return {d["name"]: d for d in a["section_details"]}, a


def test_a_badge_in_the_title_is_no_installation_heading():
    text = ("## Annuaire-ws [![Build Status](https://travis-ci.org/exemple/annuaire-ws.svg?branch=develop)](https://travis-ci.org/exemple/annuaire-ws)\n\n"
            "Service REST de l'annuaire des organismes publics du territoire, pour les applications du pays.\n\n"
            "### Usage\n\nAppeler `GET /organisms`.\n\n### Building the container\n\n```\ndocker build -t annuaire-ws .\n```\n")
    found, _ = _sections(text)
    assert found["install"]["line"] == 9, found["install"]


def test_about_another_tool_is_no_purpose_and_the_story_of_the_tool_is():
    text = ("# Texto\n\nEnvoyer des SMS depuis le terminal.\n\n## Envoi en masse avec `awk`\n\n### A propos de `awk`\n\n"
            "Comment développer un outil en ligne de commande sans intégration avec le légendaire awk ? Voyons comment envoyer des SMS en masse.\n\n"
            "## Histoire de ce `cli`\n\nCe dépôt était une première expérimentation pour créer un outil permettant d'envoyer des SMS depuis le terminal.\n")
    found, _ = _sections(text)
    assert found["purpose"]["line"] != 7, found["purpose"]
    about = analyse("# Texto\n\n## A propos de Texto\n\nTexto envoie des SMS depuis le terminal, pour les agents du service.\n", "README.md")
    assert any(d["name"] == "purpose" and d["via"] == "heading" for d in about["section_details"]), about["section_details"]
    story = analyse("# Texto\n\n## Usage\n\n`texto send`\n\n## Histoire de ce `cli`\n\nUne expérimentation pour envoyer des SMS depuis le terminal.\n", "README.md")
    assert any(d["name"] == "purpose" and d["line"] == 7 for d in story["section_details"]), story["section_details"]


def test_an_example_address_and_another_tools_site_are_no_demo():
    _, a = _sections("# Guide\n\n## FAQ\n\nSi les permaliens de votre site sont au format simple (ex : http://monsite.fr/?p=42), les liens du guide ne marchent pas.\n")
    assert a["demo"] is None, a["demo"]
    _, a = _sections("# Texto\n\n## Envoyer un fichier avec `privatebin`\n\n1. Disposer d'une instance à soi ou en choisir une sur "
                     "[privatebin.info/directory/](https://privatebin.info/directory/)\n")
    assert a["demo"] is None, a["demo"]
    # (the project's own instance still is)
    _, a = _sections("# Texto\n\nLe service est en ligne sur [texto.exemple.fr](https://texto.exemple.fr).\n")
    assert a["demo"] and a["demo"]["url"] == "https://texto.exemple.fr", a["demo"]

"""README words (issue 12, s29 o29, reader s29 r6a): "## Pre-requisites" (the hyphenated English spelling, MTES-MCT's ecobalyse-data) heads
the installation's prerequisites; "## Option" alone over a proxy's flags and REDIS_* variables (demarches-simplifiees' ds_proxy) is its
configuration, while "### Option 1 : avec Docker" stays one way among others; a greeting that only names the project ("Welcome to the
pass Culture Institutional project!") is no description when the next lines say what it is, the parts the repository holds and the site
they make included ("contains the following key components for the institutional site:"), not a bare layout ("the following folders:")."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _details(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_hyphenated_pre_requisites_is_install():
    found = _details("# eco-data\n\nProduce the input data required to make the application work from several databases.\n\n"
                     "## Pre-requisites\n\n- [Just](https://github.com/casey/just) to run project commands\n- uv to manage Python installs\n")
    assert found["install"]["line"] == 5


def test_bare_option_heading_is_configuration_numbered_options_are_not():
    head = ("# proxy\n\n## Contexte\n\nCe proxy HTTP chiffre en streaming les fichiers envoyés vers un stockage objet distant.\n\n"
            "## Installation\n\n```\ncargo build --release\n```\n\n")
    found = _details(head + "## Option\n\n### Write Once\n\nActivé avec `--write-once`, le délai est personnalisable via la variable "
                            "d'environnement `REDIS_TIMEOUT_WAIT`.\n")
    assert found["configuration"]["line"] == 13
    found = _details(head + "### Option 1 : avec Docker\n\nLancer `docker compose up` puis ouvrir le navigateur.\n\n"
                            "### Option 2 : sans Docker\n\nLancer `cargo run` dans le dossier.\n")
    assert "configuration" not in found, found.get("configuration")


def test_a_greeting_naming_the_project_is_no_description():
    greeting = "# pass Site\n\nWelcome to the **pass Site Institutional** project!\n\n"
    text = greeting + "This repository holds the public website of the institution, built with Next.js, and its content management system.\n"
    assert analyse(text, "README.md")["description"]["line"] == 5
    text = greeting + ("This repository contains the following key components for the institutional site:\n\n"
                       "- **`public_website`**: The frontend application built with **Next.js**.\n- **`cms`**: The backend powered by **Strapi**.\n\n"
                       "In addition, the project provides tools to streamline local development and testing against the testing backend.\n")
    assert analyse(text, "README.md")["description"]["line"] == 5


def test_a_layout_line_stays_no_description():
    text = ("# outils\n\nThis repository contains the following folders:\n\n- `src`: the code\n- `docs`: the documentation\n\n"
            "Les scripts calculent les indicateurs de consommation d'eau des communes à partir des relevés annuels.\n")
    assert analyse(text, "README.md")["description"]["line"] == 8


def test_a_greeting_saying_what_it_is_stays_the_description():
    text = ("# Pix Bot\n\nWelcome to Pix Bot, a Slack bot helping teams deploy their applications hosted on Scalingo.\n\n"
            "## Run locally\n\n`npm install`\n")
    assert analyse(text, "README.md")["description"]["line"] == 3

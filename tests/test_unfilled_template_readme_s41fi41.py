"""A hackathon template's README chapters left unfilled give no section (issue 12, s41 fi41 = reader ra41 on
gitreunion/datacup-challenge-les-pivots and -techtek-solutions).

The DataCup template's README kept "## Nom de l'équipe" (its label of the team's name) over the challenge chosen, "## Documentation"
over a presentation of the solution ("Notre solution répond à …"), "### Installation" over "[Guide d'installation](/INSTALL.md)" only,
INSTALL.md being the template's page of prompts ("List the dependencies…"), and "### Utilisation" over ">TODO / **documentation
d'utilisation de la solution**". documentation.readme-sections counted contact, usage and install; reusability.install counted the
link-only chapter as written steps. None is written: the part's README keeping the framework's steps (client/README.md, Nuxt's
"npm install") is what reusability.install cites, as generic steps.
Near misses: the name label over a team's address stays contact; a Documentation chapter linking the user guide stays usage; an
INSTALL.md with its commands stays install; a part's README of the team's own steps stays the project's steps.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

README = """# DataCup 2024 - Nom de l'équipe

Le DataCup est un événement où les compétences en données sont mises à l'honneur.

## Nom de l'équipe

{team}

## Documentation

{documentation}

### Installation

[Guide d'installation](/INSTALL.md)

### Utilisation

>TODO / **documentation d'utilisation de la solution**

### Licence

Le code est publié sous licence MIT.
"""
TEAM = "Notre équipe a choisi de répondre au défi des parcours de formation porté par deux partenaires du territoire."
TEAM_MAIL = "Notre équipe (parcours@equipe-exemple.fr) a choisi de répondre au défi des parcours de formation."
PRESENTS = ("Notre solution répond à des défis spécifiques en matière d'emploi. Elle consiste à clarifier les compétences recherchées "
            "et s'adresse aux apprenants comme aux organismes de formation.")
GUIDE = "Le guide d'utilisation pas à pas est dans [docs/guide.md](docs/guide.md)."
UNFILLED = """# Installation Guide

## Dependencies

List the dependencies necessary to the project so that it can run locally :
- language, libraries and packages
- how to install them

## Development

Indicate how to run the solution in development mode locally.

## Production

Indicate, if it exist, a documentation to run the solution in production mode.
"""
FILLED = """# Installation Guide

## Development

In the client folder, run:

```bash
npm install
npm run dev
```
"""
STARTER = """# Nuxt Minimal Starter

Look at the [Nuxt documentation](https://nuxt.com/docs/getting-started/introduction) to learn more.

## Setup

Make sure to install dependencies:

```bash
npm install
```

## Development Server

Start the development server on `http://localhost:3000`:

```bash
npm run dev
```

# Documentation

## Structure des données

Les formations sont rangées par numéro RNCP.
"""
OWN = """# Client

## Installation

Depuis ce dossier, installez les dépendances puis lancez le serveur :

```bash
npm ci
npm run dev
```
"""
PACKAGE = '{"name": "client", "private": true, "scripts": {"dev": "nuxt dev", "build": "nuxt build"}, "dependencies": {"nuxt": "^3.13.0"}}\n'
GUIDE_PAGE = "# Guide\n\nOuvrez la carte, choisissez une formation puis suivez le parcours proposé étape par étape.\n"


def _files(team=TEAM, documentation=PRESENTS, install=UNFILLED, part=STARTER) -> dict:
    files = {"README.md": README.format(team=team, documentation=documentation), "INSTALL.md": install,
             "client/package.json": PACKAGE, "client/app.vue": "<template><div /></template>\n", "docs/guide.md": GUIDE_PAGE}
    if part:
        files["client/README.md"] = part
    return files


def _sections(tmp_path, files) -> set:
    return set(check_result(tmp_path, files, "documentation.readme-sections")["details"]["found"])


def test_unfilled_template_chapters_give_no_install_usage_nor_contact(tmp_path):
    found = _sections(tmp_path, _files())
    assert not found & {"install", "usage", "contact"}, found
    assert {"purpose", "license"} <= found, found


def test_a_team_address_a_guide_link_and_written_steps_stay(tmp_path):
    found = _sections(tmp_path, _files(team=TEAM_MAIL, documentation=GUIDE, install=FILLED))
    assert {"install", "usage", "contact"} <= found, found


def test_the_parts_template_steps_are_cited_as_generic(tmp_path):
    r = check_result(tmp_path, _files(), "reusability.install")
    ev = [(e.get("path"), e.get("value")) for e in r["evidence"]]
    assert ("README.md", "install") not in ev, ev
    assert ("client/README.md", "npm install") in ev, ev
    assert "génériques" in r["message"]["fr"] and "client/README.md" in r["message"]["fr"], r["message"]
    assert r["status"] == "warn", r["message"]


def test_a_parts_own_steps_stay_the_projects(tmp_path):
    r = check_result(tmp_path, _files(part=OWN), "reusability.install")
    ev = [(e.get("path"), e.get("value")) for e in r["evidence"]]
    assert any(p == "client/README.md" and v != "npm ci" for p, v in ev), ev
    assert "génériques" not in r["message"]["fr"], r["message"]

"""README description and purpose taken from a line that is not the project's (issue 12, s28 a28 = s27 readers r3 and m19o2): a bold
"**Fonctionnalités :**" deep in a run chapter (a side dashboard's features), a GitHub alert typed without its "> " (a transfer
notice), an "## Overview" that only maps the folders, the first paragraph of "## Tests Cypress" and, the other way, a header list's
"* Description : …" item missed. What keeps its old reading: a label under the title, a chapter saying what the project does,
a folder's legend, a description before the test chapter."""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.test_local_authority_verdicts import judge

RUN_LABEL = """# Prélèvements Back

Ce projet vise à collecter, organiser et analyser les données de prélèvement d'eau provenant des téléservices.

## Installation

```
npm install
```

## Lancer l'application

### 4. Monitoring avec BullBoard (optionnel)

Si vous définissez la variable `BULLBOARD_PASSWORD`, un dashboard de monitoring sera disponible.

**Fonctionnalités :**
- Visualiser l'état des queues en temps réel
- Relancer manuellement des jobs échoués
"""

TOP_LABEL = """# Outil de suivi

**Fonctionnalités :**
- Visualiser les demandes des usagers
- Relancer les dossiers en retard

## Installation

```
npm install
```
"""

BARE_ALERT = """# MesAides est transféré
[!IMPORTANT]
- ⛔️ Ce projet n'est plus en développement actif depuis le 01/01/2026, consultez les dernières évolutions.
- ➡️ Le projet a été repris par l'administration porteuse de la politique publique. Il est à retrouver sur le site officiel.

# Informations sur le dépôt
## Le modèle de calcul
Ce dépôt publie le seul modèle ouvert et officiel des aides à la rénovation énergétique françaises, mis à jour chaque semaine.
"""

LIST_UNDER_TITLE = """# MesAides

- Ce dépôt publie le modèle ouvert et officiel des aides à la rénovation énergétique des logements.
- Il est mis à jour chaque semaine.
"""

FOLDERS = """# Fédération

ProConnect, l'accès pour les pros, validé par l'État

## Overview

This repository contains 3 main folders:

- docker: the custom docker environnement called "docker stack"
- back: the Node.js source code
- quality: the end-to-end tests

## Installation Guide

```
docker compose up
```
"""

OVERVIEW_PROSE = FOLDERS.replace("This repository contains 3 main folders:", "The federation lets agents sign in to public services with one account.\n\nIt holds 3 main folders:")
TREE = {"docker/compose.yml": "", "back/package.json": "{}", "quality/run.sh": ""}

TESTS_ONLY = """# Je donne mon avis

## Développement

```
cp .env.example .env
yarn dev
```

## Tests Cypress

Ce dépôt est configuré pour exécuter des tests via Cypress avant chaque merge sur les branches de production et de recette.
"""

ENT_HEADER = """# À propos de l'application stats

* Licence : [AGPL v3](http://www.gnu.org/licenses/agpl.txt) - Copyright Edifice
* Financeur(s) : Edifice
* Développeur(s) : Edifice
* Description : module d'affichage de statistiques.

# Notes d'utilisation

## Construction

`gradle copyMod`
"""


def _purpose(info):
    return next(((d["via"], d["line"]) for d in info["section_details"] if d["name"] == "purpose"), None)


def test_a_label_deep_in_a_run_chapter_is_no_purpose_but_one_under_the_title_is():
    assert _purpose(analyse(RUN_LABEL, "README.md")) == ("sentence", 3)
    assert _purpose(analyse(TOP_LABEL, "README.md")) == ("heading", 3)


def test_a_bare_alert_and_its_list_are_no_description():
    info = analyse(BARE_ALERT, "README.md")
    assert info["description"]["line"] == 8, info["description"]
    assert _purpose(info) == ("sentence", 8)
    assert analyse(LIST_UNDER_TITLE, "README.md")["description"]["line"] == 3  # (a list with no alert marker above it: still read)


def test_an_overview_listing_only_the_folders_is_no_purpose():
    assert _purpose(analyse(FOLDERS, "README.md", TREE)) == ("sentence", 3)
    assert _purpose(analyse(OVERVIEW_PROSE, "README.md", TREE)) == ("heading", 5)  # (it says what the project does)
    assert _purpose(analyse(FOLDERS, "README.md", {"src/app.js": ""})) == ("heading", 5)  # (names that are not the tree's folders)


def test_the_test_chapter_gives_no_description_and_the_readme_says_so(tmp_path):
    assert analyse(TESTS_ONLY, "README.md")["description"] is None
    described = TESTS_ONLY.replace("## Développement", "Recueille l'avis des usagers sur les démarches en ligne de l'administration.\n\n## Développement")
    assert analyse(described, "README.md")["description"]["line"] == 3
    res = judge(tmp_path, {"README.md": TESTS_ONLY, "package.json": '{"name": "avis"}'}, ["documentation.readme"])[1]["documentation.readme"]
    assert "no descriptive sentence" in res["message"]["en"], res["message"]


def test_a_description_field_of_the_header_list_is_the_description(tmp_path):
    info = analyse(ENT_HEADER, "README.md")
    assert info["description"] == {"text": "Description : module d'affichage de statistiques.", "line": 6, "first": True}
    legend = ENT_HEADER.replace("* Description : module d'affichage de statistiques.", "* src : module des sources.")
    assert analyse(legend, "README.md")["description"] is None  # (a folder's legend stays no description)
    res = judge(tmp_path, {"README.md": ENT_HEADER, "build.gradle": "apply plugin: 'java'\n"}, ["documentation.readme"])[1]["documentation.readme"]
    assert "no descriptive sentence" not in res["message"]["en"], res["message"]

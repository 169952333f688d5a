"""README description taken from a line that is not about the project (issue 12, s28 i28 = s28 reader r4a, MTES-MCT/aigle-api,
numerique-gouv/dimail-api, SocialGouv/mon-psy-sante, etalab-ia/piaf-ml): the <summary> of a folded SQL snippet, the text of a chapter
presenting one script, a transfer notice in a one-cell table led by ":exclamation:" (and a run chapter's line after it), who conducts
the project before what it is. What keeps its old reading: a description above those, a chapter's sentence about the project, a
paragraph that says what the project does after naming who carries it."""

from __future__ import annotations

from auditor.facts.readme import analyse

FOLDED = """# Aigle API

## Development

```
pip3 install -r requirements.txt
```

## Useful SQL queries

<details>
<summary>Custom zones — link detections to custom zones and their objects</summary>

```sql
insert into core_detectionobject_geo_custom_zones(detectionobject_id, geocustomzone_id) select 1, 2;
```
</details>
"""

SCRIPT = """# Provisioning API for openXchange

## Installation de l'environnement de dev

```
pip install -r requirements.txt
```

## Les outils pour tester

### Le script start-dev.sh

Ce script se charge de lancer toute l'application dans un environnement correct, à savoir :
- détecter si vous utilisez podman ou docker
- lancer `uvicorn` avec les bonnes options
"""

NOTICE_TABLE = """# Mon soutien psy

| :exclamation:  Projet transféré à la CNAM |
|-------------------------------------------|

https://www.ameli.fr/assure/remboursements/rembourse/seances-avec-un-psychologue

## Run locally

```
docker-compose up
```

## Fetch data from démarches simplifiées

If a docker has been run with seed data, first clear it

```
docker-compose down
```
"""

PROVENANCE = """# PIAF ML
This project is conducted by the [Lab IA](https://www.etalab.gouv.fr/) at [Etalab](https://www.etalab.gouv.fr/).
The aim of the Lab IA is to help the french administration to modernize its services by the use of modern AI techniques.

#### -- Project Status: [Active]
## PIAF
PIAF is an Opensource project aiming at providing the community with an easily activable French Question Answering Solution.

## Getting Started for development

```
pip install -r requirements.txt
```
"""


def _purpose(info):
    return next(((d["via"], d["line"]) for d in info["section_details"] if d["name"] == "purpose"), None)


def test_a_folded_snippets_summary_is_no_description():
    assert analyse(FOLDED, "README.md")["description"] is None
    described = FOLDED.replace("## Development", "Détecte l'artificialisation des sols à partir des images aériennes de l'IGN.\n\n## Development")
    assert analyse(described, "README.md")["description"]["line"] == 3


def test_a_scripts_chapter_gives_no_description():
    assert analyse(SCRIPT, "README.md")["description"] is None
    about = SCRIPT.replace("### Le script start-dev.sh", "### Présentation").replace("Ce script se charge", "Cette application se charge")
    assert analyse(about, "README.md")["description"]["line"] == 13  # (a chapter whose sentence is about the project: still read)


def test_a_transfer_notice_in_a_table_and_a_run_chapters_line_are_no_description():
    info = analyse(NOTICE_TABLE, "README.md")
    assert info["description"] is None, info["description"]
    assert _purpose(info) is None
    plain = NOTICE_TABLE.replace(":exclamation:  Projet transféré à la CNAM", "Annuaire des psychologues du dispositif Mon soutien psy")
    assert analyse(plain, "README.md")["description"]["line"] == 3  # (a table cell saying what the project is: still read)
    named = NOTICE_TABLE.replace("If a docker has been run with seed data, first clear it",
                                 "Mon soutien psy rembourse les séances chez un psychologue partenaire à tous les patients orientés par leur médecin.")
    assert analyse(named, "README.md")["description"] == {"text": named.splitlines()[15], "line": 16, "first": False}  # (late, but on the project by its name)


def test_who_conducts_the_project_is_no_description():
    info = analyse(PROVENANCE, "README.md")
    assert info["description"]["line"] == 7 and info["description"]["text"].startswith("PIAF is an Opensource project"), info["description"]
    carried = PROVENANCE.replace("This project is conducted by", "This project, conducted by").replace(").\nThe aim of the Lab IA is",
                                                                                                  "), aims")
    assert analyse(carried, "README.md")["description"]["line"] == 2  # (it says what the project does: its description)

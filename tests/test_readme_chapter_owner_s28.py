"""README sections taken from a heading that belongs to another chapter, or missed in one (issue 12, session 28 fixer b28; readers
s27 r3: incubateur-ademe/nosgestesclimat-server, CEREMA/geremi_batch).

nosgestesclimat-server's README: "#### API" under "## Conventions" > "### Code" says "L'API est développée en MVC standard" (the
contributors' rules for that part of the code) and was the usage by the word "api"; then "Pour l'utiliser en local, cloner ce repo et
créer un fichier .env …" under "## Pré-requis" (a step of the set-up) was. Neither is a use of the service.
geremi_batch's README: "**Exécution du batch :**" inside "## 1. Prérequis" then `java -jar target/….jar` is how the batch is run:
its usage, though a run word inside an installation chapter is otherwise a step of it.
Kept: "### Utilisation" under "## Contribuer" is still the use; "### API" under "## Documentation" still gives usage; "**Lancer :**"
under "## Installation" stays a set-up step.
"""

from __future__ import annotations

from auditor.facts.readme import analyse

CONVENTIONS = """# api-server

Une application express qui gère l'API du simulateur.

## Pré-requis

Ce projet utilise node et docker.

Pour l'utiliser en local, cloner ce repo et créer un fichier .env contenant les variables contenues dans le fichier `.env.development`.

## Conventions

### Git

- Chaque PR doit être ouverte vers la branche de `preprod`.
- Toutes les Pull requests sont squash

### Code

#### API

L'API est développée en MVC standard.

- Les controllers sont organisés par features et exposent des routes par version dans l'URL.
- Les services gèrent la logique business
"""

BATCH = """# Batch d'import des données pour l'application

## 1. Prérequis :

La machine sur laquelle le batch sera installé devra avoir au minimum 16Go de RAM. PostgreSQL et Java 17 doivent être installés.

**Installation de la base de test :**

Créer une nouvelle base de données sur une instance postgres

**Exécution du batch :**

Dans le répertoire de votre choix, copier le jar target/import-batch-0.0.1-SNAPSHOT.jar.

Pour exécuter le batch : se positionner dans le répertoire où il a été installé et exécuter la commande :

java -jar target/import-batch-0.0.1-SNAPSHOT.jar

## 2. Fonctionnement détaillé du batch

### 2.1. Récupération du fichier source

On récupère le fichier source à l'emplacement spécifié dans application.properties.
"""


def _usage(text: str) -> list[dict]:
    return [d for d in analyse(text, "README.md")["section_details"] if d["name"] == "usage"]


def test_a_heading_under_the_conventions_chapter_is_no_usage():
    out = analyse(CONVENTIONS, "README.md")
    assert "usage" not in out["sections"], out["section_details"]
    assert "contributing" in out["sections"] and "install" in out["sections"]


def test_the_use_named_under_a_contributing_chapter_stays():
    text = CONVENTIONS.replace("#### API\n", "#### Utilisation de l'API\n")
    assert [d["line"] for d in _usage(text)] == [text.splitlines().index("#### Utilisation de l'API") + 1]


def test_an_api_chapter_of_its_own_stays_usage():
    text = CONVENTIONS.replace("## Conventions\n", "## Documentation\n").replace("### Git", "### Branches").replace("### Code\n", "")
    assert _usage(text), analyse(text, "README.md")["section_details"]


def test_running_the_batch_inside_the_prerequisites_is_its_usage():
    assert [(d["line"], d["text"]) for d in _usage(BATCH)] == [(BATCH.splitlines().index("**Exécution du batch :**") + 1, "Exécution du batch")]
    assert "install" in analyse(BATCH, "README.md")["sections"]


def test_a_bare_run_label_in_the_installation_stays_a_step():
    text = BATCH.replace("**Exécution du batch :**", "**Lancer :**").replace("## 2. Fonctionnement détaillé du batch", "## 2. Détails")
    assert not _usage(text), analyse(text, "README.md")["section_details"]

"""README sections read from text that gives none (issue 12, session 27 fixer p27; measure 18 readers o1 and o3:
DevPAM/pastell-ponts-api, entrepreneur-interet-general/opencollectivites, jdev-org/sync-remocra).

- "* Nodejs pour le développement, avec pour objectif l'utilisation de librairies utilisées et maintenues" under "## Technologies" was
  the usage: the use of libraries is the stack's choice, not how to use the project.
- "- **config** : le projet Django proprement dit", "- **docs** : la documentation du projet" under "### Structure du dépôt" were the
  configuration and the usage: a list item labelled with one of the repository's folders presents that folder.
- "Puis on configure la commande dans le fichier .vscode/settings.json" under "## Formatage de code" / "### Visual Studio" was the
  configuration: a code-formatting chapter sets up the developers' editor, not the project.
Kept: "- **Configuration** : …" with no such folder, a real "## Utilisation" chapter, "l'utilisation de l'API" in a sentence.
"""

from __future__ import annotations

from auditor.facts.readme import analyse


def sections(text: str, files=()) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md", list(files))["section_details"]}


STACK = """# Pastell-Ponts
Ce projet a pour objectif d'envoyer des dossiers vers leurs flux documentaires grâce à l'application Pastell.

## Technologies
Cette application n'utilise que des technologies libres d'accès tel que:
* [Nodejs](https://nodejs.org/fr/ "Nodejs") pour le développement, avec pour objectif notemment l'utilisation de librairies utilisées et maintenues tes que (expressJs).
* [MySQL](https://www.mysql.com/fr/ "MySQL") pour la base de données.
"""


def test_use_of_libraries_is_no_usage():
    assert "usage" not in sections(STACK)


def test_use_of_the_api_still_usage():
    text = STACK + "\nPour l'utilisation de l'API, voir [le guide](docs/guide.md).\n"
    assert sections(text, ["docs/guide.md", "README.md"])["usage"]["line"] == 9


LAYOUT = """# Open Collectivités

Open Collectivités est un portail web visant à simplifier l'accès aux informations statistiques des collectivités locales.

### Structure du dépôt
En plus des applications déjà citées, le dépôt contient les répertoires suivants :
- **config** : le projet Django proprement dit
- **devops** : scripts de maintenance, et fichiers de configuration pour NGINX et Gunicorn
- **docs** : la documentation du projet

## Installation
- Voir la [documentation dédiée](INSTALL.md).
"""
FILES = ["README.md", "INSTALL.md", "config/settings.py", "devops/nginx.conf", "docs/schema.png", "manage.py"]


def test_folder_list_items_give_no_section():
    found = sections(LAYOUT, FILES)
    assert "configuration" not in found and "usage" not in found
    assert found["install"]["line"] == 11


def test_label_naming_no_folder_kept():
    text = LAYOUT.replace("- **config** :", "- **Configuration** :")
    assert sections(text, FILES)["configuration"]["line"] == 7


FORMATTER = """# Synchronisation Remocra

Objet : synchronisation des caractéristiques techniques des points d'eau entre deux logiciels.

## Démarrage rapide

```sh
docker compose up -d
```

## Formatage de code (API)

### Visual Studio

On automatise l'utilisation de google-java-format à la sauvegarde des fichiers.

Puis on configure la commande dans le fichier .vscode/settings.json :
```json
{"emeraldwalk.runonsave": {"commands": []}}
```

## Utilisation

Lancer `java -jar app.jar`.
"""


def test_code_formatting_chapter_gives_no_configuration():
    found = sections(FORMATTER, ["README.md", ".vscode/settings.json"])
    assert "configuration" not in found
    assert found["usage"]["line"] == 22

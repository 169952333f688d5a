"""A "use of X" heading over where the project takes its content from is no usage (issue 12, session 28 fixer b28; reader s27 r1:
incubateur-ademe/plusfraichemaville-site).

plusfraichemaville-site's README: "## Utilisation du CMS" says "Toute la partie contenu du site est récupéré à partir du CMS Strapi"
(another repository) and to set Strapi's environment variables before starting: the service the site depends on, nothing on using the
site. The only run, "## Démarrage du serveur en local", is the developer's start.
Kept: "## Utilisation de l'API" over the same kind of sentence stays usage (a part of the project); "## Utilisation du CMS" with the
commands to run stays usage.
"""

from __future__ import annotations

from auditor.facts.readme import analyse

SITE = """# Plus fraîche ma ville - Site web

Le but de ce site est d'accompagner les collectivités dans le choix de solutions de rafraîchissement urbain pérennes et durables.

## Variable d'environnement

Vous pouvez trouver un fichier d'exemple des variables d'environnement à configurer [ici.](./.env.dist)

## Utilisation du CMS

Toute la partie "contenu" du site est récupéré à partir du [CMS Strapi](https://github.com/example-org/site-cms).
Avant de démarrer le serveur en local, assurez vous que les variables d'environnement liées à Strapi sont bien configurées.

## Démarrage du serveur en local

Afin de démarrer le serveur en local en mode développement, vous pouvez lancer la commande

```shell
npm run develop
```
"""


def _usage(text: str) -> list[int]:
    return [d["line"] for d in analyse(text, "README.md", {"README.md": 1, ".env.dist": 1})["section_details"] if d["name"] == "usage"]


def test_the_cms_the_content_comes_from_is_no_usage():
    assert _usage(SITE) == []


def test_the_use_of_its_own_api_stays_usage():
    text = SITE.replace("## Utilisation du CMS", "## Utilisation de l'API")
    assert _usage(text) == [text.splitlines().index("## Utilisation de l'API") + 1]


def test_the_cms_with_its_commands_stays_usage():
    text = SITE.replace("sont bien configurées.\n", "sont bien configurées.\n\n```shell\nnpm run cms:import -- --pages accueil\n```\n")
    assert _usage(text) == [text.splitlines().index("## Utilisation du CMS") + 1]

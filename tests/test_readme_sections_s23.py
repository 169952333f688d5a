"""README sections read wrong (issue 12, session 23 fixer h1; readers s22 e3, e2, e1).

1. A heading naming a section by one broad word, read again by its chapter: "## Documentation" over the stack and links to the
   set-up, development, deployment and architecture documents, or "## Documentation interne", is no users' guide; "Méthode de
   développement" (the team's way of working) is no installation; "De la production à la publication" (content produced, then
   published) is no deployment; "Installation 2023" over the year's changes is a dated record, no installation. The same words
   over a users' guide, commands or a server keep their sections.
2. A chapter missed: a link to the contributing guide under "## Conventions de code" still gives the contributing section; a
   chapter "Pour les développeurs" that starts a local copy is the installation; "Fonctionnement de l'outil" told from its
   user's side (what it takes, what the user does) is its use.
3. A section taken from a part of another: "- **Contacts Mailjet** : …" (a list item on a mailing tool's contact lists) is no
   contact; "### 2. Configuration Nginx" under a deployment chapter is a step of that deployment, no settings section.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

HEAD = "# Carto-Voirie\n\nCarto-Voirie permet aux agents de la métropole de signaler et de suivre les travaux sur la voirie.\n\n"
APP = {"package.json": '{"name": "carto-voirie", "scripts": {"start": "node server.js"}}\n',
       "server.js": "const port = process.env.PORT || 8080;\nconsole.log(port);\n"}


def _details(tmp_path, readme: str, extra: dict | None = None) -> dict[str, dict]:
    make_repo(tmp_path, [{"files": {"README.md": readme, **APP, **(extra or {})}}])
    out: dict[str, dict] = {}
    for d in ctx_for(tmp_path).fact("readme")["section_details"]:
        out.setdefault(d["name"], d)
    return out


DOCS = {"docs/setup.md": "# Mise en place\n\n```\nnpm install\n```\n", "docs/developpement.md": "# Développement\n\nLes branches.\n",
        "docs/deployment.md": "# Déploiement\n\nScalingo.\n", "docs/architecture.md": "# Architecture\n\nTrois services.\n",
        "docs/guide.md": "# Guide\n\nSignaler un chantier.\n", "LICENSE": "MIT License\n"}


def test_a_documentation_index_of_other_sections_is_no_users_guide(tmp_path):
    index = HEAD + ("## Documentation\n\nCarto-Voirie est écrite en TypeScript avec une base PostgreSQL, hébergée chez un prestataire. Le code est "
                    "publié sous [licence MIT](LICENSE).\n\n* [Setup](docs/setup.md)\n* [Développement](docs/developpement.md)\n"
                    "* [Deployment](docs/deployment.md)\n* [Architecture](docs/architecture.md)\n")
    found = _details(tmp_path / "index", index, DOCS)
    assert "usage" not in found, found["usage"]  # was usage, by the heading's word alone
    assert {"install", "deployment", "license"} <= set(found)  # the linked documents still give theirs
    internal = HEAD + "## Documentation interne\n\n- [Flux de synchronisation](docs/architecture.md) — les échanges avec le SIG\n- [Tests](docs/developpement.md)\n"
    assert "usage" not in _details(tmp_path / "internal", internal, DOCS)  # was usage
    # the neighbours: a users' guide, or the documentation's place, stay the usage
    guide = index.replace("* [Architecture](docs/architecture.md)", "* [Guide de l'utilisateur](docs/guide.md)")
    assert _details(tmp_path / "guide", guide, DOCS)["usage"]["line"] == 5
    where = HEAD + "## Documentation\n\nLa documentation se trouve dans le dossier [docs](docs/guide.md) et en ligne.\n"
    assert "usage" in _details(tmp_path / "where", where, DOCS)
    users = HEAD + "## Documentation utilisateurs\n\n- [Flux de synchronisation](docs/architecture.md)\n"
    assert "usage" in _details(tmp_path / "users", users, DOCS)


def test_a_development_method_and_a_production_of_content_are_no_sections(tmp_path):
    readme = HEAD + ("# Du recueil à la production des données\n\nLes agents relèvent les chantiers sur le terrain ; les couches sont ensuite "
                     "produites chaque semaine et partagées avec les communes sur le portail de la métropole.\n\n"
                     "# Méthode de développement\n\nL'équipe travaille en sprints de deux semaines, avec une démonstration à chaque fin de sprint.\n\n"
                     "# Installation\n\n```\nnpm install\nnpm start\n```\n")
    found = _details(tmp_path / "a", readme)
    assert "deployment" not in found, found["deployment"]  # was deployment ("production")
    assert found["install"]["text"] == "Installation"  # was "Méthode de développement", the first heading with an install word
    # the neighbours: the same words over commands or a server
    steps = HEAD + ("## Processus de développement\n\n```\nnpm install\nnpm run dev\n```\n\n## Production\n\nSur le serveur, lancer "
                    "`docker compose -f production.yml up -d` derrière le proxy nginx.\n")
    found = _details(tmp_path / "b", steps)
    assert found["install"]["text"] == "Processus de développement" and found["deployment"]["text"] == "Production"


def test_a_dated_record_is_no_installation(tmp_path):
    readme = HEAD + ("# Installation 2023\n\n* Nouveau style des pages\n* Page d'accueil\n    * Photo du mois\n    * Chantiers à venir\n"
                     "* Ajout de la page partenaires\n")
    assert "install" not in _details(tmp_path / "a", readme)  # was install
    steps = HEAD + "# Installation 2024\n\n```\nnpm install\nnpm start\n```\n"
    assert _details(tmp_path / "b", steps)["install"]["text"] == "Installation 2024"


def test_a_contributing_link_under_coding_conventions(tmp_path):
    readme = HEAD + "## Conventions de code\n\n- [Contribuer](./CONTRIBUTING.md)\n- Indentation de deux espaces, point-virgule en fin de ligne.\n"
    guide = {"CONTRIBUTING.md": "# Contribuer\n\nOuvrez une demande de fusion.\n"}
    assert _details(tmp_path / "a", readme, guide)["contributing"]["line"] == 7  # was missed: the chapter was set aside whole
    assert "contributing" not in _details(tmp_path / "b", readme)  # no CONTRIBUTING.md: the link leads nowhere
    rules = HEAD + "## Conventions de code\n\n- Les fonctions se documentent en français.\n- Voir la [documentation d'ESLint](https://eslint.org/docs).\n"
    assert not {"usage", "contributing"} & set(_details(tmp_path / "c", rules))  # the rules themselves still give nothing


def test_a_chapter_for_the_developers_that_starts_a_copy_is_the_installation(tmp_path):
    readme = HEAD + ("## Pour les développeurs\n\n- copier `.env.example` dans `.env`\n- lancer la commande `docker compose up`\n"
                     "- ouvrir <http://localhost:8080>\n")
    assert _details(tmp_path / "a", readme)["install"]["text"] == "Pour les développeurs"  # was missed
    names = HEAD + "## Développeurs\n\nMarie Dupont et Paul Martin, de la direction du numérique.\n"
    assert "install" not in _details(tmp_path / "b", names)


def test_how_the_tool_works_from_its_users_side_is_its_use(tmp_path):
    readme = HEAD + ("## Fonctionnement de l'outil\n\nL'outil prend en entrée une couche des tronçons et une emprise ; vous choisissez la date "
                     "dans le formulaire et il produit en sortie la couche des chantiers en cours.\n\n## Installation\n\n```\nnpm install\n```\n")
    assert _details(tmp_path / "a", readme)["usage"]["text"] == "Fonctionnement de l'outil"  # was missed
    inside = readme.replace("L'outil prend en entrée une couche des tronçons et une emprise ; vous choisissez la date dans le formulaire et il "
                            "produit en sortie la couche des chantiers en cours.", "Le code tient en trois modules : le chargeur, le calcul et l'export.")
    assert "usage" not in _details(tmp_path / "b", inside)


def test_a_list_items_contacts_label_and_a_server_step_are_parts_of_another_chapter(tmp_path):
    readme = HEAD + ("## Tester les courriels\n\n- En local, les courriels arrivent dans Mailpit.\n- **Contacts Mailjet (listes)** : la synchronisation "
                     "pousse chaque usager comme sous-adresse de `test@example.org`, voir [la note](docs/guide.md).\n\n"
                     "## Déploiement sur serveur\n\n### 1. Paquets\n\n```\napt install nginx nodejs\n```\n\n### 2. Configuration Nginx (proxy inverse)\n\n"
                     "```\nserver { listen 80; location / { proxy_pass http://127.0.0.1:8080; } }\n```\n")
    found = _details(tmp_path / "a", readme, DOCS)
    assert "contact" not in found, found["contact"]  # was contact, by the label
    assert "configuration" not in found, found["configuration"]  # was configuration, a step of the deployment
    assert "deployment" in found
    # the neighbours: a contact label with the team's address, the application's settings in their own chapter
    team = readme.replace("- **Contacts Mailjet (listes)** :", "- **Contact** : voirie@example.org ;")
    team += "\n## Configuration\n\nCopier `.env.example` dans `.env` puis renseigner `DATABASE_URL`.\n"
    found = _details(tmp_path / "b", team, DOCS)
    assert "contact" in found and found["configuration"]["text"] == "Configuration"


def test_notes_on_writing_the_documentation_are_its_contributing_guide(tmp_path):
    """Shaped like a park's documentation site (s22 e2 W9): "## Notes pour écriture de la documentation" tells how to write a page."""
    readme = ("# Données du parc\n\nCe dépôt construit le site de documentation des bases de données du parc.\n\n"
              "## Notes pour écriture de la documentation\n\n- syntaxe Markdown simple\n- le premier titre du fichier donne son nom dans le sommaire\n"
              "- pour écarter une page, l'ajouter à la liste `exclude` de mkdocs.yml\n\n## Schémas\n\nUn dossier par schéma.\n")
    assert _details(tmp_path / "a", readme)["contributing"]["line"] == 5  # was missed
    reading = readme.replace("## Notes pour écriture de la documentation", "## Lecture de la documentation")
    assert "contributing" not in _details(tmp_path / "b", reading)


def test_cloning_this_repository_as_a_listed_step_is_the_installation(tmp_path):
    """Shaped like a server's settings directory (s22 e1 georchestra-datadir): "## Usage" lists "clone this repository", "checkout
    the branch of your version", "start the server with the parameter": the set-up of a copy, said in words."""
    readme = ("# Settings directory\n\nThe default settings files of the portal's modules, read at start-up.\n\n## Usage\n\n"
              "To use these settings:\n\n* simply clone this repository (usually in `/etc/portal`)\n* checkout the branch of your portal version\n"
              "* start the servlet container with `-Dportal.dir=/etc/portal`\n")
    assert _details(tmp_path / "a", readme)["install"]["line"] == 9  # was missed
    contributing = readme.replace("## Usage", "## Contributing").replace("To use these settings:", "To propose a change:")
    assert "install" not in _details(tmp_path / "b", contributing)
    alone = readme.replace("* checkout the branch of your portal version\n* start the servlet container with `-Dportal.dir=/etc/portal`\n", "")
    assert "install" not in _details(tmp_path / "c", alone)  # one sentence, no procedure

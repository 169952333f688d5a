"""README sections read from a section word's qualifier (issue 12, session 23 fixer p1; reader s23 m4: Medle, Aidants_Connect, btb).

1. The use qualified as the developer's own run ("## Development usage", "## Utilisation en local") over a local development server
   is no use of the project; a CLI's "## Local usage" over its commands stays the usage.
2. "Utiliser les fixtures", "Using the seeds" (test data loaded into a copy's database, a step under the installation) are no use.
3. A "Contributions" chapter that only credits people ("Maintainer: Name <address>", "- Name [aut]") is no contributing guide: the
   maintainer's address makes it the contact; a chapter inviting contributions stays the contributing guide.
4. The opening line announcing a list, led by the project's own name ("Carto Voirie est une application web qui propose … les
   fonctionnalités suivantes :"), is the description, as "Ce projet est …" is.
5. An installation on a server or in production ("## Installation sur un serveur", "## Install on a server") is a deployment too;
   an installation on one's machine is not.
6. Another product's documentation ("### Documentation de FranceConnect", external links only) is no users' guide; "Documentation
   de l'API" stays the usage. A file's name holds no verb ("like the file 2020_create_indexes.js for example" shows no use).
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

APP = {"package.json": '{"name": "carto-voirie", "scripts": {"dev": "next dev", "start": "next start"}}\n',
       "pages/index.js": "export default function Home() { return null }\n"}
HEAD = "# Carto Voirie\n\nCarto Voirie permet aux agents de la métropole de signaler et de suivre les travaux sur la voirie.\n\n"
INSTALL = "## Install\n\n```\ngit clone https://forge.example.org/carto-voirie\nyarn install\n```\n\n"


def _line(readme: str, start: str) -> int:
    return next(n for n, line in enumerate(readme.splitlines(), 1) if line.startswith(start))


def _readme(tmp_path, readme: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": readme, **APP}}])
    return ctx_for(tmp_path).fact("readme")


def _details(tmp_path, readme: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for d in _readme(tmp_path, readme)["section_details"]:
        out.setdefault(d["name"], d)
    return out


def test_a_development_usage_over_a_local_server_is_no_use(tmp_path):
    dev = HEAD + INSTALL + ("## 🏗️ Development usage\n\nIn development you may skip the containers. Seed the database with `yarn seed`, "
                            "then start Next with `yarn dev`: the app answers on http://localhost:3000 with hot reload.\n")
    assert "usage" not in _details(tmp_path / "en", dev)  # was usage, by the word "usage"
    fr = HEAD + INSTALL + "## Utilisation en local\n\nLancez `yarn dev` : l'application répond sur http://localhost:3000.\n"
    assert "usage" not in _details(tmp_path / "fr", fr)
    # the neighbours: the users' guide, and a command-line tool's local use on the user's own file, stay the usage
    use = dev + "\n## Usage\n\nDepuis la carte, cliquez sur un tronçon puis sur « Signaler » pour déclarer un chantier.\n"
    assert _details(tmp_path / "use", use)["usage"]["line"] == _line(use, "## Usage")
    cli = HEAD + INSTALL + "## Local usage\n\n```\ncarto-voirie import --input chantiers.csv\n```\n"
    assert _details(tmp_path / "cli", cli)["usage"]["line"] == _line(cli, "## Local usage")


def test_loading_fixtures_inside_the_installation_is_no_use(tmp_path):
    steps = HEAD + ("## Installer et lancer l'application\n\n```\nyarn install\n```\n\n### Peupler la base de données\n\n"
                    "#### Utiliser les _fixtures_\n\n```\nyarn knex seed:run\n```\n\nCela crée un compte administrateur de test.\n\n")
    assert "usage" not in _details(tmp_path / "fr", steps)  # was usage, by the verb "utiliser"
    en = HEAD + "## Getting started\n\n```\nyarn install\n```\n\n### Using the seeds\n\n```\nyarn knex seed:run\n```\n"
    assert "usage" not in _details(tmp_path / "en", en)
    # the neighbour: the chapter on using the application after it keeps the usage
    use = steps + "## Utiliser l'application\n\nConnectez-vous puis cliquez sur « Signaler » pour déclarer un chantier.\n"
    assert _details(tmp_path / "use", use)["usage"]["text"] == "Utiliser l'application"


def test_a_credits_chapter_is_no_contributing_guide(tmp_path):
    credits = HEAD + INSTALL + ("## Contributions\n\nMaintainer: Jeanne Martin <jeanne.martin@metropole.fr>\n\nCreators, authors and contributors:\n\n"
                                "- Paul DURAND [aut],\n- Jeanne MARTIN [cre, ctb],\n- Ali BEN SALAH [ctb]\n")
    found = _details(tmp_path / "credits", credits)
    assert "contributing" not in found  # was contributing, by the heading's word
    assert found["contact"]["line"] == _line(credits, "## Contributions")  # the maintainer's address: whom to write to (was missed)
    nameless = credits.replace("Maintainer: Jeanne Martin <jeanne.martin@metropole.fr>", "Auteurs : Paul Durand et Jeanne Martin")
    found = _details(tmp_path / "nameless", nameless)
    assert "contributing" not in found and "contact" not in found  # names without an address: credits, nobody to write to
    # the neighbour: a chapter on how to contribute, even beside the maintainer's address, stays the contributing guide
    guide = credits.replace("Creators, authors and contributors:", "Les contributions sont bienvenues : ouvrez une issue ou une pull request.")
    assert _details(tmp_path / "guide", guide)["contributing"]["line"] == _line(guide, "## Contributions")


def test_the_projects_name_leading_a_list_is_its_description(tmp_path):
    readme = ("# Carto Voirie\n\nCarto Voirie est une application web qui propose aux agents de la métropole les fonctionnalités suivantes :\n\n"
              "- signaler un chantier sur la voirie ;\n- suivre l'avancement des travaux.\n\nCarto Voirie est construit sur les éléments suivants :\n\n"
              "- Next.js\n- PostgreSQL\n\n" + INSTALL + "## Conventions JavaScript\n\nLe projet utilise massivement des composants React écrits en "
              "TypeScript et testés avec Jest pour chaque page.\n")
    data = _readme(tmp_path / "fr", readme)
    assert data["description"]["line"] == 3 and data["description"]["first"]  # was the conventions' line, not first
    assert {d["name"]: d["line"] for d in data["section_details"]}["purpose"] == 3
    en = readme.replace("Carto Voirie est une application web qui propose aux agents de la métropole les fonctionnalités suivantes :",
                        "Carto Voirie is a web application that offers the city's agents the following features:")
    assert _readme(tmp_path / "en", en)["description"]["line"] == 3
    # the neighbour: the name leading how it is built says what it is made of, no description
    built = readme.replace("Carto Voirie est une application web qui propose aux agents de la métropole les fonctionnalités suivantes :\n\n"
                           "- signaler un chantier sur la voirie ;\n- suivre l'avancement des travaux.\n\n", "")
    assert (_readme(tmp_path / "built", built)["description"] or {}).get("line") != 3


def test_an_installation_on_a_server_is_a_deployment_too(tmp_path):
    server = HEAD + INSTALL + ("## Installation sur un serveur\n\nSur un serveur, renseignez les variables dans le fichier .env ou chez votre "
                               "hébergeur, puis lancez `yarn build && yarn start` derrière le proxy.\n")
    found = _details(tmp_path / "fr", server)
    assert found["deployment"]["line"] == _line(server, "## Installation sur") and found["install"]["line"] == 5  # the deployment was missed
    en = server.replace("## Installation sur un serveur", "## Install on a server")
    assert _details(tmp_path / "en", en)["deployment"]["line"] == _line(en, "## Install on")
    # the neighbours: an installation on one's own machine, or on a local server, is no deployment
    mine = server.replace("## Installation sur un serveur", "## Installation sur votre poste")
    assert "deployment" not in _details(tmp_path / "mine", mine)
    local = server.replace("## Installation sur un serveur", "## Installation sur un serveur de développement")
    assert "deployment" not in _details(tmp_path / "local", local)


def test_another_products_documentation_and_a_files_name_are_no_use(tmp_path):
    other = HEAD + INSTALL + ("## Annexes\n\n### Documentation de FranceConnect\n\n- Fournisseur d'identité : [ici](https://partenaires.franceconnect.gouv.fr/fi)\n"
                              "- Fournisseur de service : [ici](https://partenaires.franceconnect.gouv.fr/fs)\n\n### Migrations\n\n"
                              "For a migration involving a table, this should be done in src/knex/migrations like the file 20200317_create_indexes.js for example.\n")
    assert "usage" not in _details(tmp_path / "other", other)  # was usage twice over: the provider's docs, a file's "create"
    # the neighbours: the documentation of the project's API, and a sentence showing a use, keep the usage
    api = other.replace("### Documentation de FranceConnect", "### Documentation de l'API")
    assert _details(tmp_path / "api", api)["usage"]["text"] == "Documentation de l'API"
    shown = HEAD + INSTALL + "## Notes\n\nVous pouvez créer un signalement depuis la carte en cliquant sur un tronçon, par exemple.\n"
    assert "usage" in _details(tmp_path / "shown", shown)

"""README sections given by a line that is not that section, and a description taken from a line that is not the project's (issue 12,
s29 b29 = s28 readers r5a, r5b: SocialGouv/carnet-de-bord, numerique-gouv/django-dsfr, StartupsPoleEmploi/mobiville,
DNUM-SocialGouv/anais_staging, france-connect/service-providers-examples, planification-ecologique/barometre,
Delegation-numerique-en-sante/mesconseilscovid, SocialGouv/cdtn-admin, publicodes/publicodes, CEREMA/dterocc.sco.gus):
- "## Pratique de l'équipe" (the team's pull-request rules) and "## Isolement, tests, vaccins, contact à risque…" (a health topic) are
  no contact;
- "### ⚠️ Utilisation du X interdite en dehors des sites de l'État" (a legal notice), "### API Écolab" under "## Sources de données" (a
  data source the app reads) and "## Autres exemples …" (links to other partners' projects) are no usage; "## Documentation" pointing
  to "the documentation" on the project's site, beside links to other sites, is;
- "## local" over the prerequisites, `git clone`, `yarn` and `docker-compose up` is the installation (not the later "## développement");
- "1. Remplir les données .env" is the configuration (before a rollback's pipeline variables);
- "## 3. Lancement du pipeline" under "# Installation & Lancement" runs the project's own pipeline: its usage;
- a heading named "Contact" is the contact chapter over "## Auteurs" above it;
- a privacy chapter's "Aucune donnée personnelle n'est envoyée…", a notice on the language the documentation is written in and a
  component's "This service exposes…" under a heading named as one of the repository's folders are no description.
Each with the counterpart that keeps its old reading."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _sections(text: str, files=None) -> dict:
    return {d["name"]: (d["via"], d["line"]) for d in analyse(text, "README.md", files)["section_details"]}


TEAM = """# carnet

## local

**pre-requis**:

- docker
- node (version 16)

**initialiser le projet**

```sh
git clone git@example.org:org/carnet.git
yarn
```

**lancer en local**

```sh
cp .env.sample .env
yarn dev
docker-compose up
```

## développement

on génère les types avec `codegen`

```sh
yarn codegen
docker-compose up --build
```

## Pratique de l'équipe

Les modifications apportées au code doivent passer par des PR qui seront validées avant de pouvoir être versées dans la branche principale.

Lorsque la PR est validée, on laisse le soin à l'auteur de la PR de faire le merge.
"""


def test_the_teams_practice_is_no_contact_and_a_bare_local_chapter_installs(tmp_path):
    got = _sections(TEAM)
    assert "contact" not in got
    assert got["install"] == ("heading", 3)
    # counterparts: the team named with its address is the contact; "## local" over a mere remark installs nothing
    team = TEAM.replace("## Pratique de l'équipe", "## L'équipe\n\nJeanne Martin, jeanne.martin@example.org\n\n## Pratique de l'équipe")
    assert _sections(team)["contact"] == ("heading", 34)
    remark = TEAM.replace("**pre-requis**:\n\n- docker\n- node (version 16)\n\n**initialiser le projet**\n\n```sh\ngit clone git@example.org:org/carnet.git\nyarn\n```\n\n"
                          "**lancer en local**\n\n```sh\ncp .env.sample .env\nyarn dev\ndocker-compose up\n```\n", "Le poste local de l'équipe suffit.\n")
    assert _sections(remark)["install"] == ("heading", 7)


TOPICS = """# Mes Conseils Santé

## Isolement, tests, vaccins, attestations, contact à risque…

https://conseils.example.org/

## Données

### Données personnelles

**Aucune donnée personnelle n'est envoyée vers un serveur.**

Les données saisies restent uniquement dans le navigateur et peuvent être supprimées à tout moment.

## Développement

```sh
make install
```
"""


def test_a_health_topic_is_no_contact_and_a_privacy_chapter_no_description(tmp_path):
    fact = analyse(TOPICS, "README.md", None)
    assert "contact" not in {d["name"] for d in fact["section_details"]}
    assert fact["description"] is None
    # counterparts: a contact chapter stays; a description under the title stays
    contact = TOPICS + "\n## Contact\n\nÉcrire à equipe@example.org\n"
    assert _sections(contact)["contact"] == ("heading", 21)
    described = TOPICS.replace("https://conseils.example.org/", "Un site qui donne des conseils personnalisés aux personnes exposées à une maladie.")
    assert analyse(described, "README.md", None)["description"]["line"] == 5


FORBIDDEN = """# Django-Kit

Django-Kit is a Django app to integrate the French government design system.

## Documentation

See the [documentation (in French)](https://org.github.io/django-kit/) for details.

Django-Kit implements the [version 1.14 of the design system](https://www.design.example.gouv.fr/versions)
(see also the [Github releases page](https://github.com/example/ds/releases/))

## Licence et droit d'utilisation

Le contenu de ce projet est placé sous licence MIT.

### ⚠️ Utilisation du système de design interdite en dehors des sites Internet de l'État

> Il est formellement interdit à tout autre acteur d'utiliser le système de design pour des sites web ou des applications.

### ⚠️ Prohibited Use Outside Government Websites

> This design system is only meant to be used by official French public services' websites and apps.
"""


def test_a_forbidden_use_is_no_usage_and_the_projects_documentation_is(tmp_path):
    assert _sections(FORBIDDEN)["usage"] == ("heading", 5)
    alone = FORBIDDEN.split("## Documentation")[0] + "## Licence" + FORBIDDEN.split("## Licence")[1]
    assert "usage" not in _sections(alone)
    # counterpart: links to the frameworks' sites, each by its name, are no users' guide
    frameworks = FORBIDDEN.replace("See the [documentation (in French)](https://org.github.io/django-kit/) for details.",
                                   "- [Django](https://docs.djangoproject.com/) : le framework")
    assert _sections(frameworks).get("usage") != ("heading", 5)


SOURCES = """# Baromètre

Application web de visualisation des indicateurs du baromètre de la planification écologique.

## Installation locale

```bash
npm install
npm run serve
```

## Sources de données

### Grist (CSV publics)

Les URLs sont centralisées dans `app/src/config/gristUrls.json`.

### API Écolab

Indicateurs au niveau régional — nécessite un token (`VUE_APP_ECOLAB_API_TOKEN`).
"""


def test_an_api_among_the_data_sources_is_no_usage(tmp_path):
    assert "usage" not in _sections(SOURCES)
    # counterpart: the project's own API, as a chapter of its own, is its use
    own = SOURCES.replace("## Sources de données", "## Données") .replace("### API Écolab", "## API")
    assert _sections(own)["usage"] == ("heading", 18)


OTHERS = """# Fournisseur de Service

## :warning: Deprecation warning :warning: this repository has been moved to https://github.com/example/service-provider-example

## Autres exemples de fournisseurs de services pour France-connect :

`Exemples fournis par des partenaires` :
- [https://gitlab.example.io/a/workshop](https://gitlab.example.io/a/workshop) : exemple en Ruby, sans librairie
- [https://github.com/b/poc](https://github.com/b/poc) : exemple en Ruby / Sinatra
"""


def test_other_partners_examples_are_no_usage(tmp_path):
    assert "usage" not in _sections(OTHERS)
    # counterpart: the project's own examples, with the code to run, are its usage
    own = OTHERS.replace("## Autres exemples de fournisseurs de services pour France-connect :", "## Exemples") + "\n```sh\nnpm start\n```\n"
    assert _sections(own)["usage"] == ("heading", 5)


ROLLBACK = """# Mobiville

Mobiville est un outil d'aide à la décision pour orienter les candidats à la mobilité vers les bassins d'emploi qui recrutent.

## Installation

### Construire et démarrer les conteneurs

1. Remplir les données .env (exemple voir .env.exemple dans le repo)
2. `yarn build`
3. `yarn start`

## Déploiement

### Rollback

1. Dans le gitlab > CI/CD > Pipelines actionner _Run pipeline_

2. Renseigner les variables suivantes : `FORCE_VERSION: {hash commit de la version à rollbacker}`
"""


def test_filling_the_env_file_is_the_configuration(tmp_path):
    assert _sections(ROLLBACK)["configuration"] == ("sentence", 9)
    # counterpart: filling a data file is no settings step
    data = ROLLBACK.replace("1. Remplir les données .env (exemple voir .env.exemple dans le repo)", "1. Remplir les données de data.csv (exemple voir data.sample.csv)")
    assert _sections(data).get("configuration") != ("sentence", 9)


PIPELINE = """# Anais Staging

Pipeline de l'étape de Staging de la plateforme ANAIS

# Installation & Lancement du projet DBT

## 1. Installation des dépendances via UV

```bash
uv sync
```

## 2. Lancement du pipeline :

```bash
uv run -m pipeline.main --env "local" --profile "Staging"
```

# Documentation et architecture du projet

## 1. Déployement de la documentation
En cours
"""


def test_running_the_projects_pipeline_under_installation_is_its_usage(tmp_path):
    assert _sections(PIPELINE)["usage"] == ("heading", 13)
    # counterpart: a local server started under the installation stays a step of it
    server = PIPELINE.replace("## 2. Lancement du pipeline :", "## 2. Lancement du serveur :").replace(
        'uv run -m pipeline.main --env "local" --profile "Staging"', "uv run manage.py runserver")
    assert _sections(server).get("usage") != ("heading", 13)


NOTICE = """> 🇬🇧 Most of the documentation (including issues and commit messages) is written in French, please raise an [issue](https://github.com/example/issues/new) if you are interested and do not speak French. We intend to translate the language and the documentation in the coming weeks.

## Publicodes

Publicodes est un langage déclaratif pour encoder les algorithmes d'intérêt public.

## Installation

```sh
npm install publicodes
```
"""

COMPONENTS = """# Code du travail numérique - Outil d'administration

## Setup

```sh
pnpm install
```

## Projets

### ingester

```sh
pnpm ingest
```

## export-elasticsearch

This service exposes an API which handle to trigger the export of the data from Postgres to Elasticsearch.
"""


def test_a_language_notice_and_a_components_sentence_are_no_description(tmp_path):
    fact = analyse(NOTICE, "README.md", None)
    assert fact["description"]["line"] == 5
    assert ("purpose", "sentence", 5) in {(d["name"], d["via"], d["line"]) for d in fact["section_details"]}
    files = {"README.md": None, "targets/export-elasticsearch/package.json": None, "targets/ingester/package.json": None}
    assert analyse(COMPONENTS, "README.md", files)["description"] is None
    # counterparts: a notice that says what the project is stays; a heading that is no folder of the repository keeps its sentence
    said = NOTICE.replace("> 🇬🇧 Most of the documentation (including issues and commit messages) is written in French, please raise an "
                          "[issue](https://github.com/example/issues/new) if you are interested and do not speak French. We intend to translate the language and the documentation in the coming weeks.",
                          "> Publicodes is a declarative language to write the public-interest algorithms of the State.")
    assert analyse(said, "README.md", None)["description"]["line"] == 1
    assert analyse(COMPONENTS, "README.md", {"README.md": None, "src/index.js": None})["description"]["line"] == 19


AUTHORS = """# Green Urban Sat

Green Urban Sat est une méthodologie de cartographie détaillée de la végétation urbaine à partir d'images satellites.

## Auteurs

Mathilde Segaud - Cerema Occitanie

Gilles Fouvet - Cerema Occitanie

## Contact

Emma Bousquet

emma.bousquet@example.org
"""


def test_a_contact_chapter_is_the_contact_over_the_authors(tmp_path):
    assert _sections(AUTHORS)["contact"] == ("heading", 11)
    # counterpart: the authors alone, or a later chapter not named contact, leave the authors' chapter the evidence
    assert _sections(AUTHORS.replace("## Contact", "## Remerciements"))["contact"] == ("heading", 5)

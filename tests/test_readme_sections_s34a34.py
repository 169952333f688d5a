"""README sections on real cases left open by s33 (issue 12, session 34 fixer a34).

- dataregion/DataEtatRegion-front: "# Clients générés automatiquement" over "## API des lignes budgetaires" and
  `DO_USE_SINGLE_REQUEST_PARAMETER=true ./generate_openapi_client.sh -p … -s https://…/openapi.json` (four such lines): the developers
  regenerate the API clients; that gave "usage" (the sub-heading) and "configuration" (the fenced block, read as variables set).
- jguyet/hackaviz-data-grandpoitiers: "#### CRÉDIT" over "Écrit/Codé par … <address>" gave no contact (only "Crédits" was a contact
  heading), and "Changez le endpoint dans la configuration, ouvrir les fichiers environements : `src/environements/environement.ts`"
  (an Angular application's environment files) no configuration.
- aiij/opendata-poitiers-backend: "To build" over ```./gradlew build``` gave no installation (`mvn package` did), and "First usage is
  [Poitiers Vélo](…) iOS App." (the first application using the backend) gave "usage".
"""

from __future__ import annotations

from tests.test_readme_facts_s32e32 import _readme, _section

MONOREPO = {"package.json": '{"name": "data-etat-front", "scripts": {"start:budget-dev": "ng serve budget"}}\n',
            "apps/budget/src/main.ts": "console.log(1);\n", "apps/clients/budget/api.ts": "export class Api {}\n",
            "generate_openapi_client.sh": "#!/bin/sh\nnpx openapi-generator-cli generate \"$@\"\n"}
RUN = ("# Liste des fronts\n\n* [Budget](./apps/budget/src/main.ts)\n\n## Démarrer le front budget en mode développement\n\n"
       "Pour lancer l'application en mode développement :\n\n```bash\nnpm run start:budget-dev\n```\n\n")
CLIENTS = ("# {chapter}\n\nLe dossier [apps/clients](./apps/clients/) contient des clients d'api, ces derniers peuvent être générés.\n\n"
           "## API des lignes budgetaires\n\n*Endpoint qui expose les lignes budgetaires*\n\n```\n"
           "./generate_openapi_client.sh -p budget -s \"https://api.example.fr/financial-data/api/v2/swagger.json\" -t $(pwd)/apps/clients/ -n budget\n```\n\n"
           "## API v3\n\n```\n" + "".join(f"DO_USE_SINGLE_REQUEST_PARAMETER=true ./generate_openapi_client.sh -p {n}V3 -s \"https://api.example.fr/{n}/openapi.json\" "
                                            f"-t $(pwd)/apps/clients/v3/ -n {n}\n" for n in ("referentiels", "financial", "qpv", "administration")) + "```\n")


def test_the_generated_clients_chapter_gives_no_usage_nor_configuration(tmp_path):
    info = _readme(tmp_path, RUN + CLIENTS.format(chapter="Clients générés automatiquement"), MONOREPO)
    assert _section(info, "usage") is None and _section(info, "configuration") is None, info["section_details"]


def test_a_chapter_on_the_api_itself_stays_its_usage(tmp_path):
    info = _readme(tmp_path, RUN + CLIENTS.format(chapter="Utilisation de l'API"), MONOREPO)
    assert _section(info, "usage")["text"] == "Utilisation de l'API", info["section_details"]


def test_variables_set_in_a_fenced_block_stay_the_configuration(tmp_path):
    settings = ("## Lancer\n\n```bash\nexport DATABASE_URL=postgres://localhost/db\nexport API_KEY=changeme\nexport SECRET_KEY=dev\n"
                "NODE_ENV=production npm run build\n```\n")
    info = _readme(tmp_path, RUN + settings, MONOREPO)
    assert _section(info, "configuration") is not None, info["section_details"]


DATAVIZ = {"app/package.json": '{"name": "app"}\n', "app/src/environements/environement.ts": "export const environment = {};\n",
           "api/package.json": '{"name": "api"}\n', "api/server.js": "require('express')();\n"}
HACKAVIZ = ("# hackaviz-data\n\nDEFIE 3: Consommations énergétiques de l’ensemble des secteurs d’activité\n\n#### INSTALLATION\n\n"
            "#### (2) Le front\nDans le dossier app, executez la commande `npm install`\n\n{config}\n\nEnsuite lancez l'application avec `ng serve`\n\n"
            "#### {credit}\n{who}\n\nRemerciement à la #teamData pour l'organisation de cet évenement.\n")
CONFIG = ("Changez le endpoint dans la configuration, ouvrir les fichiers environements : `src/environements/environement.ts`\n"
          "puis changez la ligne : `dataApi: 'http://37.44.236.91:8080'`")


def test_a_credit_with_the_authors_address_and_the_environment_files_to_change(tmp_path):
    info = _readme(tmp_path, HACKAVIZ.format(config=CONFIG, credit="CRÉDIT", who="Écrit/Codé par Jeanne Martin développeuse jeanne.martin@example.org"), DATAVIZ)
    assert _section(info, "contact")["text"] == "CRÉDIT", info["section_details"]
    assert _section(info, "configuration")["line"] == 10, info["section_details"]


def test_a_credit_without_address_nor_settings_file_gives_neither(tmp_path):
    info = _readme(tmp_path, HACKAVIZ.format(config="Changez le titre dans la page d'accueil.", credit="Crédit photo", who="Photo : Jeanne Martin"), DATAVIZ)
    assert _section(info, "contact") is None and _section(info, "configuration") is None, info["section_details"]


GRADLE = {"build.gradle": "apply plugin: 'java'\n", "gradlew": "#!/bin/sh\n", "src/main/java/App.java": "class App {}\n"}
BACKEND = ("# Open Data Backend\n\nThis project is a backend for *Grand Poitiers* Open Data.\n{first}\n\nTo build \n```bash\n{build}\n```\n\n"
           "To Run \n```bash\njava -jar build/libs/open-data-1.0-all.jar\n```\n\nApplication will be available on **http://localhost:8080/**\n")


def test_a_gradle_build_is_the_installation_and_the_first_user_no_usage(tmp_path):
    info = _readme(tmp_path, BACKEND.format(first="First usage is [Poitiers Vélo](https://apps.example.org/id1020211807) iOS App.",
                                            build="./gradlew build"), GRADLE)
    assert _section(info, "install")["text"] == "./gradlew build", info["section_details"]
    assert _section(info, "usage") is None, info["section_details"]


def test_a_gradle_test_run_is_no_installation_and_a_usage_pointer_stays(tmp_path):
    info = _readme(tmp_path, BACKEND.format(first="For usage, see [the API guide](https://apps.example.org/guide).", build="./gradlew test"), GRADLE)
    assert _section(info, "install") is None, info["section_details"]
    assert _section(info, "usage") is not None, info["section_details"]


PROXY = {"pyproject.toml": '[project]\nname = "doublure"\n', "src/proxy.py": "print(1)\n",
         "Taskfile.yml": "version: '3'\ntasks:\n  policy:\n    cmds: [scripts/policy.sh {{.CLI_ARGS}}]\n"}
POLICY = ("# doublure\n\nPseudonymisation proxy between a coding assistant and its model's API.\n\n## Start\n\n```bash\ndevbox install\n"
          "task proxy            # proxy :8090\n```\n\n## {heading}\n\nClosed by default: every value no rule covers is recorded as a question.\n\n"
          "```bash\n{calls}```\n\n## Licence\n\nMIT\n")


def test_the_projects_tasks_called_with_arguments_are_its_use(tmp_path):
    calls = "task policy -- questions                 # anonymised without a rule\ntask policy -- arbitrer                  # answer, one at a time\n"
    info = _readme(tmp_path, POLICY.format(heading="Confidentiality policy", calls=calls), PROXY)
    assert _section(info, "usage")["text"] == "Confidentiality policy", info["section_details"]


def test_developer_tasks_called_with_arguments_are_no_use(tmp_path):
    calls = "task test -- -k vault                    # one suite\ntask lint -- --fix\n"
    info = _readme(tmp_path, POLICY.format(heading="Working on it", calls=calls), PROXY)
    assert _section(info, "usage") is None, info["section_details"]

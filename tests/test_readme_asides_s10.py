"""README sections and description on State start-up repositories (issue 12, session 10): a heading or a line that only shares a
word with a section is not that section — a tool's name ("Mission control"), the credits of the pictures, an API call's parameters,
the manual way of a release, a coding convention ending on `"exemple"`, a code file named contact.js — and a notice, a licence line or
a list item deep in a technical chapter is not the project's description. Each README is shaped like the real one, in our words."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CID = "documentation.readme-sections"


def readme_fact(tmp_path, text: str) -> dict:
    files = {"README.md": text, "package.json": '{"name": "app"}', "src/index.js": "console.log(1);\n"}
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])["facts"]["readme"]


def sections(fact: dict) -> dict:
    return {d["name"]: d["text"] for d in fact["section_details"]}


# a Rails app (betagouv/acces-cible): "### Jobs & Mission control job" under the install, then coding conventions and contributing
RAILS = ("# Contrôle\n\nApplication permettant de vérifier les obligations légales des sites publics.\n\n## Installation et démarrage\n\n"
         "Demandez la clé à l'équipe puis lancez `make up`.\n\n### Jobs & Mission control job\n\nPour voir les tâches de fond, ouvrez "
         "`http://localhost:3000/jobs` en local.\n\n## Conventions de codage\n\n- Le style suit les conventions officielles du framework\n"
         "- Utiliser des guillemets doubles pour les chaînes de caractères (`\"exemple\"`)\n\n## Contribution\n\n- La branche principale est "
         "`main`.\n\n## Crédits images\n\nIllustrations de la bibliothèque publique d'icônes, photo de couverture d'un photographe.\n")


def test_a_tools_name_a_coding_rule_and_the_credits_of_pictures_are_no_sections(tmp_path):
    fact = readme_fact(tmp_path, RAILS)
    s = sections(fact)
    assert s["purpose"].startswith("Application permettant")  # the first line, not "Jobs & Mission control job"
    assert "usage" not in s and "contact" not in s
    assert s["install"] == "Installation et démarrage" and s["contributing"] == "Contribution"


def test_a_mission_heading_a_usage_example_and_credits_with_an_address_stay_sections(tmp_path):
    own = RAILS.replace("## Conventions de codage", "## Utilisation\n\nPour vérifier un site, il suffit de saisir son adresse.\n\n## Notes")
    own = own.replace("### Jobs & Mission control job", "## Notre mission").replace(
        "photo de couverture d'un photographe.", "photo de couverture d'un photographe. Écrivez-nous : equipe@example.org")
    s = sections(readme_fact(tmp_path, own.replace("## Crédits images", "## Crédits")))
    assert s["purpose"] == "Notre mission" and s["usage"] == "Utilisation" and s["contact"] == "Crédits"


# an API (MTES-MCT/vigieau-api) and a Lerna monorepo's release policy (SocialGouv/work-in-france)
API = ("# API Restrictions\n\nAPI qui retourne les restrictions d'eau en vigueur à une adresse donnée.\n\n## Pré-requis\n\nNode 20.\n\n"
       "## API\n\n### Récupérer les restrictions\n\n`GET /reglementation?lon=…&lat=…`\n\n#### Paramètres de la requête\n\n"
       "| nom | description |\n|---|---|\n| lon | longitude |\n\n## Release policy\n\n### Auto\n\nChaque fusion sur la branche "
       "principale publie une version.\n\n### Manual\n\nIl faut un jeton pour publier :\n\n```sh\nyarn lerna version\n```\n\n"
       "#### Mettre à jour les coordonnées\n\nEditer [./constants/contact.js](./constants/contact.js) et ajouter les départements du "
       "tableau de la région.\n")


def test_an_api_calls_parameters_a_manual_release_and_a_code_file_named_contact_are_no_sections(tmp_path):
    s = sections(readme_fact(tmp_path, API))
    assert "configuration" not in s and "contact" not in s
    assert s["install"] == "Pré-requis" and s["usage"] == "API" and s["deployment"] == "Release policy"  # (no "Manual" release)


def test_settings_parameters_and_a_contact_page_stay_sections(tmp_path):
    own = API.replace("#### Paramètres de la requête", "## Paramètres de l'application").replace(
        "[./constants/contact.js](./constants/contact.js) et ajouter", "Pour nous contacter, voir [la page contact](https://example.org/contact) et")
    s = sections(readme_fact(tmp_path, own))
    assert s["configuration"] == "Paramètres de l'application" and "contact" in s


# a simulator whose first lines are a notice, a disclaimer and a licence line (MTES-MCT/planification-territoires); a monorepo whose
# only prose after its install chapter is a list item of a technical chapter (SocialGouv/srdt)
NOTICE = ("# Simulateur territorial\n\n**Version beta – ne pas diffuser.**\n\n**Les données présentées sont des données de travail qui "
          "n'engagent en rien l'administration.**\n\nSauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de "
          "ce site sont proposés sous [Licence Ouverte 2.0](https://www.etalab.gouv.fr/licence-ouverte-open-licence/)\n\n## Développement\n\n"
          "```bash\nnpm install\n```\n")
LATE = ("# Assistant virtuel\n\n## Running with Docker\n\n```sh\ndocker compose up -d --build\n```\n\n## Supply-chain hardening\n\n"
        "This repository enforces stricter install policies:\n\n- Minimum package age: installs refuse packages published less than 72 hours ago.\n")


def test_a_notice_a_disclaimer_a_licence_line_and_a_late_list_item_are_no_description(tmp_path):
    fact = readme_fact(tmp_path / "notice", NOTICE)
    assert fact["description"] is None and "purpose" not in fact["sections"]
    assert readme_fact(tmp_path / "late", LATE)["description"] is None


def test_a_description_under_the_notice_or_in_a_later_chapter_is_kept(tmp_path):
    text = NOTICE.replace("**Les données présentées", "Ce simulateur aide les territoires à planifier leur transition écologique.\n\n**Les données")
    fact = readme_fact(tmp_path / "first", text)
    assert fact["description"]["text"].startswith("Ce simulateur aide") and fact["description"]["first"]
    late = LATE + "\n## Notes\n\nL'assistant répond aux questions des salariés et des employeurs sur le droit du travail, avec les sources.\n"
    fact = readme_fact(tmp_path / "late", late)
    assert fact["description"]["text"].startswith("L'assistant répond") and not fact["description"]["first"]


# a Django app whose first chapter initialises the project (gip-inclusion/pilotage), a service whose only late prose is a task's
# command (numerique-gouv/ping-storage), and a site whose test chapter is "Exécution de la suite de tests" (numerique-gouv/vitrine-eidas)
INIT = ("# Le pilotage\n\n## Initialiser le projet\n\n`uv` est utilisé pour installer la bonne version de Python et les dépendances\ndu projet.\n\n"
        "1. `make venv`\n2. `./manage.py migrate`\n\n## Migrations\n\nGénérer une migration :\n`npm run migration:generate --name=nom`\n\n"
        "## Exécution de la suite de tests automatisés\n\nLes tests se lancent par le script `scripts/tests.sh` dans un conteneur.\n")


def test_an_initialisation_chapter_a_tasks_command_and_the_test_suite_are_no_description_nor_usage(tmp_path):
    fact = readme_fact(tmp_path, INIT)
    s = sections(fact)
    assert s["install"] == "Initialiser le projet" and "purpose" not in s and "usage" not in s
    assert fact["description"] is None


def test_a_usage_chapter_with_examples_of_tests_stays_usage(tmp_path):
    s = sections(readme_fact(tmp_path, INIT.replace("## Exécution de la suite de tests automatisés", "## Utilisation et tests")))
    assert s["usage"] == "Utilisation et tests"


# a chat bot's commands and its REST call, each followed by "Paramètres :" and the arguments (numerique-gouv/tchap-bot-webhook)
BOT = ("# Bot d'infrastructure\n\nUn bot de messagerie qui crée des applications chez un hébergeur.\n\n## Commandes disponibles\n\n"
       "### Création d'application\n\n```\napp:create appName:nom\n```\n\nParamètres :\n\n-   `appName` : nom de l'application\n\n"
       "## Gestion des habilitations\n\n### Via l'API REST\n\n```sh\ncurl -X POST http://localhost:3001/api/habilitations -d '{}'\n```\n\n"
       "Paramètres :\n\n-   userId : identifiant de l'utilisateur\n")


def test_a_commands_or_a_calls_parameters_label_is_no_configuration(tmp_path):
    s = sections(readme_fact(tmp_path, BOT))
    assert "configuration" not in s and s["usage"] == "Commandes disponibles"


def test_a_parameters_label_over_the_settings_stays_configuration(tmp_path):
    own = BOT.replace("## Gestion des habilitations\n\n### Via l'API REST\n\n```sh\ncurl -X POST http://localhost:3001/api/habilitations -d '{}'\n```\n\n",
                      "## Installation\n\nCopiez le fichier d'exemple des variables.\n\n")
    assert sections(readme_fact(tmp_path, own))["configuration"] == "Paramètres"

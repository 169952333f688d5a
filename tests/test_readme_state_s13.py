"""README sections on State repositories (issue 12, session 13: session 12's State facts still wrong). Each on a git fixture shaped
like the real case."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact

SETUP_FIRST = ("# Environment setup\n\n## Fichiers source\n\nCe dépôt ne contient que le code, il faut demander un accès au serveur "
               "de fichiers du greffe pour obtenir les fichiers quotidiens.\n\n## Configuration files\n\nCreate `config/sources.yml`:\n\n"
               "```yaml\nlocal_path: <FOLDER>\n```\n\n## Run bundler\n\nRun `bundle install`\n\n## Database setup\n\n"
               "### Create the role\n\n`psql -f setup.sql`\n\n### Run migrations\n\n`rails db:migrate`\n\n"
               "## Quelques commandes utiles\n\n### Sidekiq\n\nPour que l'import fonctionne il faut lancer un serveur Sidekiq avec "
               "la commande suivante :\n\n```shell\nbundle exec sidekiq -C config/sidekiq.yml\n```\n")


def test_a_first_heading_made_of_section_words_is_a_chapter_not_the_name(tmp_path):
    """etalab/rncs_worker_api_entreprise shape: "# Environment setup" was read as the project's name, so "## Database setup" lost its
    "setup" as a word of that name and its "### Run migrations" became the users' guide; the access note under it was the purpose."""
    fact = readme_fact(tmp_path, SETUP_FIRST)
    det = {d["name"]: (d["line"], d["text"]) for d in fact["section_details"]}
    assert det["install"] == (1, "Environment setup")
    assert det["usage"][0] > SETUP_FIRST.splitlines().index("## Quelques commandes utiles"), det
    assert "purpose" not in det and fact["description"] is None


def test_a_one_word_name_that_names_a_section_stays_the_name(tmp_path):
    """A project named after its tool ("# docker": a repository of Docker files) keeps its title: one word is a name."""
    text = "# docker\n\nProjet de fichiers Docker pour encapsuler les applications du parc.\n\n## Lancement\n\n`docker compose up`\n"
    fact = readme_fact(tmp_path, text)
    assert fact["description"]["line"] == 3


MONITOR = ("# Monitor\n\nMonitor is a watchdog of the agency's APIs: it pings each endpoint and stores the answers for a dashboard.\n\n"
           "## Configuration\n\n### Database\n\nCreate the database user:\n\n```\npsql -f db/init.sql\n```\n\n"
           "### Development environment\n\nRun:\n\n`rake dev:init`\n\nIt will init the development environment (config files and database).\n\n"
           "## Deployment\n\nRun:\n\n`mina deploy to=production`\n\n## Tests\n\nRun:\n\n`bundle exec rspec`\n")


def test_a_run_label_inside_setup_deployment_or_tests_is_no_users_guide(tmp_path):
    """etalab/watchdoge_apientreprise shape: "Run:" over `rake dev:init` under "### Development environment" was the usage section;
    the same label under "## Deployment" or "## Tests" runs a deployment or the tests."""
    det = {d["name"]: (d["line"], d["text"]) for d in readme_fact(tmp_path, MONITOR)["section_details"]}
    assert det["install"][1] == "Development environment" and det["deployment"][1] == "Deployment"
    assert "usage" not in det, det


def test_a_run_label_of_its_own_is_still_how_to_use_it(tmp_path):
    text = ("# Export\n\nExport des observations naturalistes du parc au format attendu par l'inventaire national.\n\n"
            "## Installation\n\n`pip install -r requirements.txt`\n\n## Export\n\nRun:\n\n`python export.py --annee 2024`\n")
    det = {d["name"]: (d["line"], d["text"]) for d in readme_fact(tmp_path, text)["section_details"]}
    assert det["usage"] == (11, "Run"), det


PIPELINE = ("# Pipeline\n\nA set of flows that process the fishing events data for the monitoring project.\n\n"
            "# Requirements\n\n```\npoetry install\n```\n\n# Orchestrator configuration\n\nSee:\n"
            "ui-config: https://docs.orchestrator.example/server/deploy-local.html#ui-configuration\n"
            "agents: https://docs.orchestrator.example/agents/overview.html#agent-types\n")


def test_a_bare_link_to_another_sites_page_names_no_section_by_its_words(tmp_path):
    """MTES-MCT/sea-events-data-engineering shape: "See: ui-config: https://docs.prefect.io/…/deploy-local.html#ui-configuration"
    was the deployment section, from the words of the other site's page address."""
    det = {d["name"]: (d["line"], d["text"]) for d in readme_fact(tmp_path, PIPELINE)["section_details"]}
    assert "deployment" not in det, det


def test_a_bare_link_to_a_deployment_document_or_a_worded_pointer_still_gives_it(tmp_path):
    text = ("# Pipeline\n\nA set of flows that process the fishing events data for the monitoring project.\n\n"
            "See: https://github.com/org/pipeline/blob/main/DEPLOY.md\n\nDéploiement : voir https://docs.pipeline.example/run.html\n")
    det = {d["name"]: (d["line"], d["text"]) for d in readme_fact(tmp_path, text)["section_details"]}
    assert det["deployment"][0] == 5, det
    text = text.replace("See: https://github.com/org/pipeline/blob/main/DEPLOY.md\n\n", "")
    det = {d["name"]: (d["line"], d["text"]) for d in readme_fact(tmp_path / "b", text)["section_details"]}
    assert det["deployment"][0] == 5, det


def test_a_pointer_to_the_api_description_is_no_description(tmp_path):
    """etalab/formulaire-qf shape: under "# README", "Pour l'API, consulter le [swagger](/docs/swagger.yaml)" was the project's
    purpose; it only says where the API is described, and the README says nowhere what the service is."""
    text = ("# README\n\nPour l'API, consulter le [swagger](/docs/swagger.yaml)\n\n## Install project\n\n```sh\nbundle install\nrails s\n```\n\n"
            "# Guide d'utilisation pour les agents\n\n> https://docs.example.org/guide-agents/\n")
    fact = readme_fact(tmp_path, text)
    assert fact["description"] is None and "purpose" not in fact["sections"], fact["description"]


def test_a_service_under_its_organisations_domain_is_the_live_site(tmp_path):
    """etalab/DVF-app shape: "L'application https://app.dvf.etalab.gouv.fr prend appui sur ces données…" was no demo because the host
    holds the organisation's domain (etalab.gouv.fr, itself no service of the project's); its own links stay out."""
    text = ("# Explorer les données foncières\n\nLa base de données recense les ventes immobilières des cinq dernières années.\n\n"
            "L'application https://app.foncier.etalab.gouv.fr prend appui sur ces données et propose de les visualiser à la parcelle. "
            "Elle a été développée par l'équipe de la [mission Etalab](http://www.etalab.gouv.fr/).\n\n## Installation\n\n```\nyarn\nyarn start\n```\n")
    assert readme_fact(tmp_path, text)["demo"] == {"url": "https://app.foncier.etalab.gouv.fr", "line": 5}
    only_org = text.replace("L'application https://app.foncier.etalab.gouv.fr prend appui sur ces données et propose de les visualiser à la parcelle. ", "")
    assert readme_fact(tmp_path / "b", only_org)["demo"] is None


def test_a_documentation_chapter_of_design_notes_alone_is_no_users_guide(tmp_path):
    """SocialGouv/e2esdk shape: "## Documentation" whose only content is "- [Cryptography](./docs/docs/cryptography)" (the protocol's
    design notes) was the usage section of a README that says nowhere how to use the SDK; a documentation chapter linking a guide
    still is."""
    text = ("# sdk\n\nSDK to build end-to-end encrypted web applications.\n\n## Server\n\nThe server is published as a Docker image.\n\n"
            "## Documentation\n\n- [Cryptography](./docs/cryptography)\n- [Architecture](./docs/architecture.md)\n\n"
            "## Contributing\n\n- [How to setup a development environment](./docs/development-environment.md)\n")
    assert "usage" not in readme_fact(tmp_path, text)["sections"]
    guide = text.replace("- [Architecture](./docs/architecture.md)", "- [Getting started](./docs/getting-started.md)")
    assert "usage" in readme_fact(tmp_path / "b", guide)["sections"]


def test_a_link_under_a_sandbox_or_demo_heading_is_the_live_service(tmp_path):
    """etalab/formulaire-qf shape: "## Connect on sandbox" then "For [https://sandbox…](https://sandbox…), use the following credentials":
    the paragraph holds no demo word, its heading does; the link was no demo. A link under another heading is still none."""
    text = ("# Calcul QF\n\nService de calcul du quotient familial pour les communes et leurs éditeurs de logiciels.\n\n"
            "## Connect on sandbox\n\nFor [https://sandbox.quotient.services.gouv.fr/](https://sandbox.quotient.services.gouv.fr/), "
            "use the following credentials:\n\n* `login` : `test`\n")
    assert readme_fact(tmp_path, text)["demo"] == {"url": "https://sandbox.quotient.services.gouv.fr/", "line": 7}
    other = text.replace("## Connect on sandbox", "## Connect on the server")
    assert readme_fact(tmp_path / "b", other)["demo"] is None

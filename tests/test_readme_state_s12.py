"""README sections on State repositories (issue 12, session 12's State reader): "Utilisation en production" (how to run the
service in production) is the deployment chapter, not a status ("… - En production") nor the users' guide."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit


def readme_fact(tmp_path, readme: str, docs: dict | None = None) -> dict:
    """``docs``: the documents the README links to (a link to a file that is not there gives no section, s21 k3)."""
    files = {"README.md": readme, "package.json": '{"name": "route", "scripts": {"start": "node src/index.js"}}',
             "src/index.js": "console.log('route');\n", **(docs or {})}
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme"])["facts"]["readme"]


README = ("# Moteur\n\n## Présentation générale\n\nUn moteur de calcul d'itinéraires exposé en API.\n\n"
          "## Installation et utilisation\n\n```\nnpm install\nnpm start\n```\n\n"
          "## Utilisation en production\n\nAfin d'utiliser le moteur en production, ce document donne les besoins en mémoire, "
          "la configuration du serveur et les étapes de la mise en production du service.\n")


def test_use_in_production_is_the_deployment_chapter(tmp_path):
    det = {(d["name"], d.get("text")) for d in readme_fact(tmp_path, README)["section_details"]}
    assert ("deployment", "Utilisation en production") in det
    assert ("usage", "Utilisation en production") not in det


def test_a_component_in_production_stays_a_status(tmp_path):
    text = README.replace("## Utilisation en production", "## Module de calcul - En production")
    det = {(d["name"], d.get("text")) for d in readme_fact(tmp_path, text)["section_details"]}
    assert not any(name == "deployment" for name, _ in det)


def test_a_pointer_line_is_no_description_when_one_follows(tmp_path):
    text = ("# Rapports\n\nPour le déploiement c'est ici : [Deploiement.md](./Deploiement.md)\n\n"
            "Outil pour éditer des rapports de mission de contrôle, à destination des agents d'une direction.\n\n"
            "## Installation\n\n```\ncomposer install\n```\n")
    fact = readme_fact(tmp_path, text, {"Deploiement.md": "# Déploiement\n\nCopier l'archive sur le serveur.\n"})
    assert fact["description"]["text"].startswith("Outil pour éditer des rapports")
    assert ("deployment", 3) in {(d["name"], d.get("line")) for d in fact["section_details"]}


def test_installing_and_using_a_contributors_hook_tool_is_no_usage(tmp_path):
    text = ("# API\n\nUne API de provisionnement des boîtes mail.\n\n## Environnement de dev\n\n"
            "### Installation et utilisation de pre-commit\n\n```\npip install pre-commit\npre-commit install\n```\n\n"
            "## Utilisation de l'API\n\nAppeler `GET /domains` pour lister les domaines.\n")
    det = {(d["name"], d.get("text")) for d in readme_fact(tmp_path, text)["section_details"]}
    assert ("usage", "Utilisation de l'API") in det
    assert not any(text.startswith("Installation et utilisation") for _, text in det)


def test_the_symfony_docker_templates_first_sentence_is_no_description(tmp_path):
    text = ("# Outil\n\nA Docker-based installer and runtime for the Symfony web framework, with full HTTP/2, HTTP/3 and HTTPS support.\n\n"
            "## Getting Started\n\n1. Run `docker compose build --pull --no-cache` to build fresh images\n2. Run `docker compose up`\n")
    assert readme_fact(tmp_path, text)["description"] is None


def test_a_test_environments_configuration_is_not_the_apps(tmp_path):
    text = ("# Rapports\n\nUn outil pour éditer des rapports de mission.\n\n"
            "Après avoir installé les dépendances il est nécessaire de configurer l'application : renommer le fichier "
            "d'exemple `.template.env` en `.env.local` et y insérer les informations nécessaires.\n\n"
            "## Install\n\n```\ncomposer install\n```\n\n### Test environment configuration (for developers)\n\n"
            "Create the var/data folder for the SQLite test database.\n")
    det = [(d["name"], d.get("line")) for d in readme_fact(tmp_path, text)["section_details"] if d["name"] == "configuration"]
    assert det == [("configuration", 5)]


def test_an_infrastructure_note_of_the_local_setup_is_not_the_deployment_chapter(tmp_path):
    text = ("# Outil\n\nUn outil de suivi des infractions d'urbanisme.\n\n## Getting Started - Local Dev\n\n```\ndocker compose up\n```\n\n"
            "### Infrastructure Nuances (Legacy)\n\nThe dev network and the dev database port differ.\n\n"
            "## Launch in Production\n\n```\ndocker compose -f docker-compose.yml -f docker-compose.prod.yml up -d\n```\n")
    det = [(d["name"], d.get("text")) for d in readme_fact(tmp_path, text)["section_details"] if d["name"] in ("deployment", "usage")]
    assert det == [("deployment", "Launch in Production")]


def test_running_the_dependency_installer_is_an_install_step(tmp_path):
    text = ("# Worker\n\nUn worker qui importe des fiches d'entreprises.\n\n## Run bundler\n\nRun `bundle install`\n\n"
            "## Quelques commandes utiles\n\n### Pré-requis\n\nAvant de lancer les imports, corriger les fichiers CSV.\n")
    det = {(d["name"], d.get("text")) for d in readme_fact(tmp_path, text)["section_details"]}
    assert ("install", "Run bundler") in det
    assert ("usage", "Run bundler") not in det

"""README sections: a numbered setup step that copies the env template and fills its keys ("Préparer les variables d'environnement
en dupliquant `.env.example` en `.env`, et en ajoutant les clés …") gives the configuration (issue 12, s40 fc40, reader ru39).

The files are written for these tests, in the shape of the real repository named above each group."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit


def _sections(tmp_path, readme: str):
    commits = [{"files": {"README.md": readme, ".env.example": "SIGNATURE_KEY=\n", "package.json": '{"name": "x", "private": true}\n'},
                "date": "2022-12-21T13:00:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["sections"]


# - SocialGouv/chiffrement-sandbox: "## Setup", "1. Installer les dépendances:" `yarn install`, "2. Préparer les variables
#   d'environment en dupliquant `.env.example` en `.env`, et en ajoutant les clés de signature du serveur, générées via:" `yarn keygen
#   signature`: the configuration was missed (the gerund "dupliquant" was no copy word).
def test_a_setup_step_duplicating_the_env_template_is_the_configuration(tmp_path):
    readme = ("# signature\n\nMaquette d'un service de signature électronique des délibérations, pour les élus.\n\n## Setup\n\n"
              "1. Installer les dépendances:\n\n```shell\n$ yarn install\n```\n\n"
              "2. Préparer les variables d'environnement en dupliquant `.env.example` en `.env`, et en ajoutant les clés\n"
              "   de signature du serveur, générées via:\n\n```shell\n$ yarn keygen signature\n```\n\n"
              "3. Lancer le serveur de dev:\n\n```shell\n$ yarn dev\n```\n")
    assert "configuration" in _sections(tmp_path, readme)


def test_a_setup_step_only_installing_the_dependencies_is_no_configuration(tmp_path):
    readme = ("# signature\n\nMaquette d'un service de signature électronique des délibérations, pour les élus.\n\n## Setup\n\n"
              "1. Installer les dépendances:\n\n```shell\n$ yarn install\n```\n\n"
              "2. Lancer le serveur de dev:\n\n```shell\n$ yarn dev\n```\n")
    sections = _sections(tmp_path, readme)
    assert "configuration" not in sections and "install" in sections, sections

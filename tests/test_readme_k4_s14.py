"""README sections (issue 12, session 14, k4: r1's and r3's wrong README reads).
- "## Déploiements" / "## Deployments": the plural heading is the deployment chapter as the singular one is;
- "### Mettre en place l'environnement": the verb form of "mise en place" is an installation step;
- "#Usage" alone on its line, in a README whose author writes "##Introduction" without the space: a level-1 heading of the
  same hand, not a tag (while "#OpenData" in a README of spaced headings stays a paragraph)."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact


def _lines(fact: dict) -> dict:
    return {d["name"]: d["line"] for d in fact["section_details"]}


DEPLOYS = ("# Front\n\n> Interface web du service de dépôt de demandes.\n\n## Installation\n\n```\nnpm install\n```\n\n"
           "## Déploiements\n\n```\nnpm run build\n```\n\n### Docker\n\n```\ndocker build -t front .\n```\n")


def test_a_plural_deployments_heading_is_the_deployment_chapter(tmp_path):
    assert _lines(readme_fact(tmp_path, DEPLOYS)).get("deployment") == 11
    english = DEPLOYS.replace("## Déploiements", "## Deployments")
    assert _lines(readme_fact(tmp_path / "en", english)).get("deployment") == 11


SETUP = ("# Échantillonnage\n\nUn outil qui échantillonne des dalles lidar pour constituer des jeux d'apprentissage.\n\n## Usage\n\n"
         "### Mettre en place l'environnement virtuel avec Anaconda:\n\n```\nconda env create -f environment.yml\n```\n")


def test_mettre_en_place_heading_is_an_install_step(tmp_path):
    assert _lines(readme_fact(tmp_path, SETUP)).get("install") == 7


SPACELESS = ("#Assistant\n\n##Introduction\n\nUn module qui ajoute un assistant de dialogue aux portails de la ville.\n\n"
             "#Configuration\n\nLe contexte Spring déclare les processeurs et les messages du dialogue.\n\n"
             "#Usage\n\nLe dialogue est servi sur la page Portal.jsp?page=bot du portail.\n")


def test_a_lone_spaceless_level_one_heading_of_a_spaceless_readme(tmp_path):
    det = _lines(readme_fact(tmp_path, SPACELESS))
    assert (det.get("configuration"), det.get("usage")) == (7, 11), det
    # counterpart: in a README whose headings have their space, "#Usage" on its own line stays a tag-like paragraph
    spaced = SPACELESS.replace("##Introduction", "## Introduction").replace("#Assistant", "# Assistant")
    fact = readme_fact(tmp_path / "spaced", spaced)
    assert not any(h["text"] in ("Usage", "Configuration") for h in fact["headings"]), fact["headings"]


LAUNCH = ("# Statistics\n\nStatistics about the tool's use, from Matomo, GitHub and YouTube, served by an Express API.\n\n## Launch the app 🚀\n\n"
          "First, create a `.env` file based on `.env.example`. You will need API keys for YouTube, GitHub and Matomo.\n\n"
          "Then, to install the project's dependencies, run the following command:\n\n```\nyarn\n```\n\n"
          "Finally, use the following command to run the app:\n\n```\nyarn start\n```\n\nBy default, the server will run on `localhost:3000`.\n")


def test_launch_the_app_is_a_local_run_and_a_env_based_on_a_sample_the_settings(tmp_path):
    """s14 r3 (SocialGouv/archifiltre-statistics): "## Launch the app" (install the dependencies, run) is the local run, so the
    installation; "create a .env file based on .env.example" tells how the settings are set."""
    det = _lines(readme_fact(tmp_path, LAUNCH))
    assert (det.get("install"), det.get("configuration")) == (5, 7), det
    # counterpart: a sentence that takes something from an example file, no settings file, sets no settings
    other = LAUNCH.replace("First, create a `.env` file based on `.env.example`.", "First, read the data based on the example.")
    assert "configuration" not in _lines(readme_fact(tmp_path / "other", other))

"""README sections read wrong by reader m2 of session 20 (issue 12, fixer j1):

1. a heading that edits a settings file ("### Mettre à jour .env.local" over the settings to give) was no configuration, and an R
   package's step storing its key in an environment variable of `.Renviron` (a long sentence cut by a spaced colon) neither;
2. a chapter running the program's own command from the sources ("## Lancer un job": `npm run dev:cli -- <action>`) was taken for
   a development server's start and lost its usage;
3. create-vite's React template chapter "Expanding the ESLint configuration", in a README detected as that template, gave configuration;
4. a "## Le déploiement" chapter telling only the product's roll-out to come (no command, step, guide, host) gave deployment.
Each with the neighbouring case that must not change."""

from __future__ import annotations

import pytest

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# Carte des forêts\n\nCarte des forêts sert aux agents de l'office à consulter les parcelles forestières de leur secteur.\n\n"


def _at(tmp_path, text: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text}}])
    return {d["name"]: d["line"] for d in ctx_for(tmp_path).fact("readme")["section_details"]}


# --- 1. editing a settings file ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Mettre à jour .env.local", "Modifier le fichier .env", "Mise à jour du fichier .env",
                                     "Update your config.yml", "Renseigner le fichier settings.py"])
def test_a_heading_editing_a_settings_file_is_the_configuration(tmp_path, heading):
    text = INTRO + ("## Installation\n\n```\ncomposer install\n```\n\n"
                    f"### {heading}\n\n```\nDATABASE_URL=postgresql://user:secret@db:5432/forets\nTOKEN_TTL=600\n```\n")
    assert _at(tmp_path, text).get("configuration") == text.splitlines().index(f"### {heading}") + 1


@pytest.mark.parametrize("heading", ["Mettre à jour le schéma", "Modifier la carte", "Update the dependencies"])
def test_other_edit_headings_are_still_no_configuration(tmp_path, heading):
    text = INTRO + f"## Installation\n\n```\ncomposer install\n```\n\n### {heading}\n\n```\nphp bin/console doctrine:schema:update\n```\n"
    assert "configuration" not in _at(tmp_path, text)


def test_storing_a_key_in_an_environment_variable_is_the_configuration(tmp_path):
    text = ("# inseeapi\n\nLe paquet inseeapi donne accès aux jetons des interfaces de programmation d'un institut depuis R.\n\n"
            "## Exemple\n\n### Créer un compte\n\n"
            "Enregistrez l'identifiant du compte dans la variable d'environnement `API_USER_ID` et son mot de passe dans la variable\n"
            "d'environnement `API_USER_PWD` : le plus simple est de garder ces deux valeurs dans le fichier `.Renviron` de votre\n"
            "dossier personnel afin de ne jamais les écrire dans vos programmes ni les partager.\n")
    assert _at(tmp_path, text).get("configuration") == text.splitlines().index("### Créer un compte") + 3


def test_a_long_sentence_on_environment_variables_without_a_step_is_still_no_configuration(tmp_path):
    text = ("# inseeapi\n\nLe paquet inseeapi donne accès aux jetons des interfaces de programmation d'un institut depuis R.\n\n"
            "## Historique\n\n"
            "La première version lisait les variables d'environnement du poste et les gardait en mémoire pendant toute la session R :\n"
            "elle a été remplacée en 2021 par une lecture à chaque appel, plus lente mais plus sûre pour les postes partagés des agents.\n")
    assert "configuration" not in _at(tmp_path, text)


# --- 2. running the program's own command from the sources -----------------------------------------------------------------------

def _jobs(command: str) -> str:
    return (INTRO + "## Installer\n\n```bash\nnpm install\n```\n\n## Lancer un traitement\n\n"
            "Pour lancer un traitement il faut passer ses arguments à la commande.\n\n"
            f"### En local\n\n```bash\n{command}\n```\n\n### En production\n\n```bash\nnpm run cli -- [action] [flux]\n```\n")


@pytest.mark.parametrize("command", ["npm run dev:cli -- [action] [flux]", "yarn dev:job import-parcelles"])
def test_running_the_programs_command_from_the_sources_is_usage(tmp_path, command):
    text = _jobs(command)
    assert _at(tmp_path, text).get("usage") == text.splitlines().index("## Lancer un traitement") + 1


def test_starting_a_development_server_is_still_no_usage(tmp_path):
    text = (INTRO + "## Installer\n\n```bash\nnpm install\n```\n\n## Lancer\n\n```bash\nnpm run dev\n```\n\n"
            "Puis ouvrir http://localhost:3000 dans le navigateur.\n")
    assert "usage" not in _at(tmp_path, text)


# --- 3. the Vite template's boilerplate chapter -------------------------------------------------------------------------------------

VITE = ("# React + TypeScript + Vite\n\nThis template provides a minimal setup to get React working in Vite with HMR and some ESLint rules.\n\n"
        "## Expanding the ESLint configuration\n\n"
        "If you are developing a production application, we recommend updating the configuration to enable type-aware lint rules:\n\n"
        "- Set the `parserOptions` of the lint settings to read both `tsconfig` files\n- Add the React plugin's recommended rules\n")


def test_the_vite_templates_eslint_chapter_gives_no_configuration(tmp_path):
    assert "configuration" not in _at(tmp_path, VITE)


def test_the_projects_own_configuration_beside_the_template_still_counts(tmp_path):
    text = VITE + "\n## Configuration\n\nCopier `.env.example` en `.env` puis renseigner `VITE_API_URL`, l'adresse de l'API des détections.\n"
    assert _at(tmp_path, text).get("configuration") == text.splitlines().index("## Configuration") + 1


# --- 4. a roll-out to come is no deployment -----------------------------------------------------------------------------------------

CARBON = "# Sols vivants\n\nSols vivants estime les stocks de carbone des sols et des forêts d'un territoire pour les plans climat.\n\n"


def test_a_deployment_chapter_telling_a_future_rollout_gives_no_deployment(tmp_path):
    text = CARBON + ("## Le déploiement\n\nSols vivants sera une application Web ouverte à toutes et à tous.\n\n"
                     "Les plans climat des intercommunalités ([PCAET](https://fr.wikipedia.org/wiki/Plan_climat)) en seront les premiers usagers, "
                     "et l'outil pourra ensuite servir dans d'autres pays d'Europe.\n")
    assert "deployment" not in _at(tmp_path, text)


@pytest.mark.parametrize("body", ["L'application est déployée sur Scalingo depuis la branche main, après la revue de chaque changement par l'équipe.",
                                  "Tout ce qu'il faut savoir pour la mise en ligne de l'outil se trouve dans [le guide](docs/deploiement.md) de l'équipe.",
                                  "Le déploiement de la plateforme se fait à chaque merge sur main, sans aucune intervention de l'équipe.",
                                  "Depuis le poste d'un membre de l'équipe qui a les droits sur le compte de l'hébergeur :\n\n```bash\nmake deploy\n```"])
def test_a_deployment_chapter_telling_how_still_gives_deployment(tmp_path, body):
    text = CARBON + f"## Le déploiement\n\n{body}\n"
    assert _at(tmp_path, text).get("deployment") == text.splitlines().index("## Le déploiement") + 1

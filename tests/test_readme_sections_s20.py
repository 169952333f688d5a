"""README sections read wrong by readers of session 20 (issue 12, fixer f2b):

1. a deployment heading naming a part of the product ("Déploiement de l'application back-office") also gave usage, "back office"
   being a usage word: a part of the product beside another section's word is that task on the part;
2. the English "Parameters" (and the French "Réglages") named no configuration while "Paramètres" and "Settings" did;
3. a table row naming the author's address ("| Author email | … |", a QGIS plugin's cookiecutter table) was no contact;
4. a pointer to the README in another language ("👉 See French README here") was taken as the project's description;
5. a numbered install step titled in bold ("2. **Configurer l'environnement**" over `cp .env.template .env`) was no configuration.
Each with the neighbouring case that must not change."""

from __future__ import annotations

import pytest

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# Suivi des demandes\n\nSuivi des demandes permet aux agents de la métropole d'instruire les demandes de modification du plan local d'urbanisme.\n\n"


def _readme(tmp_path, text: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text}}])
    return ctx_for(tmp_path).fact("readme")


def _at(readme: dict) -> dict:
    return {d["name"]: d["line"] for d in readme["section_details"]}


# --- 1. a part of the product ----------------------------------------------------------------------------------------------------

def test_a_deployment_heading_naming_the_back_office_gives_no_usage(tmp_path):
    text = INTRO + ("## II - Installation\n\n```bash\nmvn clean package\n```\n\n#### II.2 - Déploiement de l'application back-office\n\n"
                    "Copier le war dans le dossier webapps du Tomcat du serveur puis redémarrer le service.\n")
    secs = _at(_readme(tmp_path / "deploy", text))
    assert "usage" not in secs and secs["deployment"] == text.splitlines().index("#### II.2 - Déploiement de l'application back-office") + 1
    conf = INTRO + "## Configuration du back office\n\nDans `application.properties`, renseigner l'adresse de la base de données.\n"
    assert "usage" not in _at(_readme(tmp_path / "conf", conf))


@pytest.mark.parametrize("heading", ["Créer une page dans le back office", "Utilisation du back-office", "Back office"])
def test_what_is_done_in_the_back_office_is_still_usage(tmp_path, heading):
    text = INTRO + f"## {heading}\n\nDans le menu Gestion, cliquer sur Nouvelle page, saisir son titre puis Enregistrer.\n"
    assert "usage" in _at(_readme(tmp_path, text))


# --- 2. the settings' words in both languages -----------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Parameters for developers", "Parameters", "Réglages", "Paramètres"])
def test_parameters_name_the_configuration_in_both_languages(tmp_path, heading):
    text = ("# Meal forecast\n\nMeal forecast estimates how many pupils will eat at the school canteens each day.\n\n"
            f"## {heading}\n\n- `include_holidays`: whether the days before a holiday are kept for training\n"
            "- `date_format`: how dates are written in the input files\n")
    assert "configuration" in _at(_readme(tmp_path, text))


def test_a_calls_parameters_are_still_no_configuration(tmp_path):
    text = ("# Meal forecast\n\nMeal forecast estimates how many pupils will eat at the school canteens each day.\n\n"
            "## API\n\n### Query parameters\n\n- `school`: the school's identifier\n- `day`: the day to forecast\n")
    assert "configuration" not in _at(_readme(tmp_path, text))


@pytest.mark.parametrize("word", ["Parameters", "Paramètres"])
def test_a_functions_parameters_are_no_configuration_in_either_language(tmp_path, word):
    text = ("# date-fr\n\ndate-fr formats dates the way French administrations write them in their letters.\n\n"
            "## `formatDate`\n\n```js\nformatDate(new Date(), 'long')\n```\n\n"
            f"### {word}\n\n- `date`: the date to format\n- `style`: short or long\n\n"
            "## parseDate(text, options)\n\nReads a date written in French.\n")
    assert "configuration" not in _at(_readme(tmp_path, text))


def test_a_charts_parameters_are_still_its_configuration(tmp_path):
    text = ("# WordPress\n\nA Helm chart deploying WordPress for the communes' websites.\n\n## Parameters\n\n"
            "| Name | Description | Value |\n| --- | --- | --- |\n| `replicaCount` | Number of replicas | `1` |\n")
    assert "configuration" in _at(_readme(tmp_path, text))


# --- 3. a contact in a table row ------------------------------------------------------------------------------------------------

PLUGIN = ("# Point de levé\n\nCe plugin QGIS crée des points à partir d'un plan de géomètre.\n\n## Plugin\n\n"
          "| Option | Valeur |\n| :-- | :-- |\n| Plugin name | Point de levé |\n| Author name | Camille Durand |\n{row}"
          "| Minimum QGIS version | 3.22 |\n")


@pytest.mark.parametrize("row", ["| Author email | camille.durand@agglo-exemple.fr |\n", "| Contact | sig@agglo-exemple.fr |\n",
                                 "| Mainteneur | [Service SIG](mailto:sig@agglo-exemple.fr) |\n"])
def test_a_table_row_naming_the_authors_address_is_a_contact(tmp_path, row):
    text = PLUGIN.format(row=row)
    secs = _at(_readme(tmp_path, text))
    assert secs.get("contact") == text.splitlines().index(row.strip()) + 1


@pytest.mark.parametrize("row", ["| Author organization | Agglomération |\n",  # nobody's address
                                 "| `ADMIN_EMAIL` | admin@agglo-exemple.fr |\n",  # a setting and its value
                                 "| ADMIN_EMAIL | admin@agglo-exemple.fr |\n",
                                 "| Author email | camille@example.com |\n",  # an example's address
                                 "| Serveur SMTP | smtp@agglo-exemple.fr |\n",  # an address, no one named to reach
                                 "| Mail | etablissement@agglo-exemple.fr |\n",  # a data field and its sample value
                                 "| Mail professionnel | email | Obligatoire | prenom.nom@agglo-exemple.fr |\n"])
def test_other_rows_are_still_no_contact(tmp_path, row):
    assert "contact" not in _at(_readme(tmp_path, PLUGIN.format(row=row)))


# --- 4. a pointer to the README in another language -----------------------------------------------------------------------------

DESCRIPTION = "Front-Suivi is the front-end of the labour inspectors' web application showing the companies' declared contracts."


@pytest.mark.parametrize("pointer", ["👉 _See French README [here](docs/README.md)_", "[Version française](README.fr.md)", "English version",
                                     "🇫🇷 [Français](README.md) | 🇬🇧 [English](README.en.md)", "Read this in English",
                                     "> [Lire la version française du README](README.fr.md)", "This README is also available in French."])
def test_a_language_pointer_is_no_description(tmp_path, pointer):
    text = f"# Front-Suivi\n\n{pointer}\n\n{DESCRIPTION}\n\n## Install\n\n```bash\nyarn install\n```\n"
    readme = _readme(tmp_path, text)
    assert readme["description"]["text"] == DESCRIPTION and readme["description"]["line"] == 5
    assert _at(readme)["purpose"] == 5


@pytest.mark.parametrize("line", ["Outil de traduction du français vers le breton des panneaux des communes.",
                                  "Traduction en breton des délibérations du conseil.", "Saisie des versions françaises des textes."])
def test_a_short_description_naming_a_language_is_still_one(tmp_path, line):
    readme = _readme(tmp_path, f"# Brezhoneg\n\n{line}\n\n## Installation\n\n```bash\nnpm install\n```\n")
    assert readme["description"]["line"] == 3


# --- 5. a numbered step that fills the settings ---------------------------------------------------------------------------------

STEPS = ("# Aides locales\n\nAides locales permet de simuler son éligibilité aux aides des collectivités.\n\n## Installation rapide\n\n"
         "1. **Cloner et installer**\n   ```bash\n   git clone <url-du-depot>\n   pnpm install\n   ```\n\n"
         "2. **Configurer l'environnement**\n   ```bash\n{block}\n   ```\n\n"
         "3. **Lancer le serveur**\n   ```bash\n   pnpm dev\n   ```\n")


@pytest.mark.parametrize("block", ["   cp .env.template .env\n   # renseigner les variables dans .env",
                                   "   DATABASE_URL=postgres://localhost/aides\n   SIMULATEUR_URL=http://localhost:5000"])
def test_a_step_filling_the_settings_is_the_configuration(tmp_path, block):
    text = STEPS.format(block=block)
    secs = _at(_readme(tmp_path, text))
    assert secs.get("configuration") == text.splitlines().index("2. **Configurer l'environnement**") + 1


def test_a_step_naming_the_environment_without_settings_is_no_configuration(tmp_path):
    text = STEPS.format(block="   nvm use 22\n   corepack enable")
    assert "configuration" not in _at(_readme(tmp_path, text))

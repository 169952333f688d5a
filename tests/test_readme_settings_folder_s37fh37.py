"""documentation.readme-sections (issue 12, s37 fh37 = HPSdevs/ParcMachinesSivom).

A plain PHP application's README says, under its installation chapter, "des fichiers dans le répertoire CONFIGX-HPS permettent de
configurer la base de données et les courriels": the folder holding its two settings files (config-basededonnees.ini,
config-email.ini), which reusability.configuration finds as the settings template. The check listed configuration as missing: a
settings sentence had to name a settings *file*. A sentence with a settings word and a folder word naming a folder of the repository
that holds a settings file is the configuration section.
Near miss: the same sentence naming a folder that holds no settings file (its documents) names no settings.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"

README = """# Parc machines

Application de gestion des machines et véhicules d'un atelier intercommunal : demandes d'intervention, suivi, documents.

### INSTALLATION SIMPLIFIÉE :

Un serveur du style XAMPP avec MySQL. Ouvrez install.php pour créer la base de données. Néanmoins des fichiers dans le répertoire {folder} permettent de configurer la base de données et les courriels.
"""

FILES = {"index.php": "<?php session_start(); ?>\n<h1>Parc</h1>\n", "install.php": "<?php echo 'ok'; ?>\n",
         "configx-hps/config-basededonnees.ini": "host=localhost\ndb=parc\n", "configx-hps/config-email.ini": "smtp=localhost\n",
         "guides/utilisation.md": "# Utilisation\n\nOuvrir le menu.\n"}


def _sections(tmp_path, folder: str) -> dict:
    return check_result(tmp_path, {**FILES, "Readme.md": README.format(folder=folder)}, CID)


def test_a_sentence_naming_the_settings_folder_is_the_configuration(tmp_path):
    r = _sections(tmp_path, "CONFIGX-HPS")
    assert "configuration" not in r["message"]["en"].split("missing:")[-1], r["message"]  # was "missing: usage, configuration, …"


def test_a_folder_holding_no_settings_file_names_no_settings(tmp_path):
    r = _sections(tmp_path, "GUIDES")
    assert "configuration" in r["message"]["en"].split("missing:")[-1], r["message"]

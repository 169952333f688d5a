"""reusability.install missed two shapes of installation (issue 12, session 22 readers a4 and a2): a setup guide titled "Prise en
main" (docs/MD/API - Prise en main.md: get the toolkit, create a test database, fill the connection settings, run the tests), which
the install and load facts did not take for a guide (they knew install, setup, getting-started, démarrage… at the start of a name);
and Windows installer scripts in a kit's install/ folder (install-git.bat calling install/scripts/install-git.ps1), not counted as
installation tooling. A document or a script named for something else still counts for nothing."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

INSTALL = "reusability.install"

TOOLKIT = {"README.md": "# Boîte à outils SIG\n\nUne boîte à outils PowerShell pour charger des données ouvertes dans PostgreSQL.\n",
           "sql/schema.sql": ("CREATE SCHEMA ban;\nCREATE TABLE ban.adresse (id varchar(50) PRIMARY KEY, numero integer, voie text);\n"
                              "COMMENT ON TABLE ban.adresse IS 'Adresses';\nCREATE TABLE ban.voie (id varchar(50) PRIMARY KEY, nom text);\n"
                              "COMMENT ON TABLE ban.voie IS 'Voies';\n"),
           "docs/MD/API - Prise en main.md": ("# Tutoriel : prendre en main la boîte à outils\n\n## 1. Préparer le contexte de travail\n\n"
                                              "### 1.1. Créer une base de tests\n\nCréez une base vide puis lancez le script de création :\n\n"
                                              "```\npsql -d tests -f sql/schema.sql\n```\n\n### 1.2. Renseigner la connexion\n\n"
                                              "Ajoutez une ligne au fichier PGPASS.\n")}

KIT = {"README.md": "# Kit IA\n\nLes guides et les scripts du kit de démarrage de notre instance d'assistant.\n\nVoir guides.md pour l'installer.\n",
       "guides.md": "# Guides\n\n## Installation\n\nLancez les scripts du dossier install puis démarrez le serveur.\n",
       "kit/install/install-git.bat": "@echo off\r\npowershell -ExecutionPolicy Bypass -File \"%~dp0scripts\\install-git.ps1\"\r\n",
       "kit/install/scripts/install-git.ps1": "winget install --id Git.Git -e\r\nWrite-Host \"Git est installe\"\r\n",
       "outils/requete.py": "def requete(texte):\n    \"\"\"Une requête à la base.\"\"\"\n    return texte.strip()\n"}


def test_a_prise_en_main_guide_tells_how_to_load(tmp_path):
    res = judge(tmp_path, TOOLKIT, [INSTALL])[1][INSTALL]
    assert res["details"]["instructions"] is True, res["message"]
    assert "docs/MD/API - Prise en main.md" in res["details"]["guides"]


def test_a_history_page_is_no_guide(tmp_path):
    files = {("docs/MD/API - Historique.md" if k.endswith("Prise en main.md") else k): v for k, v in TOOLKIT.items()}
    files["docs/MD/API - Historique.md"] = "# Historique\n\nLa boîte à outils est née en 2019 au service SIG.\n"
    res = judge(tmp_path, files, [INSTALL])[1][INSTALL]
    assert res["details"]["instructions"] is False, res["message"]


def test_windows_installers_in_an_install_folder_are_tooling(tmp_path):
    res = judge(tmp_path, KIT, [INSTALL])[1][INSTALL]
    assert "Install tooling: scripts" in res["message"]["en"], res["message"]


def test_other_windows_scripts_are_no_tooling(tmp_path):
    files = {k.replace("kit/install/install-git.bat", "kit/outils/convertir.bat").replace("kit/install/scripts/install-git.ps1", "kit/outils/convertir.ps1"): v
             for k, v in KIT.items()}
    res = judge(tmp_path, files, [INSTALL])[1][INSTALL]
    assert "Install tooling: none" in res["message"]["en"], res["message"]

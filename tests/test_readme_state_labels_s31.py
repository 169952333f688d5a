"""README sections and description of State repositories (issue 12, s31 k31, readers r8a and r8b): a plain label line over commands
is that section ("To install:" over an installer; "Lancement en ligne de commande :" over the project's script with its arguments); a
numbered step inside "## Installation" is no use; "### Paramètres" under "## API" are the request's parameters; a CI service's
configuration file and the developers' documentation are no configuration nor usage; a credit line ("Ce script a été rédigé par …")
or a continuation line ("Le projet X est la poursuite du travail …") is no description."""

from __future__ import annotations

from auditor.facts.readme import analyse


def _section(result, name):
    return next((d for d in result["section_details"] if d["name"] == name), None)


def test_a_numbered_step_inside_the_installation_is_no_usage():
    text = ("# CLARA\n\nCLarification des Aides pour le Retour à l'Activité.\n\n## Installation\n\n### 0. Prérequis\n\nDocker 20+.\n\n"
            "### 1. Téléchargement des projets\n\n```\ngit clone https://example.org/clara.git\n```\n\n"
            "### 4. Mettre la base de données de production en local\n\n```\ndocker-compose run --rm db-srv bash -c \"pg_restore -d ara_dev /latest.dump\"\n```\n\n"
            "### 5. Simplifier la base de données\n\nUne version simplifiée de la base donne du confort de développement.\n\n"
            "```\ndocker-compose -f docker-compose-local.yml run --rm web-srv bash -c \"bundle exec rails minidb:recreate\"\n```\n\n"
            "## Recette\n\n### 1. Déploiement en recette\n\n```\ngit push scalingo master\n```\n\n"
            "### 2. Restaurer la recette avec des données de production\n\n```\nscalingo --app clara-recette db-tunnel SCALINGO_POSTGRESQL_URL\n```\n")
    assert _section(analyse(text, "README.md"), "usage") is None


def test_a_numbered_step_after_a_numbered_installation_stays_usage():
    text = ("# ultrablue\n\nServer and client for remote attestation of a laptop.\n\n## 0. Installation\n\n```\nsudo make install\n```\n\n"
            "## 1. Enrollment\n\n```\nsudo ultrablue-server -enroll\n```\n\n## 2. Attestation\n\n```\nsudo ultrablue-server\n```\n")
    usage = _section(analyse(text, "README.md"), "usage")
    assert usage is not None and usage["line"] == 11, usage


def test_a_plain_label_over_an_installer_is_the_installation():
    text = ("# usact\n\nSoftware used to record data on usage conflicts.\n\nTo install:\n- deploy a Ubuntu or Debian server\n"
            "- wget https://github.com/example/usact/raw/master/install/deploy_new_instance.sh\n- ./deploy_new_instance.sh\n\n"
            "This software is diffused under Affero GPL License.\n")
    install = _section(analyse(text, "README.md"), "install")
    assert install is not None and install["line"] == 5, install


def test_a_plain_label_over_the_script_run_is_the_usage():
    text = ("Ce script a été rédigé par Jeanne Martin et Paul Durand de la DREAL en novembre 2023 à partir d'un script fait par la DREAL ARA.\n\n"
            "Il télécharge les données de l'API Installations Classées de Géorisques selon une liste de codes communes.\n"
            "Il a été développé en python 3.9\n\n"
            "Lancement en ligne de commande :\n\"python   chemin_du_script.py   <paramètre1>   <paramètre2>\"\navec :\n"
            "- paramètre1 = chemin du fichier contenant les codes communes (format csv)\n"
            "- paramètre2 = nom de la colonne qui contient les codes communes\n"
            "ex : \"$python telecharger_icpe.py liste_communes.csv INSEE_COM\"\n\nLe geojson résultat est placé dans le dossier du fichier.\n")
    files = {"telecharger_icpe.py": None, "README.md": None, "requirements.txt": None}
    result = analyse(text, "README.md", files)
    usage = _section(result, "usage")
    assert usage is not None and usage["line"] == 6, usage
    assert result["description"]["line"] == 3, result["description"]  # (the credit line is none)
    assert _section(result, "purpose")["line"] == 3


def test_a_label_over_a_local_run_or_an_unknown_script_is_no_usage():
    text = ("# Appli\n\nApplication de suivi des demandes de subvention pour les agents de la collectivité.\n\n"
            "Lancement du serveur en local :\n- npm start\n\nUtilisation en ligne de commande :\n- python outil.py fichier.csv\n")
    assert _section(analyse(text, "README.md", {"README.md": None, "package.json": None}), "usage") is None


def test_request_parameters_under_the_api_chapter_are_no_configuration():
    text = ("# Mon Impact Transport\n\nApplication web et API permettant de comparer la consommation en CO2e de différents modes de transport.\n\n"
            "## API\n\nRetourne la liste des modes de transport avec leur impact pour une distance donnée.\n\n### Exemples\n\n"
            "https://api.example.org/beta/getEmissionsPerDistance?km=250\n\n### Paramètres\n\n**km**: Number (défaut: **1**)\n"
            "Distance en km utilisée pour le calcul\n\n**filter**: String (défaut : **auto**)\nMode de filtrage\n")
    result = analyse(text, "README.md")
    assert _section(result, "configuration") is None
    assert _section(result, "usage")["text"] == "API"


def test_settings_under_an_administration_chapter_stay_configuration():
    text = ("# Thème communal\n\nThème WordPress pour les sites des communes, avec widgets et pages pratiques.\n\n## Administration\n\n"
            "### Paramètres\n- Informations mairie\n- Coordonnées\n- Réseaux sociaux\n- Apparence\n")
    assert _section(analyse(text, "README.md"), "configuration") is not None


def test_the_ci_service_configuration_is_no_configuration():
    text = ("# CLARA\n\nCLarification des Aides pour le Retour à l'Activité.\n\n## 5. Montée de version de Ruby\n\n### A. Dans les fichiers\n\n"
            "#### a. Dans les Dockerfiles\n\nChangez la version de l'image de base.\n\n"
            "#### d. Dans le fichier de configuration CircleCI\n\nChangez le numéro de version à l'intérieur du fichier .circleci/config.yml\n")
    assert _section(analyse(text, "README.md"), "configuration") is None
    text = ("# Outil\n\nOutil de cartographie des aides pour les agents de la collectivité.\n\n"
            "Changez le centre de la carte à l'intérieur du fichier config/config.yml avant de lancer l'application.\n")
    assert _section(analyse(text, "README.md"), "configuration") is not None


def test_the_developers_documentation_is_no_usage():
    text = ("# IGNMap\n\nIGNMap est un logiciel de visualisation de données géographiques vectorielles et d'images.\n\n"
            "## Documentation développeurs\n\nLe projet est géré via le Projucer de JUCE : cet outil gère les sources et les options de compilation.\n\n"
            "Pour la compilation sous Windows, on utilise Visual Studio.\n")
    assert _section(analyse(text, "README.md"), "usage") is None
    text = text.replace("Documentation développeurs", "Documentation utilisateurs").replace(
        "Le projet est géré via le Projucer de JUCE : cet outil gère les sources et les options de compilation.",
        "Le manuel explique comment ouvrir une couche et mesurer une distance.")
    assert _section(analyse(text, "README.md"), "usage") is not None


def test_a_continuation_line_is_no_description_but_a_purpose_credit_is():
    text = ("# osiris\n## Context\n\n> Le projet OSIRIS-MED est la poursuite du travail déjà effectué avec le consortium **OSIRIS** et **financé par INCA.**\n\n"
            "> **Objectif :**  Création d’un set de données de 130 variables cliniques et génomiques / analyse fédérée du modèle\n")
    assert analyse(text, "README.md")["description"]["line"] == 6
    text = ("# Cartes IGN\n\nCartes IGN est l'application mobile développée par l'IGN pour découvrir la France autrement.\n\n"
            "Ce projet a été développé par l'IGN pour permettre aux randonneurs de consulter les cartes hors ligne.\n")
    assert analyse(text, "README.md")["description"]["line"] == 3
    text = ("# Outil\n\nCe plugin a été développé par la DDT pour faciliter la saisie des avis sur les permis de construire.\n")
    assert analyse(text, "README.md")["description"]["line"] == 3


def test_a_routes_table_under_a_todo_note_is_the_usage():
    text = ("# CartoBio - API\n\n> API des données parcellaires bio en France.\n\n## Développement\n\n```sh\nnpm ci\nnpm start\n```\n\n"
            "Ouvrir : http://localhost:8000/api/v1/version\n\n<details>\n<summary><b>Autres informations</b></summary>\n\n# TODO : reprendre\n\n"
            "## Fonctionnement\n\n### Routes\n\n| Verbe | Chemin | Description |\n| --- | --- | --- |\n"
            "| `GET` | `/api/v1/version` | Affiche la version de l'API. |\n| `POST` | `/api/v1/login` | S'authentifie auprès du portail. |\n"
            "| `GET` | `/api/v1/parcels` | Liste des parcelles des clients. |\n\n### Variables d'environnement\n\n"
            "L'application lit les variables définies dans un fichier `.env` sur le port 8000 de localhost.\n\n</details>\n")
    usage = _section(analyse(text, "README.md"), "usage")
    assert usage is not None and usage["text"] == "Fonctionnement", usage

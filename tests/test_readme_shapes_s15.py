"""README shapes read wrong on local-authority repositories (issue 12, session 15, h3), each with a counterpart that still counts:
- a manual test's variables (`KC_URL=… KC_REALM=…` under "## Tester à la main") are no configuration section;
- a sentence that points to a framework's own installation guide ("voir la documentation d'installation de Symfony") is no install;
- "À l'installation de ce module, une portlet est disponible" says when, not how: no install section;
- a "## Usage" chapter of configuration steps only is the configuration; a sentence setting a value in config.js is configuration;
- a name/version/author header is no description; the first heading after it is a chapter;
- a template's own chapters (Remix's "Development"/"Deployment" text) are not the project's sections;
- "## Rake tasks" (the application's tasks to run) is the users' guide;
- "This dashboard connects to the X API." (its data source alone) is no description."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact

INTRO = "Synchronise les comptes des agents de la collectivité depuis l'annuaire de la mairie vers le serveur d'authentification.\n\n"


def _sections(tmp_path, text: str, docs: dict | None = None) -> dict:
    fact = readme_fact(tmp_path, text, docs)
    return {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}


MANUAL_TEST = ("# sync-agents\n\n" + INTRO + "## Installation\n\n```\npip install -r requirements.txt\n```\n\n## Tester à la main\n\n"
               "Lancer le script sur le serveur de recette :\n\n```\nAUTH_URL=https://auth.recette.example.org\nAUTH_REALM=agents\n"
               "AUTH_CLIENT_ID=sync\npython sync.py --dry-run\n```\n")


def test_a_manual_tests_variables_are_no_configuration(tmp_path):
    assert "configuration" not in _sections(tmp_path, MANUAL_TEST)
    # counterpart: the same block under a settings chapter is the configuration
    settings = MANUAL_TEST.replace("## Tester à la main", "## Mise en service")
    assert _sections(tmp_path / "settings", settings)["configuration"] == ("sentence", 16)


FRAMEWORK_LINK = ("# reservation-salles\n\nApplication de réservation des salles municipales par les associations de la ville.\n\n"
                  "Pour installer Symfony, voir la documentation d'installation de Symfony : https://symfony.com/doc/current/setup.html\n\n"
                  "## Utilisation\n\nSe connecter avec son compte agent puis choisir une salle dans le calendrier.\n")


def test_a_frameworks_installation_guide_is_no_install(tmp_path):
    assert "install" not in _sections(tmp_path, FRAMEWORK_LINK)
    english = FRAMEWORK_LINK.replace("Pour installer Symfony, voir la documentation d'installation de Symfony :", "See the Django installation docs:")
    assert "install" not in _sections(tmp_path / "en", english)
    # counterparts: the project's own guide, and a project named with the framework's word
    own = FRAMEWORK_LINK.replace("Pour installer Symfony, voir la documentation d'installation de Symfony : https://symfony.com/doc/current/setup.html",
                                 "Pour l'installation, voir [INSTALL.md](INSTALL.md).")
    assert _sections(tmp_path / "own", own, {"INSTALL.md": "# Installation\n\n`composer install`\n"})["install"] == ("sentence", 5)
    named = FRAMEWORK_LINK.replace("Pour installer Symfony, voir la documentation d'installation de Symfony : https://symfony.com/doc/current/setup.html",
                                   "Installation de symfony-salles : voir https://docs.salles.example.org/installation")
    assert "install" in _sections(tmp_path / "named", named)


MOMENT = ("# jPlatformCarte\n\nCe module apporte l'intégration des cartes du portail départemental pour le CMS.\n\n## Utilisation\n\n"
          "À l'installation de ce module, une nouvelle portlet de type *Portlet Carte* est disponible. Dans cette portlet, coller le "
          "code de la carte dans le champ dédié.\n")


def test_what_happens_at_installation_is_no_install_section(tmp_path):
    secs = _sections(tmp_path, MOMENT)
    assert "install" not in secs and secs["usage"] == ("heading", 5), secs
    heading = MOMENT.replace("## Utilisation\n\nÀ l'installation de ce module, une", "## À l'installation de ce module\n\nUne")
    assert "install" not in _sections(tmp_path / "heading", heading)
    # counterpart: a pointer to the installation guide still counts
    guide = MOMENT.replace("À l'installation de ce module,", "Pour l'installation, voir le wiki du projet.")
    assert _sections(tmp_path / "guide", guide)["install"] == ("sentence", 7)


SETTINGS_AS_USAGE = ("# carte-bornes\n\nCarte des bornes de recharge publiques de la communauté d'agglomération, avec leur puissance.\n\n"
                     "## Usage\n\nCopier le fichier `config.example.js` en `config.js` et y renseigner la clé d'API et l'URL du flux WFS.\n\n"
                     "Modifier le centre et le niveau de zoom de la carte dans `config.js`.\n")


def test_a_usage_chapter_of_settings_steps_is_the_configuration(tmp_path):
    secs = _sections(tmp_path, SETTINGS_AS_USAGE)
    assert "usage" not in secs and secs["configuration"] == ("heading", 5), secs
    # counterpart: with a step of use beside the settings, both
    both = SETTINGS_AS_USAGE + "\nOuvrir ensuite `index.html` : un clic sur une borne affiche sa puissance et son opérateur.\n"
    secs = _sections(tmp_path / "both", both)
    assert secs["usage"] == ("heading", 5) and secs["configuration"] == ("sentence", 7), secs


HEADER = ("Nom : carto-pluvial\nVersion : 1.2.0\nAuteur : Service SIG de la communauté de communes\n\n## Installation\n\n"
          "Copier le dossier dans le répertoire des extensions de QGIS puis redémarrer QGIS.\n")


def test_a_name_version_author_header_is_no_description(tmp_path):
    fact = readme_fact(tmp_path, HEADER)
    assert fact["description"] is None and "purpose" not in fact["sections"], fact["description"]
    # counterpart: a sentence under the header says what it is
    said = HEADER.replace("\n\n## Installation", "\n\nExtension QGIS de contrôle des réseaux d'eaux pluviales de la communauté.\n\n## Installation")
    assert readme_fact(tmp_path / "said", said)["description"]["line"] == 5


REMIX = ("# Welcome to Remix!\n\n- [Remix Docs](https://remix.run/docs)\n\n## Development\n\nFrom your terminal:\n\n```sh\nnpm run dev\n```\n\n"
         "This starts your app in development mode, rebuilding assets on file changes.\n\n## Deployment\n\nFirst, build your app for "
         "production:\n\n```sh\nnpm run build\n```\n\nThen run the app in production mode:\n\n```sh\nnpm start\n```\n\n"
         "Now you'll need to pick a host to deploy it to.\n")


def test_a_templates_own_chapters_are_not_the_projects(tmp_path):
    secs = _sections(tmp_path, REMIX)
    assert "install" not in secs and "deployment" not in secs, secs
    # counterpart: a chapter the team wrote in the same README counts
    own = REMIX + "\n## Déploiement sur le serveur de la ville\n\nLe service est déployé par la DSI avec `ansible-playbook deploy.yml`.\n"
    assert _sections(tmp_path / "own", own)["deployment"][0] == "heading"


RAKE = ("# voirie-app\n\nApplication de gestion des interventions de voirie de la métropole, de la demande à la clôture.\n\n"
        "## Rake tasks\n\n- `rake import:communes` : importe le référentiel des communes\n- `rake interventions:relances` : relance les "
        "demandes en attente\n\n## Licence\n\nAGPL-3.0\n")


def test_rake_tasks_are_the_users_guide(tmp_path):
    assert _sections(tmp_path, RAKE)["usage"] == ("heading", 5)


CONNECTOR = ("# tableau-energie\n\nThis dashboard connects to the energy supplier's open data API (FastAPI backend).\n\n## Development\n\n"
             "```bash\nnpm run dev\n```\n")


def test_a_data_source_sentence_is_no_description(tmp_path):
    fact = readme_fact(tmp_path, CONNECTOR)
    assert fact["description"] is None and "purpose" not in fact["sections"], fact["description"]
    # counterpart: what it does with those data is a description
    said = CONNECTOR.replace("(FastAPI backend).", "and displays the consumption of the town's buildings.")
    assert readme_fact(tmp_path / "said", said)["description"]["line"] == 3

"""Session 8 (issue 12): README sections and signals on shapes session 7's readers found wrong (demo and issue-tracker links that
are an API, a catalogue record, a data set, a Maven site or another project's issue; headings under other forms)."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run

ONLY = ["documentation.readme-sections"]


def _readme(tmp_path, name, readme, extra=None):
    files = {"README.md": readme, **(extra or {})}
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return run(repo, tmp_path / (name + "-c"), only=ONLY)["facts"]["readme"]


def test_api_catalogue_record_data_set_and_maven_site_links_are_no_demo(tmp_path):
    """addon_rva (the API the add-on queries), monit-ods (a CSW GetRecordById request), avap (a GeoNetwork metadata record),
    terriotires_industrie (the data source's page), gru-plugin-cgu (the generated Maven site) were each the README's 'demo'."""
    readme = ("ADDON RVA\n==========\n\nCet addon permet de requêter l'[API RVA de Rennes Métropole](http://rva.data.rennes-metropole.fr/) "
              "depuis le visualiseur.\n\n### Exemple de requête CSW getRecordById\n\n"
              "[https://public.sig.ville.fr/geonetwork/srv/fre/csw?service=CSW&request=GetRecordById&id=b70](https://public.sig.ville.fr/"
              "geonetwork/srv/fre/csw?service=CSW&request=GetRecordById&id=b70)\n\n## Jeu de données consolidé\n\nVous pouvez retrouver le "
              "jeu de données en cliquant [ici](https://geo.agglo.fr/geonetwork/srv/fre/catalog.search#/metadata/SUP-AC4).\n\n"
              "Source de la donnée\n\n- Caisse des Dépôts --> https://opendata.caissedesdepots.fr/explore/dataset/liste_territoires\n\n"
              "[Maven documentation and reports](https://dev.lutece.ville.fr/plugins/plugin-cgu/)\n")
    assert _readme(tmp_path, "a", readme)["demo"] is None
    # the project's own instance still counts, an API's too when the README says it is deployed there
    info = _readme(tmp_path, "b", readme + "\nL'application est accessible sur https://rva.agglo.fr/carte/.\n")
    assert info["demo"]["url"] == "https://rva.agglo.fr/carte/", info["demo"]
    info = _readme(tmp_path, "c", "# Parkings API\n\nThe endpoint is deployed at http://parkings.api.strasbourg-data.fr/\n")
    assert info["demo"]["url"] == "http://parkings.api.strasbourg-data.fr/", info["demo"]


def test_a_french_link_no_word_calls_a_site_is_the_demo_only_when_named_after_the_project(tmp_path):
    """franceocr (enpc.fr), mednum-cli (data.gouv.fr), gaz_vert (insee.fr): any French link was taken for the live service when no
    link had a demo word; a host named after the project ("Diagbruit" → diagbruit.fr) is its site."""
    info = _readme(tmp_path, "a", "# FranceOCR\n\nModèle de lecture des pièces d'identité, entraîné avec l'[ENPC](https://enpc.fr) "
                                   "et publié sur [data.gouv.fr](https://www.data.gouv.fr/) pour les administrations.\n")
    assert info["demo"] is None, info["demo"]
    info = _readme(tmp_path, "b", "# Diagbruit\n\n[Diagbruit](https://diagbruit.fr) aide les collectivités à diagnostiquer le bruit "
                                   "des routes et des voies ferrées de leur territoire.\n")
    assert info["demo"]["url"] == "https://diagbruit.fr", info["demo"]
    info = _readme(tmp_path, "c", "# Carte des données\n\nCarte des jeux publiés, avec les [données](https://donnees.agglo.fr/) de "
                                   "l'agglomération mises à jour chaque semaine par l'équipe SIG.\n")
    assert info["demo"] is None, info["demo"]  # (a host named by a common word of the title: not the project's own)


def test_one_issue_of_another_project_is_no_issue_tracker(tmp_path):
    """place_pmr: "Voir aussi" linked etalab/schema.data.gouv.fr/issues/190, an issue of another project, taken for the tracker;
    a sentence sending the reader to report there still gives it."""
    readme = ("# Places PMR\n\nModèle de données des places de stationnement réservées aux personnes handicapées.\n\n## Voir aussi\n\n"
              "* [Schéma national des stationnements PMR (en cours)](https://github.com/etalab/schema.data.gouv.fr/issues/190)\n")
    assert _readme(tmp_path, "a", readme)["issue_tracker"] is None
    info = _readme(tmp_path, "b", readme + "\nSignalez un bug : [ticket](https://github.com/agglo/place_pmr/issues/12).\n")
    assert info["issue_tracker"]["url"] == "https://github.com/agglo/place_pmr/issues/12"


def test_plain_text_readme_banner_headings_are_its_chapters(tmp_path):
    """sigrennesmetropole/widget-rm: README.txt's `****` banners "Intégration / Utilisation / Personnalisation du widget RM" were
    not read as headings: "missing installation, usage" and the prerequisites list taken for the description."""
    banner = "*" * 43
    readme = (f"{banner}\nIntégration du widget RM\n{banner}\n\nPrérequis :\n * JQuery 3.3.1\n * Leaflet 1.3.1\n\n"
              "Ajouter les fichiers suivants à votre projet :\n * src/widget-rm.js\n * src/widget-rm.css\n\n"
              f"{banner}\nUtilisation du widget RM\n{banner}\n\n * Insérer une div avec un identifiant\n<div id=\"widget\"></div>\n\n"
              f"{banner}\nPersonnalisation du widget RM\n{banner}\n\n * Modifier la couleur des clusters :\nCSS dans le fichier widget-rm.css\n")
    repo = make_repo(tmp_path / "r", [{"files": {"README.txt": readme, "src/widget-rm.js": "$.fn.widgetRM = function () {};\n"},
                                       "date": "2026-03-02T10:00:00Z"}])
    info = run(repo, tmp_path / "c", only=ONLY)["facts"]["readme"]
    assert {d["name"]: d["line"] for d in info["section_details"]} == {"install": 2, "usage": 14, "configuration": 21}, info["section_details"]
    assert info["description"] is None, info["description"]  # (the README never says what the widget does)
    # an underlined title of a plain-text README is a heading too; a rule under a paragraph only separates
    repo = make_repo(tmp_path / "s", [{"files": {"README": "Installation\n============\n\nmake install\n\nSome text\nmore text\n-----\n"},
                                       "date": "2026-03-02T10:00:00Z"}])
    info = run(repo, tmp_path / "d", only=ONLY)["facts"]["readme"]
    assert [h["text"] for h in info["headings"]] == ["Installation"], info["headings"]


def test_question_and_how_to_headings_name_the_section_by_their_verb(tmp_path):
    """grandlyon/glsdk-deploy ("What to do if I want to add another environment ?", "What do I have to change in the environment
    folder ?") and spring-boot-auth-jwt ("How to start the application"): "missing deployment, configuration, usage"."""
    readme = ("# glsdk-deploy\nTravis deployment definition for the Grand Lyon Software Development Kit (glsdk)\n\n## How does it work ?\n"
              "This project contains the files needed to automate the deployment.\n\n## What to do if I want to add another environment ?\n"
              "Just copy the integration folder and run `ENVIRONMENT=production docker-compose up -d`.\n\n"
              "## What do I have to change in the environment folder ?\nThe `*.env` files hold the settings of each environment.\n\n"
              "## How to start the application\n\n```\nmvn spring-boot:run\n```\n\n## Why use Docker?\nBecause it is portable.\n")
    names = {d["name"]: d["text"] for d in _readme(tmp_path, "a", readme)["section_details"]}
    assert names.get("deployment") == "What to do if I want to add another environment ?", names
    assert names.get("configuration") == "What do I have to change in the environment folder ?", names
    assert names.get("usage") == "How to start the application", names
    assert "How does it work ?" not in names.values() and "Why use Docker?" not in names.values()
    faq = "# Outil\n\nOutil de suivi des demandes des usagers de la commune.\n\n## FAQ\n\n### How do I change my password ?\nAsk the admin.\n"
    assert "configuration" not in _readme(tmp_path, "b", faq)["sections"]


def test_bold_labels_routes_properties_and_command_line_headings(tmp_path):
    """Service-Info-API ("**Démarrer en local** : `mvn … spring-boot:run`", "## Liste des routes disponibles"), batch-migrate ("# Properties"
    → application.properties), slack-birthday-BOT ("# Command line"); a numbered step's bold label is no chapter."""
    readme = ("# Service-Info-API\n\n**Description** : API REST restituant des informations sur les services ENT.\n\n"
              "**Démarrer en local** : `mvn clean package spring-boot:run`\n\n## Liste des routes disponibles\n\n"
              "**Récupération de la fiche :**\n- Méthode : GET\n- Path : `/api/serviceInfo/{fname}`\n\n# Properties\n\n"
              "[application.properties](./src/main/resources/application.properties)\n\n# Command line\n\n`mvn exec:java -DapiKey=…`\n")
    names = {d["name"]: d["text"] for d in _readme(tmp_path, "a", readme)["section_details"]}
    assert (names.get("install"), names.get("usage"), names.get("configuration")) == (
        "Démarrer en local", "Liste des routes disponibles", "Properties"), names
    steps = "# Outil\n\nOutil de suivi des compteurs de la ville.\n\n1. **Installer les hooks** :\n\n```\npre-commit install\n```\n"
    assert "install" not in _readme(tmp_path, "b", steps)["sections"]


def test_archive_notice_above_the_title_and_licence_tooling_commands(tmp_path):
    """liquibase-archetype: the archive notice above "# liquibase-archetype" hid the 4-word description under the title
    ("no descriptive sentence"); sympa-api: "### Commandes pour notice et license" over `mvn license:check` items is no licence."""
    readme = ("Le projet a été archivé car ce type de projet ne sera plus exploité : départ sur Spring Boot\n\n# liquibase-archetype\n\n"
              "Archetype maven pour projet liquibase\n\n## Installation\n\n```\nmvn install\n```\n\n### Commandes pour notice et license\n"
              "- `mvn notice:check`\n- `mvn license:check`\n- `mvn license:format`\n")
    info = _readme(tmp_path, "a", readme)
    assert info["description"] and info["description"]["text"] == "Archetype maven pour projet liquibase", info["description"]
    assert "license" not in info["sections"], info["section_details"]


def test_an_r_markdown_readme_is_markdown(tmp_path):
    """savoirfR, didoscalim: README.Rmd read as plain text gave the HTML comment "<!-- README.md is generated from README.Rmd -->" as
    the description and no "## Installation"."""
    readme = ("---\noutput: github_document\n---\n\n<!-- README.md is generated from README.Rmd. Please edit that file -->\n\n"
              "# savoirfR\n\nCe package a pour objectif d'être une banque d'exercices pour le parcours de formation à R du ministère.\n\n"
              "## Installation\n\n``` r\nremotes::install_github(\"MTES-MCT/savoirfR\")\n```\n")
    repo = make_repo(tmp_path / "r", [{"files": {"README.Rmd": readme}, "date": "2026-03-02T10:00:00Z"}])
    info = run(repo, tmp_path / "c", only=ONLY)["facts"]["readme"]
    assert info["description"]["text"].startswith("Ce package"), info["description"]
    assert "install" in info["sections"], info["section_details"]


def test_navigation_bars_shouted_reminders_and_labelled_steps_are_no_description(tmp_path):
    """smart_watch: the description was the navigation bar "Home • Documentation • Erasme • …"; inseinesaintdenis: "NE PAS OUBLIER DE
    RENSEIGNER LES VARIABLES D'ENVIRONNEMENTS DANS VOTRE VHOST :" (a reminder, and the configuration step it is), then a step under
    "INSTALLATION :"; esup-publisher-webcomponents: a publishing step, while "Web-Components pour ESUP-Publisher" sits under the title."""
    nav = ("<div align=\"center\">\n  <p>\n    <a href=\"https://github.com/org/smart_watch\">Home</a> •\n"
           "    <a href=\"https://org.github.io/smart_watch/\">Documentation</a> •\n    <a href=\"https://erasme.org/\">Erasme</a>\n  </p>\n</div>\n\n"
           "# SmartWatch\n\n**SmartWatch** est un pipeline d'extraction des horaires d'ouverture des établissements publics de la métropole.\n")
    assert _readme(tmp_path, "a", nav)["description"]["text"].startswith("SmartWatch est un pipeline"), nav
    shout = ("#INSSD THEME\n\nPRÉREQUIS (LOCAL UNIQUEMENT) :\n\nNE PAS OUBLIER DE RENSEIGNER LES VARIABLES D'ENVIRONNEMENTS DANS VOTRE VHOST :\n\n"
             "\tSetEnv MYSQL_HOST localhost\n\nCONFIGURER LA REDIRECTION dans : /etc/hosts (MacOs / Linux)\n\nINSTALLATION :\n\n1- Node JS\n"
             "instal nodejs -> https://nodejs.org/en/\n\n2 - Gulp\nPour mac/linux : sudo npm install gulp -g et pour Windows : install -g gulp\n")
    info = _readme(tmp_path, "b", shout)
    assert info["description"] is None and "purpose" not in info["sections"], info["description"]
    assert "configuration" in info["sections"], info["section_details"]
    pub = ("# esup-publisher-webcomponents\nWeb-Components pour ESUP-Publisher\n\n## Publication sur npm\n\nPour publier sur npm le composant "
           "${nom-composant} dans la version ${numero-version}, il faut :\n\n1. Se positionner dans le répertoire du composant.\n")
    assert _readme(tmp_path, "c", pub)["description"]["text"] == "Web-Components pour ESUP-Publisher"


def test_a_readme_list_of_routes_is_the_apis_documentation(tmp_path):
    """GIP-RECIA/Service-Info-API: documentation.docs "missing: API" beside README "## Liste des routes disponibles" (method, path,
    protection of each route)."""
    readme = ("# Service-Info-API\n\n**Description** : API REST restituant des informations sur les services ENT.\n\n## Liste des routes disponibles\n\n"
              "**Récupération de la fiche info d'un service :**\n- Méthode : GET\n- Path : `/api/serviceInfo/{fname}`\n- Protégée : non\n")
    files = {"README.md": readme, "pom.xml": "<project><artifactId>service-info</artifactId><dependencies><dependency><groupId>org.springframework.boot"
             "</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n",
             "src/main/java/fr/recia/Api.java": "@RestController\npublic class Api {\n  @GetMapping(\"/api/allServices\")\n  public String all() { return \"\"; }\n}\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    res = next(r for r in run(repo, tmp_path / "c", only=["documentation.docs"])["results"] if r["id"] == "documentation.docs")
    assert "API" not in res["message"]["en"].split("missing")[-1], res["message"]


def test_questions_on_another_subject_and_why_headings_give_no_section(tmp_path):
    """Carto-NA/gal_leader: a Markdown tutorial pasted under the project's text gave "purpose" ("Qu'est-ce que le Markdown ?") and
    "usage" ("Pourquoi utiliser le Markdown ?"); a question on the project itself ("Qu'est-ce que c'est ?") still presents it.
    bg-geo-generateur: a table of contents of anchor links ("Pourquoi ce dépôt ? • Pré-requis • Pré-requis techniques") is no description."""
    readme = ("# gal_leader\n\nApplication pour la gestion des données des Groupes d'Action Locale LEADER.\n\n## Les utilisateurs\n\n"
              "Les agents de la région.\n\n## Qu'est-ce que le Markdown ?\n\nLe Markdown est un langage "
              "de balisage léger créé en 2004 par John Gruber.\n\n## Pourquoi utiliser le Markdown ?\n\nParce qu'il est simple à lire.\n")
    info = _readme(tmp_path, "a", readme)
    assert [d["line"] for d in info["section_details"]] == [3], info["section_details"]  # (the purpose: the project's sentence; no usage)
    info = _readme(tmp_path, "b", readme.replace("Qu'est-ce que le Markdown ?", "Qu'est-ce que c'est ?"))
    assert [d["text"] for d in info["section_details"] if d["name"] == "purpose"] == ["Qu'est-ce que c'est ?"], info["section_details"]
    toc = ("# GEO\n\n<p align=\"center\">\n  <a href=\"#pourquoi\">Pourquoi ce dépôt ?</a> •\n  <a href=\"#pre-requis\">Pré-requis</a> •\n"
           "  <a href=\"#pre-requis-techniques\">Pré-requis techniques</a>\n</p>\n\n## Pourquoi ce dépôt ?\n\nCe dépôt contient le code Ansible "
           "pour déployer et configurer la plateforme GEO sur un conteneur LXC.\n")
    assert _readme(tmp_path, "c", toc)["description"]["text"].startswith("Ce dépôt contient"), toc


def test_a_program_contacting_a_server_with_tickets_is_no_contact_section(tmp_path):
    """GIP-RECIA/api-rest-mail (session 8 reads): "L'API … contact l'imap avec des CAS Proxy Tickets" gave the contact section;
    "Contactez-nous via les tickets du dépôt" still does."""
    text = "# api-rest-mail\n\nAPI des mails non lus de l'ENT.\n\n## Securité\n\nL'API est conçue pour utiliser des sessions CAS, et contact l'imap avec des CAS Proxy Tickets.\n"
    assert "contact" not in _readme(tmp_path, "imap", text)["sections"]
    asked = text + "\n## Aide\n\nContactez-nous via les tickets du dépôt.\n"
    assert "contact" in _readme(tmp_path, "tickets", asked)["sections"]

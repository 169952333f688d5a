"""Session 9 (issue 12): README lines session 8's first reads found taken for a section from the wrong place, or missed; each on a
git fixture shaped like the real case."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results, run_audit

INSTALL = "reusability.install"
SECTIONS = "documentation.readme-sections"


def _audit(tmp_path, name, files, only=(SECTIONS,)):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return run(repo, tmp_path / (name + "-c"), only=list(only))


def _readme(tmp_path, name, readme, extra=None):
    return _audit(tmp_path, name, {"README.md": readme, **(extra or {})})["facts"]["readme"]


def test_a_word_ending_in_a_load_verb_is_no_loading_step(tmp_path):
    """pnrnm-sig/ModelChangClim: "Télécharger les données : https://…" was the GIS kit's loading step ("charger les" inside it);
    cbn-alpin/various-scripts: "Recharger le fichier ~/.bashrc" (a shell profile) was how to load a data model."""
    styles = {f"QGIS/style_{i}.qml": "<qgis version=\"3.28\"><renderer-v2 type=\"singleSymbol\"/></qgis>\n" for i in range(11)}
    styles.update({f"QGIS/stats_{i}.model3": "<Option type=\"Map\"><Option name=\"model_name\" value=\"stats\"/></Option>\n" for i in range(2)})
    readme = ("# ModelChangClim\nScripts pour l'utilisation des données DRIAS à échelle fine, développés par le Parc naturel régional.\n\n"
              "Télécharger les données : https://www.data.gouv.fr/fr/datasets/modelisation-du-changement-climatique/\n\n"
              "Recharger le fichier ~/.bashrc après la mise à jour.\n")
    r = results(run_audit(build(tmp_path / "r", {"README.md": readme, **styles, "R/calcul.R": "library(terra)\nx <- rast('a.tif')\n"}),
                          tmp_path / "c", [INSTALL, SECTIONS]))
    assert not any("harger" in str(e.get("value")) for e in r[INSTALL]["evidence"]), r[INSTALL]
    assert r[INSTALL]["status"] != "pass", r[INSTALL]
    assert "install" not in r[SECTIONS]["details"]["found"], r[SECTIONS]
    # a step that does load the styles still counts
    r = results(run_audit(build(tmp_path / "r2", {"README.md": readme + "\nDans QGIS, charger les styles du dossier QGIS sur les couches.\n",
                                                   **styles, "R/calcul.R": "library(terra)\n"}), tmp_path / "c2", [INSTALL]))
    assert r[INSTALL]["status"] == "pass", r[INSTALL]


def _found(info) -> dict:
    return {d["name"]: d for d in info["section_details"]}


def test_the_project_name_in_a_heading_is_no_section(tmp_path):
    """lutece-cms-plugin-contact: "# Plugin Contact" (then "# Plugin Contact Administration", "## Contact management feature") was a
    contact section; a "## Contact" heading of its own still is one."""
    readme = ("![](http://ci.ville.fr/jenkins/buildStatus/icon?job=plugin-contact)\n# Plugin Contact\n\n## Introduction\n\n"
              "The Contact plugin allows to manage several lists of contacts and to display the email form.\n\n## Usage\n\n"
              "Front office URL web page to display the send email form : /jsp/site/Portal.jsp?page=contact\n\n"
              "# Plugin Contact Administration\n\n## Contact management feature\n\nThis page displays the stored contacts.\n")
    info = _readme(tmp_path, "a", readme)
    assert "contact" not in _found(info), info["section_details"]
    assert info["description"]["line"] == 6, info["description"]
    info = _readme(tmp_path, "b", readme + "\n## Contact\n\nÉcrivez à lutece@ville.fr.\n")
    assert _found(info)["contact"]["line"] == 18, info["section_details"]


def test_a_dry_run_mode_is_a_setting_and_a_framework_help_chapter_is_no_contact(tmp_path):
    """lutece-tech-plugin-liquibase: "## Mode de simulation (Dry Run)" (a properties table under "# Configuration") was usage;
    Metromobilite/m-theme: "### Further help" (Angular CLI's `ng help`, kept under "## The Demo project") was the contact."""
    info = _readme(tmp_path, "a", "# Liquibase\n\n# Introduction\n\nThis plugin runs the SQL scripts of the application at startup.\n\n"
                                   "# Configuration\n\nToutes les configurations sont dans `liquibase-plugin.properties`.\n\n"
                                   "## Mode de simulation (Dry Run)\n\n| Propriété | Description |\n|---|---|\n| `liquibase.dryrun` | Activer |\n")
    assert "usage" not in _found(info), info["section_details"]
    # lutece-e2e-tests: "### Séquence de démarrage (ContainerIntegrationSuite)" (how the suite starts its containers) was the installation
    info = _readme(tmp_path, "c", "# E2E\n\nTests end-to-end de Lutece avec Playwright et JUnit, lancés dans des conteneurs.\n\n"
                                   "### Séquence de démarrage (ContainerIntegrationSuite)\n\n1. MySQL démarre.\n2. Le WAR est déployé.\n\n"
                                   "## Installation et prérequis\n\nJava 17 et Docker.\n")
    assert _found(info)["install"]["line"] == 10, info["section_details"]
    info = _readme(tmp_path, "b", "# MTheme\n\nM-Theme is a set of SCSS files (and fonts).\n\n## The Demo project\n\n### Code scaffolding\n\n"
                                   "Run `ng generate component component-name` to generate a new component.\n\n### Further help\n\n"
                                   "To get more help on the Angular CLI use `ng help` or go check out the "
                                   "[Angular CLI README](https://github.com/angular/angular-cli/blob/master/README.md).\n")
    assert "contact" not in _found(info), info["section_details"]


def test_the_description_is_neither_an_install_step_a_notice_nor_a_list_item(tmp_path):
    """Tisseo/navitia-checker: "# Installation" first, its step "créer le fichier params.json…" was the description;
    navitia-docker-compose: "docker-compose with micro containers…" was read as a command, the "not actively maintained" notice
    became the description; DataSud-Service-Open: the third list item was the description, not the line announcing it;
    veille_rsa: a short line under "## Project description" was no description."""
    info = _readme(tmp_path, "a", "\n\n# Installation\n* cloner le repo\n* installer les dépendances : pip3 install -r requirements.txt\n"
                                   "* créer le fichier params.json à partir du fichier default_params.json.\n\n"
                                   "# Configuration avancée\nPour effectuer des tests sur des données non publiques, utilisez le répertoire private.\n")
    assert info["description"] is None and "purpose" not in _found(info), info["description"]
    info = _readme(tmp_path, "b", "# navitia_docker_compose\n\ndocker-compose with micro containers, one for each navitia's service\n\n"
                                   "This repository is not actively maintained, and not ready for production use.\nIt's currently for testing only.\n")
    assert info["description"]["line"] == 3, info["description"]
    info = _readme(tmp_path, "c", "# Test-Python\n\nDépôt contenant des codes exemples en python3 pour :\n* Streamlit (https://streamlit.io/)\n"
                                   "* Scraping de données (https://fr.wikipedia.org/wiki/Web_scraping)\n"
                                   "* Insérer des données dans une base de données Mysql (https://www.mysql.com/fr/)\n")
    assert info["description"]["line"] == 3 and "Streamlit" in info["description"]["text"], info["description"]
    info = _readme(tmp_path, "d", "# veille_rsa\n\n## Project description\nDataViz example with opendata from pole emploi\n\n"
                                   "## How to use it\n\npy veille_carto_RSA.py\n")
    assert info["description"]["line"] == 4, info["description"]


def test_sections_given_by_labelled_commands_settings_files_and_a_static_site_chapters(tmp_path):
    """GIP-RECIA/cas-deployer: "Before deploying, make sure that `build.properties` and `env.sh` are correctly configured" and
    "- Deploy webapps : `./gradlew tomcatDeploy`"; MetromobiliteWS: "Les principaux parametres … se trouvent dans le fichier
    config.json"; geodepartement18/cher360: "## 2. Lancer l'application" (a local HTTP server) and "## 3. Publication" (static hosts);
    DSI-Ville-Noumea archetypes: "## Créer un nouveau projet à partir de l'archetype"."""
    info = _readme(tmp_path, "a", "# cas-deployer\n\ngradle-war-deployer for CAS since version 7.1\n\nBefore deploying, make sure that "
                                   "`build.properties` and `env.sh` are correctly configured.\n\nGradle commands :\n"
                                   "- Install tomcat : `./gradlew tomcatInstall`\n- Deploy webapps : `./gradlew tomcatDeploy`\n"
                                   "- Start tomcat : `./gradlew tomcatStart`\n")
    assert {"install", "configuration", "deployment"} <= set(_found(info)), info["section_details"]
    assert _found(info)["deployment"]["line"] == 9, info["section_details"]
    info = _readme(tmp_path, "b", "# MetromobiliteWS\nWeb Service Metromobilité utilisé par le site et l'Open Data\n\n"
                                   "Les principaux parametres de fonctionnement se trouvent dans le fichier \\Sources\\WS\\config.json\n")
    assert "configuration" in _found(info), info["section_details"]
    info = _readme(tmp_path, "c", "# Portail Open Data\n\nApplication web autonome HTML + JavaScript + ArcGIS Maps SDK.\n\n"
                                   "## 2. Lancer l'application\n\nUtilisez un petit serveur HTTP :\n\n    python -m http.server 8000\n\n"
                                   "Puis ouvrez :\n\n    http://localhost:8000/\n\n## 3. Publication\n\nLe dossier peut être publié sur "
                                   "n'importe quel hébergement statique :\n\n- IIS\n- Nginx\n- GitHub Pages\n")
    assert _found(info)["install"]["line"] == 5 and _found(info)["deployment"]["line"] == 15, info["section_details"]
    info = _readme(tmp_path, "d", "# webapps-project-archetype\n\nArchetype Maven pour projet web ZK Mairie\n\n"
                                   "## Créer un nouveau projet à partir de l'archetype\n\n```\nmvn archetype:generate -DappName=myApp\n```\n")
    assert "usage" in _found(info), info["section_details"]
    # a data set published ("## Publier") or papers ("## Publication" of a citation) are no deployment; a file's own name is no setting
    info = _readme(tmp_path, "e", "# Mednum\n\nL'outil transforme les données des lieux de médiation numérique.\n\n## Publication\n\n"
                                   "Dupont et al., 2021, Revue de géographie.\n\n- `_config.yml` : Configuration Jekyll\n")
    assert not {"deployment", "configuration"} & set(_found(info)), info["section_details"]
    # the tooling's own settings (CI, linters) are no settings of the project
    info = _readme(tmp_path, "f", "# Outil\n\nL'outil transforme les données des lieux de médiation numérique.\n\n"
                                   "La configuration de l'intégration continue est dans le fichier .gitlab-ci.yml du dépôt.\n")
    assert "configuration" not in _found(info), info["section_details"]


def test_a_guidelines_document_asks_for_no_installation_or_deployment(tmp_path):
    """erasme/guidelines: "dev+ops guidelines / Coding & general guidelines for in-house projects"; its chapters "Environment setup",
    "Running environments", "Production code" were the project's installation, usage, configuration and deployment."""
    readme = ("dev+ops guidelines\n==================\n\nCoding & general guidelines for in-house projects\n\n# Intro\n\nThis document "
              "presents general rules that must be observed when coding at ERASME.\n\n# Applications & Code\n\n## Licence\n\nTBW.\n\n"
              "## Source code control\n\nAll code must be under git.\n\n## Ruby environment\n\n### Environment setup\n\nUse rbenv to install ruby versions.\n\n## Running environments\n\nEach app has three environments.\n\n"
              "## Production code\n\nProduction code must be tagged.\n")
    report = _audit(tmp_path, "a", {"README.md": readme, "config_files/rubocop.yml": "AllCops:\n  TargetRubyVersion: 2.0\n"},
                    only=(SECTIONS, "documentation.docs", INSTALL))
    others = {r["id"]: r for r in report["results"]}
    assert others["documentation.docs"]["status"] == "not_applicable", others["documentation.docs"]
    assert not (others[INSTALL].get("details") or {}).get("instructions"), others[INSTALL]
    res = {r["id"]: r for r in report["results"]}[SECTIONS]
    assert report["facts"]["readme"]["guidelines"], report["facts"]["readme"]
    assert not {"install", "usage", "configuration", "deployment"} & set(res["details"]["found"] + res["details"]["missing"]), res
    assert "recueil de règles" in str(res["evidence"]), res["evidence"]
    assert "license" not in res["details"]["found"], res  # ("## Licence" over "TBW.": none named yet)


def test_a_help_heading_is_a_contact_only_with_a_channel(tmp_path):
    """Precision for unseen repositories (the shapes of a CLI's README): "## Aide" over `outil --help`, "## Support" over the supported
    versions name no one to reach; "## Support" over an address, "## Questions" sending to the tickets do."""
    base = "# Convertisseur\n\nOutil de conversion des données cadastrales de la commune vers le format du plan local.\n\n"
    assert "contact" not in _found(_readme(tmp_path, "a", base + "## Aide\n\n```\nconvertisseur --help\n```\n\nAffiche les options.\n"))
    assert "contact" not in _found(_readme(tmp_path, "b", base + "## Support\n\nThe tool supports Python 3.8+ and PostgreSQL 12+.\n"))
    assert "contact" in _found(_readme(tmp_path, "c", base + "## Support\n\nÉcrivez à sig@ville.fr.\n"))
    assert "contact" in _found(_readme(tmp_path, "d", base + "## Questions\n\nOuvrez un ticket sur le dépôt.\n"))


def test_documentation_of_another_section_and_an_address_in_a_copyright_line(tmp_path):
    """cbn-alpin/cbna-infra-srv: "## Documentation de l'installation des serveurs" was installation and usage; erasme/erajs: the
    licence's "Copyright (c) … <support@erasme.org>" was a contact sentence (the address's own word "support")."""
    info = _readme(tmp_path, "a", "# Infra\n\nScripts et fichiers de configuration des serveurs du conservatoire.\n\n"
                                   "## Documentation de l'installation des serveurs\n\nVoir le [wiki](https://wiki.cbn.fr/infra).\n")
    assert "install" in _found(info) and "usage" not in _found(info), info["section_details"]
    info = _readme(tmp_path, "b", "# ERAjs\n\nERAjs is a JavaScript application library for multi-touch devices.\n\n# Licence\n\n"
                                   "Copyright (c) Departement du Rhone Erasme <support@erasme.org>\n\nPermission is hereby granted, free of charge.\n")
    assert "contact" not in _found(info), info["section_details"]

"""Documentation where it is (issue 12, family 9; session 6's first reads), each on a git fixture shaped like the real case (own
wording): guides written at the repository's root, a folder named "Documentation technique" of office documents, an architecture
shown as a diagram in the README or in a Sphinx page, a repository that is the documentation site (Middleman), and a monorepo's
changelogs beside a mock-up's news page."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECKS = ["documentation.docs", "documentation.community-files"]


def audit(tmp_path, files):
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=CHECKS)
    return report["facts"]["docs"], results(report)


def found(res) -> set[str]:
    return set(res["documentation.docs"]["details"]["found"])


def test_guides_at_the_root_are_the_documentation(tmp_path):
    # shaped like a regional GIS service's data-organisation guide: markdown guides at the root beside the SQL model
    guide = "# {t}\n\nCe guide décrit les règles que les agents du service appliquent aux données géographiques de la région.\n"
    files = {"README.md": "# orga_donnees\n\nOrganisation des données géographiques du service.\n",
             "guide_bonnes_pratiques.md": guide.format(t="Bonnes pratiques"), "organisation_bdd.md": guide.format(t="Organisation de la base"),
             "denomination_champs.md": guide.format(t="Dénomination des champs"), "modele_dictionnaire_donnees.md": guide.format(t="Dictionnaire"),
             "sql/orga_10_structure.sql": "CREATE SCHEMA met_inf;\nCREATE TABLE met_inf.t (id serial PRIMARY KEY);\n"}
    facts, res = audit(tmp_path, files)
    assert "folder" in found(res), res["documentation.docs"]["message"]
    assert "written guides" in res["documentation.docs"]["message"]["en"].split(";")[0]  # (guides at the root: no folder, s38 fp38)
    # two root documents beside the README are no documentation folder
    files2 = {"README.md": files["README.md"], "guide_bonnes_pratiques.md": files["guide_bonnes_pratiques.md"], "TODO.md": "- finir\n",
              "CHANGELOG.md": "# 1.0\n", "sql/a.sql": files["sql/orga_10_structure.sql"]}
    _, res2 = audit(tmp_path / "b", files2)
    assert "folder" not in found(res2), res2["documentation.docs"]["message"]


def test_a_folder_named_documentation_technique_of_office_documents(tmp_path):
    # shaped like an OPSN's intranet product repository: a README and "Documentation technique/" of .docx documents
    files = {"README.md": "# Bureau virtuel\n\nLe bureau virtuel des agents des collectivités adhérentes, sur Drupal.\n",
             **{f"Documentation technique/Documentation technique/Documentation Module {m}.docx": b"PK\x03\x04docx"
                for m in ("API", "Agenda", "Annuaire", "Messagerie")}}
    facts, res = audit(tmp_path, files)
    assert "folder" in found(res), (facts["docs_dirs"], res["documentation.docs"]["message"])


def test_an_architecture_diagram_in_the_readme_or_a_sphinx_page(tmp_path):
    # shaped like a notification platform's POC: the README shows "the architecture's diagram" as an image, then each service
    readme = ("# POC Notifications\n\nCe projet regroupe les modules du POC de la plateforme de notifications des services numériques.\n\n"
              "Le schéma de l'architecture mise en place est le suivant :\n\n![Schéma notifications](docs/images/notifications3.png)\n\n"
              "## [producer-api](producer-api/README.md)\n\nAPI qui reçoit les requêtes et les transmet au broker.\n")
    _, res = audit(tmp_path, {"README.md": readme, "docs/images/notifications3.png": b"\x89PNG\r\n\x1a\n",
                              "producer-api/README.md": "# producer-api\n\nReçoit les notifications.\n"})
    assert "architecture" in found(res), res["documentation.docs"]["message"]
    # shaped like an agglomeration's Sphinx documentation of its SDI: intro.rst describes the architecture with a figure
    intro = ("Introduction\n************\n\nCette documentation décrit la mise en place de la plateforme suivant l'architecture ci-dessous, "
             "composée de deux serveurs et de quatre instances de Tomcat.\n\n.. figure::  img/archi.PNG\n      :align:   center\n\n"
             "      Architecture de la solution.\n\nLa rédaction de cette documentation est passée par plusieurs machines virtuelles.\n")
    files = {"README.md": "# doc\n\nDocumentation de l'installation de la plateforme de données géographiques de l'agglomération.\n",
             "conf.py": "project = 'doc'\n", "index.rst": "Doc\n===\n\n.. toctree::\n\n   intro\n", "intro.rst": intro,
             "img/archi.PNG": b"\x89PNG\r\n\x1a\n"}
    _, res2 = audit(tmp_path / "b", files)
    assert "architecture" in found(res2), res2["documentation.docs"]["message"]
    # counterpart: an image beside a sentence on the CSS architecture is no architecture diagram
    readme3 = ("# Thème\n\nLe thème graphique des sites de la ville, ses composants et ses gabarits de pages.\n\n"
               "L'architecture SCSS suit le modèle 7-1 :\n\n![capture](docs/capture.png)\n")
    _, res3 = audit(tmp_path / "c", {"README.md": readme3, "docs/capture.png": b"\x89PNG\r\n\x1a\n"})
    assert "architecture" not in found(res3), res3["documentation.docs"]["message"]


def test_a_middleman_site_is_the_documentation_site(tmp_path):
    # shaped like a city's open-data API documentation: a Middleman site (Gemfile, config.rb, source/ pages) published by a deploy
    page = "---\ntitle: {t}\n---\n\n# {t}\n\nL'API renvoie au format JSON les données publiées par la ville, mises à jour chaque minute.\n"
    files = {"Gemfile": "source 'https://rubygems.org'\n\ngem 'middleman', '~> 3.0'\ngem 'middleman-deploy'\n",
             "config.rb": "activate :deploy do |deploy|\n  deploy.method = :git\nend\n",
             "source/index.html.md": page.format(t="Accueil"), "source/parkings.md": page.format(t="Parkings"),
             "source/velos.md": page.format(t="Vélos"), "source/CNAME": "data.example.org\n"}
    _, res = audit(tmp_path, files)
    assert "site" in found(res), res["documentation.docs"]["message"]


def test_a_mock_up_news_page_is_no_changelog_beside_the_packages_changelogs(tmp_path):
    # shaped like a UI monorepo: packages/prototype/news.html (a news page of the mock-up) and packages/ui/CHANGELOG.md
    files = {"package.json": '{"name": "ui-monorepo", "private": true, "workspaces": ["packages/*"]}\n',
             "packages/prototype/package.json": '{"name": "prototype"}\n', "packages/prototype/news.html": "<html><body>Actualités</body></html>\n",
             "packages/ui/package.json": '{"name": "@org/ui"}\n', "packages/ui/CHANGELOG.md": "# Changelog\n\n## 1.2.0\n\n- boutons\n"}
    facts, res = audit(tmp_path, files)
    assert facts["community"]["changelog"]["path"] == "packages/ui/CHANGELOG.md", facts["community"]["changelog"]
    ev = [e for e in res["documentation.community-files"]["evidence"] if e.get("value") == "changelog"]
    assert ev and ev[0]["path"] == "packages/ui/CHANGELOG.md", ev


CRA = ("# Getting Started with Create React App\n\nThis project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).\n\n"
       "## Available Scripts\n\nIn the project directory, you can run:\n\n### `npm start`\n\nRuns the app in the development mode.\n"
       "Open [http://localhost:3000](http://localhost:3000) to view it in your browser.\n\n### `npm run build`\n\nBuilds the app for production to "
       "the `build` folder.\n\n### `npm run eject`\n\n**Note: this is a one-way operation. Once you `eject`, you can't go back!**\n\n## Learn More\n\nYou can learn more in the [Create React App documentation](https://facebook.github.io/create-react-app/docs/getting-started).\n\n"
       "### Deployment\n\nThis section has moved here: [https://facebook.github.io/create-react-app/docs/deployment](https://facebook.github.io/create-react-app/docs/deployment)\n")


def test_a_framework_readme_left_as_generated_documents_nothing_of_the_project(tmp_path):
    # shaped like a metropolis's web app: a French README at the root, frontend/README.md the untouched create-react-app text
    files = {"README.md": "# Sortons au frais\n\nCarte des itinéraires frais de la métropole, calculés à partir des arbres, parcs et fontaines.\n",
             "frontend/README.md": CRA, "frontend/package.json": '{"name": "front", "dependencies": {"react": "^18.2.0"}}\n',
             "backend/app.py": "from flask import Flask\napp = Flask(__name__)\n"}
    facts, res = audit(tmp_path, files)
    assert "frontend/README.md" not in facts["deployment"] and "deployment" not in found(res), res["documentation.docs"]["message"]
    assert "frontend/README.md" not in facts["file_languages"], facts["file_languages"]


def test_a_readme_link_to_the_projects_api_reference_is_its_api_documentation(tmp_path):
    # shaped like a commune's forms back end (Kotlin, Ktor): the README links "Documentation du code et de l'API" to the project's pages
    files = {"README.md": "# Formulaires\n\nLe service de formulaires et de traitement des demandes des administrés de la commune.\n\n"
                          "- [Guide de déploiement](docs/deploiement.md)\n- [Documentation du code et de l'API](https://org.gitlab.io/formulaires/documentation)\n",
             "docs/deploiement.md": "# Déploiement\n\nLe service se déploie avec le chart Helm fourni et une base MongoDB.\n",
             "docs/utilisation.md": "# Utilisation\n\nLes agents créent les formulaires depuis l'interface.\n",
             "build.gradle.kts": 'dependencies { implementation("io.ktor:ktor-server-core:2.3.0") }\n',
             "server/src/main/kotlin/Api.kt": 'fun main() { embeddedServer(Netty, port = 8000) { routing { get("/api/forms") { } } } }\n'}
    report = run(build(tmp_path / "formulaires", files), tmp_path / "c", only=CHECKS)
    res = results(report)
    assert "api" in found(res), res["documentation.docs"]["message"]
    # another product's API reference (a link whose address names neither the project nor its owner) is not this project's
    files["README.md"] = files["README.md"].replace("https://org.gitlab.io/formulaires/documentation", "https://docs.othertool.example/api/")
    report2 = run(build(tmp_path / "b" / "formulaires", files), tmp_path / "c2", only=CHECKS)
    assert "api" not in found(results(report2)), results(report2)["documentation.docs"]["message"]


def test_a_bundled_build_plugins_maven_site_is_not_the_projects_documentation_site(tmp_path):
    # shaped like an ENT operator's Grouper UI: a Maven build whose maven2/plugins/unzip-maven-plugin/ (a build plugin kept for the
    # build) carries its own Maven site (src/site/site.xml, apt pages): that site documents the plugin, not the application
    plugin = "maven2/plugins/unzip-maven-plugin/"
    files = {"README.md": "# grouper-ui\n\nInterface web de gestion des groupes de l'ENT, au-dessus de Grouper.\n",
             "pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>grouper-ui</artifactId><modules><module>metier</module></modules></project>\n",
             "metier/pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>metier</artifactId></project>\n",
             "metier/src/main/java/org/esco/Groupe.java": "package org.esco;\npublic class Groupe {}\n",
             plugin + "pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>unzip-maven-plugin</artifactId><packaging>maven-plugin</packaging></project>\n",
             plugin + "src/site/site.xml": "<project><body><menu name=\"Overview\"><item name=\"Usage\" href=\"usage.html\"/></menu></body></project>\n",
             plugin + "src/site/apt/index.apt": "Unzip plugin\n\n  Unzips an archive during the build.\n",
             plugin + "src/site/apt/usage.apt": "Usage\n\n  Add the plugin to the build section.\n"}
    facts, res = audit(tmp_path, files)
    assert "site" not in found(res), (facts["site"], res["documentation.docs"]["message"])
    # the application's own Maven site (src/site/site.xml at the root) is its documentation site
    own = {**files, "src/site/site.xml": files[plugin + "src/site/site.xml"], "src/site/apt/install.apt": "Installation\n\n  Deploy the war.\n"}
    _, res2 = audit(tmp_path / "b", own)
    assert "site" in found(res2), res2["documentation.docs"]["message"]


def test_a_folder_of_readme_named_documents_linked_from_the_readme_is_the_documentation(tmp_path):
    # shaped like a metropolis' SDI add-on: the README links its install and back-office guides kept in readme/README_<topic>.md,
    # beside their screenshots; a sub-project's README beside its code (api/README.md) leaves api/ what it is
    readme = ("# Module de signalement\n\nSignalement d'anomalies sur la carte par les agents et les habitants.\n\n"
              "* Le manuel du back-office est [ici](readme/README_BACKOFFICE.md)\n\n[Installation](readme/README_INSTALL.md)\n\n"
              "[Configuration](readme/README_CONFIGURATION.md)\n\n[L'API](api/README.md)\n")
    guide = "# {t}\n\nCette page explique aux administrateurs du service comment {w} le module de signalement.\n"
    files = {"README.md": readme, "readme/README_BACKOFFICE.md": guide.format(t="Back-office", w="utiliser"),
             "readme/README_INSTALL.md": guide.format(t="Installation", w="installer"),
             "readme/README_CONFIGURATION.md": guide.format(t="Configuration", w="configurer"),
             "readme/backoffice/accueil.png": b"\x89PNG\r\n\x1a\n", "readme/warn.svg": "<svg/>\n",
             "api/README.md": "# API\n\nL'API REST du module.\n", "api/pom.xml": "<project/>\n",
             "api/src/main/java/Api.java": "public class Api {}\n"}
    facts, res = audit(tmp_path, files)
    assert "readme" in facts["docs_dirs"] and "api" not in facts["docs_dirs"], facts["docs_dirs"]
    assert "folder" in found(res), res["documentation.docs"]["message"]

"""The files fact's ``docs`` and the docs fact take their documentation folders by one rule (issue 12, session 23 fixer k2, case A).

A Java web application documented by its Maven site (src/site/apt/*.apt pages, no site.xml: DSI-Ville-Noumea/outil) and a Symfony
bundle documented in Resources/doc/ (Tisseo/PaonBundle) had ``files.docs`` null while documentation.docs, on the docs fact, found
"documentation folder src/site/" and "Resources/doc/". A root docs/ folder still comes first; a deep doc/ folder holding only
release notes documents nothing, as before."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

DOCS = "documentation.docs"

WAR = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>nc.ville</groupId><artifactId>boite</artifactId>"
                  "<version>2.8</version><packaging>war</packaging></project>\n",
       "README.md": "# Boîte à outils\n\nUne application web de services internes (export de fichiers, images).\n",
       "src/main/java/nc/ville/Export.java": "package nc.ville;\n\npublic class Export {\n    public int size() { return 1; }\n}\n",
       "src/site/apt/home.apt": "  ---\n  Accueil\n  ---\n\nPrésentation\n\n  Les services de la boîte à outils et leur usage.\n",
       "src/site/apt/exploitation/serveur.apt": "  ---\n  Serveur\n  ---\n\nServeur d'applications\n\n  Déposer le WAR dans Tomcat.\n",
       "src/site/resources/img/logo.png": "\x89PNG\r\n"}

BUNDLE = {"composer.json": '{"name": "acme/reseau-bundle", "type": "symfony-bundle", "require": {"php": ">=7.1"}}\n',
          "README.md": "# ReseauBundle\n\nAdministration of the network's lines and stops.\n",
          "Controller/LineController.php": "<?php\nnamespace Acme\\ReseauBundle\\Controller;\n\nclass LineController {}\n",
          "Resources/doc/index.md": "# Documentation\n\n## Fonctionnellement\n\nLe bundle gère les lignes et leurs versions.\n",
          "Resources/doc/lignes.md": "# Lignes\n\nCréer une ligne, puis ses versions.\n",
          "Resources/views/Line/index.html.twig": "{% block body %}<h1>Lignes</h1>{% endblock %}\n"}


def facts(tmp_path, files: dict, name: str = "r") -> dict:
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [DOCS])["facts"]


def test_a_maven_site_is_the_documentation_folder(tmp_path):
    f = facts(tmp_path, WAR)
    assert f["files"]["docs"] == "src/site/"
    assert "src/site" in f["docs"]["docs_dirs"]


def test_a_symfony_bundle_resources_doc_is_the_documentation_folder(tmp_path):
    f = facts(tmp_path, BUNDLE)
    assert f["files"]["docs"] == "Resources/doc/"
    assert f["docs"]["docs_dirs"] == ["Resources/doc"]


def test_a_root_docs_folder_still_leads_and_release_notes_alone_are_none(tmp_path):
    assert facts(tmp_path, {**BUNDLE, "docs/guide.md": "# Guide\n\nInstaller le bundle.\n"}, "a")["files"]["docs"] == "docs/"
    notes = {k: v for k, v in BUNDLE.items() if not k.startswith("Resources/doc/")}
    notes["Resources/doc/CHANGELOG.md"] = "# Changelog\n\n## 1.0\n\n- Première version.\n"
    assert facts(tmp_path, notes, "b")["files"]["docs"] is None

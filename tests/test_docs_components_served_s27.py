"""Documentation found where it is, not in a site's content (issue 12, session 27 fixer p27; measure 18 readers o1 and o3:
sigrennesmetropole/photos_obliques, Jean-BaptisteL/Site-Plessis-de-Roye).

- A Java web app's webapps/readme.md ("## Deploy application :") and its add-on's addons/<addon>/README.md ("## Déploiement de
  l'addon") describe the deployment: documentation.docs said "deployment missing". "Deploy" leading a heading names it; and an add-on
  keeping a few copied scripts in js/external/ is not itself a package copied whole (its README is the project's).
- A commune's PHP site (index.php, no Composer) serves assets/pdf/Affiche installation.pdf, a poster telling residents to install a
  phone app: it was the deployment guide and the written install instructions. A document in a web project's served folder is content.
Kept: a PDF install guide in an install/ folder of a project that is no web site; a copied package with its own LICENSE stays a copy.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

JAVA = {"README.md": "# Photos obliques\n\nConsultation des photos obliques de la métropole.\n",
        "pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>photos</artifactId></project>\n",
        "webapps/pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>webapp</artifactId><packaging>war</packaging></project>\n",
        "webapps/src/main/java/App.java": "public class App {}\n",
        "webapps/readme.md": "# Photos - WebApplication\n\n## Build application :\n\n```\nmvn clean package\n```\n\n"
                             "## Deploy application :\n\nCopy the war into the webapps folder of the tomcat instance.\n",
        "addons/photos/README.md": "# Addon photos\n\nAddon for the map viewer.\n\n## Déploiement de l'addon\n\n"
                                   "Copier le dossier de l'addon dans le dossier des addons du visualiseur, puis redémarrer.\n",
        "addons/photos/config.json": '{"name": "photos"}\n',
        "addons/photos/js/main.js": "var Photos = {init: function () { return 1; }};\n",
        "addons/photos/js/external/DataView-more.js": "/*!\n * Ext JS Library 3.4.0\n * Copyright(c) 2006-2011 Sencha Inc.\n */\nExt.DataView = {};\n"}


def _docs(tmp_path, files):
    make_repo(tmp_path, [{"files": files}])
    ctx = ctx_for(tmp_path)
    return ctx.fact("docs"), ctx.fact("install_recipes")


def test_component_readmes_give_the_deployment(tmp_path):
    docs, _ = _docs(tmp_path, JAVA)
    assert "webapps/readme.md" in docs["deployment"]
    assert "addons/photos/README.md" in docs["deployment"]


PHP = {"index.php": "<?php include 'includes/header.php'; ?>\n<h1>Mairie</h1>\n",
       "agenda.php": "<?php include 'includes/header.php'; ?>\n<h1>Agenda</h1>\n",
       "includes/header.php": "<header><a href=\"assets/pdf/Affiche installation.pdf\">Panneau</a></header>\n",
       "assets/css/style.css": "body { margin: 0; }\n",
       "assets/pdf/Affiche installation.pdf": "%PDF-1.4 installez l'application sur votre téléphone\n"}


def test_served_pdf_of_a_php_site_is_no_guide(tmp_path):
    docs, recipes = _docs(tmp_path, PHP)
    assert docs["deployment"] == []
    assert recipes["install_docs"] == []


def test_install_pdf_of_a_project_that_is_no_site_kept(tmp_path):
    docs, recipes = _docs(tmp_path, {"README.md": "# Outil\n\nUn script de calcul.\n", "outil.py": "print(1)\n",
                                     "assets/pdf/Guide installation.pdf": "%PDF-1.4 guide d'installation\n"})
    assert "assets/pdf/Guide installation.pdf" in recipes["install_docs"]
    assert "assets/pdf/Guide installation.pdf" in docs["deployment"]

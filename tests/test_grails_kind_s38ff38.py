"""A Grails 2 application is a web application (issue 12, s38 ff38 = reader rc38, AXESS-EDUC/eliot-tdbase).

TD Base: a Grails 2.1.1 application (eliot-tdbase/: application.properties naming app.grails.version, grails-app/controllers/
*Controller.groovy rendering grails-app/views/**/*.gsp, grails-app/conf/UrlMappings.groovy) beside Grails plugins (each with its
*GrailsPlugin.groovy descriptor) and Gradle migration modules. Readers found facts.project.kind "library", undecided ("code of no
recognised kind"), and documentation.docs asking for API documentation as a knock-on. A Grails plugin alone, or a plain Groovy
library built by Gradle, stays no web application.
"""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

HEADER = "/*\n * Copyright © Exemple\n */\n"


def grails_project(root: str, plugin: str | None = None) -> dict:
    files = {
        f"{root}/application.properties": "#Grails Metadata file\napp.grails.version=2.1.1\napp.name=demo\napp.servlet.version=2.5\n",
        f"{root}/grails-app/conf/BuildConfig.groovy": "grails.project.dependency.resolution = {\n  plugins {\n"
                                                     "    compile \":jquery:1.7.1\"\n  }\n}\n",
        f"{root}/grails-app/conf/UrlMappings.groovy": "class UrlMappings {\n  static mappings = {\n"
                                                     "    \"/$controller/$action?/$id?\" {}\n  }\n}\n",
        f"{root}/grails-app/controllers/org/demo/AccueilController.groovy":
            HEADER + "package org.demo\n\nclass AccueilController {\n  def index() {\n    render(view: '/accueil/index')\n  }\n}\n",
        f"{root}/grails-app/controllers/org/demo/SujetController.groovy":
            HEADER + "package org.demo\n\nclass SujetController {\n  def liste() {\n    [sujets: Sujet.list()]\n  }\n}\n",
        f"{root}/grails-app/domain/org/demo/Sujet.groovy": HEADER + "package org.demo\n\nclass Sujet {\n  String titre\n}\n",
        f"{root}/grails-app/services/org/demo/SujetService.groovy": HEADER + "package org.demo\n\nclass SujetService {\n"
                                                                  "  def liste() { Sujet.list() }\n}\n",
        f"{root}/grails-app/views/accueil/index.gsp": "<html><head><title>Accueil</title></head>\n<body><g:link controller=\"sujet\">"
                                                   "Sujets</g:link></body></html>\n",
        f"{root}/grails-app/views/sujet/liste.gsp": "<html><body><g:each in=\"${sujets}\">${it.titre}</g:each></body></html>\n",
    }
    if plugin:
        files[f"{root}/{plugin}GrailsPlugin.groovy"] = f"class {plugin}GrailsPlugin {{\n  def version = '1.0'\n  def grailsVersion = '2.1 > *'\n}}\n"
    return files


def kind(tmp_path, files, name="r"):
    return run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=["documentation.docs"])


def test_a_grails_application_beside_its_plugins_is_a_web_application(tmp_path):
    files = {"README.md": "# Banque d'exercices\n\nApplication de travaux dirigés en ligne.\n"}
    files.update(grails_project("demo-app"))
    files.update(grails_project("demo-plugin", plugin="DemoPlugin"))
    files.update({"demo-dbmigration/build.gradle": "configurations {\n  liquibase\n}\n",
                  "demo-dbmigration/DataSource.groovy": "dataSource { url = 'jdbc:postgresql://localhost/demo' }\n"})
    report = kind(tmp_path, files)
    project = report["facts"]["project"]
    assert project["kind"] == "web-application" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "demo-app/application.properties", project
    assert "API" not in report["results"][0]["message"]["en"], report["results"][0]


def test_a_grails_plugin_alone_is_no_web_application(tmp_path):
    # (near miss: its descriptor makes it a plugin, whose controllers and views join the applications installing it)
    files = {"README.md": "# Plugin\n\nUn plugin Grails.\n"}
    files.update(grails_project("", plugin="DemoPlugin"))
    files = {k.lstrip("/"): v for k, v in files.items()}
    project = kind(tmp_path, files)["facts"]["project"]
    assert project["kind"] != "web-application", project


def test_a_plain_groovy_library_stays_a_library(tmp_path):
    # (near miss: Groovy classes built by Gradle, no grails-app/ layout)
    files = {"README.md": "# Outils\n\nUne bibliothèque Groovy.\n",
             "build.gradle": "apply plugin: 'groovy'\n\ndependencies {\n  implementation 'org.codehaus.groovy:groovy-all:2.4.21'\n}\n",
             "src/main/groovy/org/demo/Texte.groovy": HEADER + "package org.demo\n\nclass Texte {\n  static String titre(String s) { s.capitalize() }\n}\n",
             "src/main/groovy/org/demo/AccueilController.groovy": HEADER + "package org.demo\n\nclass AccueilController {\n}\n",
             "src/main/resources/views/index.gsp": "<html></html>\n"}
    project = kind(tmp_path, files)["facts"]["project"]
    assert project["kind"] == "library", project

"""Kinds of project decided wrongly on session 8's first reads (issue 12), decided again on the weight of the repository's own
files and on what the project declares itself: server infrastructure and script collections read as "data model" from a few
SQL scripts, a GeoNature monitoring protocol kept in a folder named test/ read as "documentation only", libraries judged as
services from their samples or their test server, a Composer command read as a library, a Cordova application read as a
library, a Kivy window read as a command, CKAN's DataPusher web service read as a command only, a Maven archetype read from
its template's files, an end-to-end test suite said to hold no code. Each on a git fixture shaped like the real case."""

from __future__ import annotations

import json

from tests.gitrepo import Executable
from tests.test_kind_first_reads import kind_and_results


def _reasons(project: dict) -> list[str]:
    return [e["reason"] for e in project["kind_evidence"]]


def _compose(name: str) -> str:
    return f"services:\n  {name}:\n    build: ./build\n    env_file: .env\n    restart: unless-stopped\n"


def test_compose_stacks_with_initdb_sql_and_shell_scripts_are_infrastructure_not_a_data_model(tmp_path):
    """cbn-alpin/cbna-infra-srv: ~30 docker-compose stacks whose images are built in build/ folders, *.sample settings, shell
    scripts, and a few postgres initdb/*.sql creating extensions and roles: "data model or database schema" (8 SQL scripts
    against 4 PHP settings files) before, configuration n/a and install judged on "loading steps"."""
    files = {"README.md": "# Infrastructure des serveurs du CBNA\n\nVoir le wiki d'installation.\n"}
    for srv, apps in (("web-srv", ("gtt", "gefiproj", "saisie")), ("bkp-srv", ("analytics", "monitor"))):
        for app in apps:
            base = f"{srv}/home/admin/docker/{app}/"
            files[base + "docker-compose.yml"] = _compose(app)
            files[base + ".env.sample"] = "POSTGRES_PASSWORD=<mot-de-passe>\n"
            files[base + "build/Dockerfile"] = "FROM postgres:14\nCOPY initdb /docker-entrypoint-initdb.d/\n"
            for script in ("backup", "restore", "update"):
                files[base + f"scripts/{script}.sh"] = Executable(f"#!/bin/bash\n# {script}\npg_dump -Fc base > /backup/base.dump\n")
            if srv == "web-srv" and app != "saisie":
                files[base + "postgres/initdb/add-extensions.sql"] = "CREATE EXTENSION IF NOT EXISTS postgis;\n"
                files[base + "postgres/initdb/add-roles.sql"] = "CREATE ROLE lecteur;\n"
    files["web-srv/home/admin/docker/saisie/php/config.default.php"] = "<?php\n$config = ['db' => getenv('DB_HOST')];\n"
    project, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert (project["kind"], project["kind_decided"]) == ("infrastructure", True)
    assert res["reusability.configuration"]["status"] != "not_applicable"


def test_sql_copy_templates_beside_more_shell_and_python_scripts_are_no_data_model(tmp_path):
    """cbn-alpin/various-scripts: folders of Bash copy/export scripts with their config/settings.sample.ini, a Python transform
    tool (Pipfile: click) and 7 SQL templates the scripts run: "data model" before, configuration n/a."""
    files = {"README.md": "# Scripts divers\n", "transform/Pipfile": "[packages]\nclick = \"*\"\n",
             "transform/transformer/cli.py": "import click\n\n@click.command()\ndef run():\n    pass\n",
             "transform/transformer/io.py": "def read(p):\n    return open(p).read()\n",
             "geonature/copy/config/settings.sample.ini": "db_host=\"localhost\"\ndb_name=\"geonature\"\n"}
    for i in range(7):  # (as there: 7 SQL templates, 7 Python files, 19 shell scripts)
        files[f"geonature/copy/data/sql/step{i}.tpl.sql"] = f"INSERT INTO gn_synthese.synthese SELECT * FROM tmp_{i};\n"
    for i in range(5):
        files[f"transform/transformer/step{i}.py"] = f"def step{i}(row):\n    return row\n"
    for i in range(19):
        files[f"geonature/copy/bin/step{i}.sh"] = Executable(f"#!/bin/bash\nsource config/settings.ini\npsql -h $db_host -f data/sql/step{i % 7}.tpl.sql\n")
    project, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert project["kind"] != "data-model"
    assert res["reusability.configuration"]["status"] != "not_applicable"


PROTOCOL = {"README.md": "# Définition de protocoles de suivi\n\nProtocoles pour le module de suivi générique de GeoNature.\n\n"
                         "```\nflask monitorings install /chemin/<protocole> <protocole>\n```\n",
            ".gitignore": "*.pyc\n",
            "test/module.json": json.dumps({"module_label": "Test", "module_desc": "Module de test pour le module de suivi"}),
            "test/config.json": json.dumps({"tree": {"module": {"site": {"visit": {"observation": None}}}}}),
            "test/site.json": json.dumps({"geometry_type": "Point", "specific": {"contact_name": {"type_widget": "text"}}}),
            "test/visit.json": json.dumps({"specific": {"id_nomenclature_meteo": {"type_widget": "nomenclature"}}}),
            "test/synthese.sql": "CREATE OR REPLACE VIEW gn_monitoring.v_synthese_test AS\nSELECT s.id_base_site, s.geom AS the_geom_4326,\n"
                                 "  obs.observers FROM gn_monitoring.t_base_sites s JOIN gn_monitoring.t_base_visits v USING (id_base_site);\n"}


def test_a_geonature_monitoring_protocol_in_a_folder_named_test_is_its_plugin_not_documentation(tmp_path):
    """PNR-Foret-Orient/protocoles: a protocol of gn_module_monitoring (module.json, config.json, site.json, visit.json and a
    synthesis view) kept in test/: every file was a test, so "No code in the repository (documentation only)" for
    configuration, dependencies and portability before."""
    project, res = kind_and_results(tmp_path, PROTOCOL, ["reusability.portability", "reusability.dependencies"])
    assert (project["kind"], project["kind_decided"]) == ("library", True)
    assert _reasons(project) == ["plugin of GeoNature"]
    for cid in ("reusability.portability", "reusability.dependencies"):
        assert "documentation only" not in res[cid]["message"]["en"], cid


def test_a_composer_library_whose_classes_read_the_request_is_a_library(tmp_path):
    """SDIS62/toolbox: composer.json "type": "library" (Zend Framework 1 helpers: a REST server class, an OAuth consumer
    controller reading $_GET): "web application (PHP pages handling requests)" before, configuration failed and install
    said "no reproducible way to run the service"."""
    files = {"composer.json": json.dumps({"name": "sdis62/toolbox", "type": "library", "require": {"zendframework/zendframework1": "1.*"}}),
             "README.md": "# Toolbox\n\nBibliothèque pour Zend Framework 1.\n",
             "library/SDIS62/Rest/Server.php": "<?php\nclass SDIS62_Rest_Server {\n  function handle() { return $_REQUEST['method']; }\n}\n",
             "library/SDIS62/Controller/Action/OauthConsumer.php": "<?php\nclass OauthConsumer {\n  function callback() { return $_GET['oauth_token']; }\n}\n",
             "library/SDIS62/Model/Mapper.php": "<?php\nclass SDIS62_Model_Mapper {}\n"}
    project, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert (project["kind"], project["kind_decided"]) == ("library", True)
    assert res["reusability.configuration"]["status"] == "not_applicable"


def test_a_composer_library_declaration_beside_the_worker_it_runs_is_boilerplate(tmp_path):
    """Tisseo/AmqpMttWorkers: composer.json "type": "library", but pdfGenerationWorker.php at the root is run from the command
    line (php pdfGenerationWorker.php, $argv) with its config.inc.php.dist: a command-line tool, as read in session 8."""
    files = {"composer.json": json.dumps({"name": "canaltp/AMQP-mtt-workers", "type": "library", "require": {"videlalvaro/php-amqplib": "2.2.6"}}),
             "pdfGenerationWorker.php": "<?php\nrequire 'config.inc.php';\n$worker = new Worker($argv[1]);\n$worker->run();\n",
             "config.inc.php.dist": "<?php\ndefine('AMQP_HOST', 'localhost');\n", "src/Worker.php": "<?php\nclass Worker {}\n",
             "README.md": "# AMQP MTT workers\n"}
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert (project["kind"], project["kind_decided"]) == ("cli-tool", True)


def test_a_composer_package_installing_a_console_command_is_a_command_line_tool(tmp_path):
    """SDIS62/prevarisc-passerelle-platau: composer.json "bin": ["bin/platau"] (a Symfony console application): "library or
    package" before, configuration n/a "the settings are those of the application using it"."""
    files = {"composer.json": json.dumps({"name": "sdis62/prevarisc-passerelle-platau", "bin": ["bin/platau"],
                                          "require": {"symfony/console": "^5.0", "guzzlehttp/guzzle": "^7.0"}}),
             "bin/platau": "#!/usr/bin/env php\n<?php\nrequire __DIR__.'/../vendor/autoload.php';\n$app = new Symfony\\Component\\Console\\Application();\n$app->run();\n",
             "src/Command/ImportCommand.php": "<?php\nnamespace App\\Command;\nclass ImportCommand {}\n",
             "README.md": "# Passerelle\n\n### Configuration\n\nCréez un fichier config.json avec PISTE_CLIENT_ID.\n"}
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert (project["kind"], project["kind_decided"]) == ("cli-tool", True)
    assert "bin/platau" in [e["path"] for e in project["kind_evidence"]]


def test_a_library_with_php_samples_and_a_debian_library_package_is_a_library(tmp_path):
    """erasme/erajs: a JavaScript UI library packaged for Debian as libjs-erajs, whose samples/ hold small PHP upload handlers:
    "web application (PHP pages handling requests)" before, configuration failed."""
    files = {"README.md": "# ERAjs\n\nJavaScript application library.\n", "Makefile": "all:\n\tmake -C era\n",
             "debian/control": "Source: erajs\nSection: web\n\nPackage: libjs-erajs\nArchitecture: all\nDescription: The JavaScript library\n",
             "era/core/object.js": "Core.Object = function() {};\n", "era/ui/button.js": "Ui.Button = function() {};\n",
             "samples/uploadfile/upload.php": "<?php\nmove_uploaded_file($_FILES['file']['tmp_name'], 'x');\n",
             "samples/uploaddirectory/upload.php": "<?php\necho $_POST['name'];\n",
             "samples/uploadfile/index.html": "<html><body><script src=../../era/era.js></script></body></html>\n"}
    project, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert (project["kind"], project["kind_decided"]) == ("library", True)
    assert res["reusability.configuration"]["status"] == "not_applicable"


def test_a_dotnet_class_library_with_its_test_http_server_is_a_library_serving_no_api(tmp_path):
    """erasme/liberasme-http-cil: Erasme.Http.csproj (OutputType Library) and TestHttpServer/Main.cs ("Simple HTTP server to
    test Erasme.Http library"): "web API service" before, api-spec warned "HTTP server program without an API specification"."""
    proj = "<Project><PropertyGroup><OutputType>{t}</OutputType><AssemblyName>{n}</AssemblyName></PropertyGroup></Project>\n"
    files = {"README.md": "# liberasme-http-cil\n\nLibrary to create HTTP servers and clients.\n",
             "Erasme.Http/Erasme.Http.csproj": proj.format(t="Library", n="Erasme.Http"),
             "Erasme.Http/HttpServer.cs": "namespace Erasme.Http {\n  public class HttpServer {\n  }\n}\n",
             "TestHttpServer/TestHttpServer.csproj": proj.format(t="Exe", n="TestHttpServer"),
             "TestHttpServer/Main.cs": "// Simple HTTP server to test Erasme.Http library\nclass TestServer : HttpServer {\n  static void Main() {}\n}\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec", "reusability.configuration"])
    assert (project["kind"], project["kind_decided"]) == ("library", True)
    assert res["interoperability.api-spec"]["status"] == "not_applicable"
    assert res["reusability.configuration"]["status"] == "not_applicable"


def test_a_cordova_application_is_an_application_not_a_library(tmp_path):
    """Metromobilite/MetromobiliteAppMobile: config.xml (<widget xmlns="http://www.w3.org/ns/widgets">), HTML pages and scripts
    signing users in, a package.json naming it: "library or package" before, so auth, accessibility and configuration n/a."""
    files = {"config.xml": '<?xml version="1.0"?>\n<widget id="fr.metromobilite" version="2.0" xmlns="http://www.w3.org/ns/widgets">\n'
                           "<name>Metromobilite</name>\n</widget>\n",
             "package.json": json.dumps({"name": "metromobilite", "version": "2.0.0", "dependencies": {"cordova-android": "^5.0.0"}}),
             "index.html": "<!doctype html><html lang=fr><body><form id=login><input name=password type=password></form></body></html>\n",
             "js/loginSIV.js": "function login(user, password) { return soap('LoginMobileApp.svc', user, password); }\n",
             "README.md": "# Metromobilité\n\nRun with Cordova 6.1.1.\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.accessibility-and-ecodesign", "interoperability.auth"])
    assert (project["kind"], project["kind_decided"]) == ("mobile-application", True)  # (a web application until session 15)
    assert "Cordova mobile application (config.xml)" in _reasons(project)
    assert "library" not in res["interoperability.accessibility-and-ecodesign"]["message"]["en"]


def test_a_kivy_window_is_no_command(tmp_path):
    """erasme/rouedesinventions: main.py runs a Kivy application (RoueInventionsApp().run() under a main guard): "command-line
    tool" before, configuration n/a "a command-line tool with no setting at all"."""
    files = {"main.py": "from kivy.app import App\n\nclass RoueApp(App):\n    pass\n\nif __name__ == '__main__':\n    RoueApp().run()\n",
             "README.md": "# Roue des inventions\n", "buildozer.spec": "[app]\ntitle = Roue\npackage.name = roueinventions\nrequirements = kivy\n"}
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert project["kind"] != "cli-tool" or not project["kind_decided"]
    assert "command-line entry point" not in _reasons(project)
    assert "named package" not in _reasons(project)  # (its buildozer.spec builds the application for Android)


def test_ckan_datapusher_is_also_the_web_service_its_command_starts(tmp_path):
    """datalocale/datapusher: console script `datapusher` and argparse, but main.serve() runs ckanserviceprovider's web job
    service, started by deployment/datapusher.wsgi; doc/_templates holds the Sphinx documentation's template: "command-line
    tool" only before, api-spec n/a."""
    files = {"setup.py": "from setuptools import setup\nsetup(name='datapusher', entry_points={'console_scripts': ['datapusher=datapusher.main:main']})\n",
             "requirements.txt": "ckanserviceprovider==0.0.6\nargparse\nrequests\n",
             "datapusher/__init__.py": "", "datapusher/main.py": "import ckanserviceprovider.web as web\n\ndef serve():\n    web.init()\n    web.app.run()\n",
             "deployment/datapusher.wsgi": "import ckanserviceprovider.web as web\nweb.init()\napplication = web.app\n",
             "doc/_templates/footer.html": "{% extends '!footer.html' %}\n", "doc/index.rst": "DataPusher\n==========\n",
             "README.markdown": "# DataPusher\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec"])
    assert project["kind"] == "cli-tool"
    assert [a["kind"] for a in project["also_kinds"]] == ["api-service"]
    assert res["interoperability.api-spec"]["status"] != "not_applicable"


def test_a_maven_archetype_is_a_package_unless_its_template_is_an_application(tmp_path):
    """DSI-Ville-Noumea/archetype-pandoc: a Maven archetype whose template (archetype-resources/) is a pandoc documentation
    skeleton: no kind decided before (readme-sections expected configuration and deployment sections). The template of a web
    application (webapp-project-archetype: WEB-INF, pages) is a template too since session 21 (reader m1, W2): its
    archetype-resources/ are the generated project's files, not the repository's own."""
    res_dir = "src/main/resources/archetype-resources/"
    files = {"pom.xml": "<project><groupId>nc.noumea</groupId><artifactId>archetype-pandoc</artifactId>"
                        "<packaging>maven-archetype</packaging></project>\n",
             "src/main/resources/META-INF/maven/archetype-metadata.xml": "<archetype-descriptor name=\"pandoc\"/>\n",
             res_dir + "README.md": "# ${artifactId}\n", res_dir + "chapitres/chap_01.md": "# Chapitre 1\n",
             res_dir + ".travis.yml": "script: make\n",
             "README.md": "# Archetype\n\n## Créer un nouveau projet à partir de l'archetype\n\n    mvn archetype:generate\n"}
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert (project["kind"], project["kind_decided"]) == ("library", True)
    assert _reasons(project) == ["Maven archetype (template of new projects)"]
    files.update({res_dir + "pom.xml": "<project><artifactId>${artifactId}</artifactId><packaging>war</packaging></project>\n",
                  res_dir + "src/main/webapp/WEB-INF/web.xml": "<web-app/>\n", res_dir + "src/main/webapp/index.jsp": "<html></html>\n"})
    project, _ = kind_and_results(tmp_path / "webapp", files, ["reusability.configuration"])
    assert (project["kind"], _reasons(project)) == ("library", ["Maven archetype (template of new projects)"])


def test_an_end_to_end_suite_whose_code_is_all_under_src_test_has_code(tmp_path):
    """lutece-platform/lutece-e2e-tests: a pom and 25 Java files under src/test/java (page objects, containers, tests): "library
    (named package)" on session 8's code, and "No code in the repository" once tests were set aside."""
    files = {"pom.xml": "<project><groupId>fr.paris.lutece</groupId><artifactId>lutece-e2e-tests</artifactId><dependencies>"
                        "<dependency><groupId>com.microsoft.playwright</groupId><artifactId>playwright</artifactId></dependency>"
                        "</dependencies></project>\n",
             "docker-compose.yml": "services:\n  lutece:\n    image: lutece/site:latest\n",
             "src/test/java/fr/paris/lutece/e2e/LoginTest.java": "package fr.paris.lutece.e2e;\n\nclass LoginTest {\n  void login() {}\n}\n",
             "src/test/java/fr/paris/lutece/e2e/pages/LoginPage.java": "package fr.paris.lutece.e2e.pages;\n\nclass LoginPage {}\n",
             **{f"src/test/java/fr/paris/lutece/e2e/{n}Test.java": f"package fr.paris.lutece.e2e;\n\nclass {n}Test {{}}\n"
                for n in ("Form", "Search", "Admin", "Workflow")},
             "README.md": "# Lutece E2E\n\n## Installation et prérequis\n\nmvn verify\n"}
    project, res = kind_and_results(tmp_path, files, ["reusability.portability"])
    assert project["kind"] != "library" or not project["kind_decided"]
    assert "No code in the repository" not in res["reusability.portability"]["message"]["en"]


def test_a_code_package_named_example_is_the_project_not_an_example(tmp_path):
    """Spring Initializr's package com.example.demo (src/main/java/com/example/demo/): the project's own code, never set aside
    as examples; nor are an application's compose files in one folder (dev, prod, test) stacks of an infrastructure."""
    pom = ("<project><groupId>com.example</groupId><artifactId>demo</artifactId><dependencies><dependency><groupId>org.springframework.boot"
           "</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n")
    files = {"pom.xml": pom, "README.md": "# Demo\n",
             "src/main/java/com/example/demo/DemoApplication.java": "package com.example.demo;\n\n@SpringBootApplication\npublic class DemoApplication {}\n",
             "src/main/java/com/example/demo/web/Api.java": "package com.example.demo.web;\n\n@RestController\npublic class Api {}\n"}
    for env in ("", ".dev", ".prod", ".test"):
        files[f"docker-compose{env}.yml"] = "services:\n  app:\n    build: .\n"
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert (project["kind"], project["kind_decided"]) == ("api-service", True)
    site = {"index.html": "<html><body>Carte</body></html>\n", "carte.js": "var map = 1;\n", "README.md": "# Carte\n"}
    for env in ("", ".dev", ".prod", ".test"):
        site[f"docker-compose{env}.yml"] = "services:\n  web:\n    image: nginx\n"
    project, _ = kind_and_results(tmp_path / "site", site, ["reusability.configuration"])
    assert project["kind"] == "static-site"


def test_a_documentation_with_one_link_checking_test_is_still_documentation_only(tmp_path):
    """A guide (Markdown chapters) whose only script is tests/test_links.py checking its links: no code of its own to package
    (the test-suite rule above needs a suite, five test files with code)."""
    files = {"README.md": "# Guide\n", "chapitres/01.md": "# Un\n", "chapitres/02.md": "# Deux\n",
             "tests/test_links.py": "def test_links():\n    assert sorted([2, 1]) == [1, 2]\n"}
    _, res = kind_and_results(tmp_path, files, ["reusability.portability"])
    assert res["reusability.portability"]["status"] == "not_applicable"
    assert "documentation only" in res["reusability.portability"]["message"]["en"]

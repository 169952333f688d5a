"""Kinds of project decided wrongly on session 6's first reads (issue 12, family 1), and the not-applicable reasons that
followed from them; each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


def kind_and_results(tmp_path, files: dict, checks: list[str]) -> tuple[dict, dict]:
    """The project fact and the results of the given checks, on a one-commit repository of these files."""
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", checks)
    return report["facts"]["project"], results(report)


def _java(pkg: str, cls: str, body: str = "") -> str:
    return f"package {pkg};\n\n/** {cls}. */\npublic class {cls} {{\n{body}}}\n"


# GIP-RECIA/esco-dynamic-groups: a Grouper module (Java, built into jars by Ant) with a Javadoc package.html in each
# package folder, settings shipped as *.properties.example, and Hibernate mappings of its own tables.
GROUPER_MODULE = {
    "README.md": "ESCO-DynamicGroups\n==================\n\nESCO-Grouper Module to create dynamic groups and updates members in grouper.\n",
    "build.xml": "<project name=\"esco-dg\" default=\"esco-dg.build\">\n  <target name=\"esco-dg.build\" description=\"Creates the jar for grouper\">\n"
                 "    <jar destfile=\"dist/grouper-esco-dg-hooks.jar\" basedir=\"build\"/>\n  </target>\n</project>\n",
    "resources/esco-dynamic-groups.properties.example": "# LDAP server used to read the members\nldap.url=ldap://localhost:389\nldap.base=dc=esco\n",
    "resources/mapping/DynGroups.hbm.xml": "<hibernate-mapping><class name=\"org.esco.dynamicgroups.DynGroup\" table=\"DynGroups\">"
                                           "<id name=\"id\" column=\"id\"/><property name=\"groupName\" column=\"group_name\"/></class></hibernate-mapping>\n",
    "db/DynGroups-MySQL.sql": "CREATE TABLE DynGroups (id INT PRIMARY KEY, group_name VARCHAR(255), email VARCHAR(255));\n",
    "src/org/esco/dynamicgroups/package.html": "<html>\n<body>\n\n<p>Dynamic groups for Grouper.</p>\n\n</body>\n</html>\n",
    "src/org/esco/dynamicgroups/dao/package.html": "<html>\n<body>\n<p>DAO classes.</p>\n</body>\n</html>\n",
    "src/org/esco/dynamicgroups/dao/db/package.html": "<html>\n<body>\n<p>Data bases DAO relative classes.</p>\n</body>\n</html>\n",
    "src/org/esco/dynamicgroups/DynGroup.java": _java("org.esco.dynamicgroups", "DynGroup", "    private String groupName;\n"),
    "src/org/esco/dynamicgroups/dao/db/DBDAO.java": _java("org.esco.dynamicgroups.dao.db", "DBDAO"),
    "src/org/esco/dynamicgroups/hooks/GroupHooks.java": _java("org.esco.dynamicgroups.hooks", "GroupHooks"),
    **{f"src/org/esco/dynamicgroups/domain/Definition{i}.java": _java("org.esco.dynamicgroups.domain", f"Definition{i}") for i in range(4)},
}


def test_javadoc_package_pages_make_no_static_site_and_an_ant_jar_is_a_library(tmp_path):
    checks = ["interoperability.api-spec", "interoperability.auth", "interoperability.accessibility-and-ecodesign",
              "interoperability.data-standards", "reusability.configuration"]
    project, res = kind_and_results(tmp_path, GROUPER_MODULE, checks)
    assert project["kind"] == "library" and project["kind_decided"], project
    assert [e["path"] for e in project["kind_evidence"]] == ["build.xml"]
    for cid in checks:
        said_fr = res[cid]["message"]["fr"].split("ce contrôle ne porte que sur")[0]
        said_en = res[cid]["message"]["en"].split("this check only judges")[0]
        assert "statique" not in said_fr and "static" not in said_en, (cid, res[cid]["message"])
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
    # the settings template it ships is seen, not denied
    conf = res["reusability.configuration"]
    assert "resources/esco-dynamic-groups.properties.example" in conf["message"]["en"], conf["message"]
    # its own tables are not denied either
    data = res["interoperability.data-standards"]
    assert data["status"] == "not_applicable" and "no database model" not in data["message"]["en"], data["message"]
    assert "pas de modèle" not in data["message"]["fr"] and "ni modèle" not in data["message"]["fr"]


def test_an_html_page_beside_java_sources_not_named_for_javadoc_is_still_a_page(tmp_path):
    files = {"README.md": "# Carte\n", "index.html": "<!doctype html><html><body><div id=map></div></body></html>\n",
             "src/org/x/package.html": "<html><body><p>x</p></body></html>\n", "src/org/x/A.java": _java("org.x", "A")}
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert project["kind"] == "static-site" and [e["path"] for e in project["kind_evidence"]] == ["index.html"]


# e-Collectivites/premap: the description of a project to come (README + LICENSE), no code at all; Pleiade-Bureau-Virtuel: the
# same with technical documents (.docx), a video and a Drupal .gitignore template.
MIT = "MIT License\n\nCopyright (c) 2022 e-Collectivités\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
PROJECT_DESCRIPTION = {
    "README.md": "# Portail Régional de Marchés Publics dans les Pays de la Loire\n\n## Définition\nUn portail régional de marchés publics "
                 "est une plateforme recensant la majorité des appels d'offres des collectivités territoriales dans leur région.\n\n"
                 "## Objectifs\n* Développer un portail régional recensant tous les appels d'offres,\n* Faciliter la consultation des "
                 "appels d'offres.\n",
    "LICENSE": MIT,
}


def test_a_code_free_project_description_is_not_judged_on_installing_translating_or_packaging(tmp_path):
    checks = ["reusability.install", "reusability.portability", "reusability.configuration", "reusability.dependencies"]
    project, res = kind_and_results(tmp_path, dict(PROJECT_DESCRIPTION, **{".gitignore": "/vendor\n/core\n/sites/*/files\n",
                                                                          "Documentation technique/Documentation Administrateur.docx": "PK\x03\x04"}),
                                    checks)
    assert not project["kind_decided"]
    for cid in checks:
        assert res[cid]["status"] == "not_applicable", (cid, res[cid]["message"])
    for cid in ("reusability.install", "reusability.portability", "reusability.configuration"):
        assert "documentation only" in res[cid]["message"]["en"] and "seulement de la documentation" in res[cid]["message"]["fr"], res[cid]["message"]
    assert "settings file" not in res["reusability.configuration"]["message"]["en"]  # (.gitignore configures git, not a deployment)


def test_a_code_free_repository_with_install_steps_or_a_container_is_still_judged(tmp_path):
    steps = dict(PROJECT_DESCRIPTION, **{"README.md": PROJECT_DESCRIPTION["README.md"] + "\n## Installation\n\n```\ncomposer create-project "
                                                                                             "drupal/recommended-project pleiade\n```\n"})
    _, res = kind_and_results(tmp_path, steps, ["reusability.install"])
    assert res["reusability.install"]["status"] in ("pass", "warn"), res["reusability.install"]["message"]


def test_a_repository_of_settings_files_only_says_so_and_one_of_submodules_is_still_judged(tmp_path):
    # SICTIAM/stela-config: a Spring Cloud Config repository (the services' YAML settings and a README on certificates)
    settings = {"README.md": "# stela-config\n\nTo send documents to the Prefecture, you need to trust its certificate.\n",
                "application.yml": "spring:\n  datasource:\n    url: jdbc:postgresql://localhost/stela\n",
                "acte-service.yml": "application:\n  archive:\n    maxSize: 150\n"}
    _, res = kind_and_results(tmp_path / "a", settings, ["reusability.install", "reusability.portability"])
    for cid in ("reusability.install", "reusability.portability"):
        assert res[cid]["status"] == "not_applicable" and "2 settings file(s) only" in res[cid]["message"]["en"], res[cid]["message"]
        assert "2 fichier(s) de réglages seulement" in res[cid]["message"]["fr"]
    # geobretagne/addons: three add-ons pinned as git submodules: code, elsewhere; not "documentation only"
    from tests.gitrepo import git

    path = build(tmp_path / "b", {"README.md": "# addons\n\nLes addons du visualiseur.\n",
                                  ".gitmodules": "[submodule \"cadastre\"]\n\tpath = cadastre\n\turl = https://github.com/geobretagne/cadastre\n"})
    git(path, "update-index", "--add", "--cacheinfo", "160000,1111111111111111111111111111111111111111,cadastre")
    git(path, "commit", "-q", "-m", "submodule", env={"GIT_AUTHOR_DATE": "2026-03-02T11:00:00Z", "GIT_COMMITTER_DATE": "2026-03-02T11:00:00Z"})
    res = results(run_audit(path, tmp_path / "c2", ["reusability.install", "reusability.portability"]))
    for cid in ("reusability.install", "reusability.portability"):
        assert res[cid]["status"] != "not_applicable", (cid, res[cid]["message"])


# GIP-RECIA/cas-war-overlay: an Apereo CAS overlay (Gradle, the Spring Boot plugin, Thymeleaf login pages), whose CI starts Flask
# test clients (ci/python/flask-*-client/requirements.txt, their own Jinja templates) to sign in against it.
CAS_OVERLAY = {
    "README.md": "# cas-war-overlay\n\nCAS server of the ENT.\n",
    "build.gradle": "apply plugin: \"io.freefair.war-overlay\"\napply plugin: \"war\"\napply plugin: \"org.springframework.boot\"\n\n"
                    "dependencies {\n    testImplementation \"org.springframework.boot:spring-boot-starter-test\"\n"
                    "    implementation \"org.apereo.cas:cas-server-support-ldap\"\n    implementation \"org.apereo.cas:cas-server-support-oidc\"\n}\n",
    "src/main/java/org/apereo/cas/config/CustomConfiguration.java": _java("org.apereo.cas.config", "CustomConfiguration"),
    "src/main/java/org/apereo/cas/web/CustomController.java": _java("org.apereo.cas.web", "CustomController"),
    "src/main/resources/templates/layout.html": "<!DOCTYPE html>\n<html xmlns:layout=\"http://www.ultraq.net.nz/thymeleaf/layout\" "
                                                "th:lang=\"${#locale}\">\n<head><title th:text=\"#{cas.title}\">CAS</title></head>\n</html>\n",
    "src/main/resources/templates/login/casLoginView.html": "<html><body><form th:action=\"@{/login}\" method=\"post\"></form></body></html>\n",
    "ci/python/flask-oidc-client/requirements.txt": "flask\nauthlib\n",
    "ci/python/flask-oidc-client/index.py": "from flask import Flask\napp = Flask(__name__)\n",
    "ci/python/flask-saml-client/requirements.txt": "flask\npython3-saml\n",
    "ci/python/flask-saml-client/index.py": "from flask import Flask, render_template\napp = Flask(__name__)\n",
    "ci/python/flask-saml-client/templates/base.html": "<html><body>{% block content %}{% endblock %}</body></html>\n",
    "ci/python/flask-saml-client/templates/index.html": "{% extends \"base.html\" %}{% block content %}ok{% endblock %}\n",
}


def test_ci_test_clients_are_not_the_product_and_a_spring_boot_app_with_thymeleaf_pages_is_a_web_application(tmp_path):
    report = run_audit(build(tmp_path / "r", CAS_OVERLAY), tmp_path / "c", ["interoperability.api-spec", "interoperability.auth"])
    project, res = report["facts"]["project"], results(report)
    assert project["kind"] == "web-application" and project["kind_decided"], project
    assert not any(e["path"].startswith("ci/") for e in project["kind_evidence"]), project["kind_evidence"]
    gradle = next(m for m in report["facts"]["manifests"]["manifests"] if m["path"] == "build.gradle")
    assert "org.springframework.boot:spring-boot-starter-test" in gradle["dev_dependencies"]
    assert "org.springframework.boot:spring-boot-starter-test" not in gradle["dependencies"]
    api = res["interoperability.api-spec"]
    assert "flask" not in api["message"]["en"] and "spring-boot-starter-test" not in api["message"]["en"], api["message"]
    assert not any(str(e.get("path", "")).startswith("ci/") for e in res["interoperability.auth"]["evidence"])


# erasme/carto: a PHP front controller (api.php) routing GET /spreadsheet to a controller that answers JSON, beside a D3 page.
CARTO = {
    "README.md": "# carto\n\nCarte des projets d'Erasme.\n",
    "composer.json": '{"name": "erasme/carto", "require": {"google/apiclient": "^2.0"}}',
    "api.php": "<?php\n/** Front Controller, used as a router */\nrequire_once 'vendor/autoload.php';\n"
               "$routes = array('/\\/spreadsheet/' => array('SpreadsheetController', array('GET' => 'dataAction')));\n"
               "$request_method = $_SERVER['REQUEST_METHOD'];\n$request_uri = $_SERVER['REQUEST_URI'];\n"
               "foreach ($routes as $url => $action) {\n    if (preg_match($url, $request_uri, $params) > 0) {\n"
               "        $controller = new $action[0];\n        $controller->{$action[1][$request_method]}($params);\n    }\n}\n",
    "src/controller/SpreadsheetController.php": "<?php\nclass SpreadsheetController\n{\n    public function dataAction($params)\n    {\n"
                                                "        $result = new stdClass();\n        header('Content-Type: application/json');\n"
                                                "        echo json_encode($result);\n    }\n}\n",
    "src/model/Spreadsheet.php": "<?php\nclass Spreadsheet\n{\n    public static function get($id, $sheet, $range) { return array(); }\n}\n",
    "public/html/nodes.html": "<!doctype html><html><head><script src=\"../js/nodes.js\"></script></head><body><svg></svg></body></html>\n",
    "public/js/nodes.js": "fetch('/spreadsheet').then(function (r) { return r.json(); });\n",
}

# erasme/shortie: a Ramaze application (no Gemfile) started by config.ru, its pages in view/*.xhtml and layout/default.xhtml.
SHORTIE = {
    "config.ru": "#!/usr/bin/env rackup\nrequire ::File.expand_path('../app', __FILE__)\nRamaze.start(:root => __DIR__, :started => true)\nrun Ramaze\n",
    "app.rb": "require 'rubygems'\nrequire 'ramaze'\nrequire 'sequel'\nRamaze.options.roots = [__DIR__]\nrequire __DIR__('controller/init')\n",
    "controller/init.rb": "class Controller < Ramaze::Controller\n  layout :default\nend\nrequire __DIR__('main')\n",
    "controller/main.rb": "class MainController < Controller\n  def index(short=nil)\n    redirect 'notemplate'\n  end\nend\n",
    "view/index.xhtml": "<h1>Shortie</h1>\n<form method=\"post\" action=\"#{route('/create')}\"><input name=\"url\"/></form>\n",
    "layout/default.xhtml": "<!DOCTYPE html>\n<html><head><title>#{@title}</title></head><body>#{@content}</body></html>\n",
    "public/css/layout.css": "body { margin: 0; }\n",
}


def test_a_php_front_controller_answering_json_is_a_web_application_with_an_api(tmp_path):
    project, res = kind_and_results(tmp_path, CARTO, ["interoperability.api-spec", "interoperability.data-standards"])
    assert project["kind"] == "web-application" and [e["path"] for e in project["kind_evidence"]] == ["api.php"], project
    api = res["interoperability.api-spec"]
    assert api["status"] == "warn" and "SpreadsheetController.php" in api["message"]["en"], api["message"]
    data = res["interoperability.data-standards"]
    assert "no open format" not in data["message"]["en"] and "static" not in data["message"]["en"], data["message"]


def test_a_rack_application_with_xhtml_views_serves_pages(tmp_path):
    project, res = kind_and_results(tmp_path, SHORTIE, ["interoperability.accessibility-and-ecodesign", "interoperability.api-spec"])
    assert project["kind"] == "web-application", project
    assert res["interoperability.accessibility-and-ecodesign"]["status"] != "not_applicable"
    api = res["interoperability.api-spec"]
    assert "no server framework" not in api["message"]["en"] and "pas de framework serveur" not in api["message"]["fr"], api["message"]


def test_a_rake_run_task_is_a_task_runner_recipe(tmp_path):
    # erasme/sinatra_skeleton: `rake run` bundles the Gemfile and starts the Sinatra application (tasks/run.rake)
    files = {"README.md": "# Sinatra skeleton\n\nA modular Sinatra application skeleton.\n",
             "Gemfile": "source 'https://rubygems.org'\ngem 'sinatra'\ngem 'rake'\n", "config.ru": "require './app'\nrun Sinatra::Application\n",
             "Rakefile": "require 'rake'\nDir['tasks/*.rake'].each { |file| load(file) }\n",
             "tasks/run.rake": "desc \"run sinatra app locally\"\ntask :run => \"Gemfile.lock\" do\n  require 'app'\n  Sinatra::Application.run!\nend\n",
             "app.rb": "require 'sinatra'\nget '/' do\n  'Hello'\nend\n"}
    _, res = kind_and_results(tmp_path, files, ["reusability.install"])
    inst = res["reusability.install"]
    assert "task-runner" in inst["message"]["en"] and "Rakefile" in {e.get("path") for e in inst["evidence"]}, inst
    assert "No reproducible way" not in inst["message"]["en"]  # (scored as a Makefile alone is: a recipe, no written instructions)


# strasbourg/documentation: a Middleman site documenting the city's open-data APIs (Gemfile, config.rb, source/*.md with GET URLs).
MIDDLEMAN_DOCS = {
    "Gemfile": "source 'http://rubygems.org'\ngem 'middleman', '~>3.0.13'\ngem 'middleman-deploy'\ngem 'redcarpet'\n",
    "config.rb": "set :markdown_engine, :redcarpet\nactivate :deploy do |deploy|\n  deploy.method = :git\nend\n",
    "source/index.md": "# Strasbourg open data\n\nLes API de données ouvertes de Strasbourg.\n",
    "source/parkings.md": "# Coordonnées et disponibilité des parkings\n\n    GET http://parkings.api.strasbourg-data.fr/parkings\n\n## Reponse\n\n"
                          "    Status: 200 OK\n",
    "source/velhop.md": "# Vélhop\n\n    GET http://velhop.api.strasbourg-data.fr/stations\n",
    "source/CNAME": "strasbourg-data.fr\n",
}


def test_a_documentation_site_is_its_own_documentation_site_and_describes_no_machine_readable_api(tmp_path):
    project, res = kind_and_results(tmp_path, MIDDLEMAN_DOCS, ["documentation.docs", "interoperability.api-spec"])
    assert project["kind"] == "static-site"
    docs = res["documentation.docs"]
    assert "documentation site" in docs["message"]["en"].split(";")[0], docs["message"]
    api = res["interoperability.api-spec"]
    assert api["status"] == "not_applicable" and "machine-readable" in api["message"]["en"] and "lisible par une machine" in api["message"]["fr"]


def test_a_package_json_used_as_a_metadata_card_of_python_scripts_makes_no_package(tmp_path):
    # datagora-erasme/ipave-scripts: Python geo scripts whose package.json only names, describes and credits the repository
    files = {"README.md": "# ipave-scripts\n\nScripts de calcul sur la végétalisation de la voirie.\n",
             "package.json": '{"name": "ipave-scripts", "version": "0.0.1", "private": false, "author": "Romain MATIAS", "license": "MIT"}',
             "requirements.txt": "geopandas\nclick\n", "2_script/generate_kpi.py": "import click\n\n@click.command()\ndef main():\n    pass\n",
             "utils/functions.py": "def lire(chemin):\n    return chemin\n"}
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec"])
    assert project["kind"] != "library" and "package.json" not in {e["path"] for e in project["kind_evidence"]}, project
    assert "library" not in res["interoperability.api-spec"]["message"]["en"]


def test_a_jcms_plugin_declaring_rest_resources_is_judged_on_its_api_description(tmp_path):
    # departement-loire-atlantique/jZelli: a Jalios JCMS plugin whose plugin.xml declares the REST resources of a mobile app's API
    files = {"README.md": "# Zelli\n\nModule JCMS du back-office de l'application Zelli.\n",
             "WEB-INF/plugins/ZelliPlugin/plugin.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE plugin PUBLIC \"-//JALIOS//DTD JCMS-PLUGIN 1.7//EN\" "
             "\"http://support.jalios.com/dtd/jcms-plugin-1.7.dtd\">\n<plugin name=\"ZelliPlugin\" version=\"1.0\">\n"
             "  <!-- <openapi><resource class=\"com.example.R\" uriTemplate=\"/plugins/zelli/resourceName/{p}\" /></openapi> -->\n"
             "  <openapi>\n    <resource class=\"fr.digiwin.module.zelli.openapi.TokenApi\" uriTemplate=\"/plugins/zelli/token/create/{memberLogin}\" />\n"
             "    <resource class=\"fr.digiwin.module.zelli.openapi.MemberApi\" uriTemplate=\"/plugins/zelli/member/create\" />\n  </openapi>\n</plugin>\n",
             "WEB-INF/classes/fr/digiwin/module/zelli/openapi/TokenApi.java": _java("fr.digiwin.module.zelli.openapi", "TokenApi"),
             "WEB-INF/classes/fr/digiwin/module/zelli/openapi/MemberApi.java": _java("fr.digiwin.module.zelli.openapi", "MemberApi")}
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec", "interoperability.auth"])
    assert project["kind"] == "library"
    api = res["interoperability.api-spec"]
    assert api["status"] == "fail" and "2 REST resource(s) declared" in api["message"]["en"] and "ressource(s) REST" in api["message"]["fr"], api
    assert res["interoperability.auth"]["status"] == "not_applicable"  # (its sign-in is JCMS's)


def test_browser_scenarios_the_ci_runs_from_their_own_folder_are_tests(tmp_path):
    # cas-war-overlay again: puppeteer/ (its package.json declares puppeteer, no entry point) holds the end-to-end scenarios that
    # .github/workflows/build.yml runs through puppeteer/run.sh against the built server
    files = dict(CAS_OVERLAY, **{
        "puppeteer/package.json": '{"dependencies": {"otpauth": "^9.4.0", "pino": "^8.15.1", "puppeteer": "^22.11.2"}}',
        "puppeteer/run.sh": "#!/bin/bash\nfor s in puppeteer/scenarios/*.js; do node $s; done\n",
        "puppeteer/cas.js": "const puppeteer = require('puppeteer');\nexports.login = async (page) => { await page.goto('https://localhost:8443/cas'); };\n",
        **{f"puppeteer/scenarios/login_{i}.js": "const cas = require('../cas.js');\n(async () => { await cas.login(); })();\n" for i in range(4)},
        ".github/workflows/build.yml": "on: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./gradlew build\n"
                                       "      - run: |\n          chmod +x puppeteer/run.sh\n          ./puppeteer/run.sh\n"})
    res = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
    assert res["message"]["en"].startswith("6 test file(s)"), res["message"]
    # the same folder that no CI names may be a tool of the project (a scraper): not taken for tests
    files.pop(".github/workflows/build.yml")
    res = results(run_audit(build(tmp_path / "r2", files), tmp_path / "c2", ["reusability.tests-and-ci"]))["reusability.tests-and-ci"]
    assert res["message"]["en"].startswith("0 test file(s)"), res["message"]


# vienne-condrieu-agglomeration/georchestra-doc: a Sphinx site whose pages tell how the agglomeration cloned, built and deployed
# geOrchestra (and built GDAL from its sources): its subject, not how to build this site
SPHINX_DOCS = {
    "README.md": "# georchestra-doc\n\nDocumentation de l'installation de geOrchestra à ViennAgglo.\n",
    "conf.py": "project = 'geOrchestra ViennAgglo'\nextensions = []\n", "Makefile": "html:\n\tsphinx-build -b html . _build/html\n",
    "index.rst": "Documentation\n=============\n\n.. toctree::\n\n   intro\n   notes_install\n   geOrchestra\n",
    "intro.rst": "Introduction\n============\n\nL'infrastructure de données géographiques de ViennAgglo.\n",
    "geOrchestra.rst": "Georchestra\n***********\n\nDeploiement\n===========\n\n.. code-block :: bash\n\n"
                       "   git clone -b 14.01 --recursive https://github.com/georchestra/georchestra.git\n   ./mvn -Ptemplate install\n",
    "notes_install.rst": "Installation\n============\n\n* Installer GDAL\n\n::\n\n   cd gdal-1.10.1\n   ./configure\n   make\n   make install\n",
}


def test_a_documentation_sites_pages_on_installing_other_software_are_not_its_install_instructions(tmp_path):
    project, res = kind_and_results(tmp_path, SPHINX_DOCS, ["reusability.install"])
    assert project["kind"] == "static-site"
    inst = res["reusability.install"]
    assert not any(e.get("path") in ("notes_install.rst", "geOrchestra.rst") for e in inst["evidence"]), inst["evidence"]
    assert "written instructions: no" in inst["message"]["en"], inst["message"]

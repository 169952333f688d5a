"""Kinds found wrong by session 19's readers (issue 12, s19 k1; readers d2, d3), each on a git fixture shaped like the real case
(invented content):
- an ENT module (Vert.x Java on entcore, AngularJS templates in src/main/resources/public/template/, gulp with yargs) is a web
  application, not a command-line tool nor a static site (OPEN-ENT-NG/lystore, OPEN-ENT-NG/crre); without pages, an API;
- a Quarkus REST service with its generated src/main/docker/Dockerfile.* is an API service, not an infrastructure
  (opt-nc/api-transitaires); a Quarkus command using only a REST client stays a command;
- a Spring Boot application rendering FreeMarker templates is a web application (MTES-MCT/explorateur-ecocites), its mail
  templates or a webhook's message templates (InseeFr/sugoi-api) alone make no pages;
- a Rails API (config.api_only = true) beside a Solr configuration's admin-extra.html is an API service (etalab/rna_as_api);
- a JavaScript library whose sample pages are in samples-src/ is a library, not a static site (IGNF/geoportal-sdk);
- a Python package documented by a root mkdocs.yml is a library, not a static site (CEREMA/apifoncier); a documentation site
  with no package stays a static site;
- a Django API whose only templates are those of its playground and of a demo app is an API service (suitenumerique/menshen);
- a Python 2 harvester run by `python run.py`, its Sphinx build committed, is a command-line tool (cigalsace/getData);
- a Jinja template of a configuration file (an ENT module's template.j2 of its JSON settings) is no page (v54)."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

_GRADLE = ("apply plugin: 'java'\n\ndependencies {\n  compileOnly \"io.vertx:vertx-core:$vertxVersion\"\n"
           "  compile \"org.entcore:common:$entCoreVersion\"\n  compile \"io.vertx:vertx-web-client:$vertxVersion\"\n"
           "  testCompile \"org.entcore:tests:$entCoreVersion\"\n}\n")
_PACKAGE = ('{\n  "name": "Catalogue",\n  "version": "1.0.0",\n  "main": "gulpfile.js",\n  "dependencies": {\n    "entcore": "dev",\n'
            '    "gulp": "3.9.1",\n    "webpack": "^3.1.0",\n    "yargs": "^8.0.2"\n  }\n}\n')
_CONTROLLER = ("package fr.example.catalogue.controllers;\n\nimport fr.wseduc.rs.Get;\nimport fr.wseduc.security.SecuredAction;\n"
               "import org.entcore.common.controller.ControllerHelper;\n\npublic class BasketController extends ControllerHelper {\n"
               "    @Get(\"/baskets\")\n    @SecuredAction(\"catalogue.access\")\n    public void list(HttpServerRequest request) {\n"
               "        renderJson(request, new JsonObject());\n    }\n}\n")


def _ent_module(pages: bool = True) -> dict:
    files = {"README.md": "# Catalogue\n\nModule ENT de commande de ressources pour les lycées.\n", "build.gradle": _GRADLE,
             "package.json": _PACKAGE, "gulpfile.js": "var gulp = require('gulp');\nvar argv = require('yargs').argv;\n",
             "src/main/java/fr/example/catalogue/Catalogue.java": "package fr.example.catalogue;\n\npublic class Catalogue extends BaseServer {\n}\n",
             "src/main/java/fr/example/catalogue/controllers/BasketController.java": _CONTROLLER,
             "src/main/resources/mod.json": '{\n  "main": "fr.example.catalogue.Catalogue"\n}\n',
             "src/main/resources/template.j2": '{\n  "name": "fr.example~catalogue",\n  "config": {\n    "port": 8140,\n'
                                               '    "app-icon": "https://{{ host }}/catalogue/public/img/icon.svg"\n  }\n}\n'}
    if pages:
        files.update({f"src/main/resources/public/template/basket/{n}.html": f'<div ng-controller="{n}">\n  <h2><i18n>{n}</i18n></h2>\n</div>\n'
                      for n in ("basket", "order", "campaign")})
        files["src/main/resources/public/ts/app.ts"] = "import { ng } from 'entcore';\n\nexport const app = ng.controllers;\n"
    return files


def test_an_ent_module_with_its_templates_is_a_web_application(tmp_path):
    project, res = kind_and_results(tmp_path, _ent_module(), ["interoperability.api-spec"])
    assert project["kind"] == "web-application" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "build.gradle", project["kind_evidence"]
    # (the Jinja template of its JSON settings is no page: the evidence names the pages)
    assert not any(e["path"].endswith(".j2") for e in project["kind_evidence"]), project["kind_evidence"]
    assert "command-line" not in res["interoperability.api-spec"]["message"]["en"]
    # without pages, the module's JSON routes: an API
    project, _ = kind_and_results(tmp_path / "api", _ent_module(pages=False), [])
    assert project["kind"] == "api-service", project


_QUARKUS_POM = ("<?xml version=\"1.0\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>nc.example</groupId>\n"
                "  <artifactId>api-brokers</artifactId>\n  <version>1.0.0</version>\n  <dependencies>\n{deps}  </dependencies>\n</project>\n")
_DEP = "    <dependency>\n      <groupId>io.quarkus</groupId>\n      <artifactId>{a}</artifactId>\n    </dependency>\n"
_RESOURCE = ("package nc.example.brokers;\n\nimport javax.ws.rs.GET;\nimport javax.ws.rs.Path;\n\n@Path(\"/brokers\")\npublic class BrokerResource {\n"
             "    @GET\n    public List<Broker> list() {\n        return Broker.all();\n    }\n}\n")


def _quarkus(artifacts: tuple[str, ...]) -> dict:
    files = {"README.md": "# api-brokers\n\nAPI qui renvoie les transitaires.\n",
             "pom.xml": _QUARKUS_POM.format(deps="".join(_DEP.format(a=a) for a in artifacts)),
             "src/main/java/nc/example/brokers/BrokerResource.java": _RESOURCE,
             "src/main/java/nc/example/brokers/Broker.java": "package nc.example.brokers;\n\npublic class Broker {\n    public String ridet;\n}\n",
             "src/main/resources/META-INF/resources/index.html": "<!DOCTYPE html>\n<html lang=\"fr\">\n<body>\n<form role=\"search\"></form>\n</body>\n</html>\n"}
    for name, base in (("jvm", "registry.access.redhat.com/ubi8/openjdk-11"), ("native", "registry.access.redhat.com/ubi8/ubi-minimal"),
                       ("legacy-jar", "registry.access.redhat.com/ubi8/openjdk-11")):
        files[f"src/main/docker/Dockerfile.{name}"] = f"FROM {base}:1.11\nCOPY target/quarkus-app/ /deployments/\nEXPOSE 8080\n"
    return files


def test_a_quarkus_rest_service_is_an_api_service_not_an_infrastructure(tmp_path):
    project, res = kind_and_results(tmp_path, _quarkus(("quarkus-resteasy-reactive-jsonb", "quarkus-smallrye-openapi")), ["reusability.portability"])
    assert project["kind"] == "api-service", project
    assert res["reusability.portability"]["status"] != "not_applicable", res["reusability.portability"]
    # counterpart: a Quarkus program using only a REST client serves nothing (its images stay what they were)
    project, _ = kind_and_results(tmp_path / "client", _quarkus(("quarkus-rest-client-reactive-jackson", "quarkus-picocli")), [])
    assert project["kind"] != "api-service", project


_BOOT_POM = ("<?xml version=\"1.0\"?>\n<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>fr.example</groupId>\n"
             "  <artifactId>explorateur</artifactId>\n  <version>1.0</version>\n  <dependencies>\n"
             "    <dependency>\n      <groupId>org.springframework.boot</groupId>\n      <artifactId>spring-boot-starter-freemarker</artifactId>\n"
             "    </dependency>\n    <dependency>\n      <groupId>org.springframework.boot</groupId>\n"
             "      <artifactId>spring-boot-starter-web</artifactId>\n    </dependency>\n  </dependencies>\n</project>\n")


def test_a_spring_boot_application_rendering_freemarker_pages_is_a_web_application(tmp_path):
    app = {"pom.xml": _BOOT_POM,
           "src/main/java/fr/example/explorateur/HomeController.java": "package fr.example.explorateur;\n\n@Controller\npublic class HomeController {\n"
                                                                       "    @GetMapping(\"/\")\n    public String home() {\n        return \"bo/home/index\";\n    }\n}\n",
           "src/main/resources/templates/bo/home/index.ftl": "<#import \"/bo/layout.ftl\" as layout>\n<@layout.page>\n<h1>${title}</h1>\n</@layout.page>\n",
           "src/main/resources/templates/bo/layout.ftl": "<#macro page>\n<html><body><#nested></body></html>\n</#macro>\n"}
    project, _ = kind_and_results(tmp_path, app, [])
    assert project["kind"] == "web-application", project
    # its mail templates alone are no pages: an API
    mails = {k.replace("templates/bo/home/index.ftl", "templates/mail/welcome.ftl").replace("templates/bo/layout.ftl", "templates/mail/reset.ftl"): v
             for k, v in app.items()}
    project, _ = kind_and_results(tmp_path / "mails", mails, [])
    assert project["kind"] == "api-service", project
    # nor a webhook's messages its own code renders (template/login_default.ftl: a JSON message), nor Fluent translations (locale/fr.ftl)
    hook = {**mails, "src/main/resources/template/login_default.ftl": '{"Subject": "Votre login", "Content": "<html><p>${userId}</p></html>"}\n',
            "locale/fr-FR.ftl": "hello = Bonjour\n"}
    project, _ = kind_and_results(tmp_path / "hook", hook, [])
    assert project["kind"] == "api-service", project


def test_a_rails_api_beside_a_solr_admin_page_is_an_api_service(tmp_path):
    from tests.test_kinds_s17_k2 import RAILS_API

    solr = {**RAILS_API, "solr/configsets/sunspot/conf/admin-extra.html": "<!-- admin-extra.html: shown in Solr's admin -->\n<p>Sunspot core</p>\n",
            "solr/configsets/sunspot/conf/schema.xml": "<schema name=\"sunspot\" version=\"1.0\"/>\n"}
    project, _ = kind_and_results(tmp_path, solr, [])
    assert project["kind"] == "api-service" and project["kind_decided"], project


def test_a_javascript_library_with_its_samples_in_samples_src_is_a_library(tmp_path):
    pages = {f"samples-src/pages/2d/page-{n}-bundle.html": f"<!DOCTYPE html>\n<html>\n<head><script src=\"../dist/Sdk.js\"></script></head>\n"
                                                          f"<body><div id=\"map\"></div><script>Sdk.Map.load('map', {{zoom: {i}}});</script></body>\n</html>\n"
             for i, n in enumerate(("center", "azimuth", "layers", "markers"))}
    lib = {"README.md": "# map-sdk\n\nUne librairie JavaScript pour afficher des cartes.\n",
           "package.json": '{\n  "name": "map-sdk",\n  "version": "3.4.0",\n  "main": "dist/Sdk.js",\n  "dependencies": {"whatwg-fetch": "^3.0.0"},\n'
                           '  "devDependencies": {"webpack": "^5.0.0", "handlebars": "^4.7.0"}\n}\n',
           "src/Map.js": "export class Map {\n  static load(div, options) {\n    return new Map(div, options);\n  }\n}\n",
           "src/Sdk.js": "import { Map } from './Map.js';\n\nexport default { Map };\n",
           "samples-src/templates/sample-layout.hbs": "<html><body>{{{body}}}</body></html>\n", **pages}
    project, _ = kind_and_results(tmp_path, lib, [])
    assert project["kind"] == "library" and project["kind_decided"], project


_MKDOCS = ("site_name: Client Python de l'API foncière - Documentation\ntheme:\n  name: material\nplugins:\n  - search\n  - mkdocstrings:\n"
           "      handlers:\n        python:\n          paths: [foncier]\nnav:\n  - Accueil: index.md\n  - Usage: usage.md\n")


def test_a_python_package_documented_by_mkdocs_is_a_library(tmp_path):
    pkg = {"README.md": "# foncier\n\nUtiliser l'API foncière en Python.\n\n```bash\npip install foncier2\n```\n",
           "pyproject.toml": "[project]\nname = \"foncier2\"\nversion = \"0.1.0\"\ndependencies = [\"requests>=2.32\", \"pandas>=2.3\"]\n",
           "mkdocs.yml": _MKDOCS, "docs/index.md": "# Client\n\nDocumentation du client.\n", "docs/usage.md": "# Usage\n\n```python\nimport foncier\n```\n",
           "foncier/__init__.py": "from foncier.client import Client\n",
           "foncier/client.py": "import requests\n\n\nclass Client:\n    def get(self, path):\n        return requests.get(path).json()\n",
           "foncier/endpoints.py": "from foncier.client import Client\n\n\ndef parcels(code):\n    return Client().get('/parcels/' + code)\n"}
    project, _ = kind_and_results(tmp_path, pkg, [])
    assert project["kind"] == "library" and project["kind_decided"], project
    # counterpart: a documentation site with no package (a guide and its hooks script) stays a static site
    site = {"README.md": "# Guide\n\nLe guide de la plateforme.\n", "mkdocs.yml": _MKDOCS.replace("paths: [foncier]", "paths: [.]"),
            "requirements.txt": "mkdocs-material==9.5.0\n", "docs/index.md": "# Guide\n", "docs/usage.md": "# Usage\n",
            "hooks/links.py": "def on_page_markdown(markdown, **kwargs):\n    return markdown\n"}
    project, _ = kind_and_results(tmp_path / "site", site, [])
    assert project["kind"] == "static-site", project


def test_a_django_api_whose_templates_are_its_playground_and_demo_app_is_an_api_service(tmp_path):
    api = {"README.md": "# Exchange\n\nAs Exchange is a headless API server, only the admin console is served.\n",
           "src/backend/pyproject.toml": "[project]\nname = \"exchange\"\ndependencies = [\"django>=5\", \"django-ninja>=1.3\"]\n",
           "src/backend/manage.py": "import os\n\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'exchange.settings')\n",
           "src/backend/exchange/settings.py": "INSTALLED_APPS = ['django.contrib.admin', 'tokens']\n",
           "src/backend/exchange/urls.py": "from django.urls import path\n\nurlpatterns = [path('api/', api.urls)]\n",
           "src/backend/tokens/api.py": "from ninja import Router\n\nrouter = Router()\n\n\n@router.post('/exchange')\ndef exchange(request):\n    return {}\n",
           "src/backend/tokens/models.py": "from django.db import models\n\n\nclass Token(models.Model):\n    pass\n",
           "src/backend/demo/views.py": "from django.shortcuts import render\n\n\ndef form(request):\n    return render(request, 'demo/form.html')\n",
           "src/backend/demo/templates/demo/form.html": "<form method=\"post\"><button>Exchange</button></form>\n",
           "src/playground/source/pyproject.toml": "[project]\nname = \"source\"\ndependencies = [\"django>=5\"]\n",
           "src/playground/source/apps/core/views.py": "from django.shortcuts import render\n\n\ndef main(request):\n    return render(request, 'core/main.html')\n",
           "src/playground/source/apps/core/templates/core/main.html": "{% extends 'base.html' %}\n{% block content %}<a>Backup</a>{% endblock %}\n",
           "src/playground/source/templates/base.html": "<html><body>{% block content %}{% endblock %}</body></html>\n"}
    project, _ = kind_and_results(tmp_path, api, [])
    assert project["kind"] == "api-service", project
    # (its evidence names the project's manifest, not the playground's: v55)
    assert [e["path"] for e in project["kind_evidence"]] == ["src/backend/pyproject.toml"], project["kind_evidence"]
    # counterpart: the same project with a pages app of its own (not a demo) stays a web application
    pages = {**api, "src/backend/tokens/templates/tokens/list.html": "{% extends 'admin/base.html' %}\n{% block content %}{% endblock %}\n"}
    project, _ = kind_and_results(tmp_path / "pages", pages, [])
    assert project["kind"] == "web-application", project


def test_a_python_harvester_run_by_run_py_beside_its_committed_sphinx_build_is_a_command(tmp_path):
    tool = {"README.md": "# getLayers\n\nLancer le moissonnage: `python run.py`\n", "requirements.txt": "gsconfig==1.0.6\nparamiko\n",
            "run.py": "#!/usr/bin/env python\nfrom harvest import harvest\n\n\nif __name__ == \"__main__\":\n    harvest.run()\n",
            "harvest/__init__.py": "", "harvest/harvest.py": "import csv\n\n\ndef run():\n    for row in csv.reader(open('layers.csv')):\n        print(row)\n",
            "harvest/row.py": "def publish(row, catalog):\n    catalog.create_style(row['name'], open(row['sld']).read())\n",
            "doc/source/conf.py": "project = 'getLayers'\n", "doc/source/index.rst": "getLayers\n=========\n",
            "doc/build/html/index.html": "<!DOCTYPE html>\n<html><body><h1>getLayers</h1></body></html>\n",
            "doc/build/html/api.html": "<!DOCTYPE html>\n<html><body><h1>API</h1></body></html>\n"}
    project, _ = kind_and_results(tmp_path, tool, [])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project


def test_jinja_templates_of_configuration_files_are_no_pages(tmp_path):
    app = {"README.md": "# relay\n\nAPI relayant les demandes.\n", "requirements.txt": "flask==3.0.0\n",
           "app.py": "from flask import Flask, jsonify\n\napp = Flask(__name__)\n\n\n@app.get('/status')\ndef status():\n    return jsonify(ok=True)\n",
           "deploy/nginx.conf.j2": "server {\n  listen {{ port }};\n}\n",
           "deploy/settings.j2": '{\n  "url": "{{ url }}"\n}\n'}
    project, _ = kind_and_results(tmp_path, app, [])
    assert project["kind"] == "api-service", project
    # counterpart: a page template in Jinja stays a page
    pages = {**app, "templates/index.html.j2": "<!DOCTYPE html>\n<html><body>{{ message }}</body></html>\n"}
    project, _ = kind_and_results(tmp_path / "pages", pages, [])
    assert project["kind"] == "web-application", project

"""project.kind (issue 12, session 24, reader n3 s23 family 5): two JSON APIs of State services were "web-application", their
server framework called a "user-interface framework":

- agora-gouv/agora-back, Kotlin on Spring Boot (its Gradle plugin id, spring-boot-starter-web), holds one template: the
  Scalingo nginx buildpack's servers.conf.erb, a configuration file's template, taken for a page the server renders;
- anct-cnum/api-admin-conseillers-numerique, a Feathers (Express) API, holds e-mail templates (src/emails/*.mjml.ejs) and the
  welcome page Feathers' generator writes (public/index.html: a logo, a link to the framework's documentation).

A template named for a configuration format is no page whatever its engine; a template of a mails/ folder, or an MJML e-mail,
is one the server sends; a server's lone welcome page in public/ with no script nor form is no interface. InseeFrLab/onyxia-api
(Spring Boot, no template) was api-service already; a server's real page templates or interactive page still make it an
application."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build

GRADLE = ('plugins {\n    id("org.springframework.boot") version "3.2.0"\n    kotlin("jvm") version "1.9.20"\n}\n\n'
          'dependencies {\n    implementation("org.springframework.boot:spring-boot-starter-web")\n'
          '    implementation("org.springframework.boot:spring-boot-starter-data-jpa")\n}\n')
KOTLIN = ('package fr.exemple.consultation\n\n@RestController\nclass QuestionController {\n'
          '    @GetMapping("/questions")\n    fun questions(): List<String> = listOf()\n}\n')
SPRING = {"README.md": "# API consultation\n\n## Endpoints\n\nGET /questions\n", "build.gradle.kts": GRADLE,
          "src/main/kotlin/fr/exemple/consultation/QuestionController.kt": KOTLIN,
          "src/main/kotlin/fr/exemple/consultation/Application.kt": "package fr.exemple.consultation\n\nfun main() {}\n",
          "servers.conf.erb": "location / {\n  proxy_pass http://localhost:<%= ENV['PORT'] %>;\n}\n"}

WELCOME = ('<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <title>A server application</title>\n  </head>\n  <body>\n'
           '    <main class="container">\n      <img class="logo" src="data:image/png;base64,iVBORw0KGgo=" alt="Logo">\n'
           '      <p>For more information see <a href="https://docs.exemple.org">the documentation</a>.</p>\n    </main>\n  </body>\n</html>\n')
PACKAGE = '{"name": "api-pilotage", "dependencies": {"@feathersjs/express": "^4.5.0", "express": "^4.18.0", "ejs": "^3.1.0", "mjml": "^4.14.0"}}\n'
FEATHERS = {"README.md": "# API de pilotage\n\nAPI fournissant les données du tableau de pilotage.\n", "package.json": PACKAGE,
            "src/app.js": "const express = require('@feathersjs/express');\nconst app = express(require('@feathersjs/feathers')());\n"
                          "app.use('/structures', require('./services/structures'));\nmodule.exports = app;\n",
            "src/services/structures.js": "module.exports = { async find() { return []; } };\n",
            "src/emails/commun/footer.mjml.ejs": "<mj-section><mj-column><mj-text><%= signature %></mj-text></mj-column></mj-section>\n",
            "src/emails/candidats/creationCompte.mjml.ejs": "<mjml><mj-body><mj-text>Bonjour <%= prenom %></mj-text></mj-body></mjml>\n",
            "public/index.html": WELCOME}


def kind(tmp_path, files) -> str:
    return run(build(tmp_path / "r", files), tmp_path / "c", ["reusability.build-output"])["facts"]["project"]["kind"]


def test_spring_boot_with_a_configuration_template_is_an_api(tmp_path):
    assert kind(tmp_path, SPRING) == "api-service"  # was web-application


def test_spring_boot_with_page_templates_stays_an_application(tmp_path):
    page = '<html xmlns:th="http://www.thymeleaf.org"><body><p th:text="${titre}">Titre</p></body></html>\n'
    assert kind(tmp_path, {**SPRING, "src/main/resources/templates/accueil.html": page}) == "web-application"


def test_an_express_api_sending_mjml_mails_with_a_welcome_page_is_an_api(tmp_path):
    assert kind(tmp_path, FEATHERS) == "api-service"  # was web-application


def test_an_express_server_with_views_or_an_interactive_page_stays_an_application(tmp_path):
    views = {**FEATHERS, "views/accueil.ejs": "<html><body><h1><%= titre %></h1></body></html>\n"}
    assert kind(tmp_path, views) == "web-application"
    page = {**FEATHERS, "public/index.html": WELCOME.replace("</main>", '</main>\n    <script src="app.js"></script>')}
    assert kind(tmp_path, page) == "web-application"

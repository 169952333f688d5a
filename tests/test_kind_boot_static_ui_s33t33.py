"""facts.project.kind (issue 12, session 33, measure 27 reader m27o1; s33 t33): a town hall's pricing tool is a Spring Boot
server (spring-boot-starter-webmvc) whose src/main/resources/static/index.html is its dashboard (835 lines, fetch() calls to
its own controllers): the kind was api-service and accessibility was not judged. A Spring Boot server whose classpath's static/
folder holds its own interface is a web application. One whose static/ folder holds only Swagger UI's page, or a page without
script nor control, stays an API."""

from __future__ import annotations

from tests.test_kind_server_templates_s24 import kind

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.mairie</groupId><artifactId>tarification-api</artifactId>"
       "<version>0.0.1</version><parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId>"
       "<version>4.0.0</version></parent><dependencies><dependency><groupId>org.springframework.boot</groupId>"
       "<artifactId>spring-boot-starter-webmvc</artifactId></dependency></dependencies></project>\n")
APP = {"README.md": "# Tarification\n\nOutil d'aide à la décision sur les tarifs des services municipaux.\n",
       "tarification-api/pom.xml": POM,
       "tarification-api/src/main/java/fr/mairie/tarification_api/TarificationApiApplication.java":
           "package fr.mairie.tarification_api;\n\n@SpringBootApplication\npublic class TarificationApiApplication {}\n",
       "tarification-api/src/main/java/fr/mairie/tarification_api/TarifController.java":
           ("package fr.mairie.tarification_api;\n\n@RestController\n@RequestMapping(\"/api\")\npublic class TarifController {\n"
            "    @GetMapping(\"/tarifs\")\n    public String tarifs() { return \"[]\"; }\n}\n")}
STATIC = "tarification-api/src/main/resources/static/index.html"
DASHBOARD = ('<!DOCTYPE html>\n<html lang="fr">\n<head><title>Mairie Tarification</title><link rel="stylesheet" href="style.css"></head>\n'
             '<body><h1>Outil d\'aide à la décision</h1><select id="pole"></select><div id="tableau"></div>\n'
             '<script>\nfetch("/api/tarifs").then(r => r.json()).then(t => { document.getElementById("tableau").textContent = t.length; });\n'
             '</script>\n</body>\n</html>\n')
SWAGGER = ('<!DOCTYPE html>\n<html><head><link rel="stylesheet" href="swagger-ui.css"></head><body><div id="swagger-ui"></div>\n'
           '<script src="swagger-ui-bundle.js"></script>\n<script>window.ui = SwaggerUIBundle({url: "/v3/api-docs", dom_id: "#swagger-ui"});</script>\n'
           '</body></html>\n')


def test_a_spring_boot_server_serving_its_own_dashboard_is_a_web_application(tmp_path):
    assert kind(tmp_path, {**APP, STATIC: DASHBOARD}) == "web-application"  # was api-service


def test_a_spring_boot_api_with_swagger_ui_only_stays_an_api(tmp_path):
    assert kind(tmp_path, {**APP, STATIC: SWAGGER}) == "api-service"


def test_a_spring_boot_api_with_a_plain_welcome_page_stays_an_api(tmp_path):
    assert kind(tmp_path, {**APP, STATIC: "<html><body><h1>API tarification</h1><p>Voir /api/tarifs</p></body></html>\n"}) == "api-service"

"""An OpenAPI document with no path is a stub that describes no API (issue 12, s42 fk42 = GIP-RECIA/GLC).

A Spring Boot application (JHipster's layout) commits src/main/resources/swagger/api.yml, the API-first file "used at compile time
to generate Spring-MVC endpoint stubs", with `paths: {}`; its endpoints are @RestController classes described at run time by
springdoc-openapi. interoperability.api-spec gave pass 10 "1 valid specification(s) (0 operations)" and documentation.docs credited
the stub as the API's documentation. Now: the stub counts as no committed specification (the framework's generated one, warn 7,
saying the committed file is empty) and is no API documentation; a document with one operation keeps pass 10.
"""

from __future__ import annotations

from auditor.facts.api_specs import parse_spec
from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.api-spec", "documentation.docs"]
POM = """<project><modelVersion>4.0.0</modelVersion>
<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>2.7.18</version></parent>
<groupId>fr.exemple</groupId><artifactId>comptes</artifactId><version>1.0.0</version><packaging>jar</packaging>
<dependencies>
<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
<dependency><groupId>org.springdoc</groupId><artifactId>springdoc-openapi-ui</artifactId><version>1.7.0</version></dependency>
</dependencies></project>
"""
CONTROLLER = """package fr.exemple.web;

import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/personne")
public class PersonneController {
    @GetMapping("/{id}")
    public PersonneDto get(@PathVariable Long id) { return service.find(id); }
}
"""
SPEC = """# API-first development with OpenAPI
# This file will be used at compile time to generate Spring-MVC endpoint stubs using openapi-generator
openapi: 3.0.1
info:
  title: Comptes
  version: 0.0.1
servers:
  - url: http://localhost:8080/api
paths: {PATHS}
components:
  securitySchemes:
    BasicAuth:
      type: http
      scheme: basic
"""
ONE_PATH = "\n  /personne/{id}:\n    get:\n      operationId: getPersonne\n      responses:\n        '200':\n          description: OK"
APP = {"pom.xml": POM, "src/main/java/fr/exemple/web/PersonneController.java": CONTROLLER,
       "src/main/java/fr/exemple/Application.java": "package fr.exemple;\n\n@SpringBootApplication\npublic class Application {}\n",
       "README.md": "# Comptes\n\nGestion locale des comptes des établissements.\n", "doc/dev.md": "# Développement\n\nLancer ./mvnw.\n"}


def test_an_openapi_stub_is_no_specification_nor_api_documentation(tmp_path):
    assert parse_spec({"openapi": "3.0.1", "info": {"title": "x"}, "paths": {}})["empty"] is True
    _, res = judge(tmp_path, {**APP, "src/main/resources/swagger/api.yml": SPEC.replace("{PATHS}", "{}")}, CHECKS)
    api = res["interoperability.api-spec"]
    assert api["status"] == "warn" and api["score"] == 7.0, (api["status"], api["score"], api["message"])
    assert "src/main/resources/swagger/api.yml" in api["message"]["en"] and "no operation" in api["message"]["en"], api["message"]
    assert "aucune opération" in api["message"]["fr"]
    docs = res["documentation.docs"]
    assert not any(e.get("path") == "src/main/resources/swagger/api.yml" for e in docs["evidence"]), docs["evidence"]


def test_near_miss_a_specification_with_one_operation_still_passes(tmp_path):
    assert "empty" not in parse_spec({"openapi": "3.0.1", "info": {"title": "x"}, "paths": {"/a": {"$ref": "other.yml"}}})
    _, res = judge(tmp_path, {**APP, "src/main/resources/swagger/api.yml": SPEC.replace("{PATHS}", ONE_PATH)}, CHECKS)
    api = res["interoperability.api-spec"]
    assert api["status"] == "pass" and api["score"] == 10.0 and "1 operations" in api["message"]["en"], api["message"]
    docs = res["documentation.docs"]
    assert any(e.get("path") == "src/main/resources/swagger/api.yml" for e in docs["evidence"]), docs["evidence"]

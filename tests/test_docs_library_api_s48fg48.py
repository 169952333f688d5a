"""documentation.docs: a library's API is its public classes, not endpoints; README chapters headed by its classes' names are
their reference (issue 12, s48 fg48 = reader ra48, GIP-RECIA/redis-session-cleanup-service).

A Java library of two classes (a configuration and a scheduled service), no HTTP endpoint, documents each class's parameters in its
README under "### <ClassName>" and a table. documentation.docs said "missing: … API" and advised "an OpenAPI specification
(openapi.yaml): each endpoint, its parameters and its responses". Near miss: headings naming no class of the project leave the API
missing, with the library's advice (reference generated from the code), never endpoints. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.ville</groupId><artifactId>purge</artifactId><version>1.0</version>"
       "<packaging>jar</packaging></project>\n")
CONFIG = "package fr.ville.purge;\n\npublic class PurgeConfig {\n    private String prefix;\n    public String getPrefix() { return prefix; }\n}\n"
SERVICE = ("package fr.ville.purge;\n\npublic class PurgeService {\n    private final PurgeConfig config;\n"
           "    public PurgeService(PurgeConfig config) { this.config = config; }\n    public void run() { }\n}\n")
README = ("# Purge des jetons\n\nCette bibliothèque supprime les jetons expirés conservés dans le cache partagé des applications.\n\n"
          "## Paramètres\n\n### PurgeConfig\n\n| Nom | Type | Description |\n|---|---|---|\n| prefix | String | Préfixe des clés |\n\n"
          "### PurgeService\n\n| Nom | Type | Description |\n|---|---|---|\n| config | PurgeConfig | La configuration |\n")
FILES = {"pom.xml": POM, "src/main/java/fr/ville/purge/PurgeConfig.java": CONFIG,
         "src/main/java/fr/ville/purge/PurgeService.java": SERVICE, "README.md": README}


def test_class_chapters_are_the_librarys_api_reference(tmp_path):
    r = check_result(tmp_path, FILES, CID)
    assert "api" in r["details"]["found"], r["message"]
    assert any(e.get("line") == 7 and e.get("value") == "PurgeConfig" for e in r["evidence"]), r["evidence"]
    assert "OpenAPI" not in (r.get("remediation") or {}).get("en", ""), r["remediation"]


def test_near_miss_headings_naming_no_class_leave_the_api_missing_with_a_librarys_advice(tmp_path):
    readme = README.replace("### PurgeConfig", "### PremierExemple").replace("### PurgeService", "### SecondExemple")
    r = check_result(tmp_path, {**FILES, "README.md": readme}, CID)
    assert "api" in r["details"]["missing"], r["message"]
    en = r["remediation"]["en"]
    assert "OpenAPI" not in en and "each endpoint" not in en and "each public class or function" in en, en

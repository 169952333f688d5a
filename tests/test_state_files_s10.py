"""files and docs facts on State start-up repositories (issue 12, session 10): documentation folders named doc_<something> or
docs-<something> (doc_fs/, doc_fi/ of specifications) and Terraform's provider lock file were not looked for."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CID = "documentation.docs"


def facts(tmp_path, files: dict) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])["facts"]


APP = {"README.md": "# Service\n\nUn service de déclaration en ligne pour les entreprises.\n", "package.json": '{"name": "service"}',
       "src/index.js": "console.log(1);\n"}


def test_doc_prefixed_folders_of_documents_are_documentation(tmp_path):
    f = facts(tmp_path, {**APP, "doc_fs/specifications_fonctionnelles.md": "# Spécifications\n\nLe parcours de l'usager.\n",
                         "doc_fi/guide_exploitation.pdf": "%PDF-1.4\n", "docs-api/endpoints.md": "# Endpoints\n"})
    assert f["files"]["docs"] == "doc_fi/"
    assert f["docs"]["docs_dirs"][:3] == ["doc_fi", "doc_fs", "docs-api"] and f["docs"]["doc_files"] == 3


def test_a_doc_prefixed_folder_of_code_is_no_documentation(tmp_path):
    f = facts(tmp_path, {**APP, "docs-builder/index.js": "module.exports = {};\n", "docs-builder/package.json": '{"name": "b"}'})
    assert f["files"]["docs"] is None and f["docs"]["docs_dirs"] == []
    # a Django module filling letters from its templates (betagouv/depots-sauvages: backend/doc_maker/odt.py, doc_templates/*.odt)
    f = facts(tmp_path / "maker", {**APP, "backend/doc_maker/odt.py": "def fill(template):\n    return template\n",
                                   "backend/doc_maker/doc_templates/lettre.odt": "PK\x03\x04", "doc_maker/odt.py": "x = 1\n",
                                   "doc_maker/guide.md": "# Guide\n"})
    assert f["files"]["docs"] is None and f["docs"]["docs_dirs"] == []


def test_the_terraform_lock_file_is_a_lockfile(tmp_path):
    f = facts(tmp_path, {**APP, "infra/main.tf": 'provider "scaleway" {}\n',
                         "infra/.terraform.lock.hcl": 'provider "registry.terraform.io/scaleway/scaleway" {\n  version = "2.40.0"\n}\n'})
    assert f["files"]["lockfiles"] == ["infra/.terraform.lock.hcl"]
    assert f["inventory"]["categories"].get("lockfile") == 1


# an Express API whose Swagger description is a JavaScript module, served by swagger-ui-express
EXPRESS = {"README.md": "# API\n\nL'API des démarches.\n", "package.json": '{"name": "api", "dependencies": {"express": "^4.18.0"}}',
           "src/app.js": "const express = require('express');\nconst app = express();\napp.get('/demarches', (req, res) => res.json([]));\n"}
SWAGGER_JS = """module.exports = {
  swagger: "2.0",
  info: { title: "API des démarches", version: "1.0.0", },
  basePath: "/api",
  paths: {
    "/demarches": { get: { summary: "Liste", responses: { 200: { description: "ok" } } } },
    "/demarches/{id}": { get: { summary: "Une démarche", responses: { 200: { description: "ok" } } },
                         delete: { summary: "Supprime", responses: { 204: { description: "supprimée" } } } },
  },
};
"""
OPENAPI_CODE = """import { demarches } from "./paths/demarches";

// the description of the API
export default {
  openapi: "3.0.0",
  info: { title: `API des démarches`, version: process.env.VERSION },
  paths: {
    "/demarches": { get: demarches.list, post: { summary: "Crée", requestBody: demarches.body } },
  },
};
"""


def api_spec(tmp_path, files: dict) -> dict:
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["interoperability.api-spec"])
    return {"openapi": report["facts"]["files"]["openapi"], "result": report["results"][0]}


def test_a_swagger_description_written_as_a_js_module_is_found_and_read(tmp_path):
    r = api_spec(tmp_path / "data", {**EXPRESS, "src/swagger/swagger.js": SWAGGER_JS})
    assert r["openapi"] == ["src/swagger/swagger.js"]
    assert r["result"]["status"] == "pass" and r["result"]["details"]["specs"] == [
        {"path": "src/swagger/swagger.js", "kind": "swagger", "version": "2.0", "operations": 3}]
    r = api_spec(tmp_path / "code", {**EXPRESS, "src/openapi.ts": OPENAPI_CODE})  # (an object holding code: counted in its text)
    assert r["openapi"] == ["src/openapi.ts"] and r["result"]["details"]["specs"] == [
        {"path": "src/openapi.ts", "kind": "openapi", "version": "3.0.0", "operations": 2}]


def test_a_generators_options_nesting_the_description_are_no_spec(tmp_path):
    options = "const options = {\n  definition: { openapi: '3.0.0', info: { title: 'API' } },\n  apis: ['./src/routes/*.js'],\n};\n"
    assert api_spec(tmp_path, {**EXPRESS, "src/swagger.js": options})["openapi"] == []


GUIDE_PAGE = ("# Sécurité\n\nChaque agent se connecte avec son compte ProConnect. Les rôles (lecteur, instructeur, administrateur) "
              "limitent ce que chacun voit ; les pièces jointes sont chiffrées au repos.\n")
POLICY = "# Politique de sécurité\n\nPour signaler une faille, écrivez à securite@example.org ; ne publiez pas de ticket.\n"


def test_a_security_page_of_the_user_guide_is_no_security_policy(tmp_path):
    f = facts(tmp_path / "guide", {**APP, "docs/security.md": GUIDE_PAGE, "docs/index.md": "# Guide\n"})
    assert f["files"]["security"] is None and f["docs"]["community"]["security"] is None
    f = facts(tmp_path / "policy", {**APP, "docs/security.md": POLICY, "docs/index.md": "# Guide\n"})
    assert f["files"]["security"] == "docs/security.md" and f["docs"]["community"]["security"]["path"] == "docs/security.md"
    f = facts(tmp_path / "root", {**APP, "SECURITY.md": GUIDE_PAGE})  # (at the root, the name is the project's choice of policy file)
    assert f["files"]["security"] == "SECURITY.md"


def test_a_maven_sites_xdoc_pages_are_documentation(tmp_path):
    # a Java web plugin documented by its Maven site's xdoc pages, with no site.xml (Lutece-style src/site/xdoc/, src/site/fr/xdoc/)
    f = facts(tmp_path, {"README.md": "# Plugin\n\nUn module de prise de rendez-vous.\n",
                         "pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>plugin-rdv</artifactId></project>\n",
                         "src/java/fr/example/Rdv.java": "package fr.example;\npublic class Rdv {}\n",
                         # (pages saying more than the README: passages it repeats are its own since s48 fc48's 4d69c9d4)
                         "src/site/xdoc/index.xml": "<document><body><section name='Plugin'><p>Each form sets its slots in the back "
                                                    "office.</p></section></body></document>\n",
                         "src/site/fr/xdoc/index.xml": "<document><body><section name='Module'><p>Chaque formulaire règle ses créneaux "
                                                       "dans l'administration.</p></section></body></document>\n"})
    assert f["docs"]["docs_dirs"] == ["src/site"] and f["docs"]["doc_files"] == 2


def test_a_js_module_keeping_the_description_under_its_version_key_is_found(tmp_path):
    # an Express API's module.exports = { v1: { swagger: `2.0`, … } } with template literals (MTES-MCT/dtlk-api's swaggerDocumentations)
    spec = ("let apiUrl = require('../env').apiUrl\n\nmodule.exports = {\n  v1: {\n    swagger: `2.0`,\n"
            "    info: { title: `API de diffusion`, version: `1.0.0` },\n    basePath: `/${ apiUrl.path }`,\n"
            "    paths: {\n      '/datasets': { get: { summary: `Liste` } },\n      '/datasets/{id}': { get: { summary: `Un jeu` } },\n    },\n  },\n}\n")
    r = api_spec(tmp_path, {**EXPRESS, "src/api/swaggerDocumentations/global.js": spec})
    assert r["openapi"] == ["src/api/swaggerDocumentations/global.js"] and r["result"]["details"]["specs"] == [
        {"path": "src/api/swaggerDocumentations/global.js", "kind": "swagger", "version": "2.0", "operations": 2}]

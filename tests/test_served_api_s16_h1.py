"""Served APIs, settings and standard formats the session-15 readers found read wrong (fixer h1, session 16), each on a git
fixture shaped like the real case."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


def audit_checks(tmp_path, files: dict, checks: list[str]) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", checks))


def _dep(group: str, artifact: str, scope: str = "") -> str:
    return (f"      <dependency>\n        <groupId>{group}</groupId>\n        <artifactId>{artifact}</artifactId>\n        <version>2.30</version>\n"
            + (f"        <scope>{scope}</scope>\n" if scope else "") + "      </dependency>\n")


# a multi-module Maven socle: the parent manages an embedded Jersey server for integration tests only; a web-service client
# module declares Jersey's client, providers and injection (no @Path resource anywhere); a Tapestry web application
PARENT = ("<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>bzh.syndicat</groupId>\n  <artifactId>socle-parent</artifactId>\n"
          "  <packaging>pom</packaging>\n  <dependencyManagement>\n    <dependencies>\n"
          + _dep("org.glassfish.jersey.core", "jersey-client") + _dep("org.glassfish.jersey.media", "jersey-media-json-jackson")
          + _dep("org.glassfish.jersey.inject", "jersey-hk2") + _dep("junit", "junit", "test")
          + _dep("org.glassfish.jersey.containers", "jersey-container-grizzly2-http", "test")
          + _dep("org.glassfish.jersey.containers", "jersey-container-servlet", "test")
          + "    </dependencies>\n  </dependencyManagement>\n</project>\n")


def _module(artifact: str, deps: str) -> str:
    return (f"<project>\n  <parent>\n    <groupId>bzh.syndicat</groupId>\n    <artifactId>socle-parent</artifactId>\n  </parent>\n"
            f"  <artifactId>{artifact}</artifactId>\n  <dependencies>\n{deps}  </dependencies>\n</project>\n")


def _bare(group: str, artifact: str) -> str:
    return f"      <dependency>\n        <groupId>{group}</groupId>\n        <artifactId>{artifact}</artifactId>\n      </dependency>\n"


SOCLE = {
    "README.md": "# Socle\n\nSocle d'identité des collectivités adhérentes.\n",
    "socle-parent/pom.xml": PARENT,
    "socle-ws-client/pom.xml": _module("socle-ws-client", _bare("org.glassfish.jersey.core", "jersey-client")
                                       + _bare("org.glassfish.jersey.media", "jersey-media-json-jackson")
                                       + _bare("org.glassfish.jersey.inject", "jersey-hk2")),
    "socle-ws-client/src/main/java/bzh/syndicat/client/AnnuaireClient.java":
        "package bzh.syndicat.client;\n\nimport javax.ws.rs.client.ClientBuilder;\n\n/** Client de l'annuaire. */\npublic class AnnuaireClient {\n"
        "    /** Lit un agent. */\n    public String agent(String id) {\n        return ClientBuilder.newClient().target(\"https://annuaire\").path(id)"
        ".request().get(String.class);\n    }\n}\n",
    "socle-core/pom.xml": _module("socle-core", _bare("junit", "junit") + _bare("org.glassfish.jersey.containers", "jersey-container-grizzly2-http")
                                  + _dep("org.apache.tapestry", "tapestry-core")),
    "socle-core/src/main/java/bzh/syndicat/core/Agent.java": "package bzh.syndicat.core;\n\n/** Un agent. */\npublic class Agent {\n}\n",
    "socle-core/src/main/webapp/WEB-INF/web.xml": "<web-app>\n</web-app>\n",
}

CONTROLLER = ("package bzh.syndicat.synchro;\n\nimport org.springframework.web.bind.annotation.GetMapping;\n"
              "import org.springframework.web.bind.annotation.RestController;\n\n/** Synchronisation des agents. */\n@RestController\n"
              "public class SynchroController {\n\n    /** Relance la synchronisation d'un agent. */\n    @GetMapping(value = \"/jcms/agent/\")\n"
              "    public String agent() {\n        return \"{}\";\n    }\n}\n")


def test_test_scoped_and_managed_jersey_artifacts_serve_no_api(tmp_path):
    """megalis-bretagne/myec3-socle (s15 r2): 'An API is served (jersey-container-grizzly2-http)' from the parent pom's test-scoped
    dependencyManagement entries; the client module's Jersey client, media and injection artifacts serve nothing either."""
    spec = audit_checks(tmp_path, SOCLE, ["interoperability.api-spec"])["interoperability.api-spec"]
    # (s35 i35: a Tapestry application whose code answers no JSON serves its pages — no specification expected; it was the
    # "if it exposes data" warn before. Either way no API is served by the test-scoped Jersey container.)
    assert spec["status"] == "not_applicable", spec
    assert "jersey" not in spec["message"]["en"] and "tapestry" in spec["message"]["en"], spec["message"]


def test_spring_rest_controllers_serve_an_api(tmp_path):
    """The same socle's synchro module serves Spring MVC endpoints (@RestController, @GetMapping): the API is served, by them."""
    files = {**SOCLE, "socle-synchro/pom.xml": _module("socle-synchro", _dep("org.springframework", "spring-webmvc")),
             "socle-synchro/src/main/java/bzh/syndicat/synchro/SynchroController.java": CONTROLLER}
    spec = audit_checks(tmp_path, files, ["interoperability.api-spec"])["interoperability.api-spec"]
    assert spec["status"] == "fail", spec
    assert "Spring REST controller" in spec["message"]["en"] and "SynchroController.java" in spec["message"]["en"], spec["message"]


def test_a_test_only_rest_controller_serves_nothing(tmp_path):
    files = {**SOCLE, "socle-core/src/test/java/bzh/syndicat/core/FakeServer.java": CONTROLLER.replace("synchro;", "core;")}
    spec = audit_checks(tmp_path, files, ["interoperability.api-spec"])["interoperability.api-spec"]
    assert spec["status"] == "not_applicable", spec  # (the pages only, as without the test's controller)
    assert "Spring REST controller" not in spec["message"]["en"], spec["message"]


def test_pom_scopes_read_as_runtime_or_development():
    from auditor.facts.maven_manifest import parse_pom

    _name, deps, dev = parse_pom("pom.xml", _module("m", _dep("a", "run") + _dep("a", "tested", "test") + _dep("a", "given", "provided")
                                                   + "<!--" + _dep("a", "commented") + "-->"), {"a:managed-test": "test"})
    assert deps == ["a:run", "a:given"] and dev == ["a:tested"], (deps, dev)
    _name, deps, dev = parse_pom("pom.xml", _module("m", _bare("a", "managed-test")), {"a:managed-test": "test"})
    assert deps == [] and dev == ["a:managed-test"]


# --- reusability.configuration: the build machinery's variables, and settings read through an environment schema

from tests.gitrepo import Executable  # noqa: E402

_GITLAB_INCLUDED = ("before_script:\n  - source ./gitlab-ci/init.sh\n\n.build:\n  image: docker:stable-dind\n  variables:\n    BUILD_CONTEXT: \".\"\n"
                    "    IMAGE_NAME: \"${CI_PROJECT_PATH}\"\n  script:\n    - export IMAGE=$REGISTRY/${IMAGE_NAME}/latest\n"
                    "    - docker build -f ${BUILD_CONTEXT}/Dockerfile -t ${IMAGE} .\n\n.deploy:\n  variables:\n    STACK_NAME: \"${CI_PROJECT_NAME}\"\n"
                    "  script:\n    - ssh ${SSH_TARGET} \"echo ${REGISTRY_PASSWORD} | docker login ${REGISTRY} -u ${REGISTRY_USER} --password-stdin\"\n"
                    "    - ssh ${SSH_TARGET} \"${DEPLOY_PATH} ${STACK_NAME} ${IMAGE}\"\n")
_BUILDPACK = ("#!/usr/bin/env bash\n# bin/compile BUILD_DIR CACHE_DIR ENV_DIR\n[ -n \"$BUILDPACK_DEBUG\" ] && set -x\nBUILD_DIR=$1\n"
              "echo \"building $SOURCE_VERSION in $BUILD_DIR\"\ncurl -fsSL \"$BUN_DOWNLOAD_MIRROR\" -o /tmp/bun.zip\n")
_ENV_TS = ("import { z } from \"zod\";\nimport { env } from \"node:process\";\n\nconst DEPLOY = z.enum([\"preview\", \"production\"]);\n\n"
           "export const app_env = z.object({\n  OIDC_CLIENT_ID: z.string().trim(),\n  OIDC_ISSUER: z.string().url(),\n"
           "  DATABASE_URL: z.string().url().default(\"postgresql://localhost/app\"),\n  ZAMMAD_TOKEN: z.string(),\n  ZAMMAD_URL: z.string().url(),\n"
           "  DEPLOY_ENV: DEPLOY.default(\"preview\"),\n  PORT: z.coerce.number().default(3000),\n});\n\nexport default app_env.parse(env);\n")


def test_ci_included_jobs_and_a_buildpack_set_no_setting_of_the_service(tmp_path):
    """myec3-socle (s15 r2): 12 of its '14 settings read' were the GitLab CI job variables of the included
    gitlab-ci/build.gitlab-ci.yml; hyyypertool (s15 r3/k5): a committed Scalingo buildpack's BUILDPACK_DEBUG, SOURCE_VERSION."""
    files = {**SOCLE, ".gitlab-ci.yml": "include:\n  - /gitlab-ci/build.gitlab-ci.yml\n\nstages:\n  - build\n",
             "gitlab-ci/build.gitlab-ci.yml": _GITLAB_INCLUDED, "gitlab-ci/init.sh": "#!/bin/sh\necho \"init $REGISTRY_MIRROR\"\n",
             ".scalingo/buildpack/bin/compile": Executable(_BUILDPACK), ".scalingo/buildpack/bin/detect": Executable("#!/bin/sh\necho bun\n"),
             "socle-core/src/main/resources/db.properties.template": "db.url=jdbc:postgresql://HOST/DBNAME\ndb.user=USER\n"}
    conf = audit_checks(tmp_path, files, ["reusability.configuration"])["reusability.configuration"]
    named = {e.get("value") for e in conf["evidence"]}
    for ci in ("REGISTRY", "SSH_TARGET", "DEPLOY_PATH", "STACK_NAME", "BUILD_CONTEXT", "BUILDPACK_DEBUG", "SOURCE_VERSION", "REGISTRY_MIRROR"):
        assert ci not in named, (ci, conf)
    assert conf["details"].get("env_vars", 0) == 0, conf


def test_settings_read_through_an_environment_schema(tmp_path):
    """hyyypertool (s15 r3/k5): ~30 settings parsed by z.object({...}).parse(process.env) in config/env.ts, 'only 6 read'."""
    files = {"README.md": "# Outil\n\nOutil de modération des comptes.\n", "package.json": "{\"name\": \"outil\", \"dependencies\": {\"zod\": \"^3\", \"hono\": \"^4\"}}\n",
             "src/config/env.ts": _ENV_TS, "src/index.ts": "import env from \"./config/env\";\nconsole.log(env.PORT);\n",
             ".env.example": "OIDC_CLIENT_ID=\nOIDC_ISSUER=https://example.org\n"}
    conf = audit_checks(tmp_path, files, ["reusability.configuration"])["reusability.configuration"]
    assert conf["details"]["env_vars"] == 6, conf  # (PORT is the platform's)
    assert set(conf["details"]["undocumented"]) == {"DATABASE_URL", "ZAMMAD_TOKEN", "ZAMMAD_URL", "DEPLOY_ENV"}, conf


# --- interoperability.data-standards: ISO 19139 / INSPIRE metadata written through its code lists, and CSW requests

_EDITOR = {
    "README.md": "# Éditeur de métadonnées\n\nSaisie et modification de fiches de métadonnées conformes au format ISO 19139 / INSPIRE.\n",
    "index.html": "<!doctype html>\n<html><body ng-app=\"mdEditor\"><script src=\"app/editor.js\"></script></body></html>\n",
    "app/editor.js": "angular.module('mdEditor', []);\n",
    "app/services/jsonConverter.js": "// the record's constraints and keywords, as the code lists say\nfunction convert(json, codelists) {\n"
                                     "    json.accessConstraints = check(json.accessConstraints, codelists.MD_InspireRestrictionCode);\n"
                                     "    json.keywords = check(json.keywords, codelists.MD_KeywordTypeCode);\n    return json;\n}\n",
    "app/directives/editContacts.js": "function editContacts(scope, codelists) {\n    scope.roles = codelists.CI_RoleCode;\n}\n",
    "php/index.php": "<?php\n$xml = file_get_contents('php://input');\nfile_put_contents('md/' . basename($_GET['file']), $xml);\n"
                     "echo json_encode(array('success' => true));\n",
}


def test_a_metadata_editor_writes_iso_19139(tmp_path):
    """cigalsace/mdedit (s15 r2): an ISO 19139 / INSPIRE metadata editor read 'Open formats: JSON' only (fail 3): its code fills
    the ISO 19115 code lists (MD_InspireRestrictionCode, CI_RoleCode), its XML written by a library it keeps in lib/."""
    std = audit_checks(tmp_path, _EDITOR, ["interoperability.data-standards"])["interoperability.data-standards"]
    assert "ISO 19139 / INSPIRE / DCAT" in std["details"]["formats"], std
    assert std["status"] != "fail", std


def test_a_catalogue_client_asks_csw_records(tmp_path):
    files = {"README.md": "# Lecteur de catalogue\n\nConsultation du catalogue de données de la plateforme.\n",
             "index.html": "<!doctype html>\n<html><body><script src=\"app/csw.js\"></script></body></html>\n",
             "app/csw.js": "function search(q) {\n    var url = CATALOGUE + '?service=CSW&version=2.0.2&request=GetRecords&resultType=results';\n"
                           "    return fetch(url + '&constraint=' + encodeURIComponent(q));\n}\n"}
    std = audit_checks(tmp_path, files, ["interoperability.data-standards"])["interoperability.data-standards"]
    assert "ISO 19139 / INSPIRE / DCAT" in std["details"]["formats"], std


# --- interoperability.auth of a mobile application: judged as the client it is when it signs people in

from tests.test_kind_first_reads import kind_and_results  # noqa: E402
from tests.test_kind_mobile_s15 import _android  # noqa: E402

_LOGIN_SCREEN = ("package fr.ville.signalement\n\nimport android.text.InputType\n\nclass LoginActivity {\n"
                 "    fun setup(field: android.widget.EditText) {\n"
                 "        field.inputType = InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_VARIATION_PASSWORD\n    }\n}\n")


def test_a_mobile_application_with_its_own_sign_in_screen_is_judged(tmp_path):
    """A citizen app with its own login screen (a password field posting to the city's API) was 'not applicable, a mobile
    application' like every mobile app: it signs people in with local accounts."""
    files = {**_android(), "app/src/main/java/fr/ville/signalement/LoginActivity.kt": _LOGIN_SCREEN}
    project, res = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "mobile-application"
    auth = res["interoperability.auth"]
    assert auth["status"] not in ("not_applicable", "pass") and auth["details"]["local_login"], auth


def test_a_mobile_application_signing_in_through_franceconnect_passes(tmp_path):
    files = {**_android(), "app/src/main/java/fr/ville/signalement/FranceConnect.kt":
             "package fr.ville.signalement\n\nobject FranceConnect {\n    const val AUTHORIZE = \"https://app.franceconnect.gouv.fr/api/v1/authorize\"\n}\n"}
    _project, res = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert res["interoperability.auth"]["status"] == "pass", res["interoperability.auth"]


def test_a_mobile_application_signing_no_one_in_is_not_judged(tmp_path):
    _project, res = kind_and_results(tmp_path, _android(), ["interoperability.auth"])
    auth = res["interoperability.auth"]
    assert auth["status"] == "not_applicable" and "mobile application that signs no one in" in auth["message"]["en"], auth


def test_settings_read_through_a_pydantic_settings_class(tmp_path):
    """suitenumerique/b3desk-like: a Flask app's settings declared as a pydantic BaseSettings class, read from the environment by
    field name; none of them was counted."""
    settings = ("from pydantic_settings import BaseSettings, SettingsConfigDict\n\n\nclass MainSettings(BaseSettings):\n"
                "    model_config = SettingsConfigDict(extra=\"allow\")\n\n    SECRET_KEY: str\n    \"\"\"Clé de session.\"\"\"\n\n"
                "    REDIS_URL: str | None = None\n    MEETING_TIMEOUT: int = 30\n    \"\"\"Durée maximale d'une réunion.\"\"\"\n    MEETING_HOST: str = \"https://visio.example.org\"\n\n    def redis_host(self) -> str:\n"
                "        return self.REDIS_URL or \"\"\n\n\nsettings = MainSettings()\n")
    files = {"README.md": "# Visio\n\nOutil de visioconférence.\n", "pyproject.toml": "[project]\nname = \"visio\"\ndependencies = [\"flask\", \"pydantic-settings\"]\n",
             "web/visio/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n", "web/visio/settings.py": settings,
             "web.env.example": "SECRET_KEY=\nREDIS_URL=redis://localhost:6379\n"}
    conf = audit_checks(tmp_path, files, ["reusability.configuration"])["reusability.configuration"]
    assert conf["details"]["env_vars"] == 4 and conf["details"]["undocumented"] == ["MEETING_HOST"], conf  # (TIMEOUT: its docstring)

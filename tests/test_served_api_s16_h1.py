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
    assert spec["status"] == "warn", spec
    assert "jersey" not in spec["message"]["en"], spec["message"]


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
    assert spec["status"] == "warn", spec


def test_pom_scopes_read_as_runtime_or_development():
    from auditor.facts.maven_manifest import parse_pom

    _name, deps, dev = parse_pom("pom.xml", _module("m", _dep("a", "run") + _dep("a", "tested", "test") + _dep("a", "given", "provided")
                                                   + "<!--" + _dep("a", "commented") + "-->"), {"a:managed-test": "test"})
    assert deps == ["a:run", "a:given"] and dev == ["a:tested"], (deps, dev)
    _name, deps, dev = parse_pom("pom.xml", _module("m", _bare("a", "managed-test")), {"a:managed-test": "test"})
    assert deps == [] and dev == ["a:managed-test"]

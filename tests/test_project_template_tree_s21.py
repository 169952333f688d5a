"""A Maven archetype of a commune's web applications (issue 12, session 21 reader m1, W2 and W4) was judged a web application
from the WEB-INF/web.xml and JSP pages of its archetype-resources/ — the tree `mvn archetype:generate` copies into each new
project — and its template's .travis.yml clock (`export TZ=Pacific/Noumea`) was reported as a territory value written in the
code because the CI file patterns only matched at the root. The template tree is the generated project's: the repository is a
template (library kind); a CI file in a sub-folder sets a test clock. A real Java web application, and a time zone a
sub-folder's compose file pins, are unchanged."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

T = "src/main/resources/archetype-resources/"
ARCHETYPE = {
    "pom.xml": ("<project><modelVersion>4.0.0</modelVersion><groupId>nc.ville</groupId><artifactId>webapp-modele</artifactId>"
                "<version>1.0</version><packaging>maven-archetype</packaging></project>\n"),
    "README.md": "# Modèle d'application web\n\nArchetype Maven.\n\n## Utilisation\n\n`mvn archetype:generate -DarchetypeArtifactId=webapp-modele`\n",
    "src/main/resources/META-INF/maven/archetype-metadata.xml": "<archetype-descriptor name=\"webapp\"><fileSets/></archetype-descriptor>\n",
    T + "pom.xml": "<project><groupId>${groupId}</groupId><artifactId>${artifactId}</artifactId><packaging>war</packaging></project>\n",
    T + ".travis.yml": "language: java\nbefore_install:\n- export TZ=Pacific/Noumea\nscript: mvn test\n",
    T + "src/main/webapp/WEB-INF/web.xml": "<web-app><display-name>${artifactId}</display-name></web-app>\n",
    T + "src/main/webapp/index.jsp": "<%@ page contentType=\"text/html\" %><html><body><h1>${artifactId}</h1></body></html>\n",
    T + "src/main/webapp/erreur.jsp": "<%@ page isErrorPage=\"true\" %><html><body>Erreur</body></html>\n",
    T + "src/main/java/__appName__/web/Accueil.java": "package ${package}.web;\n\npublic class Accueil {\n    public String titre() { return \"Accueil\"; }\n}\n",
}


def _kind(tmp_path, files, name):
    report, _ = judge(tmp_path, files, ["reusability.territory-neutral"], name=name)
    return report["facts"]["project"]["kind"], report


def test_a_maven_archetype_is_a_template_not_the_web_application_it_generates(tmp_path):
    kind, _ = _kind(tmp_path, ARCHETYPE, "archetype")
    assert kind == "library"


def test_a_java_web_application_is_still_one(tmp_path):
    app = {k.replace(T, ""): v for k, v in ARCHETYPE.items() if k.startswith(T)}
    app["pom.xml"] = app["pom.xml"].replace("${groupId}", "nc.ville").replace("${artifactId}", "rdv")
    app["README.md"] = "# Rendez-vous\n\nApplication web de prise de rendez-vous.\n"
    kind, _ = _kind(tmp_path, app, "webapp")
    assert kind == "web-application"


def _findings(report):
    res = report["results"]
    res = next(r for r in res if r["id"] == "reusability.territory-neutral")
    return [(e["path"], e["value"]) for e in res["evidence"] if e.get("kind") == "finding"]


def test_a_templates_ci_clock_is_no_territory_value(tmp_path):
    _, report = _kind(tmp_path, ARCHETYPE, "ci")
    assert _findings(report) == []


def test_a_sub_folders_compose_time_zone_still_is(tmp_path):
    files = dict(ARCHETYPE, **{T + "docker/docker-compose.yml": "services:\n  app:\n    image: rdv\n    environment:\n      TZ: Pacific/Noumea\n"})
    _, report = _kind(tmp_path, files, "compose")
    assert _findings(report) == [(T + "docker/docker-compose.yml", "Pacific/Noumea")]

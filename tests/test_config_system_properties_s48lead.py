"""reusability.configuration: a Java program's JVM system properties (System.getProperty) are settings given at launch with -D,
not environment variables a .env template could set; one that a launch file passes is documented.

Real case (issue 12, s48 lead = OPEN-ENT-NG/magneto, s46 ri46): backend/…/ServiceFactory.java:159-164 reads httpclient.proxyHost,
proxyPort, proxyUsername and proxyPassword with System.getProperty; the check said "8 setting(s) read from the environment" and,
for each, "Variable read by the code but missing from the .env template and the README" — a .env template cannot set them.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

FACTORY = ("package fr.ecoles.board;\n\npublic class ServiceFactory {\n    public Options proxy() {\n        Options o = new Options();\n"
           "        if (System.getProperty(\"httpclient.proxyHost\") != null) {\n"
           "            o.setHost(System.getProperty(\"httpclient.proxyHost\"));\n"
           "            o.setPort(Integer.parseInt(System.getProperty(\"httpclient.proxyPort\")));\n        }\n"
           "        o.setToken(System.getenv(\"BOARD_API_TOKEN\"));\n        return o;\n    }\n}\n")
BASE = {"pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.ecoles</groupId><artifactId>board</artifactId>"
                   "<version>1.0</version><dependencies><dependency><groupId>org.springframework.boot</groupId>"
                   "<artifactId>spring-boot-starter-web</artifactId><version>3.2.0</version></dependency></dependencies></project>\n",
        "src/main/java/fr/ecoles/board/ServiceFactory.java": FACTORY,
        ".env.example": "BOARD_API_TOKEN=change-me\n",
        "README.md": "# Board\n\nShared boards for the schools.\n\n## Configuration\n\nCopy .env.example to .env and fill it.\n"}


def configuration(repo, tmp_path, files: dict) -> dict:
    report = audit(str(repo([{"files": {**BASE, **files}}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.configuration"]))
    return report["results"][0]


def _notes(r: dict) -> dict:
    return {e["value"]: e["note"]["en"] for e in r["evidence"] if e.get("kind") == "finding"}


def test_system_properties_are_said_given_at_launch_not_missing_from_the_env_template(repo, tmp_path):
    r = configuration(repo, tmp_path, {})
    assert sorted(r["details"]["undocumented"]) == ["httpclient.proxyHost", "httpclient.proxyPort"]
    notes = _notes(r)
    assert all(notes[v].startswith("JVM system property read by the code") for v in ("httpclient.proxyHost", "httpclient.proxyPort"))
    assert "given at launch (2 JVM system properties)" in r["message"]["en"]
    assert "donné(s) par -D" not in r["message"]["fr"] and "propriété(s) système de la JVM" in r["message"]["fr"]
    # (the advice names the README and a launch example, no .env template: s48 re-reader ve48's regression on cahier-de-textes)
    advice = r["remediation"]["en"] if isinstance(r.get("remediation"), dict) else (r.get("advice") or {}).get("en", "")
    assert advice.startswith("Name in the README (its configuration chapter) the system properties the code reads"), advice
    assert ".env" not in advice, advice


def test_a_property_a_launch_file_passes_is_documented(repo, tmp_path):
    docker = ("FROM eclipse-temurin:17-jre\nCOPY target/board.jar /app.jar\n"
              "ENV JAVA_OPTS=\"-Dhttpclient.proxyHost=proxy.example.org -Dhttpclient.proxyPort=3128\"\n"
              "ENTRYPOINT exec java $JAVA_OPTS -jar /app.jar\n")
    r = configuration(repo, tmp_path, {"Dockerfile": docker})
    assert r["details"]["undocumented"] == []


def test_near_miss_an_environment_variable_keeps_its_note(repo, tmp_path):
    """BOARD_API_TOKEN read with System.getenv and absent from the template stays a variable missing from the .env template."""
    r = configuration(repo, tmp_path, {".env.example": "OTHER=1\n"})
    assert "BOARD_API_TOKEN" in r["details"]["undocumented"]
    assert _notes(r)["BOARD_API_TOKEN"] == "Variable read by the code but missing from the .env template and the README."
    # a property the launch file names only in a comment-less other form (-Dhttpclient.proxyHostname) documents nothing
    r2 = configuration(repo, tmp_path / "b", {"start.sh": "#!/bin/sh\nexec java -Dhttpclient.proxyHostname=x -jar board.jar\n"})
    assert "httpclient.proxyHost" in r2["details"]["undocumented"]

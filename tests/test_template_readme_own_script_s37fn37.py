"""A generator's README whose steps run the script it wrote into this repository (issue 12, s37 fn37 = DevPAMGit/dossier-numerique-agent).

Alfresco SDK 4's archetype writes its README and its run.sh into the project it generates: "Run with `./run.sh build_start`" builds
this repository's modules and images and starts them, and the tasks the README lists (`start`, `stop`, `tail`) are cases of that
script. reusability.install said "written instructions: no" and documentation.readme-sections "its sections are about the framework"
(fail 0). Now the steps are the project's own installation (and its usage when the README lists two or more of the script's tasks);
the README is still the untouched template, so readme-sections still fails.
Near miss: the same README without the script committed (the steps run nothing of this repository) keeps the old verdicts.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

POM = "<project><artifactId>agents</artifactId><properties><alfresco.sdk.version>4.3.0</alfresco.sdk.version></properties></project>\n"
RUN_SH = """#!/bin/sh
build() {
    mvn clean package
}
case "$1" in
  build_start)
    build
    docker compose up --build -d
    ;;
  start)
    docker compose up -d
    ;;
  stop)
    docker compose down
    ;;
  *)
    echo "Usage: $0 {build_start|start|stop}"
esac
"""
README = """# Alfresco AIO Project - SDK 4.3

This is an All-In-One (AIO) project for Alfresco SDK 4.3.

Run with `./run.sh build_start` and verify that it

 * Runs Alfresco Content Service (ACS)
 * Runs PostgreSQL database

All the services of the project are now run as docker containers. The run script offers the next tasks:

 * `build_start`. Build the whole project, recreate the docker images and start them.
 * `start`. Start the dockerised environment without building the project.
 * `stop`. Stop the dockerised environment.

# Few things to notice

 * No runner project - the Alfresco environment is now managed through [Docker](https://www.docker.com/)
 * Persistent test data through restart thanks to the use of Docker volumes for ACS and database data
"""
FILES = {"pom.xml": POM, "README.md": README,
         "agents-platform/src/main/java/fr/dept/agents/Folder.java": "package fr.dept.agents;\npublic class Folder {}\n",
         "agents-platform-docker/src/main/docker/Dockerfile": "FROM alfresco/alfresco-content-repository-community:7.4.0\nCOPY extensions/*.jar /usr/local/tomcat/webapps/alfresco/WEB-INF/lib/\n",
         "docker/docker-compose.yml": "services:\n  agents-acs:\n    image: alfresco-content-services-agents:development\n"}


def _results(tmp_path, files: dict) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": "# draft\n", "pom.xml": POM}, "date": "2021-03-04T10:00:00Z"},
                         {"files": files, "date": "2022-05-11T15:30:00Z"}])
    out = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}",
                                            only=["reusability.install", "documentation.readme-sections"]))
    return {r["id"]: r for r in out["results"]}


def test_the_templates_steps_running_the_committed_script_are_the_projects(tmp_path):
    r = _results(tmp_path / "own", {**FILES, "run.sh": RUN_SH})
    install = r["reusability.install"]
    assert install["details"]["instructions"] is True, install  # was "written instructions: no"
    assert "written instructions: yes" in install["message"]["en"], install["message"]
    assert any(e.get("value") == "./run.sh build_start" for e in install["evidence"]), install["evidence"]
    sections = r["documentation.readme-sections"]
    assert sections["status"] == "fail", sections  # still the untouched template: nothing says what the project is
    assert {"install", "usage"} <= set(sections["details"]["found"]), sections["details"]
    assert "run.sh" in sections["message"]["en"] and "purpose" in sections["details"]["missing"], sections["message"]


def test_without_the_script_the_steps_stay_the_frameworks(tmp_path):
    r = _results(tmp_path / "none", FILES)
    install = r["reusability.install"]
    assert install["details"]["instructions"] is False and "written instructions: no" in install["message"]["en"], install
    sections = r["documentation.readme-sections"]
    assert sections["status"] == "fail" and sections["details"]["found"] == [], sections
    assert "about the framework, not the project" in sections["message"]["en"], sections["message"]

"""reusability.install for a desktop program (issue 12, s35 z35, TanguyJ44/Launcher-BYOD-Metropole-de-Lyon once its kind was read
right, desktop-application instead of cli-tool): a Swing launcher built by Maven (pom.xml) and packaged with jpackage, its README
giving the build and run steps, went from "pass: a command-line tool installed from its package manifest" to "warn 6: add a
Dockerfile and a compose.yaml that start the service". A desktop program is installed on the machine from its build, as a
command-line tool is: no service to start, no container asked. A web application built by the same pom.xml still is one."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit
from tests.test_kinds_s35z35 import FRAME, MAIN, POM

CID = "reusability.install"
README = ("# Launcher\n\nA program installing a work environment.\n\n## Installation\n\n```bash\ngit clone <url>\ncd launcher\nmvn package\n```\n\n"
          "## Launch\n\n```bash\njava -jar target/launcher.jar\n```\n")


def test_a_desktop_program_built_by_maven_needs_no_container(tmp_path):
    files = {"README.md": README, "pom.xml": POM, "src/main/java/org/exemple/Main.java": MAIN, "src/main/java/org/exemple/gui/Frame.java": FRAME}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])
    assert report["facts"]["project"]["kind"] == "desktop-application"
    r = results(report)[CID]
    assert r["status"] == "pass", r["message"]
    assert "desktop application" in r["message"]["en"] and "application de bureau" in r["message"]["fr"], r["message"]


def test_a_web_application_built_by_maven_is_still_asked_to_run_as_a_service(tmp_path):
    files = {"README.md": README, "pom.xml": POM.replace("<dependencies>", "<packaging>war</packaging>\n  <dependencies>"),
             "src/main/java/org/exemple/Hello.java": "package org.exemple;\n\npublic class Hello extends javax.servlet.http.HttpServlet {}\n",
             "src/main/webapp/WEB-INF/web.xml": "<web-app><servlet><servlet-name>h</servlet-name><servlet-class>org.exemple.Hello</servlet-class></servlet></web-app>\n",
             "src/main/webapp/index.jsp": "<html><body>Bonjour</body></html>\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])
    assert report["facts"]["project"]["kind"] == "web-application"
    r = results(report)[CID]
    assert r["status"] != "pass" and "installed from its package manifest" not in r["message"]["en"], r["message"]

"""A README of its title, its purpose line and a request to the local copy has a usage section (issue 12, s41 fi41 = reader ra41 on
sipf/mail-api).

The micro-service's README was "# mail-api" / "Just send email with a REST API" / a fenced `curl -H "Content-Type: application/json"
-X POST -d '{"from": …}' http://localhost:8080/mail`: documentation.readme-sections said "usage missing". With no chapter, a request
acting on the local copy (a method other than GET, or a body) is how the service is used.
Near misses: the same call under an "## Installation" chapter (a set-up step) and a GET of the local copy alone give no usage.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CALL = """curl -H "Content-Type: application/json" -X POST -d '{"from": "agent@example.org", "to": ["agent@example.org"], "subject": "s", "message": "m"}' http://localhost:8080/mail"""
LONE = "# mail-api\nJust send email with a REST API\n\n```\n" + CALL + "\n```\n"
UNDER_INSTALL = "# mail-api\nJust send email with a REST API\n\n## Installation\n\n```\n" + CALL + "\n```\n"
GET_ONLY = "# mail-api\nJust send email with a REST API\n\n```\ncurl http://localhost:8080/health\n```\n"
POM = """<project><modelVersion>4.0.0</modelVersion><groupId>pf.example</groupId><artifactId>mail</artifactId><version>1.0</version>
<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>1.5.6.RELEASE</version></parent>
<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency></dependencies>
</project>
"""
CONTROLLER = """package pf.example.mail;

import org.springframework.web.bind.annotation.*;

@RestController
public class MailController {
    @PostMapping("/mail")
    public void send(@RequestBody Email email) {
    }
}
"""


def _found(tmp_path, readme: str) -> set:
    files = {"README.md": readme, "pom.xml": POM, "src/main/java/pf/example/mail/MailController.java": CONTROLLER}
    return set(check_result(tmp_path, files, "documentation.readme-sections")["details"]["found"])


def test_a_lone_request_to_the_local_copy_is_the_usage(tmp_path):
    assert "usage" in _found(tmp_path / "a", LONE)


def test_the_same_request_under_an_installation_chapter_is_no_usage(tmp_path):
    assert "usage" not in _found(tmp_path / "b", UNDER_INSTALL)


def test_a_get_of_the_local_copy_is_no_usage(tmp_path):
    assert "usage" not in _found(tmp_path / "c", GET_ONLY)

"""An e-mail's model holds its sender's and recipients' addresses (issue 12, session 41 fixer fh41 = sipf/mail-api, reader ra41
item 3.2). A Spring Boot service relaying mail models the message it sends, ``@Data public class Email { private String from;
private List<String> to; private List<String> cc; private String subject; private String message; }``; personal-data passed "no
personal-data field" since only field names naming an e-mail (email, mail, courriel…) were read. In a model of an e-mail (named
so, or a subject beside a body), from and to are its correspondents' addresses, as recipients and bcc are. Near miss: a date range's and a pagination's
``from`` and ``to`` stay no personal data. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

POM = "<project><modelVersion>4.0.0</modelVersion><groupId>pf.test</groupId><artifactId>relay</artifactId><version>0.1</version></project>\n"


def model(name: str, fields: str) -> str:
    return (f"package pf.test.relay.model;\n\nimport lombok.Data;\nimport java.util.List;\n\n@Data\npublic class {name} {{\n\n{fields}\n"
            f"    public {name}() {{\n    }}\n}}\n")


def _res(tmp_path, name, fields):
    return pd(tmp_path, {"README.md": "# Relay\n\nRelaie des messages.\n", "pom.xml": POM,
                         f"src/main/java/pf/test/relay/model/{name}.java": model(name, fields)})


def test_an_email_models_address_fields_are_personal_data(tmp_path):
    res = _res(tmp_path, "Email", "    private String from;\n    private List<String> to;\n    private List<String> cc;\n"
                                   "    private String subject;\n    private String message;\n    private boolean isHtml;\n")
    assert res["status"] == "warn" and "correspondents" in res["message"]["en"], (res["status"], res["message"]["en"])


def test_a_message_with_a_subject_and_a_body_is_an_email(tmp_path):
    res = _res(tmp_path, "Envoi", "    private String from;\n    private List<String> to;\n"
                                  "    private String objet;\n    private String corps;\n")
    assert res["status"] == "warn" and "correspondents" in res["message"]["en"], (res["status"], res["message"]["en"])


def test_a_date_range_and_a_pagination_hold_no_address(tmp_path):
    res = _res(tmp_path, "Periode", "    private java.time.LocalDate from;\n    private java.time.LocalDate to;\n    private int page;\n"
                                    "    private String message;\n")
    assert res["status"] == "pass", (res["status"], res["message"]["en"])

"""Placeholders in a host application's default configuration copied into a plug-in module, and a PEM block quoted as an example
in a comment, are not the project's keys, services or servers (issue 12, s18 c2; shaped like Java extensions of an identity
management server: the server's stock *.base.properties files beside the module's *.example.properties, and a key reader whose
comment shows the expected file format with its body elided)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

RES = "loader/src/main/resources/properties"
MODULE = {
    "pom.xml": ("<project><modelVersion>4.0.0</modelVersion><groupId>org.example.idm</groupId><artifactId>idm-loader</artifactId>"
                "<version>1.2.0</version><packaging>jar</packaging></project>\n"),
    "README.md": "# IDM loader\n\nExtensions of the identity server for the schools' directory.\n",
    "loader/src/main/java/org/example/idm/KeyReader.java": (
        "package org.example.idm;\n\n/*\n  Read a private key, in the PKCS1 format\n\n  -----BEGIN RSA PRIVATE KEY-----\n"
        "  MIICXwIBAAKBgQDMTApZEOCWwGf4lXk... (base 64 encoded stuff)\n  -----END RSA PRIVATE KEY-----\n\n*/\n"
        "public class KeyReader {\n  public byte[] read(String path) {\n    return new byte[0];\n  }\n}\n"),
    f"{RES}/server.client.base.properties": (
        "# Server client configuration (should not be edited)\n"
        "# the queue to send messages to\n"
        "serverClient.awsSqsQueueUrl = https://sqs.region.amazonaws.com/1234/queue_name\n"
        "serverClient.awsAccessKey = ABC123\n"),
    f"{RES}/ldap.example.properties": ("# the directory to read people from\n"
                                       "ldap.personLdap.url = ldap://pds.example.edu:389\nldap.personLdap.user = cn=admin\n"),
}
CHECKS = ["reusability.secrets", "reusability.portability", "scaling.vendor-lock-in", "scaling.hosting"]


def test_placeholders_of_a_copied_default_configuration_and_a_quoted_pem_are_no_facts(tmp_path):
    res = results(run(build(tmp_path / "r", MODULE), tmp_path / "c", only=CHECKS))
    sec = res["reusability.secrets"]
    assert sec["status"] != "fail" and "KeyReader.java" not in str(sec["evidence"]), sec["message"]  # was "1 probable secret" fail
    for cid in ("reusability.portability", "scaling.vendor-lock-in"):  # was "Amazon Web Services APIs" from the placeholder URL
        assert "Amazon" not in res[cid]["message"]["en"], res[cid]["message"]
    host = res["scaling.hosting"]
    assert "amazonaws" not in host["message"]["en"] and "example.edu" not in str(host["evidence"]), host["message"]


def test_a_real_key_and_a_real_queue_still_count(tmp_path):
    files = {**MODULE,
             f"{RES}/server.client.base.properties": "serverClient.awsSqsQueueUrl = https://sqs.eu-west-3.amazonaws.com/123456789012/idm-events\n",
             "loader/src/main/resources/key.pem": ("-----BEGIN RSA PRIVATE KEY-----\n"
                                                   + "\n".join("MIICXwIBAAKBgQDMTApZEOCWwGf4lXkQ7Ys2Rr0Wq8nZ3vT5hJk1LpX9cVb2mN4" for _ in range(6))
                                                   + "\n-----END RSA PRIVATE KEY-----\n")}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=CHECKS))
    assert "key.pem" in str(res["reusability.secrets"]["evidence"]), res["reusability.secrets"]["message"]
    assert "Amazon" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]

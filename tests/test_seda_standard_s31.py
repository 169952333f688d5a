"""Session 31 (issue 12, reader m23o2): SEDA, the national exchange standard of electronic archives, is a national standard the
project follows (interoperability.data-standards)."""
from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECK = "interoperability.data-standards"
SLIP = ('<?xml version="1.0" encoding="utf-8"?>\n<ArchiveTransfer xmlns="fr:gouv:culture:archivesdefrance:seda:v1.0">\n'
        '  <Comment>Transfert des flux comptables</Comment>\n  <TransferIdentifier>DEP_0001</TransferIdentifier>\n'
        '  <ArchivalAgency><Identification>225600014</Identification></ArchivalAgency>\n'
        '  <TransferringAgency><Identification>225600014_122</Identification></TransferringAgency>\n</ArchiveTransfer>\n')
CONNECTOR = ('package fr.dep.connecteur;\n\nimport org.json.JSONObject;\n\npublic class Connector {\n'
             '  /** Sends the slip to the archiving system; its answer is JSON. */\n'
             '  public String send(String slip) throws Exception {\n    JSONObject reply = new JSONObject(post("/restservices/sedaMessages", slip));\n'
             '    return reply.getString("ArchiveTransferReply");\n  }\n'
             '  public static void main(String[] args) throws Exception { new Connector().send(args[0]); }\n}\n')
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.dep</groupId><artifactId>connecteur</artifactId>"
       "<packaging>jar</packaging><dependencies><dependency><groupId>org.json</groupId><artifactId>json</artifactId>"
       "<version>20190722</version></dependency></dependencies></project>\n")


def _judge(tmp_path, files, name):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CHECK]))[CHECK]


def test_a_connector_sending_seda_slips_follows_the_national_standard(tmp_path):
    # a département's command-line connector sending SEDA transfer slips to its archiving system
    files = {"Documentation/Utilisation.txt": "Connecteur d'archivage\n", "pom.xml": POM,
             "src/main/java/fr/dep/connecteur/Connector.java": CONNECTOR, "data/bordereau-1.xml": SLIP}
    res = _judge(tmp_path, files, "seda")
    assert res["status"] == "pass", res["message"]
    assert any("SEDA" in n for n in res["details"]["national_standards"]), res["message"]


def test_one_archive_word_is_no_seda(tmp_path):
    # a single SEDA-like name (an accounting tool's "ArchivalAgency" label) is not the standard: the tool keeps its verdict
    files = {"README.md": "# Outil\n", "pom.xml": POM,
             "src/main/java/fr/dep/connecteur/Connector.java": CONNECTOR.replace('"ArchiveTransferReply"', '"status"')
             + "// ArchivalAgency\n"}
    res = _judge(tmp_path, files, "one")
    assert not res["details"].get("national_standards"), res["message"]

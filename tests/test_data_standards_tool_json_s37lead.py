"""interoperability.data-standards on a library that exchanges JSON with the services it calls and keeps its own content model
(issue 12, session 37, re-reader vc37: DevPAMGit/dossier-numerique-agent, a Département's Alfresco module sending agents' documents
to Pastell as JSON): not applicable, and the message says the JSON it exchanges instead of "no open format recognised".
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_alfresco_module_kind_s37lead import FILES, POM

MODEL = ('<?xml version="1.0" encoding="UTF-8"?>\n<model name="dna:model" xmlns="http://www.alfresco.org/model/dictionary/1.0">\n'
         '  <types>\n    <type name="dna:dossier">\n      <properties>\n        <property name="dna:matricule">\n'
         '          <title>Matricule</title>\n          <type>d:text</type>\n        </property>\n      </properties>\n    </type>\n'
         '  </types>\n</model>\n')
SEND = ("package org.cd59.dna.action;\n\nimport org.json.JSONObject;\n\npublic class Envoi {\n    public String corps(String id) {\n"
        "        JSONObject json = new JSONObject();\n        json.put(\"id_d\", id);\n        return json.toString();\n    }\n}\n")


def _result(tmp_path, files: dict) -> dict:
    make_repo(tmp_path, [{"files": {"pom.xml": POM, **FILES, **files}, "date": "2023-05-02T10:00:00Z"}])
    return audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}",
                                             only=["interoperability.data-standards"]))["results"][0]


def test_a_library_exchanging_json_says_so(tmp_path):
    r = _result(tmp_path, {"dna-platform/src/main/resources/alfresco/module/dna-platform/model/dna-model.xml": MODEL,
                           "dna-platform/src/main/java/org/cd59/dna/action/Envoi.java": SEND})
    assert r["status"] == "not_applicable", r["message"]
    assert r["details"]["formats"] == ["JSON"], r["details"]
    assert "only JSON" in r["message"]["en"] and "no open format recognised" not in r["message"]["en"], r["message"]

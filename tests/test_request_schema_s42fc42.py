"""interoperability.data-standards (issue 12, s42 fc42 = OPEN-ENT-NG/minibadge, reader rg41): a school-platform module (Java web
application) keeps one JSON Schema, src/main/resources/jsonschema/badgeAssignedCreate.json ({"ownerIds": …}), which its controller
loads to validate a request's body (RequestUtils.bodyToJson(request, pathPrefix + "badgeAssignedCreate", …)). data-standards counted
it as a published data schema and warned 'Open formats: JSON; schemas: … 1 JSON Schema'. A JSON Schema a line of code reading the
request names is the API's input, no data published. Near miss: the JSON Schema of a data set a script validates its rows with stays
a published schema. Written for the test."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "interoperability.data-standards"
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.ent</groupId><artifactId>recompenses</artifactId><version>1.0</version>"
       "<dependencies><dependency><groupId>io.vertx</groupId><artifactId>vertx-core</artifactId><version>4.3.0</version></dependency>"
       "</dependencies></project>\n")
SCHEMA = ('{\n  "$schema": "http://json-schema.org/draft-07/schema",\n  "type": "object",\n  "additionalProperties": false,\n'
          '  "properties": {\n    "ownerIds": {"type": ["array", "string"]}\n  },\n  "required": ["ownerIds"]\n}\n')
CONTROLLER = '''package fr.ent.recompenses.controller;

public class AttributionController extends ControllerHelper {
    private static final String pathPrefix = "./recompenses/";

    @Post("/types/:typeId/attributions")
    public void assign(HttpServerRequest request) {
        RequestUtils.bodyToJson(request, String.format("%s%s", pathPrefix, "attributionCreate"), body -> {
            service.assign(body.getJsonArray("ownerIds"), defaultResponseHandler(request));
        });
    }
}
'''
DATA_SCHEMA = ('{\n  "$schema": "http://json-schema.org/draft-07/schema",\n  "title": "Bornes de recharge",\n  "type": "array",\n'
               '  "items": {"type": "object", "properties": {"id": {"type": "string"}, "commune": {"type": "string"}, "puissance": '
               '{"type": "number"}}, "required": ["id"]}\n}\n')
CHECKER = '''import json

import jsonschema


def check(rows_path):
    with open("data/bornes.schema.json") as f:
        schema = json.load(f)
    with open(rows_path) as f:
        jsonschema.validate(json.load(f), schema)
'''


def standards(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Récompenses\n\nModule de récompenses de l'ENT.\n", "pom.xml": POM,
                                                 "src/main/java/fr/ent/recompenses/Recompenses.java":
                                                     "package fr.ent.recompenses;\n\npublic class Recompenses extends BaseServer {\n}\n"},
                                       "date": "2023-01-10T10:00:00Z", "message": "module"},
                                      {"files": files, "date": "2023-02-14T10:00:00Z", "message": "attributions"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0]


def test_a_json_schema_validating_a_request_body_is_no_published_data_schema(tmp_path):
    r = standards(tmp_path, {"src/main/resources/jsonschema/attributionCreate.json": SCHEMA,
                             "src/main/java/fr/ent/recompenses/controller/AttributionController.java": CONTROLLER})
    assert r["status"] == "not_applicable" and "JSON Schema" not in r["message"]["en"], (r["status"], r["message"])
    assert r["details"]["request_schemas"] == ["src/main/resources/jsonschema/attributionCreate.json"], r["details"]


def test_the_json_schema_of_a_data_set_stays_a_published_schema(tmp_path):
    r = standards(tmp_path, {"data/bornes.schema.json": DATA_SCHEMA, "data/bornes.json": '[{"id": "B1", "commune": "Vannes", "puissance": 22}]\n',
                             "scripts/check.py": CHECKER})
    assert r["status"] not in ("not_applicable", "error") and "1 JSON Schema" in r["message"]["en"], (r["status"], r["message"])
    assert r["details"]["request_schemas"] == [], r["details"]

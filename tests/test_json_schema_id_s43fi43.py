"""Issue 12, session 43 fixer fi43 (OPEN-ENT-NG/minetest): a module's JSON Schemas validating request bodies keep the identifier a
generator left in them, draft-04's ``"id": "http://jsonschema.net"`` under ``"$schema": "http://json-schema.org/draft-04/schema#"``:
scaling.hosting counted jsonschema.net among "other organisations". A JSON Schema's own identifier (its ``"$id"``, or ``"id"`` in a
document declaring a json-schema.org ``$schema``) names the schema, nothing fetches it, as the ``$schema`` address is already set
aside. Near misses: the same ``"id"`` in a JSON file that is no JSON Schema, and a ``"$ref"`` to a remote schema, stay addresses.
Written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SERVER = '''const express = require("express");
const Ajv = require("ajv");
const world = require("./schemas/world.json");

const app = express();
const validate = new Ajv().compile(world);

app.post("/worlds", express.json(), (req, res) => {
  if (!validate(req.body)) {
    return res.status(400).json(validate.errors);
  }
  res.json({ ok: true });
});

app.listen(8080);
'''

SCHEMA = '''{
  "$schema": "http://json-schema.org/draft-04/schema#",
  "ID_KEY": "http://schemagen-outil.net",
  "type": "object",
  "properties": {
    "title": {"type": "string"},
    "port": {"type": "integer"}
  },
  "required": ["title"]
}
'''

SETTINGS = '''{
  "id": "http://schemagen-outil.net",
  "title": "monde"
}
'''


def _files(schema, extra=None):
    return {"server.js": SERVER, "schemas/world.json": schema, **(extra or {}),
            "package.json": '{"name": "mondes", "version": "1.0.0", "dependencies": {"express": "^4.18.0", "ajv": "^8.12.0"}}\n',
            "README.md": "# Mondes\n\nService qui crée des mondes pour les élèves.\n"}


def _hosts(report):
    fact = report["facts"]["hosting_dependencies"]
    return fact["by_class"], [h["host"] for h in fact["hosts"]]


def test_a_json_schemas_identifier_is_no_server(tmp_path):
    for i, key in enumerate(("id", "$id")):
        report, _ = judge(tmp_path, _files(SCHEMA.replace("ID_KEY", key)), ["scaling.hosting"], name=f"r{i}")
        r, hosts = _hosts(report)
        assert not any("schemagen" in (h or "") for h in hosts), (key, r, hosts)


def test_an_id_outside_a_json_schema_and_a_remote_ref_stay_addresses(tmp_path):
    report, _ = judge(tmp_path, _files(SCHEMA.replace("ID_KEY", "title"), {"config/monde.json": SETTINGS}), ["scaling.hosting"], name="s")
    r, hosts = _hosts(report)
    assert any("schemagen" in (h or "") for h in hosts), (r, hosts)
    ref = SCHEMA.replace('"ID_KEY": "http://schemagen-outil.net"', '"$id": "http://schemagen-outil.net"').replace(
        '"port": {"type": "integer"}', '"port": {"$ref": "https://schemas.partenaire-donnees.fr/port.json"}')
    report, _ = judge(tmp_path, _files(ref), ["scaling.hosting"], name="t")
    r, hosts = _hosts(report)
    assert any("partenaire" in (h or "") for h in hosts) and not any("schemagen" in (h or "") for h in hosts), (r, hosts)

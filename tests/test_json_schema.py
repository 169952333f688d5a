"""JSON Schemas are known by their ``$schema`` key, not by their file name: a command-line script validating the public
procurement data (DECP) against the regulatory JSON Schema, committed as ``schema_decp_v2.0.2.json`` beside a sample file
(megalis-bretagne/decp-validation), publishes its data's schema, and one whose ``$id`` is another body's address reuses a
public standard. A configuration file that only points to a schema (``"$schema": "https://json.schemastore.org/…"``) is no schema."""

from __future__ import annotations

import json

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

SCHEMA = {"$id": "https://raw.githubusercontent.com/139bercy/format-commande-publique/master/marches.json",
          "$schema": "http://json-schema.org/draft-07/schema#", "title": "Format réglementaire des données essentielles des marchés publics",
          "properties": {"marches": {"type": "object", "properties": {"id": {"type": "string"}}}}}
VALIDATOR = ("import json\nimport argparse\nfrom jsonschema import Draft202012Validator\nschema_file = 'schema_decp_v2.0.2.json'\n\n"
             "def validate_json(json_file):\n    with open(json_file) as f:\n        data = json.load(f)\n"
             "    with open(schema_file) as f:\n        schema = json.load(f)\n    return Draft202012Validator(schema).iter_errors(data)\n\n"
             "def main():\n    parser = argparse.ArgumentParser(description='Valide un fichier JSON.')\n    parser.add_argument('json_file')\n"
             "    args = parser.parse_args()\n    for e in validate_json(args.json_file):\n        print(e.message)\n\n"
             "if __name__ == '__main__':\n    main()\n")
DECP = {"README.md": "# decp-validation\n\nValide un fichier DECP au format JSON par rapport au schéma réglementaire.\n",
        "requirements.txt": "jsonschema==4.23.0\n",
        "validation.py": VALIDATOR,
        "schema_decp_v2.0.2.json": json.dumps(SCHEMA, indent=4, ensure_ascii=False) + "\n",
        "decp-59920013600241-2024-07-09-01.json": json.dumps({"marches": {"marche": [{"id": "2024-01", "acheteur": {"id": "59920013600241"}}]}}) + "\n"}
CHECK = "interoperability.data-standards"


def data_standards(tmp_path, files):
    return results(run(build(tmp_path / "r", files), tmp_path / "c", only=[CHECK], sponsor="local-authority"))[CHECK]


def test_a_json_schema_found_by_its_schema_key_and_reused_from_its_publisher_passes(tmp_path):
    r = data_standards(tmp_path, DECP)
    assert r["status"] == "pass", r["message"]
    assert r["details"]["json_schemas"] == ["schema_decp_v2.0.2.json"] and r["details"]["table_schemas"] == []
    assert r["details"]["reused_json_schemas"] == [SCHEMA["$id"]]
    assert "1 JSON Schema (dont 1 publié(s) ailleurs et repris)" in r["message"]["fr"]
    assert {(e["path"], e["value"]) for e in r["evidence"]} >= {("schema_decp_v2.0.2.json", "JSON Schema"), ("schema_decp_v2.0.2.json", SCHEMA["$id"])}


def test_a_json_schema_of_its_own_is_a_schema_but_no_reused_standard(tmp_path):
    files = {k: v for k, v in DECP.items() if k != "schema_decp_v2.0.2.json"}  # one line: "$schema" after "{", "$id" after ","
    files["schemas/marches.json"] = json.dumps({"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://example.org/decp.json",
                                                "type": "object"}) + "\n"
    r = data_standards(tmp_path, files)
    assert r["details"]["json_schemas"] == ["schemas/marches.json"] and r["details"]["reused_json_schemas"] == []
    assert r["status"] == "warn" and r["score"] == 6.0, r["message"]


def test_a_file_pointing_to_a_schema_is_no_schema(tmp_path):
    files = {k: v for k, v in DECP.items() if k != "schema_decp_v2.0.2.json"}
    files["biome.json"] = '{\n  "$schema": "https://biomejs.dev/schemas/1.9.4/schema.json",\n  "linter": {"enabled": true}\n}\n'
    files[".vscode/settings.json"] = '{\n  "json.schemas": [{"url": "https://json.schemastore.org/package"}]\n}\n'
    r = data_standards(tmp_path, files)
    assert r["details"]["json_schemas"] == [] and r["status"] == "not_applicable", r["message"]

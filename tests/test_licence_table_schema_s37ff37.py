"""A Table Schema's or a Data Package's ``licenses`` list states the licence of the specification the repository publishes
(issue 12, s37 ff37 = freddtce/Point-de-Repere-Routier): the département's Table Schema lists ``"licenses": [{"name":
"etalab-2.0", …}]`` in schema.json, the field schema.data.gouv.fr shows, beside LICENSE.md; licensing.consistent said "A single
source states the license (LICENSE.md)" (pass 9). Read as a declaration, it agrees with the licence file (10), and one that
disagrees is a contradiction; a JSON Schema whose properties describe a ``licenses`` field states nothing."""

from __future__ import annotations

import json

from auditor.facts.metadata_licences import _descriptor
from tests.test_licensing_checks import run, text  # noqa: F401 (run: the fixture building a repository and auditing it)


def schema(licence: str) -> str:
    return json.dumps({"$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json", "name": "point-de-repere",
                       "title": "Schéma des points de repère", "licenses": [{"title": "Licence", "name": licence,
                                                                              "path": f"https://spdx.org/licenses/{licence}.html"}],
                       "fields": [{"name": "identifiant", "type": "string"}, {"name": "pr", "type": "integer"}],
                       "version": "1.0.0"}, indent=3, ensure_ascii=False)


def _spec(schema_text: str) -> dict:
    return {"README.md": "# Points de repère\n\nSchéma d'échange des points de repère routiers.\n", "LICENSE.md": text("etalab-2.0", "fr"),
            "schema.json": schema_text, "exemple-valide.csv": "identifiant,pr\n001PR1,1\n"}


def test_the_schemas_licenses_agree_with_the_licence_file(run):
    res, lic = run(_spec(schema("etalab-2.0")))
    source = next((s for s in lic["sources"] if s["path"] == "schema.json"), None)
    assert source and source["ids"] == ["etalab-2.0"] and source["line"] == 5, lic["sources"]
    r = res["licensing.consistent"]
    assert r["status"] == "pass" and r["score"] == 10, r["message"]


def test_a_schema_naming_another_licence_contradicts(run):
    res, _lic = run(_spec(schema("CC-BY-4.0")))
    assert res["licensing.consistent"]["score"] < 9, res["licensing.consistent"]["message"]


def test_a_json_schema_describing_a_licenses_field_states_nothing(run):
    described = json.dumps({"$schema": "http://json-schema.org/draft-07/schema#", "type": "object",
                            "properties": {"licenses": {"type": "array", "items": {"type": "string"}}}}, indent=2)
    res, lic = run(_spec(described))
    assert [s["path"] for s in lic["sources"]] == ["LICENSE.md"], lic["sources"]
    assert res["licensing.consistent"]["score"] == 9, res["licensing.consistent"]["message"]


def test_descriptor_values():
    assert _descriptor(json.dumps({"resources": [], "licenses": [{"name": "ODC-PDDL-1.0"}, {"path": "https://spdx.org/licenses/CC-BY-4.0"}]}))[0] \
        == "ODC-PDDL-1.0 AND CC-BY-4.0"
    assert _descriptor(json.dumps({"licenses": [{"name": "MIT"}]})) is None  # (no Table Schema nor Data Package)

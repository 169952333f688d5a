"""Session 31 (issue 12, reader m23o2): what counts as a reference to schema.data.gouv.fr in interoperability.data-standards."""
from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECK = "interoperability.data-standards"
SCHEMA = ('{\n  "$schema": "https://frictionlessdata.io/schemas/table-schema.json",\n  "name": "ens",\n  "title": "Espaces naturels sensibles",\n'
          '  "fields": [\n    {"name": "identifiant", "type": "string", "constraints": {"required": true}},\n'
          '    {"name": "surface", "type": "number"}\n  ]\n}\n')
WORKFLOW = ("name: specs\non:\n  push:\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n    - uses: actions/checkout@v4\n"
            "    - run: pip install -r requirements.txt\n    - run: |\n        frictionless validate --type schema schema.json\n"
            "        frictionless validate --schema schema.json exemple-valide.csv\n")


def _judge(tmp_path, files, name):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CHECK]))[CHECK]


def test_a_table_schema_validated_with_frictionless_names_no_catalogue_reference(tmp_path):
    # a département network's exchange format: its Table Schema, an example, CI validating both with the catalogue's tool
    files = {"README.md": "# Format d'échange des espaces naturels sensibles\n", "schema.json": SCHEMA,
             "exemple-valide.csv": "identifiant,surface\nfr-ENS01-1,12.5\n", "requirements.txt": "frictionless==4.40.8\n",
             ".github/workflows/frictionless_tests.yml": WORKFLOW, "LICENSE.md": "Licence Ouverte 2.0\n"}
    res = _judge(tmp_path, files, "ens")
    assert res["details"]["schema_data_gouv_refs"] == 0 and res["details"]["table_schema_tool_refs"] >= 2, res["message"]
    assert "0 reference(s) to schema.data.gouv.fr" in res["message"]["en"], res["message"]
    assert res["status"] == "pass", res["message"]  # the schema the catalogue's tools validate is itself the public standard
    # a real catalogue address counts as one
    files["README.md"] += "\nPublié sur https://schema.data.gouv.fr/cd-aura/ens/\n"
    res = _judge(tmp_path, files, "ens2")
    assert res["details"]["schema_data_gouv_refs"] == 1, res["message"]


def test_the_word_frictionless_among_fake_data_is_no_schema(tmp_path):
    # a JHipster back end's Faker-made fake data: "frictionless" is a value of a row
    files = {"README.md": "# Moisson\n", "pom.xml": "<project><artifactId>moisson</artifactId></project>\n",
             "src/main/java/fr/x/web/rest/DisciplineResource.java":
                 "package fr.x.web.rest;\n@RestController\npublic class DisciplineResource {\n"
                 "  @GetMapping(value = \"/disciplines\", produces = \"application/json\")\n  public List<String> all() { return List.of(); }\n}\n",
             "src/main/resources/config/liquibase/fake-data/discipline.csv":
                 "id;code;libelle;description\n1;Taka Flats Personal Loan Account;Lead Auto Loan Account Mandatory;Gorgeous Savings Account frictionless\n"
                 "2;Cotton;Handcrafted Steel;Licensed Granite Chair\n"}
    res = _judge(tmp_path, files, "moisson")
    assert res["details"]["schema_data_gouv_refs"] == 0 and res["details"]["table_schema_tool_refs"] == 0, res["message"]
    # a Table Schema kept among data files, named by its "$schema" at frictionlessdata.io, stays a schema sign
    files["data/schemas/schema_declarations.json"] = SCHEMA
    res = _judge(tmp_path, files, "moisson2")
    assert res["details"]["table_schema_tool_refs"] == 1, res["message"]

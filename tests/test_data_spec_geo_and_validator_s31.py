"""reusability.dependencies, interoperability.geo (issue 12, s31 n31 = reader s31 m23o2, freddtce/ENS_AURA): a Table Schema
specifying a départements' exchange format of protected natural areas was failed on dependencies because its requirements.txt
pins the validator its CI runs (frictionless==4.40.8), and found to handle no geographic data though its README's metadata
declare "format : geopackage" and "type d'objet : multipolygon".

A data specification's manifest naming only schema validators is tooling (no runtime); the format and geometry its README
declares as "key: value" are its geography (a Table Schema cannot type a geometry). A manifest with another package stays
judged, and a README declaring no geographic format leaves the specification without geography."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

SCHEMA = json.dumps({"$schema": "https://frictionlessdata.io/schemas/table-schema.json", "name": "espace-naturel-sensible",
                     "title": "Schéma des espaces naturels sensibles", "primaryKey": "identifiant",
                     "fields": [{"name": "identifiant", "type": "string"}, {"name": "nom", "type": "string"},
                                {"name": "surface_off", "type": "number"}, {"name": "source", "type": "string",
                                 "description": "Source utilisée pour la saisie de la géométrie du multipolygone."}]}, indent=2)
README = ("## Schéma des espaces naturels sensibles\n\nCe schéma décrit le format d'échange des espaces naturels sensibles des "
          "conseils départementaux.\n\n## Métadonnées du format d'échange\n\n- format : geopackage\n- encodage : UTF8\n"
          "- type d'objet  : multipolygon\n")
WORKFLOW = ("name: Validation\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n    - uses: actions/checkout@v4\n"
            "    - run: pip install -r requirements.txt\n    - run: frictionless validate --schema schema.json exemple-valide.csv\n")


def _spec(readme: str = README, requirements: str = "frictionless==4.40.8\n") -> dict:
    return {"README.md": readme, "schema.json": SCHEMA, "exemple-valide.csv": "identifiant,nom,surface_off,source\nfr-ENS001-1,Marais,12.5,BD ORTHO\n",
            "requirements.txt": requirements, ".github/workflows/validation.yml": WORKFLOW, "LICENSE.md": "Licence Ouverte 2.0\n"}


def test_the_ci_validator_is_no_runtime_dependency(tmp_path):
    report, res = judge(tmp_path, _spec(), ["reusability.dependencies"])
    assert report["facts"]["project"]["kind"] == "data-specification"
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]["message"]  # was fail


def test_another_package_beside_the_validator_stays_judged(tmp_path):
    _, res = judge(tmp_path, _spec(requirements="frictionless==4.40.8\npandas\n"), ["reusability.dependencies"])
    assert res["reusability.dependencies"]["status"] == "fail", res["reusability.dependencies"]["message"]


def test_the_declared_geopackage_layer_is_geographic_data(tmp_path):
    _, res = judge(tmp_path, _spec(), ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] != "not_applicable", geo["message"]  # was "handles no detectable map or geographic data"
    assert geo["details"]["geojson"] and geo["details"]["ogc"], geo["details"]
    assert ("README.md", 7) in {(e.get("path"), e.get("line")) for e in geo["evidence"]}, geo["evidence"]


def test_a_spec_declaring_no_geographic_format_stays_without_geography(tmp_path):
    readme = README.replace("- format : geopackage\n", "- format : CSV\n").replace("- type d'objet  : multipolygon\n", "- type d'objet : point de collecte\n")
    _, res = judge(tmp_path, _spec(readme=readme), ["interoperability.geo"])
    assert res["interoperability.geo"]["status"] == "not_applicable", res["interoperability.geo"]["message"]

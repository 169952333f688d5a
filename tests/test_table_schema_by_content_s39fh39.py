"""Table Schemas found by their content whatever their names, and the licence they list (issue 12, s39 fh39 = reader rd39's aitf-sig-topo/voies-adresses).

voies-adresses publishes the Base Adresse Locale format as Table Schemas, one a version (schemas/v1.5/bal_schema_v1.5.json:
"$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json", 20 fields, x/y "système de projection légal en vigueur",
long/lat "coordonnées exprimées en WGS84"), sample CSVs and a 99-line validator. Only files named schema.json, *.schema.json or
datapackage.json were read: the kind was cli-tool (the validator), data-standards counted "0 Table Schema", geo said "legal
reference system: no". Rules: a JSON file whose "$schema" is Frictionless' Table Schema, or whose "fields" are {name, type} objects of
the specification's types, is a Table Schema; Table Schemas outnumbering the code beside them make a data specification; a coordinate
field described in the legal system is the legal reference system; with nothing at the root stating a licence, the Table Schemas'
"licenses" in folders state the specification's (CC BY-NC-ND 4.0: not open), where the copied Slate theme's CC0 passed. Near miss: a settings file's list of names, an Esri feature set's
and an Avro record's "fields" are no Table Schema, and the command-line tool stays one."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

DATA = "interoperability.data-standards"
OPEN = "licensing.open-license"
CONSISTENT = "licensing.consistent"
GEO = "interoperability.geo"

VALIDATOR = ("import argparse\nimport sys\n\nfrom frictionless import validate\n\n\ndef main():\n"
             "    parser = argparse.ArgumentParser(description='Valide un fichier BAL')\n    parser.add_argument('fichier')\n"
             "    parser.add_argument('--version', default='1.1')\n    args = parser.parse_args()\n"
             "    rapport = validate(args.fichier, schema=f'schemas/v{args.version}/adr_schema_v{args.version}.json')\n"
             "    print(rapport.valid)\n    return 0 if rapport.valid else 1\n\n\nif __name__ == '__main__':\n    sys.exit(main())\n")


def _schema(version: str) -> str:
    fields = [{"name": "cle_interop", "type": "string", "description": "clé d'interopérabilité"},
              {"name": "numero", "type": "integer"},
              {"name": "voie_nom", "type": "string"},
              {"name": "x", "type": "string", "description": "système de projection légal en vigueur sur le territoire concerné"},
              {"name": "y", "type": "string", "description": "système de projection légal en vigueur sur le territoire concerné"},
              {"name": "long", "type": "string", "description": "coordonnées exprimées en WGS84"},
              {"name": "lat", "type": "string", "description": "coordonnées exprimées en WGS84"},
              {"name": "date_der_maj", "type": "date"}]
    return json.dumps({"$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json", "name": "adresses_locales",
                       "title": "Adresses locales", "version": version,
                       "licenses": [{"title": "CC BY-NC-ND 4.0", "name": "CC BY-NC-ND 4.0",
                                     "path": "https://creativecommons.org/licenses/by-nc-nd/4.0/deed.fr"}], "fields": fields}, ensure_ascii=False, indent=2) + "\n"


SPEC = {"README.md": "# Adresses locales\n\nLe format d'échange des adresses locales, ses schémas et un validateur.\n",
        "schemas/v1.0/adr_schema_v1.0.json": _schema("1.0"), "schemas/v1.1/adr_schema_v1.1.json": _schema("1.1"),
        "schemas/v1.1/adr_exemple_v1.1.csv": "cle_interop;numero;voie_nom;x;y;long;lat;date_der_maj\n35238_0100_00004;4;rue de la Paix;351000.10;6789000.20;-1.68;48.11;2024-01-02\n",
        "schemas/validateur.py": VALIDATOR, "schemas/requirements.txt": "frictionless\n"}


def test_table_schemas_named_their_own_way_make_a_data_specification(tmp_path):
    report, res = judge(tmp_path, SPEC, [DATA, GEO], name="adresses")
    assert report["facts"]["project"]["kind"] == "data-specification", report["facts"]["project"]
    assert sorted(res[DATA]["details"]["table_schemas"]) == ["schemas/v1.0/adr_schema_v1.0.json", "schemas/v1.1/adr_schema_v1.1.json"], res[DATA]["details"]
    assert "legal reference system: yes" in res[GEO]["message"]["en"], res[GEO]["message"]
    assert res[GEO]["status"] == "pass", res[GEO]["message"]


def test_near_miss_other_fields_lists_are_no_table_schema(tmp_path):
    files = {"README.md": "# Export des adresses\n\nUn outil en ligne de commande qui exporte les adresses.\n",
             "export.py": VALIDATOR,
             "config/columns.json": json.dumps({"name": "export", "fields": ["numero", "voie_nom"], "dependencies": {}}) + "\n",
             "data/couche.json": json.dumps({"geometryType": "esriGeometryPoint", "features": [],
                                              "fields": [{"name": "OBJECTID", "type": "esriFieldTypeOID"}, {"name": "nom", "type": "esriFieldTypeString"}]}) + "\n",
             "schemas/adresse.avsc.json": json.dumps({"type": "record", "name": "Adresse", "fields": [{"name": "numero", "type": "string"}]}) + "\n",
             "data/zones.geojson.json": json.dumps({"type": "FeatureCollection", "fields": [{"name": "id", "type": "string"}], "features": []}) + "\n"}
    report, res = judge(tmp_path, files, [DATA], name="export")
    assert res[DATA]["details"]["table_schemas"] == [], res[DATA]["details"]
    assert report["facts"]["project"]["kind"] != "data-specification", report["facts"]["project"]


def test_the_schemas_licenses_state_the_specifications_licence_when_the_root_states_none(tmp_path):
    _report, res = judge(tmp_path, SPEC, [OPEN, CONSISTENT], name="adresses")
    assert res[OPEN]["status"] == "fail" and "CC-BY-NC-ND-4.0" in res[OPEN]["message"]["en"], res[OPEN]["message"]
    assert res[CONSISTENT]["status"] == "pass" and "CC-BY-NC-ND-4.0" in res[CONSISTENT]["message"]["en"], res[CONSISTENT]["message"]


def test_near_miss_a_root_licence_is_not_contradicted_by_schemas_in_folders(tmp_path):
    from tests.test_licensing_checks import text

    _report, res = judge(tmp_path, {**SPEC, "LICENSE": text("MIT")}, [OPEN, CONSISTENT], name="adresses")
    assert res[OPEN]["status"] == "pass" and "MIT" in res[OPEN]["message"]["en"], res[OPEN]["message"]
    assert res[CONSISTENT]["status"] == "pass" and "CC-BY" not in res[CONSISTENT]["message"]["en"], res[CONSISTENT]["message"]

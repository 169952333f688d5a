"""scaling.personal-data by what a table describes, people or equipment (issue 12, session 22 fixer d6).

(1) A street-lighting PostGIS model (an EPCI's) keeps each lighting cabinet's electricity delivery point (``num_pdl_armoire``
in ``armoire``): it was read as a household's meter. A public installation's meter is its authority's contract, no personal
data. (2) A cycling-accident analysis committed a GeoJSON extract of the national sports-facilities census, whose phone and
mail columns are the facilities' switchboards: flagged as personal data. (3) Conversely an AI platform's accounts import
template ``user-import.example.csv`` (``Name,Email,Password,Role``, no rows) is the instance's model of its staff accounts and
was not read. Made-up files of the same shapes; the neighbours (a household's meter, a people layer, a data set's CSV with an
e-mail column) keep their verdicts."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CID = "scaling.personal-data"
README = "# Modèle\n\nModèle de données de la collectivité.\n"


def _result(tmp_path, files):
    return results(run_audit(build(tmp_path / "r", {"README.md": README, **files}), tmp_path / "c", [CID]))[CID]


def _fields(r):
    return sorted(f for e in r["evidence"] if isinstance(e.get("value"), dict) for f in e["value"].get("fields", []))


CABINET = ("CREATE TABLE eclairage.armoire (\n    id_armoire serial PRIMARY KEY,\n    nom_armoire varchar(50),\n"
           "    num_pdl_armoire varchar(14),\n    puissance_souscrite numeric,\n    geom geometry(Point, 3948)\n);\n"
           "CREATE TABLE eclairage.point_lumineux (\n    id_pl serial PRIMARY KEY,\n    id_armoire integer,\n    hauteur numeric\n);\n")


def test_a_lighting_cabinets_delivery_point_is_no_personal_data(tmp_path):
    r = _result(tmp_path, {"scripts_sql/init.sql": CABINET})
    assert r["status"] == "pass", (r["message"], _fields(r))


def test_a_households_meter_stays_personal_data(tmp_path):
    sql = "CREATE TABLE conso.releve_foyer (\n    id serial PRIMARY KEY,\n    num_pdl varchar(14),\n    kwh numeric\n);\n"
    r = _result(tmp_path, {"scripts_sql/init.sql": sql})
    assert r["status"] == "warn" and "num_pdl (energy)" in _fields(r), (r["message"], _fields(r))


def _layer(name, props):
    doc = {"type": "FeatureCollection", **({"name": name} if name else {}),
           "features": [{"type": "Feature", "properties": props, "geometry": {"type": "Point", "coordinates": [2.45, 48.78]}}]}
    return json.dumps(doc) + "\n"


FACILITY = {"equip_nom": "Gymnase des Tilleuls", "num_tel": "0100000000", "mail": None, "equip_type": "Salle multisports"}


def test_a_facilities_layers_switchboard_is_no_personal_data(tmp_path):
    r = _result(tmp_path, {"DONNEES/centroid_equipements_sportifs.geojson": _layer("centroid_equipements_sportifs", FACILITY),
                           "DONNEES/equipements_sportifs_territoire.geojson": _layer(None, FACILITY)})
    assert r["status"] in ("pass", "not_applicable") and not _fields(r), (r["message"], _fields(r))  # (a layer is no schema)


def test_a_layer_of_people_stays_personal_data(tmp_path):
    person = {"nom": "Exemple", "prenom": "Jeanne", "num_tel": "0100000000", "mail": "x@exemple.org"}
    r = _result(tmp_path, {"DONNEES/benevoles_equipements.geojson": _layer(None, person)})
    assert r["status"] == "warn", (r["message"], _fields(r))


def test_an_accounts_import_template_is_a_model_of_people(tmp_path):
    r = _result(tmp_path, {"plateforme/gabarits/user-import.example.csv": "Name,Email,Password,Role\n"})
    assert r["status"] == "warn" and {"Email (email)", "Name (identity)"} <= set(_fields(r)), (r["message"], _fields(r))


def test_a_data_sets_csv_with_an_email_column_is_not_read_as_a_model(tmp_path):
    csv = "nom_equipement;commune;telephone;email\nPiscine;Exempleville;0100000000;\nStade;Exempleville;0100000001;\n"
    r = _result(tmp_path, {"donnees/equipements.csv": csv})
    assert r["status"] != "warn", (r["message"], _fields(r))

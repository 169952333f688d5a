"""scaling.personal-data: a committed GeoJSON data layer whose features name people (a full name) beside their postal address, phone
or e-mail is a committed list of people, as a CSV table with that header is (issue 12, s44 fn44 = reader rj44's
ADTPAspres/Compostage.individuel.Thuir.github.io).

That qgis2web map of the composters given to a town's households wraps its layer in layers/*.js (`var json_X = {FeatureCollection}`)
whose properties, cut to ten letters by a shapefile, give each household's name, address and phone, shown in the map's pop-ups.
personal-data said "No database schema or model read" (not_applicable): only logs, CSV/TSV tables and workbooks were read. Data
layers are read now (bounded, parsed as JSON). Near misses: a layer of bins with commune and address but no person's name, and a
layer of recycling centres named "Déchetterie TOWN" with their phone, stay not_applicable. The layers are written for these tests."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"
INDEX = ("<!doctype html><html><head><script src=\"layers/Composteurs_2.js\"></script></head>"
         "<body><div id=\"map\"></div></body></html>\n")
PEOPLE = [("MARTINOT Claire", "3 rue des Lilas"), ("ROUSSEL Hugo", "12 avenue du Canigou"), ("BESNARD Lina", "5 impasse des Vignes"),
          ("CARRE Paul", "8 chemin du Moulin"), ("Sophie LEGRAND", "1 place de l'Eglise")]


def _layer(props: list[dict], name: str = "Composteurs_2") -> str:
    features = [{"type": "Feature", "properties": p, "geometry": {"type": "Point", "coordinates": [2.76 + k / 1000, 42.63]}}
                for k, p in enumerate(props)]
    return f"var json_{name} = " + json.dumps({"type": "FeatureCollection", "name": name, "features": features}, ensure_ascii=False)


def _files(layer: str) -> dict:
    return {"index.html": INDEX, "layers/Composteurs_2.js": layer, "README.md": "# Composteurs\n"}


def test_a_map_layer_of_residents_with_addresses_and_phones_is_published_personal_data(tmp_path):
    props = [{"Nom de l'a": n, "Adresse de": a, "Commune": "VILLENEUVE", "Coordonn": f"04.68.00.00.{k:02d}", "Mail": None}
             for k, (n, a) in enumerate(PEOPLE)]
    r = check_result(tmp_path, _files(_layer(props)), CID)
    assert r["status"] == "fail" and "layers/Composteurs_2.js" in r["message"]["en"], (r["message"], r["evidence"])
    assert r["evidence"][0]["value"]["records"] == 5 and "Nom de l'a" in r["evidence"][0]["value"]["fields"], r["evidence"]


def test_a_geojson_file_of_residents_is_read_as_well(tmp_path):
    props = [{"nom": n, "adresse": a} for n, a in PEOPLE]
    files = {"index.html": INDEX, "data/foyers.geojson": _layer(props).split(" = ", 1)[1], "README.md": "# Composteurs\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "fail" and "data/foyers.geojson" in r["message"]["en"], (r["message"], r["evidence"])


def test_near_miss_a_layer_of_bins_with_commune_and_address_names_nobody(tmp_path):
    props = [{"id": str(k), "Type": "Borne", "Commune": "VILLENEUVE", "Adresse": a} for k, (_, a) in enumerate(PEOPLE)]
    r = check_result(tmp_path, _files(_layer(props)), CID)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])


def test_near_miss_a_layer_of_recycling_centres_named_after_their_town(tmp_path):
    towns = ["MILLAS", "CAMELAS", "CASTELNOU", "LLAURO", "TORDERES"]
    props = [{"Nom": f"Déchetterie {t}", "Adresse": "route de la Gare", "Téléphone": "04.68.00.00.00"} for t in towns]
    r = check_result(tmp_path, _files(_layer(props)), CID)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])


def _map(layer: str) -> dict:
    other = [{"id": str(k), "Type": "Centre"} for k in range(3)]
    return {**_files(layer), "layers/Secteurs_1.js": _layer(other, "Secteurs_1"), "layers/Sites_3.js": _layer(other, "Sites_3"),
            "layers/Zones_4.js": _layer(other, "Zones_4")}


def test_the_data_licence_advice_asks_first_to_remove_the_layer_of_people(tmp_path):
    props = [{"Nom de l'a": n, "Adresse de": a, "Coordonn": f"04.68.00.00.{k:02d}"} for k, (n, a) in enumerate(PEOPLE)]
    r = check_result(tmp_path, _map(_layer(props)), "licensing.data-and-docs")
    advice = r["remediation"]["en"]
    assert r["status"] == "fail" and advice.startswith("First, remove") and "layers/Composteurs_2.js" in advice, r["remediation"]
    assert "Licence Ouverte" in advice.split("Then, for the rest:")[1], r["remediation"]


def test_near_miss_the_data_licence_advice_for_a_layer_of_bins_is_unchanged(tmp_path):
    props = [{"id": str(k), "Type": "Borne", "Commune": "VILLENEUVE", "Adresse": a} for k, (_, a) in enumerate(PEOPLE)]
    r = check_result(tmp_path, _map(_layer(props)), "licensing.data-and-docs")
    assert r["status"] == "fail" and "remove" not in r["remediation"]["en"] and "Licence Ouverte" in r["remediation"]["en"], r["remediation"]

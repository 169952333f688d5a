"""scaling.personal-data: residents' names with mis-encoded accents still count (issue 12, s45 fa45 =
ADTPAspres/Compostage.individuel.Thuir.github.io).

A qgis2web map wraps its layer of households given a composter (layers/Composteursindividuels_2.js) with each resident's name,
address and phone. The shapefile's Latin-1 names were exported as UTF-8 with their accents lost to the replacement character
("V\\ufffdronique", "Ren\\ufffd"), so 119 of the 477 names did not read as names and the finding said 358 people. A name whose
accents are mis-encoded (the replacement character, or UTF-8 read as Windows-1252: "HÃ©lÃ¨ne") is a name all the same; in a
layer found to name people, "SURNAME Jean Paul", "SURNAME sylvie" and a couple's "A / B Firstname" are counted too.
Near miss: a layer of places with the same mis-encoding ("D\\ufffdchetterie MILLAS") is still no list of people.
"""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

README = "# Composteurs\n\nCarte des composteurs distribués.\n"
CLEAN = ["MARTEL Julien", "ROUSSEL Claire", "BERTHOU Pascal", "QUINTANE Sophie", "LAFARGUE Nadia", "VIDALOU Thomas"]
GARBLED = ["CASTAGNE H\ufffdl\ufffdne", "DOMERGUE Ren\ufffd", "FABREGAS C\u00c3\u00a9line", "GINESTOU J\u00c3\u00a9r\u00c3\u00b4me"]
# (and, once the layer is known to name people, the other shapes its names take: two first names, a lower-case one, a couple's)
OTHER = ["SALVAT Jean Paul", "PUJOL sylvie", "MOURET / CAMBON Agn\ufffds"]


def _layer(names: list[str], var: str) -> str:
    features = [{"type": "Feature", "properties": {"Nom de l'a": name, "Adresse de": f"{i + 3}, rue des Lilas", "Commune": "VILLENEUVE",
                                                   "Coordonn\ufffd\ufffd": f"04.68.00.{i + 10:02d}.{i + 20:02d}"},
                 "geometry": {"type": "Point", "coordinates": [2.76 + i / 1000, 42.63]}} for i, name in enumerate(names)]
    collection = {"type": "FeatureCollection", "name": var, "features": features}
    return f"var json_{var} = " + json.dumps(collection, ensure_ascii=False) + ";\n"


def _personal(tmp_path, layer, name):
    files = {"README.md": README, "index.html": "<html><body><div id='map'></div><script src='layers/Composteurs_1.js'></script></body></html>\n",
             "layers/Composteurs_1.js": layer}
    return judge(tmp_path, files, ["scaling.personal-data"], name=name)[1]["scaling.personal-data"]


def test_residents_names_with_mis_encoded_accents_are_counted(tmp_path):
    r = _personal(tmp_path, _layer(CLEAN + GARBLED + OTHER, "Composteurs_1"), "r")
    assert r["status"] == "fail", r
    ev = next(e for e in r["evidence"] if e["path"] == "layers/Composteurs_1.js")
    assert ev["value"]["records"] == 13 and ev["value"]["contacts"] == 13, ev  # was 6: four mis-encoded names and three other shapes missed


def test_places_with_mis_encoded_names_are_still_no_people(tmp_path):
    places = ["D\ufffdchetterie MILLAS", "D\ufffdchetterie THUIR", "\ufffdcole JULES FERRY", "Place JEAN JAUR\ufffdS", "Mairie CORNEILLA",
              "D\ufffdchetterie ILLE", "Stade PIERRE BRUNET", "M\ufffddiath\ufffdque TERRATS"]
    r = _personal(tmp_path, _layer(places, "Composteurs_1"), "p")
    assert r["status"] != "fail" and "layer" not in r["message"]["en"], r

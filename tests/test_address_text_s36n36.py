"""A directory's contact address shown as text is no address the API Adresse would serve (issue 12, s36 n36 = verifier v20a on
reader m33o1's PnMercantour/PAEC).

PAEC: a national park's Dash dashboard whose maps draw the IGN Géoplateforme's WMTS (map.py) and whose directory of farmers
(annuaire.py, data.py) shows each farmer's and each group's 'adresse', a free-text postal address read from the GeoJSON its SQL
exports (sql/exploitant.sql: nom, prenom, adresse, tel; the features have no geometry). interoperability.public-building-blocks
went pass 10 -> warn 5 advising "API Adresse pour géocoder": the bare key 'adresse' of a record with no other postal part beside it
(no postcode, town, street, coordinates) was counted as an address handled. Rule now: such a free-text address counts where the
project takes it in (a form's or an input's field, the place an address autocomplete serves) or geocodes addresses (a geocoder
call: geocode…, Nominatim, Photon, the API Adresse); merely stored and shown, it is contact text, no need for the BAN.
Near misses: the same directory geocoded through Nominatim, or with its address typed in a form's input, keeps the advice."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"

APP = ("from dash import Dash, html\nimport dash_bootstrap_components as dbc\nimport annuaire\nimport map\n"
       "from config import app\n\napp.layout = dbc.Container([html.H1('Tableau de bord'), map.component, annuaire.component])\n"
       "server = app.server\n")
MAP = ("import dash_leaflet as dl\n\nplan = dl.TileLayer(\n    url='https://data.geopf.fr/wmts?' +\n"
       "    '&REQUEST=GetTile&SERVICE=WMTS&VERSION=1.0.0&STYLE=normal&TILEMATRIXSET=PM&FORMAT=image/png' +\n"
       "    '&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',\n    maxZoom=19,\n)\n"
       "component = dl.Map([plan], center=[44.1, 7.0], zoom=10)\n")
DATA = ("import json\n\n\ndef to_dict(rows, key='id'):\n    return {r[key]: r for r in rows}\n\n\n"
        "with open('assets/groupe.json') as f:\n    groupes = to_dict(dict(g['properties']) for g in json.load(f)['features'])\n"
        "groupes[0] = {\"id\": 0, \"nom_complet\": \" -- Indépendants --\",\n"
        "              \"type\": None, \"nom\": None, \"adresse\": None}\n\n"
        "with open('assets/eleveur.json') as f:\n    eleveurs = to_dict(dict(e['properties']) for e in json.load(f)['features'])\n")
DIRECTORY = ("from dash import html, dcc, Input, Output, callback, no_update\nfrom data import groupes, eleveurs\n\n"
             "groupe_adresse = html.Div('Adresse du groupe')\neleveur_adresse = html.Div('Adresse')\n"
             "component = html.Div([dcc.Dropdown(id='groupe'), groupe_adresse, dcc.Dropdown(id='eleveur'), eleveur_adresse])\n\n\n"
             "@callback(Output(groupe_adresse, 'children'), Output(eleveur_adresse, 'children'),\n"
             "          Input('groupe', 'value'), Input('eleveur', 'value'))\n"
             "def update(groupe_id, eleveur_id):\n    return (\n"
             "        groupes[groupe_id]['adresse'] if groupe_id is not None else None,\n"
             "        eleveurs[eleveur_id]['adresse'] if eleveur_id is not None else None,\n    )\n")
EXPORT = ("WITH features AS (\n  SELECT\n    json_build_object('type', 'Feature', 'properties',\n"
          "      json_build_object('id', id, 'nom', nom, 'prenom', prenom,\n      'adresse', adresse, 'tel', tel)) feature\n"
          "  FROM\n    pasto.t_eleveur\n)\n"
          "SELECT json_build_object('type', 'FeatureCollection', 'features', json_agg(feature))::text FROM features;\n")
FILES = {"README.md": "# Tableau de bord des estives\n\nCartes des unités pastorales et annuaire des éleveurs.\n",
         "requirements.txt": "dash\ndash-bootstrap-components\ndash-leaflet\n",
         "app.py": APP, "map.py": MAP, "data.py": DATA, "annuaire.py": DIRECTORY,
         "config.py": "from dash import Dash\n\napp = Dash(__name__, title='Estives')\n",
         "sql/eleveur.sql": EXPORT,
         "bin/getdata": "#!/bin/sh\npsql -f sql/eleveur.sql -t -o assets/eleveur.json service=parc\n"}


def _pbb(tmp_path, files, name):
    return judge(tmp_path, files, [BB], name=name)[1][BB]


def test_a_directorys_contact_address_shown_as_text_needs_no_address_block(tmp_path):
    r = _pbb(tmp_path, FILES, "annuaire")
    assert "Géoplateforme IGN" in r["details"]["building_blocks"], r["details"]
    assert r["status"] == "pass" and r["score"] == 10, (r["score"], r["message"], r.get("remediation"))
    assert "API Adresse" not in str(r.get("remediation")), r["remediation"]


def test_the_same_addresses_geocoded_through_nominatim_keep_the_advice(tmp_path):
    # (near miss: the project geocodes the directory's addresses with another service than the national reference)
    geocode = ("from geopy.geocoders import Nominatim\nfrom data import eleveurs\n\ngeolocator = Nominatim(user_agent='estives')\n\n\n"
               "def positions():\n    return {i: geolocator.geocode(e['adresse']) for i, e in eleveurs.items()}\n")
    r = _pbb(tmp_path, {**FILES, "positions.py": geocode}, "nominatim")
    assert r["status"] == "warn" and r["score"] < 10, (r["score"], r["message"])
    assert "API Adresse" in r["remediation"]["fr"] and "API Adresse" in r["remediation"]["en"], r["remediation"]


def test_an_address_typed_in_a_forms_input_keeps_the_advice(tmp_path):
    # (near miss: the directory's address is entered in an input, where an address autocomplete would serve)
    form = ("from dash import html, dcc\n\nform = html.Form([\n    dcc.Input(id='nom', type='text'),\n"
            "    dcc.Input(id='adresse', type='text', placeholder='Adresse'),\n])\n")
    r = _pbb(tmp_path, {**FILES, "saisie.py": form}, "saisie")
    assert r["status"] == "warn" and "API Adresse" in r["remediation"]["en"], (r["score"], r["message"], r.get("remediation"))
    assert any(e.get("path") == "saisie.py" for e in r["evidence"]) or r["details"]["building_blocks"], r["evidence"]

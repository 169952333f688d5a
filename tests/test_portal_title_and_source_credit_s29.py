"""A word a page shows or a source credit, taken as the feature (issue 12, session 29 fixer d29; reader s28 m20o2: a cross-border
grouping's static Leaflet map of markets, "GEOPORTAL AECT/GÉOPORTAIL GECT").

- interoperability.public-building-blocks and .geo: the portal's own title `<h1>…GÉOPORTAIL GECT</h1>` and its help panel's
  "<p>À propos du GEOPORTAIL</p>" credited IGN's Géoplateforme, while the map reads OpenStreetMap and Esri tiles. Local
  authorities call their own map portal a "géoportail": IGN's service counts from its address, its SDK or a setting, not from a
  word a visitor reads. A page that loads IGN's tiles keeps its credit.
- interoperability.identifiers: `{fuente: "65 - SIREN / 64 - Tourisme 64 / Huesca - AragonOpenData"}`, a layer's source credit,
  read as a SIREN field. A mapping's `source: "siren"` (one word) still names a column.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BLOCKS, GEO, IDS = "interoperability.public-building-blocks", "interoperability.geo", "interoperability.identifiers"
PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>Marchés</title>\n"
        "  <link rel=\"stylesheet\" href=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.css\">\n"
        "  <script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"></script>\n</head>\n<body>\n"
        "  <header>\n    <h1>GEOPORTAL AECT/GÉOPORTAIL GECT</h1>\n  </header>\n  <div id=\"map\"></div>\n"
        "  <script src=\"js/map.js\"></script>\n</body>\n</html>\n")
MAP = ("var map = L.map('map').setView([43.0, -0.4], 9);\n"
       "var osm = L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {maxZoom: 19}).addTo(map);\n"
       "var capas = {\n    'restaurantes':\n        {fuente: \"65 - SIREN / 64 - Tourisme 64 / Huesca - AragonOpenData\"},\n"
       "    'mercados':\n        {fuente: \"Tourisme 64 / Huesca\"}\n};\n"
       "function ayuda() {\n    return `\n            <h3>À propos du GEOPORTAIL :</h3>\n"
       "            <p>Utilisez les liens pour naviguer entre les panneaux d'information disponibles dans le géoportail.</p>\n    `;\n}\n"
       "fetch('data/mercados.geojson').then(r => r.json()).then(d => L.geoJSON(d).addTo(map));\n")
SITE = {"index.html": PAGE, "js/map.js": MAP,
        "data/mercados.geojson": '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"nombre": "Pau"}, '
                                 '"geometry": {"type": "Point", "coordinates": [-0.37, 43.3]}}]}\n'}


def test_a_portals_own_title_and_help_text_are_no_ign_service(tmp_path):
    _, res = judge(tmp_path, SITE, [BLOCKS, GEO])
    assert "Géoplateforme IGN" not in res[BLOCKS]["details"]["building_blocks"], res[BLOCKS]["evidence"]  # was pass "Géoplateforme IGN"
    assert res[GEO]["details"]["ign"] is False, res[GEO]["evidence"]  # was "IGN …: yes" from index.html:11


def test_a_page_loading_ign_tiles_keeps_its_credit(tmp_path):
    ign = MAP.replace("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
                      "https://data.geopf.fr/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&TILEMATRIX={z}")
    _, res = judge(tmp_path, {**SITE, "js/map.js": ign}, [BLOCKS, GEO], name="ign")
    assert "Géoplateforme IGN" in res[BLOCKS]["details"]["building_blocks"], res[BLOCKS]["evidence"]
    assert res[GEO]["details"]["ign"] is True
    # and the word in code, a layer the page's script names (not a text it shows), still counts
    named = MAP.replace("var osm = ", "var geoportail = L.geoportalLayer.WMTS({layer: 'ORTHOIMAGERY.ORTHOPHOTOS'});\nvar osm = ")
    _, res = judge(tmp_path, {**SITE, "js/map.js": named}, [GEO], name="named")
    assert res[GEO]["details"]["ign"] is True, res[GEO]["evidence"]


def test_a_layers_source_credit_is_no_identifier_field(tmp_path):
    _, res = judge(tmp_path, SITE, [IDS])
    assert "siren" not in (res[IDS]["details"].get("fields") or []), res[IDS]["evidence"]  # was warn "Identifier fields: siren"
    assert res[IDS]["status"] == "not_applicable", res[IDS]["message"]


def test_a_field_named_siren_stays_a_field(tmp_path):
    code = MAP + ("var mapping = {source: \"siren\", target: \"id\"};\n"
                  "function ficha(p) { return p.properties.siren; }\n")
    _, res = judge(tmp_path, {**SITE, "js/map.js": code}, [IDS], name="field")
    assert "siren" in res[IDS]["details"]["fields"], res[IDS]

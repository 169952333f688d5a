"""interoperability.geo (issue 12, s43 fc43 = spelhate/cit): a static site's map.svg, made with mapshaper from a GeoJSON of
Brittany's EPCI, holds 65 <path id="<SIREN>|<name>"> shapes the page injects and makes clickable; the check said "The service
handles no detectable map or geographic data". An SVG whose paths are territories named by their codes is a map, a geographic
file in an open format. Near misses: an Inkscape drawing (path12, path4521) and an icon stay no map."""

from __future__ import annotations

from auditor.facts.svg_maps import coded_territories
from tests.test_local_authority_verdicts import judge

CID = "interoperability.geo"
EPCI = [("242900314", "Brest Métropole"), ("200043123", "Auray Quiberon Terre Atlantique"), ("243500139", "Rennes Métropole"),
        ("200067932", "Lannion-Trégor Communauté"), ("242900074", "Quimper Bretagne Occidentale"), ("245614433", "Golfe du Morbihan"),
        ("200068120", "Lorient Agglomération"), ("200069409", "Saint-Brieuc Armor Agglomération"), ("243500782", "Vitré Communauté"),
        ("200039022", "Fougères Agglomération"), ("242200715", "Dinan Agglomération")]
MAP = ('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="618" viewBox="0 0 800 618">\n<g id="map2">\n'
       + "".join(f'<path d="M {100 + k} {200 + k} {140 + k} {230 + k} {120 + k} {260 + k} Z" id="{c}|{n}"/>\n' for k, (c, n) in enumerate(EPCI))
       + "</g>\n</svg>\n")
DRAWING = MAP.replace('id="2', 'id="path2').replace("|", "x")
MAP_JS = ("var container = document.getElementById('map');\n$.get('map.svg', function (svg) {\n"
          "  container.append(svg.querySelector('svg'));\n  container.querySelectorAll('path').forEach(function (p) {\n"
          "    var code = p.id.split('|')[0];\n    p.addEventListener('click', function () { ouvrir(code); });\n  });\n});\n")
SITE = {"README.md": "# Carte des EPCI\n\nIndex des fiches des intercommunalités de Bretagne.\n",
        "index.html": ('<!DOCTYPE html>\n<html lang="fr">\n<head><meta charset="utf-8"><title>EPCI</title></head>\n<body>\n<div id="map"></div>\n'
                       '<script src="map.js"></script>\n</body>\n</html>\n'), "map.js": MAP_JS}


def test_an_svg_of_territories_named_by_their_codes_is_a_map(tmp_path):
    _, res = judge(tmp_path, {**SITE, "map.svg": MAP}, [CID])
    r = res[CID]
    assert r["status"] != "not_applicable", r["message"]  # was not_applicable "handles no detectable map"
    assert "open geographic format: yes" in r["message"]["en"], r["message"]


def test_a_drawing_and_an_icon_are_no_map(tmp_path):
    assert coded_territories(MAP) and not coded_territories(DRAWING)
    _, res = judge(tmp_path, {**SITE, "map.svg": DRAWING, "img/loupe.svg": '<svg viewBox="0 0 24 24"><path id="p1" d="M1 1L2 2z"/></svg>\n'},
                   [CID], name="d")
    assert res[CID]["status"] == "not_applicable", res[CID]["message"]

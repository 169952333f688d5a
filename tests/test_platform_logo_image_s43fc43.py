"""interoperability.public-building-blocks (issue 12, s43 fc43 = spelhate/cit): a static site's header shows a partner's logo served
by GéoBretagne's web server (<img src="https://geobretagne.fr/apps/…/home/logo_megalis.svg">); its list is its own data.json, its map
its own map.svg. The check passed "building blocks used: Plateforme régionale de données géographiques". An image fetched from a
platform's host uses none of its services. Near miss: the same site drawing the platform's WMS layer keeps the building block."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.public-building-blocks"
PAGE = ('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<title>Services numériques</title>\n'
        '<link rel="stylesheet" href="style.css">\n</head>\n<body>\n<header>\n'
        '  <img src="https://geobretagne.fr/apps/partenaire/home/logo_partenaire.svg" alt="Logo">\n'
        '  <h1>Statistiques des services numériques</h1>\n</header>\n<main><ul id="liste"></ul></main>\n'
        '<script src="app.js"></script>\n</body>\n</html>\n')
APP = ("fetch('data.json').then(r => r.json()).then(items => {\n  const ul = document.getElementById('liste');\n"
       "  items.forEach(i => { const li = document.createElement('li'); li.textContent = i.nom; ul.appendChild(li); });\n});\n")
FILES = {"README.md": "# Services numériques\n\nStatistiques d'usage des services numériques par intercommunalité.\n",
         "index.html": PAGE, "app.js": APP, "style.css": "body { margin: 0; }\n",
         "data.json": '[{"nom": "Brest métropole", "code": "242900314"}]\n'}
WMS = ("const map = L.map('carte').setView([48.2, -2.9], 8);\n"
       "L.tileLayer.wms('https://geobretagne.fr/geoserver/ows', {layers: 'epci', format: 'image/png'}).addTo(map);\n")


def test_a_logo_served_by_a_platform_s_host_is_no_building_block(tmp_path):
    _, res = judge(tmp_path, FILES, [CID])
    r = res[CID]
    assert "Plateforme régionale de données géographiques" not in (r["details"].get("building_blocks") or []), r  # was pass 10
    assert r["status"] != "pass", r


def test_the_platform_s_wms_layer_stays_a_building_block(tmp_path):
    _, res = judge(tmp_path, {**FILES, "carte.js": WMS}, [CID], name="w")
    assert "Plateforme régionale de données géographiques" in res[CID]["details"]["building_blocks"], res[CID]

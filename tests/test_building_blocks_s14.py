"""Session 14 (h3), issue 12 (s13 r2: an embeddable widget of a river basin's syndicat): interoperability.public-building-blocks
said a Preact app "handles no address, place or map" while it draws a Leaflet map of gauging stations and reads them from
the national water data API (Hub'Eau, hubeau.eaufrance.fr), which the check did not know as a public building block."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"
PACKAGE = '{"name": "widget", "private": true, "dependencies": {"preact": "^10.0.0", "leaflet": "^1.9.4"}}\n'
MAP = ("import Leaflet from 'leaflet'\nimport 'leaflet/dist/leaflet.css'\n\nexport function Map({ points }) {\n"
       "  const map = Leaflet.map('mapid', { zoomControl: false })\n"
       "  Leaflet.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map)\n"
       "  for (const p of points) Leaflet.circleMarker([p.y, p.x]).addTo(map)\n  return null\n}\n")
API = ("const WATER_API = import.meta.env.WATER_API || 'https://hubeau.eaufrance.fr/api/v2/hydrometrie'\n\n"
       "export async function stations(code) {\n  const res = await fetch(`${WATER_API}/referentiel/stations?code_departement=${code}`)\n"
       "  return (await res.json()).data\n}\n")
FILES = {"package.json": PACKAGE, "README.md": "# Niveaux\n\nUn widget qui montre les hauteurs d'eau des stations.\n",
         "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"app\"></div><script type=\"module\" src=\"/src/main.jsx\"></script></body></html>\n",
         "src/main.jsx": "import { render } from 'preact'\nimport { Map } from './components/map.jsx'\n\nrender(<Map points={[]} />, document.getElementById('app'))\n",
         "src/components/map.jsx": MAP}


def test_a_leaflet_map_declared_and_drawn_is_a_map(tmp_path):
    res = judge(tmp_path, FILES, [BB])[1][BB]
    assert res["status"] != "not_applicable", res["message"]
    assert res["details"]["building_blocks"] == []


def test_the_national_water_data_api_is_a_public_building_block(tmp_path):
    res = judge(tmp_path, {**FILES, "src/lib/api.js": API}, [BB])[1][BB]
    assert res["details"]["building_blocks"] == ["Hub'Eau (eaufrance)"], res["message"]
    assert res["status"] in ("warn", "pass") and "Hub'Eau" in res["message"]["fr"]
    assert any(e.get("path") == "src/lib/api.js" and e.get("line") == 1 for e in res["evidence"])


def test_a_page_without_map_nor_public_api_stays_out_of_scope(tmp_path):
    files = {**FILES, "package.json": PACKAGE.replace(', "leaflet": "^1.9.4"', ""),
             "src/components/map.jsx": "export function Map() {\n  return <p>Bonjour</p>\n}\n"}
    assert judge(tmp_path, files, [BB])[1][BB]["status"] == "not_applicable"


def test_the_national_address_and_cadastre_files_are_public_building_blocks(tmp_path):
    """(s14 h3, mirrors: an IGN geocoder indexing the BAN's files was said to use 'API Adresse'; a State API importing Etalab's
    cadastre and a front end fetching a commune's parcels from it used none)"""
    files = {**FILES, "src/lib/parcels.js": (
        "export const parcels = (commune) =>\n"
        "  fetch(`https://cadastre.data.gouv.fr/bundler/cadastre-etalab/communes/${commune}/geojson/parcelles`).then(r => r.json())\n"),
        ".env.sample": "BAN_URL=https://adresse.data.gouv.fr/data/ban/adresses/latest/csv/adresses-{dep}.csv.gz\n"}
    res = judge(tmp_path, files, [BB])[1][BB]
    assert res["details"]["building_blocks"] == ["Base Adresse Nationale (fichiers)", "Cadastre Etalab (fichiers)"], res["message"]

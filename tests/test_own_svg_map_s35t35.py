"""interoperability.geo (issue 12, s35 t35 = mytae-lp/observatoire-potabilite): a citizen observatory of tap-water quality, a data
pipeline (an analysis) whose published site, site/build_site.py, draws choropleth maps of départements as SVG: it reads the project's
own GeoJSON (referentiel/geo/departements-simplifie.geojson), projects each ring's longitude and latitude with its own function
(projeter(lon, lat)) and writes them as the d of an SVG <path>. The check said "warn 5: Open libraries: none": the map is drawn by
the project's own code, open with it, no proprietary library or service in between. Code of the project turning GeoJSON coordinates
or longitude/latitude pairs into SVG paths answers the library question ("yes, its own code"); so does a map drawn with d3-geo, an
open library (ISC) the check did not know. Near miss: an SVG logo or icon a program writes, even with a path taken from a
variable, is no map when nothing in that file reads coordinates: the old verdict stays. The files are written for these tests, in
the shape of that repository."""

from __future__ import annotations

from tests.test_data_pipeline_kind_s35l35 import OBSERVATOIRE, _step
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.geo"

GEOJSON = ('{"type": "FeatureCollection", "features": [\n'
           ' {"type": "Feature", "properties": {"code": "31", "nom": "Haute-Garonne"}, "geometry": {"type": "Polygon", '
           '"coordinates": [[[1.0, 43.0], [1.9, 43.1], [1.7, 43.9], [0.9, 43.8], [1.0, 43.0]]]}},\n'
           ' {"type": "Feature", "properties": {"code": "32", "nom": "Gers"}, "geometry": {"type": "Polygon", '
           '"coordinates": [[[0.0, 43.3], [0.9, 43.3], [0.9, 44.0], [0.0, 43.9], [0.0, 43.3]]]}}\n]}\n')

HUBEAU_GEO = ('"""Les communes d\'un département."""\nimport requests\n\nGEO = "https://geo.api.gouv.fr/departements/{}/communes"\n\n\n'
              'def communes(dept):\n    return requests.get(GEO.format(dept)).json()\n')

MAP_BODY = '''    gabarits = os.path.join(os.path.dirname(__file__), "gabarits")
    print(gabarits, carte_departements_svg({}))


GEOJSON = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "referentiel", "geo", "departements-simplifie.geojson")


def projeter(lon, lat, lat0=46.6):
    """Projection conique simple, suffisante à l'échelle de la France."""
    return lon * math.cos(math.radians(lat0)), -lat


def geo_departements():
    geo = json.load(open(GEOJSON, encoding="utf-8"))
    fonds = {}
    for f in geo["features"]:
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        fonds[f["properties"]["code"]] = [a for poly in polys for a in poly]
    return fonds


def carte_departements_svg(comptes, largeur=920):
    zones = []
    for code, anneaux in sorted(geo_departements().items()):
        traces = []
        for anneau in anneaux:
            trace = []
            for lon, lat in anneau:
                x, y = projeter(lon, lat)
                trace.append(f"{'M' if not trace else 'L'}{x * 10:.1f},{y * 10:.1f}")
            traces.append("".join(trace) + "Z")
        forme = (f'<path class="dept n{comptes.get(code, 0)}" '
                 f'd="{"".join(traces)}"/>')
        zones.append(forme)
    return f'<svg viewBox="0 0 {largeur} 800" role="img">{"".join(zones)}</svg>'
'''

LOGO_BODY = '''    gabarits = os.path.join(os.path.dirname(__file__), "gabarits")
    print(gabarits, marque(), icone("menu"))


GEOJSON = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "referentiel", "geo", "departements-simplifie.geojson")
ICONES = {"menu": "M4 7h16M4 12h16M4 17h16", "fleche": "M6 9l6 6 6-6"}


def noms_departements():
    geo = json.load(open(GEOJSON, encoding="utf-8"))
    return {f["properties"]["code"]: f["properties"]["nom"] for f in geo["features"]}


def marque():
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" role="img">'
            '<path d="M16 2.5C16 2.5 5.5 14.2 5.5 20.2a10.5 10.5 0 0 0 21 0C26.5 14.2 16 2.5 16 2.5z"/></svg>')


def icone(nom):
    return f'<svg viewBox="0 0 24 24" aria-hidden="true"><path d="{ICONES[nom]}"/></svg>'
'''


def _observatory(body: str) -> dict:
    files = dict(OBSERVATOIRE)
    step = _step("LA VITRINE, le seul objet publié : site/public/ depuis site/gabarits/.", True, body)
    files["site/build_site.py"] = step.replace("import argparse\n", "import argparse\nimport json\nimport math\n", 1)
    files["referentiel/geo/departements-simplifie.geojson"] = GEOJSON
    files["src/geo.py"] = HUBEAU_GEO
    return files


def test_a_map_the_projects_code_draws_as_svg_from_its_geojson_is_an_open_map(tmp_path):
    report, res = judge(tmp_path, _observatory(MAP_BODY), [CID])
    assert report["facts"]["project"]["kind"] == "analysis", report["facts"]["project"]
    r = res[CID]
    assert r["status"] == "pass", r["message"]
    assert "Open libraries: none" not in r["message"]["en"] and "own code" in r["message"]["en"], r["message"]
    assert "son propre code" in r["message"]["fr"], r["message"]
    assert any(e["path"] == "site/build_site.py" and "SVG" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


def test_an_svg_logo_or_icon_written_by_code_is_no_map(tmp_path):
    r = judge(tmp_path, _observatory(LOGO_BODY), [CID])[1][CID]
    assert r["status"] == "warn", r["message"]
    assert "Open libraries: none" in r["message"]["en"], r["message"]


D3_PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Carte des communes</title>
<script src="https://cdn.jsdelivr.net/npm/d3@7"></script></head>
<body><svg id="carte" width="800" height="800"></svg>
<script>
d3.json("communes.geojson").then(function (geo) {
  const projection = d3.geoConicConformal().parallels([44, 49]).rotate([-3, 0]).fitSize([800, 800], geo);
  d3.select("#carte").selectAll("path").data(geo.features).join("path").attr("d", d3.geoPath(projection));
});
</script></body></html>
"""


def test_a_map_drawn_with_d3_geo_is_drawn_by_an_open_library(tmp_path):
    files = {"README.md": "# Carte des communes\n\nLa carte des communes du territoire.\n", "index.html": D3_PAGE,
             "communes.geojson": GEOJSON}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    assert "Open libraries: none" not in r["message"]["en"], r["message"]
    assert any("geoPath" in str(e.get("value")) or "geoConicConformal" in str(e.get("value")) for e in r["evidence"]), r["evidence"]
    # (and declared in a package.json, d3-geo is an open library by its name)
    files = {"README.md": "# Carte\n", "package.json": '{"name": "carte", "dependencies": {"d3-geo": "^3.1.0", "d3-selection": "^3.0.0"}}\n',
             "src/carte.js": "import { geoPath, geoMercator } from 'd3-geo';\nexport const chemin = geoPath(geoMercator());\n",
             "data/communes.geojson": GEOJSON}
    r = results(run_audit(build(tmp_path / "p", files), tmp_path / "c2", [CID]))[CID]
    assert "d3-geo" in r["details"]["libraries"], r["message"]

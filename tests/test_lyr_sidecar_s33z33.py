"""scaling.vendor-lock-in (issue 12, s33 z33 = reader m27o2, datactivist/AUAT): an R project holding IGN's GEOFLA download
(data/departements/DEPARTEMENT.shp with the DEPARTEMENT.LYR style IGN ships beside it, and a macOS AppleDouble ._DEPARTEMENT.LYR) was
"Esri ArcGIS (2 LYR files)": a layer style shipped with the data set it styles is a sidecar, an AppleDouble file is no file of its type."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

FILES = {
    "README.md": "# Formation R\n\nCartes des départements avec sf et leaflet.\n",
    "carte.R": "library(sf)\nlibrary(leaflet)\ndep <- st_read('data/departements/DEPARTEMENT.shp')\nleaflet(dep) %>% addPolygons()\n",
    "data/departements/DEPARTEMENT.shp": "\x00\x00\x27\x0a shp",
    "data/departements/DEPARTEMENT.dbf": "\x03dbf",
    "data/departements/DEPARTEMENT.LYR": "\xd0\xcf\x11\xe0 lyr",
    "data/departements/._DEPARTEMENT.LYR": "\x00\x05\x16\x07Mac OS X",
}
CID = "scaling.vendor-lock-in"


def arcgis(r) -> bool:
    return "ArcGIS" in r["message"]["en"]


def test_a_data_sets_style_sidecar_and_appledouble_are_no_arcgis(tmp_path):
    r = results(run_audit(build(tmp_path / "r", FILES), tmp_path / "c", [CID]))[CID]
    assert not arcgis(r), r["message"]


def test_a_project_map_document_stays_arcgis(tmp_path):  # (near miss: a layer file of the project's own, no data set beside it)
    files = {**FILES, "cartes/reseau.lyr": "\xd0\xcf\x11\xe0 lyr"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    assert arcgis(r), r["message"]

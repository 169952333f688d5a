"""interoperability.public-building-blocks, geo, identifiers (issue 12, s40 fb40 = reader md39 #6, Cedrico59/signalement_travaux).

A commune's works-reporting web application keeps its contour as a hard-coded copy of the API's answer under a comment
"// Contour EXACT de la commune (source : geo.api.gouv.fr / geometry=contour)"; the app never calls the API (its only calls go to its
own server). The check said "building blocks used: API Découpage administratif", citing the comment — the local copy of reference
data its own advice asks to replace. A building block named only in a comment (its own line, a block, or after the code of the line)
is no use of it: it is used when the code calls its host. interoperability.geo and identifiers read the same signals and agree.
Near miss: the same application fetching the contour from geo.api.gouv.fr stays credited.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CIDS = ["interoperability.public-building-blocks", "interoperability.geo", "interoperability.identifiers"]

COPY = """// Contour de la commune (source : geo.api.gouv.fr / geometry=contour)
const TOWN_POLYGON = [
  [50.653496, 3.118930],
  [50.653182, 3.115914],
  [50.652712, 3.116315],
];
const TOWN_BOUNDS = L.latLngBounds(TOWN_POLYGON); /* bornes prises de geo.api.gouv.fr */

function isInTown(lat, lng) {
  return TOWN_BOUNDS.contains([lat, lng]);
}

async function save(report) {
  const res = await fetch(API_URL, { method: "POST", body: JSON.stringify(report) });
  return res.json();
}
"""

FETCH = """async function loadContour() {
  const url = "https://geo.api.gouv.fr/communes/59999?format=geojson&geometry=contour";
  const res = await fetch(url);
  return res.json();
}

async function save(report) {
  const res = await fetch(API_URL, { method: "POST", body: JSON.stringify(report) });
  return res.json();
}
"""

BASE = {"index.html": "<!doctype html><html lang=\"fr\"><head><link rel=\"stylesheet\" href=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.css\">"
                      "<script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"></script><script src=\"app.js\"></script></head>"
                      "<body><div id=\"map\"></div><form><input name=\"adresse\" placeholder=\"Adresse des travaux\"></form></body></html>\n",
        "README.md": "# Signalement de travaux\n\nApplication web de signalement des travaux de voirie de la commune, sur une carte.\n",
        "main.js": "const API_URL = 'https://example.org/exec';\nconst map = L.map('map').setView([50.67, 3.1], 14);\n"
                   "L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);\n"}


def audit_of(tmp_path, app_js):
    return results(run_audit(build(tmp_path / "r", {**BASE, "app.js": app_js}), tmp_path / "c", CIDS))


def test_an_api_named_in_a_comment_over_a_copy_of_its_data_is_no_use(tmp_path):
    r = audit_of(tmp_path, COPY)
    blocks = r["interoperability.public-building-blocks"]
    assert "Découpage" not in str(blocks["message"]), blocks["message"]  # was "building blocks used: API Découpage administratif"
    assert not any("geo.api.gouv" in str(e.get("value")) for e in blocks["evidence"]), blocks["evidence"]
    assert not r["interoperability.geo"]["details"].get("geo_api_gouv"), r["interoperability.geo"]["details"]
    assert not any("geo.api.gouv" in str(e.get("value")) for e in r["interoperability.identifiers"]["evidence"])


def test_a_real_call_of_the_api_stays_credited(tmp_path):
    r = audit_of(tmp_path, FETCH)
    assert "Découpage" in str(r["interoperability.public-building-blocks"]["message"]), r["interoperability.public-building-blocks"]["message"]
    assert r["interoperability.geo"]["details"].get("geo_api_gouv"), r["interoperability.geo"]["details"]

"""reusability.territory-neutral (issue 12, session 25 m25 = s24 o3 family 7, geopicardie/style-osm-geopicardie).

A regional GIS platform's basemap chain parses one region's OpenStreetMap extract, its path written in a Python script
(``parser.parse('/home/…/pbf/champagne-ardenne-latest.osm.pbf')``): the data of that region only, which a second territory changes
in the code. The check passed ("no territory value in the code"): a region's name was a signal in SQL filters only. A Geofabrik or
openstreetmap.fr extract file named after one region or one département, written in code, is now a value; the planet's, a
continent's or France's whole extract is none, and the same file set in a compose file is configuration.
"""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit

CID = "reusability.territory-neutral"
README = "# Fond de carte\n\nChaîne de production d'un fond de carte OpenStreetMap.\n"

SCRIPT = """from imposm.parser import OSMParser


class Compteur(object):
    def __init__(self):
        self.relations = []

    def routes(self, relations):
        for osmid, tags, refs in relations:
            if tags.get("type") == "route":
                self.relations.append(osmid)


compteur = Compteur()
p = OSMParser(concurrency=2, relations_callback=compteur.routes)
p.parse('{path}')
print(len(compteur.relations))
"""


def run(repo, tmp_path, files):
    path = repo([{"files": files, "date": "2026-02-02T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=[CID]))
    return report["results"][0]


@pytest.mark.parametrize(("path", "value"), [
    ("/home/agent/pbf/lorraine-latest.osm.pbf", "lorraine"),
    ("/srv/osm/grand_est-latest.osm.pbf", "grand_est"),
    ("https://download.geofabrik.de/europe/france/provence-alpes-cote-d-azur-latest.osm.pbf", "provence-alpes-cote-d-azur"),
    ("data/ille_et_vilaine.osm.pbf", "ille_et_vilaine"),
])
def test_one_regions_extract_in_code_is_a_territory_value(repo, tmp_path, path, value):
    r = run(repo, tmp_path, {"README.md": README, "post_import/routes/compter_routes.py": SCRIPT.replace("{path}", path)})
    assert r["status"] == "warn", (r["message"], r["evidence"])  # was pass: no territory value in the code
    assert [(e["path"], e["line"], e["value"]) for e in r["evidence"]] == [("post_import/routes/compter_routes.py", 16, value)], r["evidence"]
    assert "OpenStreetMap" in r["evidence"][0]["note"]["en"]


@pytest.mark.parametrize("path", ["/data/planet-latest.osm.pbf", "/data/france-latest.osm.pbf", "/data/europe-latest.osm.pbf",
                                  "/data/extrait.osm.pbf"])
def test_the_planet_a_continent_or_france_is_no_territory(repo, tmp_path, path):
    r = run(repo, tmp_path, {"README.md": README, "post_import/routes/compter_routes.py": SCRIPT.replace("{path}", path)})
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_a_regions_extract_set_in_a_compose_file_is_configuration(repo, tmp_path):
    compose = ("services:\n  import:\n    image: example/osm-import:1\n    environment:\n"
               "      OSM_PBF: https://download.geofabrik.de/europe/france/lorraine-latest.osm.pbf\n")
    r = run(repo, tmp_path, {"README.md": README, "docker-compose.yml": compose,
                             "post_import/routes/compter_routes.py": SCRIPT.replace("'{path}'", "os.environ['OSM_PBF']")})
    assert r["status"] == "pass", (r["message"], r["evidence"])

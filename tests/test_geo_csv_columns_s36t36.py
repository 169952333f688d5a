"""interoperability.geo (issue 12, s36 t36 = reader m35o3, mombouli1998/opendatametropole): a Spring Boot open-data portal draws a
Leaflet map on OpenStreetMap's tiles with one marker, and its /load controller reads scripts/amenagements-cyclables.csv (an
Opendatasoft export whose geo_shape column holds GeoJSON LineStrings, geo_point_2d "lat, lon") and scripts/waze-alerts.csv (a geom
column of "lat, lon") to serve them as datasets. The check passed on "markers on OSM; the service publishes and exchanges no
geographic data": the CSV tables' geometries were never read.

The project's own CSV tables whose columns carry geometries or positions (by header and values) and that its code names are
geographic data exchanged. Near misses: the same table no code names (the markers-on-OSM pass stays); a table with coordinates in a
project that draws no map (no map service: the check stays not applicable); a column named geom holding no geometry.
"""

from __future__ import annotations

from auditor.facts.csv_geo import geo_columns
from tests.test_reusability_fixtures import check_result

CID = "interoperability.geo"

PAGE = ('<!DOCTYPE html>\n<html lang="fr"><head><title>Accueil</title>\n'
        '<link rel="stylesheet" href="https://unpkg.com/leaflet@1.9.4/dist/leaflet.css"/>\n'
        '<script src="https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"></script></head>\n'
        '<body><div id="map"></div><script src="/js/accueil.js"></script></body></html>\n')
MAP_JS = ("// la carte de l'accueil\nvar map = L.map('map').setView([47.3220, 5.0415], 10);\n"
          "L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {\n    attribution: '© OpenStreetMap contributors'\n}).addTo(map);\n"
          "L.marker([47.3220, 5.0415]).addTo(map).bindPopup('Dijon').openPopup();\n")
CONTROLLER = ('package fr.iem.opendata.controllers;\n\nimport java.nio.file.*;\n\n/** Les jeux de données. */\n@Controller\n'
              'public class WordingController {\n    /** Charge les jeux de données. */\n    @GetMapping("/load")\n'
              '    public String load() throws Exception {\n'
              '        byte[] csv = Files.readAllBytes(Paths.get(System.getProperty("user.dir") + "/scripts/{name}"));\n'
              '        return "ok";\n    }\n}\n')
CYCLING = ('\ufeffAménagement cycle;Nom de la commune;Longueur en mètres;geo_shape;geo_point_2d\n'
           'Piste cyclable;Talant;249.9;"{""coordinates"": [[5.0145, 47.3351], [5.0139, 47.3357]], ""type"": ""LineString""}";47.3360, 5.0134\n'
           'Bande cyclable;Dijon;120.0;"{""coordinates"": [[5.04, 47.32], [5.05, 47.33]], ""type"": ""LineString""}";47.325, 5.045\n')


def portal(csv_name: str, named: str | None, with_map: bool = True) -> dict:
    files = {
        "README.md": "# Open Data Métropole\n\nPortail de données ouvertes de la métropole.\n",
        "OpendData/pom.xml": ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.iem</groupId><artifactId>opendata</artifactId>"
                              "<dependencies><dependency><groupId>org.springframework.boot</groupId>"
                              "<artifactId>spring-boot-starter-web</artifactId></dependency></dependencies></project>\n"),
        f"OpendData/scripts/{csv_name}": CYCLING,
        "OpendData/src/main/java/fr/iem/opendata/controllers/WordingController.java": CONTROLLER.replace("{name}", named or "autre.txt"),
    }
    if with_map:
        files["OpendData/src/main/resources/templates/accueil.html"] = PAGE
        files["OpendData/src/main/resources/static/js/accueil.js"] = MAP_JS
    return files


def test_csv_tables_geographic_columns():
    assert geo_columns(CYCLING) == ["geo_shape (GeoJSON)", "geo_point_2d (lat, lon)"]
    assert geo_columns("Voie;Type;geom;uuid\nRue de la Brot;HAZARD;47.348154, 5.073244;81b5\n") == ["geom (lat, lon)"]
    assert geo_columns("id,nom,latitude,longitude\n1,École,48.11,-1.68\n") == ["latitude, longitude"]
    assert geo_columns("id,wkt\n1,POINT (652000 6862000)\n") == ["wkt (WKT)"]
    # near misses: a geom column holding no geometry, a lat column without its longitude
    assert geo_columns("id,geom\n1,rectangle\n") == []
    assert geo_columns("id,lat\n1,48.1\n") == []


def test_a_portal_serving_a_csv_of_geometries_exchanges_geographic_data(tmp_path):
    r = check_result(tmp_path, portal("amenagements-cyclables.csv", "amenagements-cyclables.csv"), CID)
    assert not (r["details"] or {}).get("markers_on_osm"), r["message"]
    assert "geo_shape" in " ".join(str(e.get("value")) for e in r["evidence"]), r["evidence"]
    assert "GeoJSON or open geographic format: yes" in r["message"]["en"], r["message"]


def test_a_csv_no_code_reads_leaves_the_markers_on_osm_pass(tmp_path):
    r = check_result(tmp_path, portal("amenagements-cyclables.csv", None), CID)
    assert r["status"] == "pass" and (r["details"] or {}).get("markers_on_osm"), r["message"]


def test_a_csv_of_coordinates_without_a_map_stays_not_applicable(tmp_path):
    r = check_result(tmp_path, portal("amenagements-cyclables.csv", "amenagements-cyclables.csv", with_map=False), CID)
    assert r["status"] == "not_applicable", r["message"]

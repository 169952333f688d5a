"""interoperability.geo (issue 12, s44 fd44 = reader rc44, cazitouni/AdressesFr): a QGIS plugin reading the Géoplateforme geocoder's
FeatureCollection by its keys (json_object["features"][0]["geometry"]["coordinates"][0]) was said to use "GeoJSON or an open
geographic format: no". Code walking a parsed answer by a feature's geometry's coordinates reads GeoJSON (bracketed or dotted,
feature.geometry.coordinates), as the inline "type": "Point", "coordinates": form already counts. Near miss: an answer read by
other keys (an ArcGIS-style location's x and y) is no GeoJSON."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PLUGIN = '''import json

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.PyQt.QtNetwork import QNetworkRequest


class Recherche:
    def __init__(self, iface):
        self.iface = iface

    def on_reply(self, reply):
        answer = json.loads(reply.readAll().data())
        %s
        transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(4326), QgsProject.instance().crs(), QgsProject.instance())
        self.iface.mapCanvas().setCenter(transform.transform(QgsPointXY(x, y)))
'''


def geo(tmp_path, reading: str) -> dict:
    files = {"README.md": "# Recherche\n\nUn plugin QGIS de recherche d'adresse.\n", "metadata.txt": "[general]\nname=Recherche\nqgisMinimumVersion=3.16\n",
             "__init__.py": "def classFactory(iface):\n    from .recherche import Recherche\n    return Recherche(iface)\n",
             "recherche.py": PLUGIN % reading}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["interoperability.geo"]))
    return report["results"][0]


def test_a_feature_collection_read_by_its_keys_is_geojson(tmp_path):
    r = geo(tmp_path, 'x = answer["features"][0]["geometry"]["coordinates"][0]\n        y = answer["features"][0]["geometry"]["coordinates"][1]')
    assert "GeoJSON or open geographic format: yes" in r["message"]["en"], r["message"]


def test_near_miss_an_answer_read_by_other_keys_is_no_geojson(tmp_path):
    r = geo(tmp_path, 'x = answer["candidates"][0]["location"]["x"]\n        y = answer["candidates"][0]["location"]["y"]')
    assert "GeoJSON or open geographic format: no" in r["message"]["en"], r["message"]

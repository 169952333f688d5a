"""Issue 12, session 44 fixer ff44 (Ludo81/BilanLSF, an SDIS 81 Android app): interoperability.geo failed 3.0 "Open libraries:
org.osmdroid:osmdroid-android … GeoJSON: no; OGC: no", while its only map is osmdroid's MapView on OpenStreetMap's tiles
(``mapView.setTileSource(TileSourceFactory.DEFAULT_TILE_SOURCE)``) with markers (``new Marker(mapView)``) at the tapped point and
at the phone's position — the project's rule for an open library on OSM tiles with markers (s40: a react-leaflet map) passes it.
An osmdroid map is now read as a map, its default tile source as OpenStreetMap's tiles, its Marker as markers. Near miss: the same
map drawing a polygon of its own keeps the old verdict."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO = "interoperability.geo"
APP = {"README.md": "# Secours LSF\n\nApplication Android pour communiquer avec une personne sourde lors d'une intervention.\n",
       "settings.gradle.kts": 'rootProject.name = "SecoursLSF"\ninclude(":app")\n',
       "app/build.gradle.kts": ('plugins {\n    id("com.android.application")\n}\nandroid {\n    namespace = "com.sdis.secours.lsf"\n}\n'
                                'dependencies {\n    implementation("org.osmdroid:osmdroid-android:6.1.18")\n}\n'),
       "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Secours LSF"/>\n</manifest>\n'}


def _carte(extra: str = "") -> str:
    return ("package com.sdis.secours.lsf;\n\nimport org.osmdroid.tileprovider.tilesource.TileSourceFactory;\nimport org.osmdroid.util.GeoPoint;\n"
            "import org.osmdroid.views.MapView;\nimport org.osmdroid.views.overlay.Marker;\nimport org.osmdroid.views.overlay.Polygon;\n\n"
            "/** The map screen. */\npublic class CarteActivity extends BaseActivity {\n    private MapView mapView;\n\n"
            "    protected void onCreate() {\n        mapView = findViewById(R.id.mapview);\n"
            "        mapView.setTileSource(TileSourceFactory.DEFAULT_TILE_SOURCE); // fond de carte OpenStreetMap\n"
            "        mapView.getController().setZoom(3.00);\n    }\n\n    public void show(GeoPoint point) {\n"
            "        Marker marker = new Marker(mapView);\n        marker.setPosition(point);\n        mapView.getOverlays().add(marker);\n"
            + extra + "    }\n}\n")


def test_an_osmdroid_map_on_osm_tiles_with_markers_passes(tmp_path):
    _, res = judge(tmp_path, {**APP, "app/src/main/java/com/sdis/secours/lsf/CarteActivity.java": _carte()}, [GEO])
    r = res[GEO]
    assert r["status"] == "pass" and r["details"].get("markers_on_osm") is True, r["message"]  # was fail 3.0


def test_an_osmdroid_map_drawing_its_own_shapes_keeps_its_verdict(tmp_path):
    shape = "        Polygon zone = new Polygon(mapView);\n        mapView.getOverlays().add(zone);\n"
    _, res = judge(tmp_path, {**APP, "app/src/main/java/com/sdis/secours/lsf/CarteActivity.java": _carte(shape)}, [GEO])
    r = res[GEO]
    assert r["status"] == "fail" and not r["details"].get("markers_on_osm"), r["message"]

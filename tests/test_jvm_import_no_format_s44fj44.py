"""Session 44 (fj44), an Android app importing a map SDK's geometry class it never uses.

MrFreedy/AlloToulouse: degradations_activity.java:31 `import com.mapbox.geojson.Point;` (Point used nowhere) was read as GeoJSON
handled (format.geojson's ".geojson"): interoperability.data-standards "Open formats: GeoJSON", geo "GeoJSON or open geographic
format: yes". A JVM import names a library's package, no format read or written. An app parsing a FeatureCollection from JSON
(FeatureCollection.fromJson(…)) reads GeoJSON, its import line or not.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

MANIFEST = ('<?xml version="1.0" encoding="utf-8"?>\n<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.ex.allo">\n'
            '  <application android:label="Allo">\n    <activity android:name=".MapActivity" />\n  </application>\n</manifest>\n')
GRADLE = ("plugins {\n    id 'com.android.application'\n}\nandroid {\n    namespace 'com.ex.allo'\n    compileSdk 33\n}\n"
          "dependencies {\n    implementation 'com.google.android.gms:play-services-maps:18.1.0'\n"
          "    implementation 'com.mapbox.mapboxsdk:mapbox-android-sdk:9.7.1'\n}\n")
ACTIVITY = ("package com.ex.allo;\n\nimport android.os.Bundle;\nimport com.google.android.gms.maps.GoogleMap;\n"
            "import com.google.android.gms.maps.model.LatLng;\nimport com.google.android.gms.maps.model.MarkerOptions;\n{imports}\n"
            "public class MapActivity {{\n    private GoogleMap map;\n\n    public void onMapReady(GoogleMap googleMap) {{\n"
            "        map = googleMap;\n        map.addMarker(new MarkerOptions().position(new LatLng(43.6, 1.44)).title(\"Mairie\"));\n{body}"
            "    }}\n}}\n")


def _audit(repo, tmp_path, imports: str, body: str = ""):
    files = {"settings.gradle": "rootProject.name = \"Allo\"\ninclude ':app'\n", "app/build.gradle": GRADLE,
             "app/src/main/AndroidManifest.xml": MANIFEST,
             "app/src/main/java/com/ex/allo/MapActivity.java": ACTIVITY.format(imports=imports, body=body)}
    path = repo([{"files": files, "date": "2023-11-02T09:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["interoperability.geo", "interoperability.data-standards"]))
    return {r["id"]: r for r in report["results"]}


def test_an_unused_import_of_a_geojson_package_handles_no_geojson(repo, tmp_path):
    res = _audit(repo, tmp_path, "import com.mapbox.geojson.Point;\n")
    assert "GeoJSON or open geographic format: no" in res["interoperability.geo"]["message"]["en"], res["interoperability.geo"]["message"]
    assert "GeoJSON" not in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]


def test_a_feature_collection_parsed_is_geojson(repo, tmp_path):
    res = _audit(repo, tmp_path, "import com.mapbox.geojson.FeatureCollection;\n",
                 "        FeatureCollection zones = FeatureCollection.fromJson(\"{\\\"type\\\": \\\"FeatureCollection\\\", \\\"features\\\": []}\");\n")
    assert "GeoJSON or open geographic format: yes" in res["interoperability.geo"]["message"]["en"], res["interoperability.geo"]["message"]

"""interoperability.geo: open map libraries declared the way Python dashboards and Android apps declare them (issue 12, s10
reads: a national park's Dash dashboard drawing its counters on a dash-leaflet map, and a conservatoire's Android app on
osmdroid declared through the Gradle version catalog — implementation(libs.osmdroid) — were said to use no open library)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

GEO = ["interoperability.geo"]


def test_a_dash_dashboard_on_dash_leaflet_uses_an_open_map_library(tmp_path):
    files = {"requirements.txt": "dash==2.14.0\ndash-leaflet==1.0.15\npandas==2.1.0\n",
             "app.py": "from dash import Dash, html\nimport dash_leaflet as dl\n\napp = Dash(__name__)\n"
                       "app.layout = html.Div([dl.Map([dl.TileLayer(), dl.Marker(position=[44.1, 6.9])], center=[44.1, 6.9], zoom=9)])\n"
                       "server = app.server\n"}
    r = judge(tmp_path, files, GEO)[1]["interoperability.geo"]
    assert "dash-leaflet" in r["message"]["en"], r["message"]["en"]


def test_an_android_app_naming_osmdroid_by_its_catalog_alias_uses_an_open_map_library(tmp_path):
    catalog = ('[versions]\nosmdroid = "6.1.20"\ncoreKtx = "1.13.1"\n\n[libraries]\n'
               'androidx-core-ktx = { group = "androidx.core", name = "core-ktx", version.ref = "coreKtx" }\n'
               'osmdroid = { group = "org.osmdroid", name = "osmdroid-android", version.ref = "osmdroid" }\n'
               'junit = "junit:junit:4.13.2"\n')
    build = ('plugins {\n    id("com.android.application")\n    id("org.jetbrains.kotlin.android")\n}\n\nandroid {\n    namespace = "fr.exemple.obs"\n}\n\n'
             'dependencies {\n    implementation(libs.androidx.core.ktx)\n    implementation(libs.osmdroid)\n    testImplementation(libs.junit)\n}\n')
    files = {"gradle/libs.versions.toml": catalog, "app/build.gradle.kts": build, "settings.gradle.kts": 'include(":app")\n',
             "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android"><application/></manifest>\n',
             "app/src/main/java/fr/exemple/obs/MapUtils.kt": "package fr.exemple.obs\n\nimport org.osmdroid.views.MapView\n\n"
                                                             "fun centre(map: MapView) { map.controller.setZoom(12.0) }\n"}
    report, res = judge(tmp_path, files, GEO)
    r = res["interoperability.geo"]
    assert "org.osmdroid:osmdroid-android" in r["message"]["en"], r["message"]["en"]

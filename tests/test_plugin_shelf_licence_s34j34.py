"""A copied plugin's licence file in its folder on a library's plugin shelf (issue 12, session 34 j34, an EPCI's cycling map
plugin): public/leaflet-plugins/<plugin>/ was vendored whole (s33 ab33) but its files were grouped by their own names, not by
that folder, so the BSD-2-Clause LICENSE beside them was never read: the copy had "no license declared" and licensing.dependencies
went inconclusive (4 unmeasured > 3 known). A folder on a <library>-plugins/ shelf is one library, as a folder under lib/ is: its
licence text at its top is its licence. A plugin folder with no licence text stays unlicensed. Made-up names below."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SHELF = "public/leaflet-plugins/"
BSD2 = ("Copyright (c) 2012 someone (https://example.org/someone)\nAll rights reserved.\n\n"
        "Redistribution and use in source and binary forms, with or without modification,\n"
        "are permitted provided that the following conditions are met:\n\n"
        "  Redistributions of source code must retain the above copyright notice, this\n"
        "  list of conditions and the following disclaimer.\n\n"
        "  Redistributions in binary form must reproduce the above copyright notice, this\n"
        "  list of conditions and the following disclaimer in the documentation and/or\n"
        "  other materials provided with the distribution.\n\n"
        "THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n"
        "ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n"
        "WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n"
        "DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR\n"
        "ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES\n"
        "(INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES;\n"
        "LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON\n"
        "ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT\n"
        "(INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS\n"
        "SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n")
MIN = "!function(e){" + "var a=1;" * 40 + "}(L);\n"
APP = {
    "README.md": "# Pistes cyclables\n\nExtension WordPress affichant la carte des aménagements cyclables d'une intercommunalité.\n",
    "pistes.php": "<?php\n/*\nPlugin Name: Pistes\n*/\ndefine('PST_MAPS', 'OSM');\n",
    "public/js/carte.js": "var map = L.map('carte');\nL.Control.osmGeocoder().addTo(map);\n",
    SHELF + "leaflet-control-osm-geocoder/LICENSE": BSD2,
    SHELF + "leaflet-control-osm-geocoder/README.md": "# Leaflet Control OSM Geocoder\n\nA geocoder control for Leaflet.\n",
    SHELF + "leaflet-control-osm-geocoder/Control.OSMGeocoder.js": "L.Control.OSMGeocoder = L.Control.extend({\n  options: {collapsed: true}\n});\n",
    SHELF + "leaflet-control-osm-geocoder/Control.OSMGeocoder.min.js": MIN,
    SHELF + "leaflet-fullscreen/Leaflet.fullscreen.js": "L.Control.Fullscreen = L.Control.extend({\n  options: {position: 'topleft'}\n});\n",
    SHELF + "leaflet-fullscreen/Leaflet.fullscreen.min.js": MIN,
}


def _libraries(tmp_path, files):
    report, res = judge(tmp_path, files, ["reusability.dependencies", "licensing.dependencies"])
    return {lib["paths"][0].rsplit("/", 2)[-2]: lib for lib in report["facts"]["inventory"]["libraries"]}, res


def test_a_plugin_folders_licence_file_is_the_copys_licence(tmp_path):
    libs, res = _libraries(tmp_path, APP)
    assert libs["leaflet-control-osm-geocoder"]["license"] == "BSD-2-Clause", libs
    assert libs["leaflet-control-osm-geocoder"]["files"] == 2, libs
    unknown = [e["path"] for e in res["licensing.dependencies"]["evidence"] if (e.get("value") or {}).get("reason") == "no license declared"]
    assert not any("osm-geocoder" in p for p in unknown), res["licensing.dependencies"]


def test_a_plugin_folder_without_a_licence_text_stays_unlicensed(tmp_path):
    libs, _ = _libraries(tmp_path, APP)
    assert libs["leaflet-fullscreen"]["license"] is None, libs
    bare = {k: v for k, v in APP.items() if not k.endswith("osm-geocoder/LICENSE")}
    libs, _ = _libraries(tmp_path / "bare", bare)
    assert all(lib["license"] is None for lib in libs.values()), libs

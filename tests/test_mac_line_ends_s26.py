"""A script whose lines end with CR alone (classic Mac OS) is read with its lines (issue 12, s26 e26 = s26 o1, a Symfony 2
application of an agglomération's waste-collection service: its own map.js, 14 KB written with CR line ends, read as one
line, was taken for a minified library, listed as a copied dependency "map", and its call to Google's geocoding API was left
unscanned: vendor lock-in and portability passed). A minified library (one long line, no line end of any kind) stays one."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

COMPOSER = '{"name": "agglo/dechets", "require": {"php": ">=5.3.9", "symfony/symfony": "2.7.*"}}\n'
README = "# Déchets\n\nOù et quand sont collectés les déchets de l'agglomération.\n"


def _map_js(end: str) -> str:
    lines = ["var DrawOnMap = {", "    imageRootFolder: '',", "", "    //Initialize the map api and create a map on the front",
             "    initialize: function (startOption, map) {", "        map = new ol.Map({target: 'map', layers: []});", "    },", "",
             "    geocode: function (address, done) {",
             "        $.getJSON('http://maps.googleapis.com/maps/api/geocode/json?address=' + encodeURIComponent(address), done);",
             "    },"]
    for i in range(160):  # the drawing helpers (over 10 KB in all)
        lines += [f"    _drawLayer{i}: function (feature, style) {{", f"        var layer = this.layers[{i}] || null;",
                  "        if (layer) { layer.getSource().addFeature(feature); }", "    },"]
    lines.append("};")
    return end.join(lines) + end


def _services(report) -> list[str]:
    return [s["id"] for s in report["facts"]["vendor_lockin"]["services"]]


def test_a_script_with_mac_line_ends_is_the_projects_code(tmp_path):
    files = {"composer.json": COMPOSER, "README.md": README, "src/App/Resources/public/js/map.js": _map_js("\r")}
    report, res = judge(tmp_path, files, ["scaling.vendor-lock-in", "reusability.portability", "reusability.dependencies"])
    assert res["scaling.vendor-lock-in"]["status"] == "warn", res["scaling.vendor-lock-in"]["message"]
    assert "Google" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]
    assert "map" not in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
    found = [e for e in res["scaling.vendor-lock-in"]["evidence"] if e.get("path", "").endswith("map.js")]
    assert found and found[0]["line"] == 10, found  # (its line, as an editor shows it)


def test_the_same_script_with_unix_line_ends_keeps_its_verdicts(tmp_path):
    files = {"composer.json": COMPOSER, "README.md": README, "src/App/Resources/public/js/map.js": _map_js("\n")}
    _, res = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    assert res["scaling.vendor-lock-in"]["status"] == "warn", res["scaling.vendor-lock-in"]["message"]


def test_a_minified_library_on_one_line_stays_a_copied_library(tmp_path):
    body = "".join(f"function a{i}(t){{return t.getSource().addFeature(t)}}" for i in range(300))
    lib = "var Geo={};" + body + "Geo.find=function(a,d){$.getJSON('https://maps.googleapis.com/maps/api/geocode/json?address='+a,d)};"
    files = {"composer.json": COMPOSER, "README.md": README, "src/App/Resources/public/js/geo.js": lib}
    report, res = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    assert "google-maps" not in _services(report) and res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]

"""A qgis2web export's copied libraries known by their banner or their minified shape (issue 12, s37 fk37 = reader mb37's
ALKHOSOP/PROPOSITIONS-TRACESLIAISONSCYCLABLES-CCPAYSDECRUSEILLES).

resources/ holds tail.DateTime's stylesheets under names of qgis2web's (tailDT.css, filter.css), each opening on '@charset "UTF-8";'
then "/*\\n |  tail.datetime - … |  @version 0.4.14 - Beta … |  @website https://github.com/pytesNET/tail.DateTime |  @license X11 /
MIT License", and OSMBuildings-OL3.js, a minified build; all were taken for files qgis2web wrote and left out of
reusability.dependencies' count (9 said, 12 there). Rules now: in such an export, a file whose banner gives a @version and a licence,
or minified code, is a copy; a banner below a stylesheet's @charset line is read, and its @website's repository names the library.
Near miss: a stylesheet of the export without a banner stays qgis2web's."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
TAIL = ('@charset "UTF-8";\n/*\n |  tail.datetime - The vanilla way to select dates and times!\n |  @file       ./less/tail.datetime.less\n'
        " |  @author     Someone <someone@example.org>\n |  @version    0.4.14 - Beta\n |\n"
        " |  @website    https://github.com/pytesNET/tail.DateTime\n |  @license    X11 / MIT License\n */\n\n"
        ".tail-datetime-calendar { display: block; }\n")
MINIFIED = "(function(aa){" + ";".join(f"function f{i}(b,a){{var c=b.x-a.x,d=b.y-a.y;return c*c+d*d}}" for i in range(300)) + "})(this);\n"
INDEX = "<!doctype html>\n<html><head><link rel=\"stylesheet\" href=\"resources/tailDT.css\"></head><body><div id=\"map\"></div></body></html>\n"
FILES = {"README.md": "# Carte\n", "index.html": INDEX, "resources/tailDT.css": TAIL, "resources/filter.css": TAIL,
         "resources/OSMBuildings-OL3.js": MINIFIED, "resources/qgis2web.css": "#map { height: 100%; }\n",
         "resources/qgis2web.js": "var map = new ol.Map({target: 'map', layers: layersList});\n",
         "resources/qgis2web_expressions.js": "function fnc_concat(values, context) {\n  return values.join('');\n}\n",
         "layers/layers.js": "var layersList = [];\n"}


def _libraries(tmp_path, files, name):
    r = judge(tmp_path, files, [DEPS], name=name)[1][DEPS]
    return r, {e["value"]["library"]: e["value"]["version"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_banner_and_minified_copies_of_the_export_are_libraries(tmp_path):
    r, libs = _libraries(tmp_path, FILES, "export")
    assert libs.get("tail.datetime") == "0.4.14", (libs, r["message"])
    assert "osmbuildings-ol3" in libs, (libs, r["message"])


def test_a_stylesheet_without_a_banner_stays_the_exports(tmp_path):
    files = {**FILES, "resources/tailDT.css": ".tail { display: none; }\n" * 3, "resources/filter.css": ".filter { color: red; }\n"}
    r, libs = _libraries(tmp_path, files, "near")
    assert not {"taildt", "filter", "tail.datetime"} & set(libs), (libs, r["message"])

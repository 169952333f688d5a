"""interoperability.geo and public-building-blocks: Kartograph is a map library, and an SVG recording its projection is a map
(issue 12, s39 fe39 = measure reader ra39 on jplusplus/idf-pnr).

An AngularJS visualisation of the Île-de-France regional parks draws a clickable map of French regions with Kartograph
($K.map(…), map.loadMap('images/france.svg'), bower.json's "kartograph"), the SVG holding Kartograph's <metadata><views><view><proj
id="mercator"…>. geo said "The service handles no detectable map or geographic data" and public-building-blocks "handles no … map".
Kartograph's calls and package are an open map library's; an SVG whose metadata records a projection is a geographic map file. An
application with only icons in SVG and no map library still handles no map.
"""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.geo", "interoperability.public-building-blocks"]
SVG_MAP = ('<?xml version="1.0" ?><svg version="1.1" viewBox="0 0 1000 963" xmlns="http://www.w3.org/2000/svg"><metadata><views>'
           '<view h="963.8" padding="0" w="1000"><proj flip="auto" id="mercator" lon0="0"/><bbox h="247.11" w="256.64" x="-89.78" '
           'y="-1040.71"/></view></views></metadata><g id="regions"><path d="M869.08,215.31L863.69,225.63L837.67,223.84Z" '
           'data-name-1="Alsace"/></g></svg>\n')
ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2L2 22h20z"/></svg>\n'
DIRECTIVE = ("angular.module('regionApp').directive('france', function () {\n  return {\n    link: function (scope, element) {\n"
             "      var map = $K.map(element, element.width(), element.width() * 0.4);\n"
             "      map.loadMap('images/france.svg', function () {\n        map.addLayer('regions', {name: 'regions'});\n      });\n"
             "    }\n  };\n});\n")
APP = {"README.md": "# Parcs naturels régionaux\n\nVisualisation des parcs de la région.\n",
       "bower.json": json.dumps({"name": "pnr", "dependencies": {"angular": "~1.0.7", "kartograph": "git://github.com/kartograph/kartograph.js"}}),
       "app/index.html": ("<!DOCTYPE html>\n<html><head><title>PNR</title></head><body ng-app=\"regionApp\"><div france></div>"
                          "<script src=\"bower_components/kartograph/kartograph.min.js\"></script><script src=\"scripts/app.js\"></script>"
                          "<script src=\"scripts/directives/france.js\"></script></body></html>\n"),
       "app/scripts/app.js": "angular.module('regionApp', []);\n",
       "app/scripts/directives/france.js": DIRECTIVE,
       "app/images/france.svg": SVG_MAP}


def test_a_kartograph_map_is_judged(tmp_path):
    _, res = judge(tmp_path, APP, CHECKS)
    geo = res["interoperability.geo"]
    assert geo["status"] not in ("not_applicable", "fail"), geo["message"]
    assert "kartograph" in geo["message"]["en"] and any(e.get("path") == "app/images/france.svg" for e in geo["evidence"]), geo
    assert res["interoperability.public-building-blocks"]["status"] != "not_applicable", res["interoperability.public-building-blocks"]["message"]


def test_icons_without_a_map_library_handle_no_map(tmp_path):
    files = {k: v for k, v in APP.items() if k != "app/images/france.svg"}
    files.update({"bower.json": json.dumps({"name": "pnr", "dependencies": {"angular": "~1.0.7"}}), "app/images/logo.svg": ICON,
                  "app/scripts/directives/france.js": "angular.module('regionApp').directive('logo', function () { return {}; });\n"})
    _, res = judge(tmp_path, files, CHECKS, name="n")
    assert res["interoperability.geo"]["status"] == "not_applicable", res["interoperability.geo"]["message"]

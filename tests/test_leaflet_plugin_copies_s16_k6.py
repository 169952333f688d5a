"""Leaflet plugins copied into a map module's scripts without a version in a banner, or as a minifier's build laid out again on
many lines (issue 12, session 16, r4's espacepublic-module-dansmarue-leaflet: Control.FullScreen.js with no banner,
leaflet-heat.js, leaflet_awesome_number_markers.js, easyPrint.js's UMD bundle), were measured as the project's own code. A
published Leaflet plugin's file name whose code extends Leaflet, and a UMD wrapper with a minifier's parameter names, are copies;
the project's own Leaflet control under a name of its own, and a hand-written UMD wrapper, stay its code."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

_FULLSCREEN = ("(function () {\n\nL.Control.FullScreen = L.Control.extend({\n\toptions: {\n\t\tposition: 'topleft',\n\t\ttitle: 'Plein écran'\n\t},\n"
               "\tonAdd: function (map) {\n\t\tvar c = L.DomUtil.create('div', 'leaflet-bar');\n\t\tif (map.zoomControl) { c = map.zoomControl._container; }\n"
               "\t\treturn c;\n\t}\n});\n\n}());\n")
_PRINT = ("! function(t, e) {\n    \"object\" == typeof exports && \"undefined\" != typeof module ? e() : \"function\" == typeof define && define.amd ? define(e) : e()\n"
          "}(0, function() {\n    \"use strict\";\n\n    function t(t, e) {\n        return e = {\n            exports: {}\n        }, t(e, e.exports), e.exports\n    }\n"
          "    L.Control.Imprimer = L.Control.extend({ onAdd: function(n) { return t(n, 1) } })\n});\n")
_OWN = ("/* Contrôle de la carte des signalements */\nL.Control.Signalements = L.Control.extend({\n  onAdd: function (map) {\n"
        "    var div = L.DomUtil.create('div', 'signalements');\n    if (map) { div.title = 'Signalements'; }\n    return div;\n  }\n});\n")
_OWN_UMD = ("(function (root, factory) {\n  if (typeof exports === 'object') { module.exports = factory(); }\n"
            "  else if (typeof define === 'function' && define.amd) { define(factory); }\n  else { root.signalement = factory(); }\n"
            "}(this, function () {\n  function signaler(point) {\n    return point;\n  }\n  return { signaler: signaler };\n}));\n")


def test_copied_leaflet_plugins_are_copies_and_the_modules_own_scripts_are_not(tmp_path):
    files = {"README.md": "# Module carte\n\nLa carte des signalements.\n",
             "webapp/js/plugins/leaflet/Control.FullScreen.js": _FULLSCREEN,
             "webapp/js/plugins/leaflet/easyPrint.js": _PRINT,
             "webapp/js/plugins/leaflet/signalements-carte.js": _OWN,
             "webapp/js/signalement.js": _OWN_UMD}
    report = audit(str(make_repo(tmp_path / "r", [{"files": files}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.dependencies", "reusability.maintainability"]))
    res = {r["id"]: r for r in report["results"]}
    deps = res["reusability.dependencies"]["message"]["en"]
    assert "2 librar(y/ies) copied" in deps and "control.fullscreen" in deps and "easyprint" in deps, deps
    assert "in 2 files" in res["reusability.maintainability"]["message"]["en"], res["reusability.maintainability"]["message"]

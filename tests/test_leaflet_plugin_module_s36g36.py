"""Wrong verdicts reader m33o1 found on a national park's Flask + Leaflet app (issue 12, session 36 fixer g36).

- PnEcrins/GeoConstats: static/leaflet_export.js is Flexberry's Leaflet.Export plugin copied in, without a banner: the whole file one
  function given Leaflet's global ("(function (L, undefined) { L.Map.addInitHook(…) … })(L);"), hooking into Leaflet's map class and
  making no map of its own. It counted as the park's code: reusability.dependencies missed it among the copied libraries, and
  maintainability's top complexity (24) and two of its counts were the plugin's. A file named after Leaflet (the plugins' convention)
  of that shape is a Leaflet plugin's module, copied in; the project's own map script (L.map('map')) or its own control reaching its
  page's elements stays its own.
- PnCevennes/porteconnaissance_pq: static/L.Mask.js opens on "// credits: https://github.com/turban/Leaflet.Mask" and defines
  L.Mask = L.Polygon.extend({…}) and L.mask: the plugin's file, its home repository named after it in its leading comment, counted as
  the park's code. A leading comment naming a "Leaflet.X" repository after the file, over code extending Leaflet, is the plugin's.
"""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

# a plugin's code, complex enough (cc > 10) to be listed by maintainability if it were the project's
_BRANCHES = "".join(f"        if (options.k{i} === {i}) {{ caption.n = {i}; }}\n" for i in range(14))
PLUGIN = ("(function (L, undefined) {\n  L.Map.addInitHook(function () {\n    this.whenReady(function () {\n"
          "      L.Map.mergeOptions({ preferCanvas: true });\n      this.exportError = { emptyFilename: 'No file name was given.' };\n"
          "      this.export = function (options) {\n        var caption = {};\n        options = options || {};\n" + _BRANCHES +
          "        return caption;\n      };\n    });\n  });\n})(L);\n")
MAP = ("var map = L.map('map').setView([44.8, 6.2], 10);\nL.tileLayer('https://tuiles.exemple.fr/{z}/{x}/{y}.png').addTo(map);\n\n"
       "function afficherConstats(geojson) {\n  L.geoJSON(geojson).addTo(map);\n}\n")
APP = {"README.md": "# Constats\n\nApplication web d'inventaire des constats de prédation d'un territoire.\n",
       "requirements.txt": "Flask==1.1.4\n",
       "app/__init__.py": "from flask import Flask\n\napp = Flask(__name__)\n",
       "app/templates/index.html": "<html><body><div id=\"map\"></div><script src=\"/static/leaflet_export.js\"></script>"
                                   "<script src=\"/static/map.js\"></script></body></html>\n",
       "static/map.js": MAP,
       "static/leaflet_export.js": PLUGIN}


def test_a_leaflet_plugin_module_without_a_banner_is_a_copied_library(tmp_path):
    cats = categories(build(tmp_path / "r", APP))
    assert cats["static/leaflet_export.js"] == "vendored", cats
    assert cats["static/map.js"] == "source", cats


def test_the_copied_plugin_is_listed_and_left_out_of_maintainability(tmp_path):
    report, res = judge(tmp_path, APP, ["reusability.dependencies", "reusability.maintainability"])
    assert "leaflet_export" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
    assert not any(e.get("path") == "static/leaflet_export.js" for e in res["reusability.maintainability"]["evidence"]), \
        res["reusability.maintainability"]["evidence"]


def test_the_projects_own_leaflet_scripts_stay_its_own(tmp_path):
    # near misses: a script named after Leaflet, wrapped the same way, that makes the page's map; and the project's own control
    # (L.Control.extend) that reaches its page's elements by their ids
    own = dict(APP)
    del own["static/leaflet_export.js"]
    own["static/leaflet_carte.js"] = ("(function (L) {\n  L.Control.Legende = L.Control.extend({ onAdd: function () { return L.DomUtil.create('div'); } });\n"
                                      "  var map = L.map('map');\n  new L.Control.Legende().addTo(map);\n})(L);\n")
    own["static/leaflet_legende.js"] = ("(function (L) {\n  L.Control.Filtre = L.Control.extend({\n    onAdd: function () {\n"
                                        "      return document.getElementById('filtre-constats');\n    }\n  });\n})(L);\n")
    cats = categories(build(tmp_path / "r", own))
    assert cats["static/leaflet_carte.js"] == "source", cats
    assert cats["static/leaflet_legende.js"] == "source", cats


MASK = ("// credits: https://github.com/turbo/Leaflet.Mask\nL.Mask = L.Polygon.extend({\n  options: { stroke: false, fillOpacity: 0.5 },\n"
        "  initialize: function (latLngs, options) {\n    L.Polygon.prototype.initialize.call(this, [latLngs], options);\n  }\n});\n"
        "L.mask = function (latLngs, options) {\n  return new L.Mask(latLngs, options);\n};\n")


def test_a_leaflet_plugin_naming_its_home_repository_is_a_copied_library(tmp_path):
    files = {**{k: v for k, v in APP.items() if k != "static/leaflet_export.js"}, "static/L.Mask.js": MASK}
    cats = categories(build(tmp_path / "r", files))
    assert cats["static/L.Mask.js"] == "vendored", cats
    report, res = judge(tmp_path, files, ["reusability.dependencies"])
    assert "copied" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]


def test_the_projects_own_leaflet_class_naming_its_own_repository_stays_its_own(tmp_path):
    # near miss: the park's own layer class, its leading comment naming the project's repository (not named after the file)
    files = {**{k: v for k, v in APP.items() if k != "static/leaflet_export.js"},
             "static/L.Zones.js": MASK.replace("// credits: https://github.com/turbo/Leaflet.Mask", "// Parc : https://github.com/parc/constats")
                                      .replace("L.Mask", "L.Zones").replace("L.mask", "L.zones")}
    cats = categories(build(tmp_path / "r", files))
    assert cats["static/L.Zones.js"] == "source", cats

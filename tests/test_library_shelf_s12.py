"""Session 12 (h2): a Leaflet control copied into a site's library shelf (web/js/lib/<control>/) beside copied libraries, without a
licence, a manifest or a banner of its own, was read as the project's code: its demo's providers.js made a vendor's basemap
servers hosts and services of the project (s11 read: a national park's power-line map)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PROVIDERS = ("(function () {\n  window.basemaps = {\n"
             "    'Vendor.Terrain': 'https://server.arcgisonline.com/ArcGIS/rest/services/World_Terrain_Base/MapServer/tile/{z}/{y}/{x}',\n"
             "    'OSM': 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png'\n  };\n})();\n")
FILES = {"README.md": "# Lignes électriques\n\nCarte des poteaux et tronçons à risque pour l'avifaune.\n",
         "web/index.html": ("<!doctype html><html lang=\"fr\"><head><script src=\"js/lib/leaflet/leaflet.js\"></script>"
                            "<script src=\"js/app.js\"></script></head><body><div id=\"map\"></div></body></html>\n"),
         "web/js/app.js": "var map = L.map('map');\nL.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(map);\n",
         "web/js/lib/leaflet/leaflet.js": "/* Leaflet 1.0.3, a JS library for interactive maps. http://leafletjs.com */\nvar L = {};\n",
         "web/js/lib/jquery/jquery-3.7.1.min.js": "/*! jQuery v3.7.1 | (c) OpenJS Foundation | jquery.org/license */\nvar jQuery = {};\n",
         "web/js/lib/colorbox-1.6.4/LICENSE.md": "The MIT License (MIT)\n\nCopyright (c) Jack Moore\n",
         "web/js/lib/colorbox-1.6.4/jquery.colorbox.js": "(function ($) { $.colorbox = function () {}; })(jQuery);\n",
         "web/js/lib/icon-switch/switcher.js": "(function () {\n  L.Control.Switcher = L.Control.extend({});\n})();\n",
         "web/js/lib/icon-switch/providers.js": PROVIDERS}


def test_a_control_on_a_shelf_of_copied_libraries_is_a_copy(tmp_path):
    report, res = judge(tmp_path, FILES, ["scaling.vendor-lock-in", "scaling.hosting"])
    lock = res["scaling.vendor-lock-in"]
    assert "ArcGIS" not in lock["message"]["en"], lock["message"]
    assert "arcgisonline" not in res["scaling.hosting"]["message"]["en"], res["scaling.hosting"]["message"]


def test_a_shelf_of_two_copies_leaves_the_projects_folders_alone(tmp_path):
    files = {k: v for k, v in FILES.items() if "colorbox" not in k}
    report, res = judge(tmp_path, files, ["scaling.vendor-lock-in"])
    assert "ArcGIS" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]

"""The inventory's copied libraries: Rails' asset shelf (vendor/assets/javascripts/, vendor/assets/stylesheets/) was one library
named "assets" with its first file's version (issue 12, s21 m4, a Rails 3 app's ten copied scripts, "assets 1.0.0, licence not
given"). "assets" names no library: each file below it is one, named and versioned by its file name, its licence read from its
banner (a run of // lines with blank lines between, "… may be freely distributed under the MIT license."); a folder below the
shelf is one library, and a lib/<name>/ folder stays one."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

RIDGE = ("//     Ridgeline.js 2.3.1\n\n//     (c) 2012-2014 Paul Example, Example Inc.\n"
         "//     Ridgeline may be freely distributed under the MIT license.\n//     http://ridgeline.example.org\n\n"
         "(function(){\n  var Ridgeline = {};\n  Ridgeline.VERSION = '2.3.1';\n}).call(this);\n")
TABLEKIT = "/*! Tablekit v0.4.2 | (c) Jane Example | MIT License */\n!function(a){a.tablekit=function(){return 1}}(this);\n"
SKETCH = "/*!\n * Sketchpad 1.2.0\n * Copyright (c) 2013 Sketch Example\n * Licensed under the MIT license.\n */\nvar Sketchpad = function () {};\n"
CARTO = "/*\n Cartolet 0.7.3, a JS library for maps.\n (c) 2010-2013, Example Org\n BSD-2-Clause\n*/\nwindow.Cartolet = {};\n"


def _libraries(repo, tmp_path, extra=None):
    files = {"Gemfile": "source 'https://rubygems.org'\ngem 'rails', '3.2.22'\n",
             "Gemfile.lock": "GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (3.2.22)\n\nDEPENDENCIES\n  rails (= 3.2.22)\n",
             "config/application.rb": "module Flows\n  class Application < Rails::Application\n  end\nend\n",
             "app/controllers/flows_controller.rb": "class FlowsController < ApplicationController\n  def index\n  end\nend\n",
             "app/assets/javascripts/application.js": "//= require ridgeline-2.3.1\n//= require tablekit-0.4.2\nvar app = {};\n",
             "vendor/assets/javascripts/ridgeline-2.3.1.js": RIDGE,
             "vendor/assets/javascripts/tablekit-0.4.2.js": TABLEKIT,
             "vendor/assets/javascripts/sketchpad-1.2.0.js": SKETCH,
             "vendor/assets/stylesheets/tablekit-0.4.2.css": "/*! Tablekit v0.4.2 | MIT License */\n.tablekit{display:table}\n",
             **(extra or {})}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.dependencies"]))
    return report["facts"]["inventory"]["libraries"]


def test_each_file_of_the_rails_asset_shelf_is_its_own_library(repo, tmp_path):
    libs = {(lib["name"], lib["version"]): lib for lib in _libraries(repo, tmp_path)}
    assert "assets" not in {name for name, _ in libs}, libs
    assert libs[("ridgeline", "2.3.1")]["license"] == "MIT", libs
    assert libs[("sketchpad", "1.2.0")]["license"] == "MIT", libs
    assert ("tablekit", "0.4.2") in libs, libs


def test_a_folder_on_the_shelf_and_a_lib_folder_stay_one_library_each(repo, tmp_path):
    libs = _libraries(repo, tmp_path, {"vendor/assets/javascripts/cartolet/cartolet.js": CARTO,
                                       "vendor/assets/javascripts/cartolet/cartolet.draw.js": "window.Cartolet.Draw = {};\n",
                                       "public/lib/cartolet/cartolet.js": CARTO,
                                       "public/lib/cartolet/cartolet.draw.js": "window.Cartolet.Draw = {};\n"})
    carto = [lib for lib in libs if lib["name"] == "cartolet"]
    assert carto and all(lib["version"] == "0.7.3" for lib in carto), libs
    shelf = [lib for lib in carto if lib["paths"][0].startswith("vendor/assets/javascripts/cartolet/")]
    assert len(shelf) == 1 and shelf[0]["files"] == 2, carto
    assert any(lib["paths"][0].startswith("public/lib/cartolet/") for lib in carto), carto
    assert "assets" not in {lib["name"] for lib in libs}, libs

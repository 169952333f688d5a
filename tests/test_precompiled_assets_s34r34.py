"""A Rails app of a school-canteen service (issue 12, session 34 r34) commits public/assets/, what ``rake assets:precompile`` wrote:
application-<md5>.css/.js with their .gz twins, the undigested copies (application.css), every picture of app/assets/images renamed
with its digest, and Sprockets' manifest.yml and manifest-<md5>.json. reusability.build-output counted 1 file (public/assets/
application.css, a minified twin of a readable one), and the jQuery inside the compiled bundles was a library "copied outside any
manifest" though the jquery-rails gem brings it. The folder holding the pipeline's manifest beside digest-named files is its output;
a theme copied there by hand (no digest twin) stays a copied library, and a public/assets/ of hand-written files stays source."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

_MD5 = ["41938914ecee54c22ea53a448af2a152", "53289750b9d876ba8b4c84a2024d316b", "0ace7e5e6395ea9226f2942a12067ba3"]
_MIN_CSS = "body{margin:0}" + "".join(f".c{k}{{color:#{k:03d}}}" for k in range(200)) + "\n"
_JQUERY = "/*! jQuery v1.11.3 | (c) 2005, 2015 jQuery Foundation, Inc. | jquery.org/license */\n!function(a,b){a.x=b}(this,1);\n"

RAILS = {"Gemfile": 'source "https://rubygems.org"\ngem "rails", "3.2.22"\ngem "jquery-rails"\n',
         "config/application.rb": "module Cantine\n  class Application < Rails::Application\n  end\nend\n",
         "app/controllers/repas_controller.rb": "class RepasController < ApplicationController\n  def index\n    @repas = Repas.all\n  end\nend\n",
         "app/assets/stylesheets/application.css": "/*\n *= require_self\n */\nbody {\n  margin: 0;\n}\n",
         "app/assets/javascripts/application.js": "//= require jquery\n//= require_tree .\n",
         "app/assets/images/guide/oc1.png": "\x89PNG fake",
         f"public/assets/application-{_MD5[0]}.css": _MIN_CSS, f"public/assets/application-{_MD5[0]}.css.gz": "\x1f\x8b gz",
         "public/assets/application.css": _MIN_CSS, "public/assets/application.css.gz": "\x1f\x8b gz",
         f"public/assets/application-{_MD5[1]}.js": _JQUERY, "public/assets/application.js": _JQUERY,
         f"public/assets/guide/oc1-{_MD5[2]}.png": "\x89PNG fake", "public/assets/guide/oc1.png": "\x89PNG fake",
         "public/assets/manifest.yml": f"---\napplication.css: application-{_MD5[0]}.css\nguide/oc1.png: guide/oc1-{_MD5[2]}.png\n",
         f"public/assets/manifest-{_MD5[1]}.json": '{"files":{},"assets":{}}\n',
         "public/assets/theme/jquery-ui-1.10.4.custom.css": "/*! jQuery UI - v1.10.4 - 2014-03-05 * http://jqueryui.com * Copyright 2014 jQuery Foundation and other contributors; Licensed MIT */\n.ui-helper-hidden{display:none}\n"}


def test_the_asset_pipelines_output_folder_is_build_output(tmp_path):
    report = run_audit(build(tmp_path / "r", RAILS), tmp_path / "c", ["reusability.build-output", "reusability.dependencies"])
    inv = report["facts"]["inventory"]
    assert inv["categories"]["build"] == 10, inv["categories"]  # (all of public/assets/ but the theme copied in by hand)
    r = results(report)["reusability.build-output"]
    assert r["status"] == "warn" and r["details"]["files"] == 10, r["message"]
    assert "jquery-javascript-library" not in {lib["name"] for lib in inv["libraries"]}, inv["libraries"]


def test_public_assets_of_hand_written_files_without_a_pipeline_manifest_stay_sources(tmp_path):
    own = {p: t for p, t in RAILS.items() if not p.startswith("public/assets/manifest")}
    own["public/assets/manifest.json"] = '{"name": "Cantine", "start_url": "/", "display": "standalone"}\n'  # (a web app manifest)
    inv = run_audit(build(tmp_path / "r", own), tmp_path / "c", ["reusability.build-output"])["facts"]["inventory"]
    assert inv["categories"]["build"] <= 1, inv["categories"]

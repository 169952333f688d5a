"""textscan reads Objective-C sources and Rails views in Slim or Haml (issue 12, s34 c34 = Serli/opendata-poitiers-ios and
Jetinho/compost-lyon).

An iOS app's ViewController.m `#define kSERVER_URL @"https://open-data-poitiers.herokuapp.com/bike-shelters/"` hard-codes one
territory's server, but .m files were not scanned at all, and a line starting with "#" was taken for a comment (reusability.territory-neutral
passed). A Rails app drawing its Leaflet map in app/views/shared/*.html.slim (L.map(…).setView(…), L.tileLayer, markers at
site.latitude/longitude) "handled no detectable map or geographic data" (interoperability.geo not_applicable): Slim and Haml views were
not read. Near misses: a comment naming the same server stays no finding; an app with no map in its Slim views stays not_applicable."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

IOS = {
    "README.md": "# Abri Vélo\n\nApplication iOS listant les abris vélo.\n",
    "App/AppDelegate.h": "#import <UIKit/UIKit.h>\n\n@interface AppDelegate : UIResponder <UIApplicationDelegate>\n@end\n",
    "App/ViewController.m": ('#import "ViewController.h"\n@import MapKit;\n\n// position de test : 46,583719    0,3400767\n\n'
                             '/// URL du serveur\n#define kSERVER_URL @"https://open-data-ville.herokuapp.com/bike-shelters/"\n'
                             '#define kSERVICE_URL_ALL kSERVER_URL"all"\n\n@implementation ViewController\n'
                             '- (void)viewDidLoad {\n    [super viewDidLoad];\n}\n@end\n'),
}


def test_an_objective_c_define_of_one_territory_server_is_found(tmp_path):
    ios = dict(IOS)
    ios["App/ViewController.m"] = ios["App/ViewController.m"].replace("open-data-ville", "open-data-poitiers")
    _, res = judge(tmp_path, ios, ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert r["status"] == "warn", r["message"]  # was pass "No territory-specific value in the code"
    assert ("App/ViewController.m", 7) in {(e.get("path"), e.get("line")) for e in r["evidence"]}, r["evidence"]


def test_the_same_server_in_a_comment_is_no_finding(tmp_path):
    ios = dict(IOS)
    ios["App/ViewController.m"] = ios["App/ViewController.m"].replace(
        '#define kSERVER_URL @"https://open-data-ville.herokuapp.com/bike-shelters/"',
        '#define kSERVER_URL @"https://api.example.org/bike-shelters/"  \n# served before by https://open-data-poitiers.herokuapp.com')
    _, res = judge(tmp_path, ios, ["reusability.territory-neutral"])
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["evidence"]


RAILS = {
    "README.md": "# Compost\n\nCarte des sites de compostage.\n",
    "Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 6.0'\ngem 'slim-rails'\n",
    "config/routes.rb": "Rails.application.routes.draw do\n  resources :sites\nend\n",
    "app/controllers/sites_controller.rb": "class SitesController < ApplicationController\n  def index\n    @sites = Site.all\n  end\nend\n",
    "app/views/sites/index.html.slim": "h1 Sites\n= render 'shared/load_leaflet_map'\n= render 'shared/sites_map'\n",
    "app/views/shared/_load_leaflet_map.html.slim": ('= stylesheet_link_tag("https://unpkg.com/leaflet@1.6.0/dist/leaflet.css")\n'
                                                    '= javascript_include_tag("https://unpkg.com/leaflet@1.6.0/dist/leaflet.js")\n'),
    "app/views/shared/_sites_map.html.haml": ("#map\n:javascript\n  var mymap = L.map('map');\n"
                                             "  L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png').addTo(mymap);\n"
                                             "  data.forEach(function (site) { L.marker([site.latitude, site.longitude]).addTo(mymap); });\n"),
}


def test_a_leaflet_map_drawn_in_rails_views_is_geography(tmp_path):
    _, res = judge(tmp_path, RAILS, ["interoperability.geo"])
    geo = res["interoperability.geo"]
    assert geo["status"] != "not_applicable", geo["message"]  # was "handles no detectable map or geographic data"
    assert "app/views/shared/_sites_map.html.haml" in {e.get("path") for e in geo["evidence"]}, geo["evidence"]


def test_slim_views_without_a_map_stay_without_geography(tmp_path):
    rails = {k: v for k, v in RAILS.items() if "shared/" not in k}
    rails["app/views/sites/index.html.slim"] = "h1 Sites\nul\n  - @sites.each do |site|\n    li = site.name\n"
    _, res = judge(tmp_path, rails, ["interoperability.geo"])
    assert res["interoperability.geo"]["status"] == "not_applicable", res["interoperability.geo"]["message"]

"""interoperability.geo and interoperability.public-building-blocks (issue 12, s47 fd47 = aubryprieur/eurometropole): a Decidim
platform's db/schema.rb keeps `t.text "address"` with `t.float "latitude"` and `t.float "longitude"` in its proposals', meetings'
and projects' tables (the Geocoder gem's shape: addresses geocoded into positions). The report said "handles no detectable map or
geographic data" and "handles no address … that the public APIs would provide": a Rails schema's columns were not read. Near miss:
an "address" column in a table without coordinates (an e-mail or a web address kept as text) is no geocoded address."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

SCHEMA = """ActiveRecord::Schema[7.2].define(version: 2025_01_01_000000) do
  create_table "gatherings", force: :cascade do |t|
    t.string "title", null: false
    t.text "address"
    t.float "latitude"
    t.float "longitude"
  end

  create_table "notifications", force: :cascade do |t|
    t.string "address"
    t.string "subject"
  end
end
"""

APP = {
    "README.md": "# Concertation\n\nA participation platform.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '7.2.0'\ngem 'puma'\n",
    "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
    "app/views/home/index.html.erb": "<h1>Concertation</h1>\n<p><%= @gatherings.count %></p>\n",
    "app/controllers/home_controller.rb": "class HomeController < ApplicationController\n  def index\n    @gatherings = Gathering.all\n  end\nend\n",
}


def test_rails_schema_positions_and_geocoded_addresses_are_seen(tmp_path):
    files = {**APP, "db/schema.rb": SCHEMA}
    geo = check_result(tmp_path / "g", files, "interoperability.geo")
    assert "no detectable map or geographic data" not in geo["message"]["en"], geo["message"]
    assert "latitude" in geo["message"]["en"] and any(e.get("path") == "db/schema.rb" for e in geo["evidence"]), geo
    pbb = check_result(tmp_path / "p", files, "interoperability.public-building-blocks")
    assert "handles no address" not in pbb["message"]["en"], pbb["message"]
    assert any(e.get("path") == "db/schema.rb" and e.get("line") == 4 for e in pbb["evidence"]), pbb["evidence"]


def test_near_miss_an_address_without_coordinates_is_no_place(tmp_path):
    files = {**APP, "db/schema.rb": SCHEMA.replace('    t.float "latitude"\n    t.float "longitude"\n', "")}
    pbb = check_result(tmp_path, files, "interoperability.public-building-blocks")
    assert not any(e.get("path") == "db/schema.rb" for e in pbb["evidence"]), pbb

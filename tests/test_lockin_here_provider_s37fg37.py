"""scaling.vendor-lock-in (issue 12, s37 fg37 = reader rb37, OpenSourcePolitics/decidim-lyon): a Decidim platform sets its maps and
geocoding provider to HERE (config/initializers/decidim.rb: config.maps = {provider: :here, api_key: …}, the key from secrets.yml;
leaflet-tilelayer-here in a package.json), and the report listed 4 proprietary services without HERE. A framework's provider or
lookup given as the symbol :here (Decidim, the Geocoder gem) and the leaflet-tilelayer-here package are HERE's location APIs. Near
miss: the provider :osm (OpenStreetMap), and the word "here" elsewhere, stay no service."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.vendor-lock-in"

INITIALIZER = """# frozen_string_literal: true

Decidim.configure do |config|
  config.application_name = "Ma ville participe"
  config.default_locale = :fr

  # Geocoder configuration
  config.maps = {
    provider: :{provider},
    api_key: Rails.application.secrets.maps[:api_key],
    # Keep the provider for autocomplete: click here to read the docs
    autocomplete: {
      address_format: [%w(houseNumber street), "city", "country"]
    }
  }
end
"""

APP = {
    "README.md": "# Ma ville participe\n\nPlateforme de participation citoyenne Decidim de la ville.\n",
    "Gemfile": "source 'https://rubygems.org'\n\nruby '3.0.6'\ngem 'decidim', '0.27.5'\ngem 'puma'\n",
    "config/secrets.yml": "default: &default\n  maps:\n    api_key: <%= ENV[\"GEOCODER_LOOKUP_API_KEY\"] %>\n",
    "app/models/application_record.rb": "class ApplicationRecord < ActiveRecord::Base\n  self.abstract_class = true\nend\n",
}


def _names(r: dict) -> str:
    return r["message"]["en"]


def test_decidims_maps_provider_here_is_a_proprietary_service(tmp_path):
    r = check_result(tmp_path, {**APP, "config/initializers/decidim.rb": INITIALIZER.replace("{provider}", "here")}, CID)
    assert "HERE" in _names(r), r["message"]
    assert any(e.get("path") == "config/initializers/decidim.rb" for e in r["evidence"]), r["evidence"]


def test_the_leaflet_tile_layer_of_here_is_here(tmp_path):
    pkg = '{"name": "ville", "private": true, "dependencies": {"leaflet": "1.9.4", "leaflet-tilelayer-here": "1.0.2"}}\n'
    r = check_result(tmp_path, {**APP, "package.json": pkg, "config/initializers/decidim.rb": INITIALIZER.replace("{provider}", "osm")}, CID)
    assert "HERE" in _names(r), r["message"]


def test_the_osm_provider_is_no_service(tmp_path):
    r = check_result(tmp_path, {**APP, "config/initializers/decidim.rb": INITIALIZER.replace("{provider}", "osm")}, CID)
    assert "HERE" not in _names(r), r["message"]

"""reusability.configuration (issue 12, s47 fd47 = aubryprieur/eurometropole): a Decidim platform reads its mail and storage
settings through Decidim's wrapper, `Decidim::Env.new("SMTP_ADDRESS").to_s` (config/environments/production.rb) and
`<%= Decidim::Env.new("AWS_BUCKET").to_s %>` (config/storage.yml); the report counted only the ENV["…"] reads (17 of about 50),
so the advice's .env.example list left out the settings production needs. A Ruby `…::Env.new("NAME"…)` reads that variable.
Near miss: a constant or a method named like it (`Env.current`, `Decidim::Env.new(name)` with no literal) reads no name."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"

PRODUCTION = """Rails.application.configure do
  config.asset_host = ENV["RAILS_ASSET_HOST"] if ENV["RAILS_ASSET_HOST"].present?
  config.action_mailer.smtp_settings = {
    address: {wrap}("MAIL_RELAY_HOST").to_s,
    port: {wrap}("MAIL_RELAY_PORT", 587).to_i,
    user_name: {wrap}("MAIL_RELAY_LOGIN").to_s
  }
end
"""

STORAGE = """local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

objects:
  service: S3
  bucket: <%= {wrap}("OBJECTS_BUCKET").to_s %>
"""

APP = {
    "README.md": "# Concertation\n\nA participation platform.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'decidim', '0.28.0'\ngem 'puma'\n",
    "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
    ".env.example": "RAILS_ASSET_HOST=https://assets.example.org\n",
}


def _files(wrap: str) -> dict:
    return {**APP, "config/environments/production.rb": PRODUCTION.replace("{wrap}", wrap),
            "config/storage.yml": STORAGE.replace("{wrap}", wrap)}


def test_a_ruby_env_wrapper_reads_the_variable_it_names(tmp_path):
    r = check_result(tmp_path, _files("Decidim::Env.new"), CID)
    undocumented = set(r["details"].get("undocumented") or [])
    assert {"MAIL_RELAY_HOST", "MAIL_RELAY_PORT", "MAIL_RELAY_LOGIN", "OBJECTS_BUCKET"} <= undocumented, r["details"]
    assert r["details"]["env_vars"] == 5, r["details"]
    assert any(e.get("path") == "config/storage.yml" and e.get("value") == "OBJECTS_BUCKET" and e.get("line") == 7 for e in r["evidence"]), r["evidence"]


def test_near_miss_no_literal_name_no_setting(tmp_path):
    r = check_result(tmp_path, _files("Settings.lookup"), CID)
    assert r["details"].get("env_vars") == 1 and not r["details"].get("undocumented"), (r["status"], r["details"])

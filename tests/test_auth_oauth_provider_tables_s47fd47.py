"""interoperability.auth (issue 12, s47 fd47 = aubryprieur/eurometropole): a Decidim platform's db/schema.rb holds Doorkeeper's
oauth_applications and oauth_access_grants tables, each with a `t.text "redirect_uri"` column: the apps registered with the
platform as an OAuth *provider*. The report read the two columns as "Standard authentication (OpenID Connect/OAuth2/SAML/CAS)",
though people sign in with local accounts (Devise's encrypted_password in decidim_users). A column declared in a schema dump or
migration is stored data, not a sign-in flow; a users table's Devise password column is local accounts. Near miss: code sending
people to a provider with a "redirect_uri" parameter stays a standard sign-in."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.auth"

SCHEMA = """ActiveRecord::Schema[7.2].define(version: 2025_01_01_000000) do
  create_table "platform_users", force: :cascade do |t|
    t.string "email", default: "", null: false
    t.string "encrypted_password", default: "", null: false
  end

  create_table "oauth_access_grants", force: :cascade do |t|
    t.integer "resource_owner_id", null: false
    t.string "token", null: false
    t.text "redirect_uri", null: false
  end

  create_table "oauth_applications", force: :cascade do |t|
    t.string "name", null: false
    t.string "uid", null: false
    t.text "redirect_uri", null: false
  end
end
"""

APP = {
    "README.md": "# Concertation\n\nA participation platform.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '7.2.0'\ngem 'puma'\n",
    "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
    "db/schema.rb": SCHEMA,
    "db/migrate/20250101000000_add_redirect_uri.rb": "class AddRedirectUri < ActiveRecord::Migration[7.2]\n  def change\n"
                                                     "    add_column :oauth_clients, :redirect_uri, :text\n  end\nend\n",
    "app/controllers/home_controller.rb": "class HomeController < ApplicationController\n  def index\n    @items = Item.all\n  end\nend\n",
}

SIGN_IN = ("class SessionsController < ApplicationController\n  def new\n    query = { \"client_id\" => ENV[\"IDP_CLIENT_ID\"], "
           "\"redirect_uri\" => callback_url, \"scope\" => \"openid email\" }\n"
           "    redirect_to \"#{ENV['IDP_URL']}/authorize?#{query.to_query}\", allow_other_host: true\n  end\nend\n")


def test_oauth_provider_columns_are_no_standard_sign_in(tmp_path):
    r = check_result(tmp_path, APP, CID)
    assert "Standard authentication" not in r["message"]["en"], r["message"]
    assert not any("migrate" in str(e.get("path")) or e.get("value") == '"redirect_uri"' for e in r["evidence"]), r["evidence"]
    assert r["message"]["en"].startswith("Sign-in with local accounts"), r["message"]
    assert r["details"]["local_login"] is True and any(e.get("value") == "encrypted_password" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]


def test_near_miss_a_redirect_to_a_provider_stays_standard(tmp_path):
    r = check_result(tmp_path, {**APP, "app/controllers/sessions_controller.rb": SIGN_IN}, CID)
    assert "Standard authentication" in r["message"]["en"], r["message"]

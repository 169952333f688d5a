"""Session 19 (h3): Rails' generated config/locales/en.yml ("hello: Hello world", as `rails new` writes it) is no translation of the
application. Fixture shaped like sipf/codespostaux-api (a Rails API serving French Polynesia's communes and postal codes, whose only
locale file is the generator's): reusability.portability said "i18n: yes"."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SCAFFOLD = ("# Files in the config/locales directory are used for internationalization\n# and are automatically loaded by Rails.\n#\n"
            "#     I18n.t 'hello'\n\nen:\n  hello: \"Hello world\"\n")
APP = {"Gemfile": "source 'https://rubygems.org'\ngem 'rails', '~> 5.0.0'\ngem 'pg'\n",
       "Gemfile.lock": "GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (5.0.0)\n    pg (0.18.4)\n\nDEPENDENCIES\n  pg\n  rails (~> 5.0.0)\n",
       "app/controllers/v1/codes_controller.rb": ("module V1\n  class CodesController < ApplicationController\n    def index\n"
                                              "      render json: Commune.where(code: params[:q])\n    end\n  end\nend\n"),
       "config/routes.rb": "Rails.application.routes.draw do\n  namespace :v1 do\n    get 'codes', to: 'codes#index'\n  end\nend\n"}


def _i18n(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.portability"], name=name)[1]["reusability.portability"]["details"]["i18n"]


def test_the_generators_english_hello_world_is_no_translation(tmp_path):
    assert _i18n(tmp_path, {**APP, "config/locales/en.yml": SCAFFOLD}) is False


def test_locale_files_the_project_wrote_are(tmp_path):
    own = SCAFFOLD.replace('  hello: "Hello world"\n', '  hello: "Hello world"\n  communes:\n    not_found: "No commune for this code"\n')
    assert _i18n(tmp_path, {**APP, "config/locales/en.yml": own}, "o") is True
    assert _i18n(tmp_path, {**APP, "config/locales/en.yml": SCAFFOLD, "config/locales/fr.yml": "fr:\n  hello: \"Bonjour\"\n"}, "f") is True


def test_a_register_of_communes_kept_by_the_api_is_a_place_handled(tmp_path):
    # (the same Rails API: its communes table, held as a local copy, is the reference data geo.api.gouv.fr gives)
    files = {**APP, "config/locales/en.yml": SCAFFOLD,
             "db/schema.rb": ('ActiveRecord::Schema.define(version: 20160718094503) do\n  create_table "communes", force: :cascade do |t|\n'
                              '    t.text     "libelle"\n    t.text     "code"\n  end\nend\n'),
             "app/models/commune.rb": "class Commune < ApplicationRecord\n  belongs_to :ile\nend\n"}
    res = judge(tmp_path, files, ["interoperability.public-building-blocks"], name="c")[1]["interoperability.public-building-blocks"]
    assert res["status"] == "fail" and {e["path"] for e in res["evidence"]} == {"app/models/commune.rb", "db/schema.rb"}, res
    files.pop("db/schema.rb"), files.pop("app/models/commune.rb")
    res = judge(tmp_path, files, ["interoperability.public-building-blocks"], name="n")[1]["interoperability.public-building-blocks"]
    assert res["status"] == "not_applicable", res

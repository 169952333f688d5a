"""Issue 12, session 36 (s36, reader m34o1): scaling.vendor-lock-in and reusability.portability on a Rails app
(WildCodeSchool/laloupe-1014-territoireParticipatif) that subscribes every new member to a Mailchimp list through the `gibbon`
gem (Gemfile `gem 'gibbon'`, `Gibbon::API.new(ENV["MAILCHIMP_API"])` in a model): the services' list named no Ruby gem, the
report said "1 service: Google Analytics". The mailing services' Ruby and PHP clients now count, their Gemfile line as
evidence; mail sent through an SMTP relay's address (standard SMTP, the host a setting) is no such client."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

GEMFILE = """source 'https://rubygems.org'

ruby '2.2.0'
gem 'rails', '~> 4.2'
gem 'haml-rails'
# backend
gem 'puma'
gem 'devise'
{extra}gem 'dotenv-rails'
gem 'fog'
"""
MODEL = """class Contributeur < ActiveRecord::Base
  devise :database_authenticatable, :registerable
  after_create :subscribe

  def subscribe
    return unless newsletter
    gb = Gibbon::API.new(ENV["MAILCHIMP_API"])
    gb.lists.subscribe({:id => ENV["MAILCHIMP_LIST_ID"], :email => {:email => email}, :double_optin => false})
  end
end
"""
ENVIRONMENT = """require File.expand_path('../application', __FILE__)
Rails.application.initialize!
ActionMailer::Base.smtp_settings = {
  :user_name => ENV['SENDGRID_USERNAME'],
  :password => ENV['SENDGRID_PASSWORD'],
  :address => 'smtp.sendgrid.net',
  :port => 587,
  :authentication => :plain
}
"""


def _files(extra: str, model: str) -> dict:
    return {"README.md": "# Territoire Participatif\n\nA participatory platform.\n", "Gemfile": GEMFILE.replace("{extra}", extra),
            "config/environment.rb": ENVIRONMENT, "app/models/contributeur.rb": model,
            "app/controllers/projets_controller.rb": "class ProjetsController < ApplicationController\n  def index\n    @projets = Projet.all\n  end\nend\n",
            "app/views/projets/index.haml": "%h1 Projets\n- @projets.each do |p|\n  %p= p.titre\n"}


def _mailing(r: dict) -> list[dict]:
    return [e for e in r["evidence"] if "Mailchimp" in str(e.get("value"))]


def test_the_gibbon_gem_is_mailchimps_api(tmp_path):
    r = check_result(tmp_path, _files("gem 'gibbon'\n", MODEL), "scaling.vendor-lock-in")
    ev = _mailing(r)
    assert ev, (r["message"], r["evidence"])
    assert any(e["path"] == "Gemfile" and e.get("line") == 9 for e in ev), ev  # (the line that declares it)
    assert any(e["path"] == "app/models/contributeur.rb" for e in ev), ev  # (the client called in the code)
    assert "Mailchimp" in r["message"]["fr"] and "SendGrid" not in r["message"]["fr"], r["message"]  # (the service called, not the family)


def test_portability_names_mailchimp_too(tmp_path):
    r = check_result(tmp_path, _files("gem 'gibbon'\n", MODEL), "reusability.portability")
    assert "Mailchimp" in r["message"]["fr"] and "Mailchimp" in r["message"]["en"], r["message"]


def test_an_smtp_relay_alone_is_no_mailing_api(tmp_path):
    r = check_result(tmp_path, _files("", "class Contributeur < ActiveRecord::Base\nend\n"), "scaling.vendor-lock-in")
    assert not _mailing(r) and "SendGrid" not in r["message"]["en"], (r["message"], r["evidence"])

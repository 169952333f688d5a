"""scaling.vendor-lock-in and reusability.portability (issue 12, s47 fd47 = aubryprieur/eurometropole): a Decidim platform's
config/storage.yml carries the Google Cloud Storage block Rails and Decidim generate, whose key defaults include
auth_provider_x509_cert_url https://www.googleapis.com/oauth2/v1/certs; production selects S3. The report said "Depends on Google
Workspace APIs (Agenda, Drive, Gmail…)": the host www.googleapis.com counted whatever its path, though /oauth2/ is Google's OAuth
endpoint shared by all its APIs, no Workspace API. Near miss: a call to www.googleapis.com/calendar/v3/… stays Workspace."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

STORAGE = """local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

google:
  service: GCS
  credentials:
    type: "service_account"
    auth_provider_x509_cert_url: <%= ENV.fetch("GCS_CERT_URL", "https://www.googleapis.com/oauth2/v1/certs") %>
"""

APP = {
    "README.md": "# Concertation\n\nA participation platform.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '7.2.0'\ngem 'puma'\n",
    "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
    "config/storage.yml": STORAGE,
    "config/environments/production.rb": "Rails.application.configure do\n  config.active_storage.service = :local\nend\n",
    "app/models/agenda.rb": "class Agenda < ApplicationRecord\n  def title\n    name.strip\n  end\nend\n",
}

CALENDAR = ("class AgendaSync\n  EVENTS = \"https://www.googleapis.com/calendar/v3/calendars/%s/events\"\n\n  def fetch(id)\n"
            "    Net::HTTP.get(URI(format(EVENTS, id)))\n  end\nend\n")


def _msg(tmp_path, files, cid):
    r = check_result(tmp_path, files, cid)
    return r["message"]["en"] + " " + " ".join(str(e.get("note", "")) + str(e.get("value", "")) for e in r.get("evidence") or [])


def test_googles_oauth_certificate_url_is_no_workspace_api(tmp_path):
    assert "Workspace" not in _msg(tmp_path / "a", APP, "scaling.vendor-lock-in")
    assert "Workspace" not in _msg(tmp_path / "b", APP, "reusability.portability")
    assert "googleapis" not in _msg(tmp_path / "c", APP, "scaling.hosting")  # (nor a commercial host the project is served from)


def test_near_miss_a_calendar_api_call_stays_workspace(tmp_path):
    files = {**APP, "app/services/agenda_sync.rb": CALENDAR}
    assert "Workspace" in _msg(tmp_path, files, "scaling.vendor-lock-in")

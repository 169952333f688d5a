"""Hosting and vendor data gaps (issue 12, session 21 reader r2): a map reading every layer from one account's Google Drive
through the Drive API (www.googleapis.com/drive/v3/files/<id>) passed scaling.hosting, the Drive API host being handed to
vendor lock-in as "a service"; a dataviz whose whole data source is a rented OVH Kimsufi box under its default name
(ksNNNNN.kimsufi.com) passed, the host being "another organisation"; a theme loading SnatchBot's chatbot widget passed
vendor lock-in. Now: a provider's API host addressing one account's files (Drive, Cloud Storage's JSON API, Dropbox's content
API, Microsoft Graph's drives) is that account's storage; a rented server under its provider's default customer name is one
customer's machine; chatbot widgets whose bot lives in the vendor's account are a proprietary service. The same API hosts'
other paths (a Google OAuth scope, Google Fonts) and the provider's own site keep their class."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.common import host_class
from tests.gitrepo import make_repo


def _results(tmp_path, files: dict, only: list[str]) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Carte\n\nLa carte des travaux.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@ville-exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=only))
    return {r["id"]: r for r in report["results"]}


def _personal(r: dict) -> list[str]:
    return [e["value"]["host"] for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("class") == "personal"]


@pytest.mark.parametrize(("host", "path", "cls"), [
    ("www.googleapis.com", "/drive/v3/files/1AbCdEf", "personal"),
    ("www.googleapis.com", "/storage/v1/b/mon-bucket/o/couche.geojson", "personal"),
    ("content.dropboxapi.com", "/2/files/download", "personal"),
    ("graph.microsoft.com", "/v1.0/drives/b!x/items/y/content", "personal"),
    ("ks12345.kimsufi.com", "/tjs/", "personal"),
    ("vps-1a2b3c4d.vps.ovh.net", "/", "personal"),
    ("www.googleapis.com", "/auth/userinfo.email", "commercial"),   # the same API host's other paths keep their class
    ("graph.microsoft.com", "/v1.0/me/calendar", "other"),
    ("www.ovh.net", "/", "commercial"),                              # the provider's own site is no customer's server
])
def test_host_classes(host, path, cls):
    assert host_class(host, path)["class"] == cls


def test_layers_in_one_accounts_drive_read_through_the_api_are_a_personal_dependency(tmp_path):
    js = ("const KEY = process.env.REACT_APP_KEY;\nexport function layer(fileId) {\n"
          "  return fetch(`https://www.googleapis.com/drive/v3/files/${fileId}?alt=media&key=${KEY}`).then(r => r.json());\n}\n")
    r = _results(tmp_path, {"src/layers.js": js, "package.json": '{"name": "carte", "dependencies": {"react": "18.2.0"}}'},
                 ["scaling.hosting"])["scaling.hosting"]
    assert r["status"] != "pass" and _personal(r) == ["www.googleapis.com"], r["message"]


def test_a_rented_boxs_default_name_is_one_customers_server(tmp_path):
    js = "var settings = {\n  server: 'http://ks12345.kimsufi.com:8080/tjs/',\n  centre: [49.9, 2.3]\n};\n"
    r = _results(tmp_path, {"viewer/js/settings.js": js, "viewer/index.html": "<html><body><script src='js/settings.js'></script></body></html>\n"},
                 ["scaling.hosting"])["scaling.hosting"]
    assert r["status"] != "pass" and _personal(r) == ["ks12345.kimsufi.com"], r["message"]


def test_a_google_oauth_scope_stays_a_service_not_a_drive(tmp_path):
    # the neighbouring right case: www.googleapis.com outside /drive/ is the vendor's API, judged by vendor lock-in only
    py = "SCOPES = ['https://www.googleapis.com/auth/calendar.readonly']\n"
    r = _results(tmp_path, {"agenda.py": py}, ["scaling.hosting"])["scaling.hosting"]
    assert r["status"] == "pass" and _personal(r) == [], r["message"]


def test_a_chatbot_widget_is_a_proprietary_service(tmp_path):
    twig = ("{% if have_chatbot %}\n  <script src=\"https://account.snatchbot.me/script.js\"></script>\n"
            "  <script>window.sntchChat.Init({{ bot_id }})</script>\n{% endif %}\n")
    rs = _results(tmp_path, {"templates/page--front.html.twig": twig, "theme.info.yml": "name: Thème\ntype: theme\ncore_version_requirement: ^10\n"},
                  ["scaling.vendor-lock-in"])
    r = rs["scaling.vendor-lock-in"]
    assert r["status"] != "pass" and "SnatchBot" in r["message"]["en"], r["message"]

"""licensing.dependencies (issue 12, session 32 b32, measure 24): the message was false twice.
- A Sphinx manual's repository (openMairie's openelec documentation): its root requirements.txt ("Sphinx", "sphinx_rtd_theme")
  installs what builds the manual for Read the Docs, yet it was read as "2 Python dependencies without license data". A
  requirements file naming only documentation generators, themes and extensions is documentation tooling, as
  docs/requirements.txt already was, and its packages are not the project's dependencies.
- A Home Assistant custom integration (Eric-D/ha-mediatheque-veauche) declares its requirements in
  custom_components/<domain>/manifest.json ("requirements": ["beautifulsoup4>=4.12.0", "requests>=2.28.0"]), which Home
  Assistant installs with pip: it was "4 Python modules imported by the code (bs4, homeassistant, requests, voluptuous) and
  declared in no manifest". That manifest is now read (manifests fact, ecosystem homeassistant) and its packages looked up."""

from __future__ import annotations

import json

import pytest

from auditor.engine import AuditOptions, audit
from tests.test_licence_docs_index_s32b32 import manual
from tests.test_licensing_checks import text

CHECKS = ["licensing.dependencies", "reusability.dependencies"]


@pytest.fixture
def run(repo, tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_OFFLINE_INDEX", "1")

    def go(files: dict):
        path = repo([{"files": files, "date": "2026-01-10T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
        report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=CHECKS))
        return {r["id"]: r for r in report["results"]}, report["facts"]
    return go


def test_a_manuals_sphinx_requirements_are_no_dependencies(run):
    res, facts = run(manual({"LICENSE": text("MIT")}))
    r = res["licensing.dependencies"]
    assert r["status"] == "not_applicable" and "Python dependencies without license data" not in r["message"]["en"], r["message"]
    m = facts["manifests"]["manifests"][0]
    assert (m["path"], m["dependencies"], m.get("tooling")) == ("requirements.txt", [], True), m


def test_a_runtime_requirement_beside_sphinx_is_still_a_dependency(run):
    res, facts = run(manual({"LICENSE": text("MIT"), "requirements.txt": "Sphinx\nrequests==2.31.0\n"}))
    r = res["licensing.dependencies"]
    assert r["status"] == "inconclusive" and "2 Python dependencies without license data" in r["message"]["en"], r["message"]


MANIFEST = {"domain": "mediatheque_demo", "name": "Médiathèque", "codeowners": ["@someone"], "config_flow": True,
            "documentation": "https://example.org/ha-mediatheque", "iot_class": "cloud_polling",
            "requirements": ["beautifulsoup4>=4.12.0", "requests>=2.28.0"], "version": "3.2.6"}
INIT = ("import voluptuous as vol\nfrom bs4 import BeautifulSoup\nimport requests\nfrom homeassistant.core import HomeAssistant\n\n\n"
        "async def async_setup(hass: HomeAssistant, config) -> bool:\n    return True\n")


def integration(manifest: dict) -> dict:
    return {"LICENSE": text("MIT"), "README.md": "# Médiathèque\n\nA Home Assistant integration.\n", "hacs.json": '{"name": "Médiathèque"}\n',
            "custom_components/mediatheque_demo/manifest.json": json.dumps(manifest, indent=2),
            "custom_components/mediatheque_demo/__init__.py": INIT,
            "custom_components/mediatheque_demo/sensor.py": "import requests\n\n\ndef fetch(url):\n    return requests.get(url, timeout=5)\n"}


def test_a_home_assistant_integrations_manifest_declares_its_requirements(run):
    res, facts = run(integration(MANIFEST))
    r = res["licensing.dependencies"]
    assert r["status"] == "inconclusive" and "declared in no manifest" not in r["message"]["en"], r["message"]
    assert "2 Python dependencies without license data" in r["message"]["en"], r["message"]
    ha = [m for m in facts["manifests"]["manifests"] if m["ecosystem"] == "homeassistant"]
    assert [(m["path"], m["dependencies"], m["lockfile"]) for m in ha] == [
        ("custom_components/mediatheque_demo/manifest.json", ["beautifulsoup4", "requests"], None)], ha
    r = res["reusability.dependencies"]
    assert "manifest.json" in r["remediation"]["en"] and '"requirements": ["<package>==<version>"]' in r["remediation"]["en"], r


def test_another_manifest_json_there_is_not_read_as_home_assistants(run):
    """Near miss: a web app's manifest.json (name, icons, no Home Assistant key) in the same place declares nothing."""
    web = {"name": "Médiathèque", "short_name": "Media", "icons": [], "start_url": "/", "requirements": ["requests"]}
    res, facts = run(integration(web))
    assert not any(m["ecosystem"] == "homeassistant" for m in facts["manifests"]["manifests"])
    assert "declared in no manifest" in res["licensing.dependencies"]["message"]["en"], res["licensing.dependencies"]["message"]

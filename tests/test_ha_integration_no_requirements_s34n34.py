"""reusability.dependencies (issue 12, s34 n34 = milimilo/collecte-dechets-ha): a Home Assistant integration whose
custom_components/<domain>/manifest.json declares "requirements": [] and whose code imports homeassistant, aiohttp and voluptuous
(all shipped with Home Assistant) failed "No dependency manifest: the code loads 3 package(s) … declared nowhere". The manifest
declares that it needs nothing beyond its host: nothing to lock or keep up to date. A package Home Assistant does not ship
(bs4), imported but not declared, is still one to declare."""

from __future__ import annotations

import json

from tests.test_dependencies_docs_and_ha_manifest_s32b32 import run  # noqa: F401 (the fixture)
from tests.test_licensing_checks import text

MANIFEST = {"domain": "collecte_demo", "name": "Collecte des déchets", "version": "0.2.2", "config_flow": True,
            "documentation": "https://example.org/collecte", "issue_tracker": "https://example.org/collecte/issues",
            "codeowners": ["@someone"], "iot_class": "cloud_polling", "integration_type": "service", "requirements": []}
COORDINATOR = ("import aiohttp\nimport voluptuous as vol\nfrom homeassistant.core import HomeAssistant\n"
               "from homeassistant.helpers.update_coordinator import DataUpdateCoordinator\n\n\n"
               "async def fetch(session: aiohttp.ClientSession, url):\n    async with session.get(url) as r:\n        return await r.json()\n")


def integration(extra: str = "") -> dict:
    return {"LICENSE": text("MIT"), "README.md": "# Collecte\n\nA Home Assistant integration.\n",
            "hacs.json": '{"name": "Collecte des déchets", "homeassistant": "2024.1.0"}\n',
            "custom_components/collecte_demo/manifest.json": json.dumps(MANIFEST, indent=2),
            "custom_components/collecte_demo/__init__.py": "from .coordinator import fetch\n",
            "custom_components/collecte_demo/coordinator.py": extra + COORDINATOR}


def test_an_integration_needing_nothing_beyond_home_assistant(run):  # noqa: F811
    res, facts = run(integration())
    r = res["reusability.dependencies"]
    assert r["status"] == "not_applicable" and "declared nowhere" not in r["message"]["en"], r["message"]
    ha = [m for m in facts["manifests"]["manifests"] if m["ecosystem"] == "homeassistant"]
    assert [(m["path"], m["dependencies"]) for m in ha] == [("custom_components/collecte_demo/manifest.json", [])], ha


def test_a_package_home_assistant_does_not_ship_is_still_to_declare(run):  # noqa: F811
    res, _ = run(integration("from bs4 import BeautifulSoup\n"))
    r = res["reusability.dependencies"]
    assert r["status"] != "not_applicable", r["message"]
    assert "bs4" in json.dumps(res["licensing.dependencies"]), res["licensing.dependencies"]

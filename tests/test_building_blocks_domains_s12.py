"""Session 12 (lead, r1 read after the freeze): interoperability.public-building-blocks listed "data.gouv.fr API" for two Vue
front ends of a métropole whose only call was API Adresse: a comment pointing to API Adresse's documentation
(adresse.data.gouv.fr/api-doc) matched data.gouv.fr's own API. Another service under data.gouv.fr's domain is not its API."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BB = "interoperability.public-building-blocks"
PKG = '{"name": "carte-solaire", "dependencies": {"vue": "^3.3.0", "maplibre-gl": "^3.0.0"}}\n'
README = "# Cadastre solaire\n\nCarte du potentiel solaire des toitures.\n"


def _files(call: str) -> dict[str, str]:
    return {"package.json": PKG, "README.md": README, "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"app\"></div></body></html>\n",
            "src/services/geocode.ts": call}


def test_api_adresse_documentation_link_is_not_data_gouv_api(tmp_path):
    call = ("// Géocodage : voir https://adresse.data.gouv.fr/api-doc/adresse\n"
            "export async function geocode(q: string) {\n"
            "  const r = await fetch(`https://api-adresse.data.gouv.fr/search/?q=${encodeURIComponent(q)}&limit=5`);\n"
            "  return r.json();\n}\n")
    res = judge(tmp_path, _files(call), [BB])[1][BB]
    assert res["details"]["building_blocks"] == ["API Adresse"], res["details"]["building_blocks"]


def test_data_gouv_api_itself_is_named(tmp_path):
    call = ("export async function datasets(org: string) {\n"
            "  const r = await fetch(`https://www.data.gouv.fr/api/1/organizations/${org}/datasets/`);\n"
            "  return r.json();\n}\n")
    res = judge(tmp_path, _files(call), [BB])[1][BB]
    assert "data.gouv.fr API" in res["details"]["building_blocks"], res["details"]["building_blocks"]

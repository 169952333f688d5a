"""A région's or département's name joined to its kind in a domain names that body (issue 12, s40 fl40 = reader ri40,
gitreunion/datacup-challenge-muc).

The hackathon chatbot looks every company up in the Région Réunion's open-data portal, data.regionreunion.com (its extract of SIRENE
for La Réunion): a company of another region is never found. reusability.territory-neutral passed: the rule for local portals knew
data/geo/carto + place (datasud.fr, geobretagne.fr) and ville-/mairie-/agglo- + place, not région-/département- + place.
Near misses: the national SIRENE API (recherche-entreprises.api.gouv.fr) and a company whose name only starts like "region"
(regionalisation.com) stay neutral.
"""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
CODE = """import requests


def company(siret):
    url = f"{BASE}?where=siret={siret}"
    return requests.get(url, timeout=10).json()
"""


def _files(base: str) -> dict:
    return {"README.md": "# Chatbot\n\nUn agent conversationnel qui vérifie l'éligibilité des entreprises.\n",
            "rag/requirements.txt": "requests==2.32.0\n",
            "rag/main.py": f'BASE = "{base}"\n' + CODE}


def test_a_regions_open_data_portal_is_one_territorys(tmp_path):
    r = check_result(tmp_path, _files("https://data.regionreunion.com/api/explore/v2.1/catalog/datasets/sirene/records"), CID)
    assert r["status"] == "warn" and any("regionreunion" in str(e.get("value")) for e in r["evidence"]), r


@pytest.mark.parametrize("base", ["https://recherche-entreprises.api.gouv.fr/search", "https://api.regionalisation.com/v1/companies"])
def test_a_national_api_or_a_look_alike_stays_neutral(tmp_path, base):
    r = check_result(tmp_path, _files(base), CID)
    assert r["status"] == "pass", r["message"]

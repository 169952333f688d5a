"""reusability.territory-neutral (issue 12, s39 fg39 = reader rb39 on jdev-org/omees).

A map's home page links a leaflet on the site of the Agence régionale de santé Occitanie (https://www.occitanie.ars.sante.fr/media/…):
it was "a local authority's account on a shared service (a sub-domain in its name)". The ARS are one State agency per region, each on
<région>.ars.sante.fr, the network's own domain: a State body's regional branch, like a Cerema direction's site, not a territory's
account. Near miss: a commune's account on a shared service (nantes.opendatasoft.com) stays one.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"


def _files(url: str) -> dict:
    return {"README.md": "# carte\nCarte du moustique tigre.\n",
            "index.html": "<!DOCTYPE html>\n<html><head><script src=\"js/app.js\"></script></head><body><div id=\"map\"></div></body></html>\n",
            "js/app.js": f"const LEAFLET_URL = '{url}';\ndocument.getElementById('map').dataset.source = LEAFLET_URL;\n"}


def _hosts(r: dict) -> set[str]:
    return {str(e.get("value")) for e in r["evidence"] if "://" in str(e.get("value"))}


def test_a_regional_site_of_the_ars_network_is_no_territory_account(tmp_path):
    r = check_result(tmp_path, _files("https://www.occitanie.ars.sante.fr/media/77162/download?inline"), CID)
    assert not any("ars.sante.fr" in h for h in _hosts(r)), r["evidence"]


def test_a_communes_account_on_a_shared_service_stays_one(tmp_path):
    r = check_result(tmp_path, _files("https://nantes.opendatasoft.com/api/records/1.0/search/"), CID)
    assert any("nantes.opendatasoft.com" in h for h in _hosts(r)), r["evidence"]

"""reusability.territory-neutral (issue 12, s44 fi44 = reader re44 on Maximelebonm/symseeFront, item 10).

A syndicate's home page links, for its readers, the erosion guide on the site of the Chambre d'agriculture des Hauts-de-France
(https://hautsdefrance.chambres-agriculture.fr/…): it was "a local government's account on a shared service (a sub-domain in its
name)". The chambers of agriculture are a national network of public establishments, each regional chamber on
<région>.chambres-agriculture.fr, the network's own domain: the network's regional body, not a tenant of a shared service.
Near miss: a region-named account on a shared SaaS host (hautsdefrance.sphinxonline.net) stays one.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"


def _files(url: str) -> dict:
    return {"README.md": "# site\nSite du syndicat.\n",
            "index.html": "<!DOCTYPE html>\n<html><head><script src=\"src/home.jsx\"></script></head><body><div id=\"root\"></div></body></html>\n",
            "src/home.jsx": ("export default function Home() {\n  return (\n    <section>\n"
                             f"      <a href=\"{url}\" target=\"_blank\">Guide de l'érosion</a>\n    </section>\n  );\n}}\n")}


def _hosts(r: dict) -> set[str]:
    return {str(e.get("value")) for e in r["evidence"] if "://" in str(e.get("value"))}


def test_a_regional_chamber_of_a_national_network_is_no_territory_account(tmp_path):
    r = check_result(tmp_path, _files("https://hautsdefrance.chambres-agriculture.fr/sinformer/guide-de-lerosion-2018"), CID)
    assert not any("chambres-agriculture.fr" in h for h in _hosts(r)), r["evidence"]


def test_near_miss_a_region_named_account_on_a_shared_service_stays_one(tmp_path):
    r = check_result(tmp_path, _files("https://hautsdefrance.sphinxonline.net/v/s/enquete-erosion"), CID)
    assert any("hautsdefrance.sphinxonline.net" in h for h in _hosts(r)), r["evidence"]

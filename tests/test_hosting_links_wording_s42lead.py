"""scaling.hosting's pass message when a site only links elsewhere (issue 12, s41 fb41 = CDG47-Dev/t3_Serignac, left open): a
TYPO3 site's setup whose addresses are all <a href> links passed with "(no external address)", which a reader opening the file
finds false — it has addresses, none the service loads. The message now says what was looked for: no address the service loads
or calls; links for readers are not such addresses. A site that loads a script from a CDN is not given that sentence."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PAGE = ("<!doctype html>\n<html lang=\"fr\"><head><title>Mairie</title></head><body>\n"
        "<p>Horaires de la mairie.</p>\n"
        "<a href=\"https://www.service-public.fr/particuliers/vosdroits\">Vos droits</a>\n"
        "<a href=\"https://www.interco-exemple.fr/dechets\">Collecte des déchets</a>\n"
        "</body></html>\n")


def test_a_site_with_links_only_says_no_address_it_loads(tmp_path):
    r = check_result(tmp_path, {"README.md": "# Site de la mairie\n\nPages statiques.\n", "index.html": PAGE}, "scaling.hosting")
    assert r["status"] == "pass", r
    assert "no external address the service loads or calls; links for readers are not such addresses" in r["message"]["en"], r["message"]
    assert "aucune adresse externe que le service charge ou appelle" in r["message"]["fr"], r["message"]


def test_a_site_loading_a_cdn_script_is_not_told_so(tmp_path):  # (near miss: a loaded script is an address the service loads)
    page = PAGE.replace("</head>", "<script src=\"https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.js\"></script></head>")
    r = check_result(tmp_path, {"README.md": "# Site de la mairie\n\nPages statiques.\n", "index.html": page}, "scaling.hosting")
    assert "no external address" not in r["message"]["en"] and "1 CDN" in r["message"]["en"], r["message"]

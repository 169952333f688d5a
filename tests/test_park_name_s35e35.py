"""reusability.territory-neutral (issue 12, s35 e35 = reader m30o1, PnMercantour/PortailCarto and PnMercantour/suivi_zh): a national
park's map portal writes the park's name in its page (<span class="brand-name">Parc national du Mercantour</span>) and a dashboard
returns it from its code; the check passed ("No territory-specific value in the code"), a park's name being in no list of communes
and the park's sponsor type unknown. A park's name is one territory's, whoever the sponsor is; three parks or more named in one file
are a list of parks (a national network's menu), no one territory's."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PAGE = ("<!DOCTYPE html>\n<html>\n<head>\n  <title>Portail cartographique</title>\n</head>\n<body>\n  <nav class=\"navbar\">\n"
        "    <span class=\"brand-name\">Parc national du Mercantour</span>\n  </nav>\n  <div id=\"map\"></div>\n"
        "  <script src=\"js/app.js\"></script>\n</body>\n</html>\n")
PORTAL = {"README.md": "# Portail cartographique\n\nUn portail de cartes pour les parcs nationaux.\n", "index-src.html": PAGE,
          "js/app.js": "var map = L.map('map');\n"}
CID = "reusability.territory-neutral"


def test_a_parks_name_in_its_portals_page_is_territory_specific(tmp_path):
    r = check_result(tmp_path, PORTAL, CID)
    assert r["status"] == "warn", r["message"]
    assert any(e.get("value") == "Parc national du Mercantour" and e.get("path") == "index-src.html" for e in r["evidence"]), r["evidence"]


def test_a_dashboard_returning_its_parks_name_is_too(tmp_path):
    code = "def titre_site(site):\n    if site is None:\n        return \"Parc national du Mercantour\"\n    return site['nom']\n"
    r = check_result(tmp_path, {"README.md": "# Suivi\n", "dashboard/carte_site.py": code}, CID)
    assert r["status"] == "warn", r["message"]


def test_a_menu_of_the_national_parks_is_no_one_territory(tmp_path):  # (near miss: a national network's list of parks)
    menu = "".join(f"    <li>Parc national {p}</li>\n" for p in ("des Écrins", "de la Vanoise", "du Mercantour", "des Cévennes"))
    page = PAGE.replace("    <span class=\"brand-name\">Parc national du Mercantour</span>\n", f"    <ul>\n{menu}    </ul>\n")
    r = check_result(tmp_path, {**PORTAL, "index-src.html": page}, CID)
    assert r["status"] == "pass", r["message"]

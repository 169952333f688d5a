"""reusability.territory-neutral (issue 12, s37 fh37 = Gemapi69/Surveillance-Digue-V3).

A métropole's dike-patrol web app (one static page) writes the authority's name in its banner, in capitals —
<span>MÉTROPOLE DE LYON — DIRECTION EAU</span> — and "Grand Lyon" after the app's name in its <title>. The check said "pass: no
territory-specific value in the code": territory.name's capitals branch knew only VILLE, MAIRIE and COMMUNE, and "Grand Lyon" was
read only right after a quote or a tag. A métropole's, an agglomeration's or a communauté's name in capitals, and a Grand territory
anywhere in a page's text or a string, are now findings.
Near misses: "MÉTROPOLE DE FRANCE" (mainland France) names no authority; "Grand Est" (a région) and "Grand Prix", "Grand Public" in
a text name no agglomeration.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
    <meta charset="UTF-8">
    <title>Surveillance Ouvrages — {title}</title>
</head>
<body>
<div class="status-bar"><span>SYSTÈME ACTIF</span><span>|</span><span>{banner} — SERVICE DES EAUX</span></div>
<div class="container"><h2>Niveau d'eau</h2><p id="level">--</p></div>
<script>
function refresh() {{ document.getElementById('level').textContent = '42'; }}
</script>
</body>
</html>
"""

SW = "self.addEventListener('install', function (e) { e.waitUntil(caches.open('v1')); });\n"


def _files(title: str, banner: str) -> dict:
    return {"index.html": PAGE.format(title=title, banner=banner), "sw.js": SW, "README.md": "# Surveillance\n\nOutil de patrouille.\n"}


def test_an_authoritys_name_in_capitals_and_a_grand_territory_in_a_title_are_found(tmp_path):
    r = check_result(tmp_path, _files("Grand Lyon", "MÉTROPOLE DE LYON"), CID)
    assert r["status"] in ("warn", "fail"), r["message"]  # was pass "No territory-specific value in the code"
    lines = {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert {("index.html", 5), ("index.html", 8)} <= lines, r["evidence"]


def test_an_agglomerations_name_in_capitals_is_found(tmp_path):
    r = check_result(tmp_path, _files("Patrouille", "COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS BASQUE"), CID)
    lines = {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert ("index.html", 8) in lines, r["evidence"]


def test_mainland_france_a_region_and_common_grand_words_name_no_authority(tmp_path):
    r = check_result(tmp_path, _files("Grand Public", "MÉTROPOLE DE FRANCE"), CID)
    assert r["status"] == "pass", r["evidence"]
    r = check_result(tmp_path / "b", _files("Grand Prix", "RÉSEAU NATIONAL"), CID)
    assert r["status"] == "pass", r["evidence"]

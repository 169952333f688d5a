"""reusability.territory-neutral: a commune's name written again in the pages says what anchored it (issue 12, s43 fe43 =
Villebon-Sur-Yvette/Projet-catalogue-PHP, reader rb43): a municipal library's catalogue heads every page with "Site internet de la
bibliothèque municipale de <commune>" and writes the commune again in its titles; ~45 findings said "the commune's name a constant
gives" though no constant names it anywhere. The echo is anchored on the municipal service's name: the note says so. Near miss: a
constant naming the commune (VILLE = '…') keeps the constant's note. The files are written for these tests."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
HEAD = ("<?php\n?>\n<div id=\"entete\">\n  <p>Site internet de la bibliothèque municipale de Villebon-sur-Yvette</p>\n</div>\n"
        "<h1>Catalogue de Villebon-sur-Yvette</h1>\n")
SEARCH = "<?php include 'entete.php'; ?>\n<form method=\"get\"><input name=\"titre\"></form>\n<p>Recherche dans le fonds de Villebon-sur-Yvette</p>\n"
BASE = {"README.txt": "catalogue\n", "entete.php": HEAD, "recherche.php": SEARCH}


def _notes(res) -> set:
    return {str((e.get("note") or {}).get("en")) for e in res["evidence"] if e.get("path") == "recherche.php"}


def test_an_echo_of_a_municipal_services_commune_names_that_anchor(tmp_path):
    res = check_result(tmp_path, BASE, CID)
    notes = _notes(res)
    assert res["status"] != "pass" and notes, (res["message"], res["evidence"])
    assert not any("a constant gives" in n for n in notes) and any("municipal service or place is named after" in n for n in notes), notes


def test_an_echo_of_a_constants_commune_keeps_the_constants_note(tmp_path):
    code = "<?php\n$config = ['ville' => 'Villebon-sur-Yvette'];\nfunction titre() { return 'Catalogue'; }\n"
    files = {"README.txt": "catalogue\n", "lib/app.php": code, "recherche.php": SEARCH}
    res = check_result(tmp_path, files, CID)
    assert any("a constant gives" in n for n in _notes(res)), (res["message"], res["evidence"])

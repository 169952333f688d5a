"""reusability.territory-neutral: an address block that goes on with the town hall's hours is the town hall's address (issue 12, s43
fe43 = Louischaill/Foissy-sur-Vanne, reader rb43): a village site's footer, under "Nous rencontrer :", writes "40 Grande Rue<br>
89190 <Commune><br> <br> Horaire Mairie :<br> Le mardi …" — the town hall is named after the address, not over it, and the
address was no finding (a postcode on its own line counts only near a body's name); so the commune, written again in every page's
title, was missed too. Near miss: the same block giving a shop's opening hours ("Horaires d'ouverture") stays no address. The files
are written for these tests."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
FOOTER = ("<footer>\n    <div class=\"text_footer\">\n        <h3>Nous rencontrer :</h3>\n        <p>40 Grande Rue<br>\n"
          "            89999 Bourg-sur-Testine<br>\n            <br>\n            {hours} :<br>\n            Le mardi de 8h 30 à 11h 00</p>\n"
          "    </div>\n</footer>\n")
HEADER = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n    <meta charset=\"UTF-8\">\n    <title>Bourg-sur-Testine</title>\n</head>\n<body>\n"
CONTROLLER = ("<?php\nclass Accueil extends CI_Controller {\n    public function index() {\n        $this->load->view('header');\n"
              "        $this->load->view('footer');\n    }\n}\n")


def _files(hours: str) -> dict:
    return {"README.md": "# Site\n", "application/views/footer.php": FOOTER.replace("{hours}", hours),
            "application/views/header.php": HEADER, "application/controllers/Accueil.php": CONTROLLER}


def _cited(res) -> set:
    return {(e.get("path"), e.get("line")) for e in res["evidence"] if e.get("path")}


def test_an_address_followed_by_the_town_halls_hours_is_the_town_halls(tmp_path):
    res = check_result(tmp_path, _files("Horaire Mairie"), CID)
    assert {("application/views/footer.php", 5), ("application/views/header.php", 5)} <= _cited(res), (res["message"], res["evidence"])


def test_an_address_followed_by_opening_hours_stays_no_address(tmp_path):
    res = check_result(tmp_path, _files("Horaires d'ouverture"), CID)
    assert res["status"] == "pass", (res["message"], res["evidence"])

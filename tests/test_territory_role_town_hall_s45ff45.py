"""A town hall named by its role for the reader ("Mairie du Lieu de Naissance") names no commune (issue 12, s45 ff45 = reader
rb45's LexaeART/villeinfo).

villeinfo: a commune's PHP site; demarches.php's table of civil-status procedures has a row headed "Mairie du Lieu de Naissance"
(where to ask for a birth certificate: the town hall of the place of birth, any commune). reusability.territory-neutral gave it as
"hard-coded name of a local government". Rule now: "Mairie/Ville/Commune du lieu de …, du domicile, de résidence, de naissance…"
names a role, not a place. Near miss: the same table naming a real town hall ("Mairie de Compiègne") is still a finding."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TERR = "reusability.territory-neutral"


def _page(row: str) -> str:
    return ("<?php include 'header.php'; ?>\n<main>\n<h1>Démarches</h1>\n<table class=\"table\">\n<thead><tr><th scope=\"col\">Acte</th>"
            "<th scope=\"col\">Où s'adresser</th><th scope=\"col\">Pièces</th></tr></thead>\n<tbody>\n<tr>\n"
            "<td>Extrait d'acte de naissance</td>\n" f"<th>{row}</th>\n<td>Indiquer la date de naissance et les noms des parents</td>\n"
            "</tr>\n</tbody>\n</table>\n</main>\n<?php include 'footer.php'; ?>\n")


def _files(row: str) -> dict:
    return {"demarches.php": _page(row), "header.php": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Démarches</title></head><body>\n",
            "footer.php": "</body></html>\n"}


def test_the_town_hall_of_the_place_of_birth_names_no_commune(tmp_path):
    _r, res = judge(tmp_path, _files("Mairie du Lieu de Naissance"), [TERR], name="role")
    assert not any("Naissance" in str(e.get("value")) for e in res[TERR]["evidence"]), res[TERR]["evidence"]


def test_near_miss_a_named_town_hall_is_still_a_finding(tmp_path):
    _r, res = judge(tmp_path, _files("Mairie de Compiègne"), [TERR], name="named")
    assert any("Compiègne" in str(e.get("value")) for e in res[TERR]["evidence"]), res[TERR]

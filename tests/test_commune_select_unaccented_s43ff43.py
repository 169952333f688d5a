"""A form's closed list of one territory's communes written without accents or in capitals (issue 12, s43 ff43 = reader rd43,
Romain64290/memotri: a waste-collection page's <select> of the agglomeration's 14 communes, <option value="BILLERE">Billere</option>,
<option value="JURANCON">Jurançon</option>…, was missed: only four of its names were known as written). Rule (s40 fj40's, extended):
the select's options are compared with the communes the tool knows without accents or case, so Billere is Billère; five known
communes or more make it one territory's list, for reusability.territory-neutral and interoperability.identifiers. Near miss: the
same select without Billere names four known communes and small ones the tool does not know: none."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
TOWNS = ["Artigueloutan", "Billere", "Bizanos", "Idron", "Jurançon", "LESCAR", "Lons", "Ousse", "Sendets"]


def form(options: list[str]) -> str:
    opts = "".join(f'<option value="{o.upper()}" <?php if($ville=="{o.upper()}"){{echo"selected=\'selected\'";}}?>>{o}</option>\n' for o in options)
    return ("<?php $ville = isset($_POST['ville']) ? $_POST['ville'] : \"ARTIGUELOUTAN\"; ?>\n<form method=\"post\" action=\"index.php\">\n"
            "<select name=\"ville\" id=\"ville\" class=\"inputbox\" size=\"1\">\n" + opts + "</select>\n<input type=\"submit\" value=\"Valider\">\n</form>\n")


def files(options: list[str]) -> dict:
    return {"modules/index.php": form(options), "index.php": "<?php include 'modules/index.php'; ?>\n",
            "README.md": "# Mémo tri\n\nLes jours de collecte de votre rue.\n"}


def test_a_select_of_unaccented_communes_is_a_territory_value(tmp_path):
    res = check_result(tmp_path, files(TOWNS), CID)
    assert any(e.get("path") == "modules/index.php" and "<select" in str(e.get("value")) for e in res["evidence"]), res["evidence"]


def test_the_form_holds_its_communes_by_name_for_identifiers(tmp_path):
    res = check_result(tmp_path, files(TOWNS), "interoperability.identifiers")
    assert res["status"] == "warn" and res["details"]["held_by_name"] == ["modules/index.php"], res["message"]


def test_near_miss_four_known_communes_are_none(tmp_path):
    res = check_result(tmp_path, files([t for t in TOWNS if t != "Billere"]), CID)
    assert not any(e.get("path") == "modules/index.php" for e in res["evidence"]), res["evidence"]
    res = check_result(tmp_path / "i", files([t for t in TOWNS if t != "Billere"]), "interoperability.identifiers")
    assert res["status"] == "not_applicable", res["message"]

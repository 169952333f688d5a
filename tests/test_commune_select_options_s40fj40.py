"""A form's closed list of one territory's communes is a territory value (issue 12, s40 fj40 = reader rh40's Romain64290/sport_sante:
the registration forms of an agglomeration's sport-health service list its 14 communes as a <select>'s options, <option
value="billere">Billère</option>…, and reusability.territory-neutral did not count them). Rule: a <select> whose options name five
communes or more the tool knows (auditor/data/communes.yml), fewer than three of them large cities, is one territory's list. Near
miss: a select of other words (sports, days), or naming fewer than five communes, is none."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
TOWNS = ("Billère", "Lescar", "Lons", "Jurançon", "Idron", "Bourg-Saint-Maurice", "Artigue")


def form(options: list[str]) -> str:
    opts = "".join(f'    <option value="{o.lower()}" <?php if($r[\'residence\']=="{o.lower()}"){{echo "selected";}} ?> >{o}</option>\n' for o in options)
    return ("<?php session_start(); ?>\n<form method=\"post\" action=\"inscription.php\">\n"
            "  <select name=\"residence\" class=\"form-control\" required>\n    <option value=\"\" disabled>Lieu de résidence</option>\n"
            + opts + "    <option value=\"autre\">Autre</option>\n  </select>\n  <input type=\"submit\" value=\"Valider\">\n</form>\n")


def files(options: list[str]) -> dict:
    return {"modules/inscription.php": form(options), "index.php": "<?php include 'modules/inscription.php'; ?>\n",
            "README.md": "# Inscriptions\n\nUn formulaire d'inscription.\n"}


def test_a_select_of_one_territorys_communes_is_a_territory_value(tmp_path):
    res = check_result(tmp_path, files(list(TOWNS)), CID)
    assert res["status"] != "pass", res["message"]
    assert any(e.get("path") == "modules/inscription.php" and "<select" in str(e.get("value")) for e in res["evidence"]), res["evidence"]


def test_near_miss_a_select_of_other_words_or_few_communes_is_none(tmp_path):
    res = check_result(tmp_path, files(["Natation", "Marche", "Yoga", "Vélo", "Lescar", "Lons"]), CID)
    assert res["status"] == "pass", res["message"]


def test_the_form_holds_its_communes_by_name_for_identifiers(tmp_path):
    res = check_result(tmp_path, files(list(TOWNS)), "interoperability.identifiers")
    assert res["status"] == "warn" and res["details"]["held_by_name"] == ["modules/inscription.php"], res["message"]


def test_near_miss_a_form_of_other_words_handles_no_identifier(tmp_path):
    res = check_result(tmp_path, files(["Natation", "Marche", "Yoga", "Vélo", "Lescar", "Lons"]), "interoperability.identifiers")
    assert res["status"] == "not_applicable", res["message"]


SWITCH = "<?php\nfunction compter($rows) {\n    $n = array();\n    foreach ($rows as $commune) {\n        switch ($commune) {\n" + "".join(
    f"            case $commune == \"{s}\" :\n                ++$n['{s}'];\n                break;\n" for s in ("billere", "lescar", "lons", "jurancon", "idron")) + \
    "        }\n    }\n    return $n;\n}\n"
SPORTS = SWITCH.replace("billere", "natation").replace("lescar", "marche").replace("jurancon", "yoga").replace("idron", "velo")


def test_a_switch_over_five_communes_slugs_is_a_territory_value(tmp_path):
    res = check_result(tmp_path, {**files(["Natation"]), "modules/stats.php": SWITCH}, CID)
    assert [e.get("value") for e in res["evidence"] if e.get("path") == "modules/stats.php"] == ["billere"], res["evidence"]


def test_near_miss_a_switch_over_other_words_is_none(tmp_path):
    res = check_result(tmp_path, {**files(["Natation"]), "modules/stats.php": SPORTS}, CID)
    assert res["status"] == "pass", res["message"]

"""A plain PHP site of two pages, one form and the page answering it, and the codes that page receives (issue 12, session 35 fixer
f35).

- airpaca/emiprox: index.php writes the whole search page (debut.inc.php's <!DOCTYPE html>) and its form posts to graph.php, which
  reads $_POST and $_GET and writes the charts page. Only graph.php reads the request, so the kind was "library (undecided)" and auth
  said "no page or API served". A form and the page answering it are two pages served: a web application. One script reading the
  request with no page sending it anything stays undecided.
- graph.php takes a commune's or département's code from the URL (graph.php?geotyp=commune&geoid=13002) and, under a branch on that
  level, glues the region's number in front of it (`$geo = '193'.$geo`, `'93'.$geo`): identifiers said n/a ("no identifier"), the
  public building blocks n/a ("no place"), territory-neutral pass. The code received is an identifier field, and the region's number
  is a value of one territory written in the code. A zero padding a code ('0'.$dep) or a number glued outside such a branch is none.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

HEAD = ("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n    <meta charset=\"utf-8\">\n    <title><?php echo $TITRE; ?></title>\n"
        "    <link href=\"css/site.css\" rel=\"stylesheet\">\n</head>\n<body>\n    <div class=\"container\">\n")
FOOT = "    </div>\n</body>\n</html>\n"
FORM_PAGE = ("<?php\n\n// Ouverture des paramètres\ninclude(\"cfg/parametres.cfg.php\");\ninclude(\"debut.inc.php\");\n\n?>\n"
             "<form name=\"formulaire\" method=\"post\" action=\"graph.php\">\n    <input type='hidden' name=\"sent\" value=1 />\n"
             "    <input type='hidden' name='geoid' value='' />\n    <input type='hidden' name='geotyp' value='' />\n"
             "    <select id=\"geonfo\"></select>\n    <a href=\"javascript:document.forms['formulaire'].submit();\">Valider</a>\n</form>\n"
             "<?php\ninclude(\"fin.inc.php\");\n?>\n")


def _answer(level_block: str) -> str:
    return ("<?php\n\n// Ouverture des paramètres\ninclude(\"cfg/parametres.cfg.php\");\n\n"
            "// Récupération des données passées dans l'URL ou via le formulaire\nif (array_key_exists('sent', $_POST)) {\n"
            "    $level_geo = $_POST['geotyp'];\n    $geo = $_POST['geoid'];\n}\nelse {\n    $level_geo = $_GET['geotyp'];\n"
            "    $geo = $_GET['geoid'];\n}\n\n" + level_block + "\n// Entete HTML\ninclude(\"debut.inc.php\");\n"
            "$reponse = mysql_query(\"SELECT `name` FROM `grp_geo_\".$level_geo.\"` WHERE `id` = '\".$geo.\"'\");\n"
            "echo \"<h3>\".mysql_result($reponse, 0).\"</h3>\\n\";\ninclude(\"fin.inc.php\");\n?>\n")


PREFIXED = ("// Clé interne de la base\nif (array_key_exists('geoid', $_GET) && $level_geo == 'commune') {\n    $geo = '193'.$geo;\n}\n"
            "if (array_key_exists('geoid', $_GET) && $level_geo == 'dep') {\n    $geo = '93'.$geo;\n}\n")
SITE = {
    "README.md": "# Emissions\n\nInterface de consultation des résultats de l'inventaire des émissions.\n\n## Fonctionnement\n\n"
                 "Via la page principale, ou directement via l'URL de la page des graphiques.\n",
    "cfg/parametres.cfg.php": "<?php\n// Paramètres généraux\n$TITRE = 'Inventaire des émissions';\n?>\n",
    "debut.inc.php": HEAD,
    "fin.inc.php": FOOT,
    "fonctions.inc.php": "<?php\n// Conversion d'une quantité en kg\nfunction kg2t($q) {\n    return $q / 1000;\n}\n?>\n",
    "index.php": FORM_PAGE,
    "graph.php": _answer(PREFIXED),
    "css/site.css": "body {\n  padding-top: 70px;\n}\n",
}
CHECKS = ["interoperability.auth", "interoperability.identifiers", "interoperability.public-building-blocks", "reusability.territory-neutral"]


def test_a_php_form_and_the_page_answering_it_make_a_web_application(tmp_path):
    report, res = judge(tmp_path, SITE, CHECKS)
    project = report["facts"]["project"]
    assert project["kind"] == "web-application" and project["kind_decided"], project
    assert [e["path"] for e in project["kind_evidence"]] == ["index.php", "graph.php"], project["kind_evidence"]
    assert "no page or API served" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]


def test_a_code_received_and_glued_behind_a_regions_number_is_an_identifier_and_a_territorys_value(tmp_path):
    _, res = judge(tmp_path, SITE, CHECKS)
    ids = res["interoperability.identifiers"]
    assert ids["status"] == "warn" and "insee" in ids["details"]["fields"] and ids["details"]["hard_coded"] == 2, ids
    territory = res["reusability.territory-neutral"]
    assert territory["status"] == "warn", territory
    assert [(e["path"], e["line"], e["value"]) for e in territory["evidence"] if e["kind"] == "finding"] == [("graph.php", 18, "193"), ("graph.php", 21, "93")], territory
    assert res["interoperability.public-building-blocks"]["status"] != "not_applicable", res["interoperability.public-building-blocks"]


def test_one_script_reading_the_request_with_no_page_sending_it_anything_stays_undecided(tmp_path):
    files = {k: v for k, v in SITE.items() if k != "index.php"}
    files["index.php"] = FORM_PAGE.replace('action="graph.php"', 'action="https://autre.example.org/graph.php"')
    project = judge(tmp_path, files, ["interoperability.auth"])[0]["facts"]["project"]
    assert not (project["kind"] == "web-application" and project["kind_decided"]), project


def test_a_zero_padding_a_code_or_a_number_glued_outside_a_level_branch_is_no_territory(tmp_path):
    block = ("// Code du département sur deux chiffres\nif ($level_geo == 'dep' && strlen($geo) == 1) {\n    $geo = '0'.$geo;\n}\n"
             "// Numéro de version de l'export\n$version = '2'.$version;\n")
    _, res = judge(tmp_path, {**SITE, "graph.php": _answer(block)}, CHECKS)
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]
    assert res["interoperability.identifiers"]["status"] == "not_applicable", res["interoperability.identifiers"]

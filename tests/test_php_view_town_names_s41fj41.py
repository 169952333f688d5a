"""reusability.territory-neutral: a commune named in PHP pages' text, in capitals, in lower case or with its apostrophe (issue 12,
session 41 fixer fj41 = Agence-Bleu-B/ccas-dinan and renowong/main-courante, reader rd41 items 1.6 and 4.2). A CCAS's CodeIgniter site
writes its town throughout its views ("Le CCAS de DINAN gère…", "si vous résidez sur la commune de DINAN", "la ville de Dinan"); a
commune's duty log titles every page "<title>Main Courante Mairie de Faa'a</title>" from a PHP string. The check said 'No
territory-specific value in the code': a CCAS was no authority's body, the town in capitals (DINAN) or with the apostrophe INSEE's COG
leaves out (Faa'a, Faaa in the COG) was no known commune, and "ville de"/"commune de" in lower case were not read. Near misses: the same
pages speaking of "la commune de résidence", "le CCAS de votre commune", "Ville de Démo" keep 'No territory-specific value'. The
fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
CONTROLLER = {"application/controllers/Services.php": "<?php\nclass Services extends CI_Controller {\n    public function hdu() {\n"
                                                      "        $this->load->view('services/hdu');\n    }\n}\n"}


def view(body: str) -> str:
    return ("<div class=\"container\">\n    <h2>Hébergement d'urgence</h2>\n    <p>\n        " + body + "\n    </p>\n"
            "    <p><?php echo $intro; ?></p>\n</div>\n")


def test_a_ccas_and_its_town_in_a_view_prose(tmp_path):
    files = {**CONTROLLER,
             "application/views/services/hdu.php": view("Le CCAS de DINAN gère sur la ville un centre d'hébergement d'urgence de 10 places."),
             "application/views/services/repas.php": view("Notre service livre les personnes résidant sur la commune de DINAN.")}
    r = check_result(tmp_path, files, CID)
    values = [e.get("value") for e in r["evidence"] if e.get("kind") == "finding"]
    assert r["status"] in ("warn", "fail") and "CCAS de DINAN" in values and "commune de DINAN" in values, (r["status"], values)


def test_a_town_hall_with_an_apostrophe_in_a_page_title_string(tmp_path):
    files = {"headers.php": "<?php\n$title=\"<title>Main Courante Mairie de Faa'a</title>\\n\";\n$charset=\"<meta charset='utf-8'>\\n\";\n",
             "index.php": "<?php\ninclude 'headers.php';\necho $title;\necho $charset;\n"}
    r = check_result(tmp_path, files, CID)
    values = [e.get("value") for e in r["evidence"] if e.get("kind") == "finding"]
    assert r["status"] == "warn" and "Mairie de Faa'a" in values, (r["status"], values)


def test_generic_words_after_the_same_nouns_stay_neutral(tmp_path):
    files = {**CONTROLLER,
             "application/views/services/hdu.php": view("Le CCAS de votre commune gère un centre d'hébergement ; adressez-vous à la mairie de "
                                                       "votre lieu de résidence."),
             "application/views/services/repas.php": view("Le service livre les personnes selon la commune de résidence. Ville de Démo."),
             "headers.php": "<?php\n$title=\"<title>Main Courante Mairie de Test</title>\\n\";\n"}
    r = check_result(tmp_path, files, CID)
    assert r["status"] == "pass", (r["status"], [e.get("value") for e in r["evidence"]])

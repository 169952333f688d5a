"""reusability.territory-neutral: a TYPO3 extension's TypoScript setup is its code (issue 12, session 41 fixer fb41 =
CDG47-Dev/t3_Serignac, reader rl40 items 2 and 5). A commune's site template hard-codes, in Configuration/TypoScript/setup.txt (a
.txt file, read as documentation), the header's links to its Conseil régional (laregion-alpc.fr, the 2016 provisional name of
Nouvelle-Aquitaine) and Conseil départemental (lotetgaronne.fr): another commune must edit the setup. TypoScript and TSconfig
(Configuration/TypoScript/**, .typoscript, .tsconfig) are now code; a merged region's provisional short name after a hyphen
(-alpc, -acal, -lrmp) names that region as -npdc did. Near miss: the same addresses in the TypoScript constants, settings each
site sets in TYPO3's editor, stay uncounted. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

LINKS = ("lib.localisation = TEXT\nlib.localisation.value (\n"
         "  <li><a target=\"_blank\" title=\"Conseil régional\" href=\"http://laregion-alpc.fr/\">Nouvelle Aquitaine</a></li>\n"
         "  <li><a target=\"_blank\" title=\"Conseil départemental\" href=\"http://www.lotetgaronne.fr/\">Lot et Garonne</a></li>\n)\n")
BASE = {
    "README.md": "# Gabarit\n\nGabarit TYPO3 du site d'une commune.\n",
    "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Gabarit', 'version' => '1.0.0'];\n",
    "ext_localconf.php": "<?php\ndefined('TYPO3_MODE') or die();\n",
    "Resources/Private/Templates/Page/Default.html": "<div class=\"page\"><f:cObject typoscriptObjectPath=\"lib.localisation\" /></div>\n",
}


def test_links_hard_coded_in_the_typoscript_setup_are_territory_specific(tmp_path):
    res = check_result(tmp_path, {**BASE, "Configuration/TypoScript/setup.txt": "page = PAGE\n" + LINKS,
                                  "Configuration/TypoScript/constants.txt": "page.title = Commune\n"}, CID)
    values = {str(e.get("value")) for e in res["evidence"]}
    assert res["status"] == "warn" and any("laregion-alpc.fr" in v for v in values) and any("lotetgaronne.fr" in v for v in values), \
        (res["status"], res["message"], values)


def test_the_same_addresses_in_the_typoscript_constants_are_settings(tmp_path):
    consts = ("# cat=localisation; type=string; label=Région\npage.localisation.region_url = http://laregion-alpc.fr/\n"
              "# cat=localisation; type=string; label=Département\npage.localisation.dep_url = http://www.lotetgaronne.fr/\n")
    res = check_result(tmp_path, {**BASE, "Configuration/TypoScript/setup.txt": "page = PAGE\nlib.localisation = TEXT\n",
                                  "Configuration/TypoScript/constants.txt": consts}, CID)
    assert res["status"] == "pass", (res["status"], res["message"])

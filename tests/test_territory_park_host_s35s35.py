"""reusability.territory-neutral (issue 12, s35 s35 = reader m31o3, PnEcrins/FollowDem): a national park's public map of GPS-collared
ibex fetches the park's news from its own site in code, classes/fluxActuPne.class.php (a Latin-1 file: "HACK SITE PNE … Cette
fonction est uniquement utilisée pour le PNE"), file_get_contents('http://www.ecrins-parcnational.fr/component/search/?searchword=
bouquetin…'). The check passed ("No territory-specific value in the code"): a park's domain names no commune, département or region,
and the park's sponsor type is unknown. A national or regional park's own domain (its name beside the kind of park) is one
territory's site, whoever the sponsor, as the park's name is (s35 e35). The near misses: the national network's and the regional
parks' federation's domains name no park; the address in a comment or in the settings template stays out of the code's findings."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
FLUX = ("<?php\n/**\n* \tget_info - Récupère des infos / HACK SITE PNE\n*\tCette fonction est uniquement utilisée pour le PNE\n*/\n"
        "protected function get_info()\n{\n\t$page = file_get_contents('http://www.ecrins-parcnational.fr/component/search/?searchword=bouquetin');\n"
        "\tpreg_match_all('$<fieldset>(.+)</fieldset>$isU', $page, $matches);\n\t$content = '';\n\tforeach ($matches[1] as $article)\n\t{\n"
        "\t\t$content .= '<article>' . $article . '</article>'; // les actualités récupérées\n\t}\n\treturn $content;\n}\n")
APP = {
    "README.rst": "FollowDem\n=========\n\nCartographic web application to track moving objects equipped with a GPS.\n",
    "index.php": "<?php\nrequire 'classes/fluxActuPne.class.php';\necho get_info();\n",
    "config/config.php.sample": "<?php\n$config['url'] = 'http://bouquetins.ecrins-parcnational.fr';\n",
}


def _app(code: str) -> dict:
    return {**APP, "classes/fluxActuPne.class.php": code.encode("latin-1")}


def test_a_parks_site_fetched_by_the_code_of_a_latin1_file_is_territory_specific(tmp_path):
    r = check_result(tmp_path, _app(FLUX), CID)
    assert r["status"] == "warn", r["message"]
    assert any(e.get("path") == "classes/fluxActuPne.class.php" and "ecrins-parcnational.fr" in str(e.get("value")) for e in r["evidence"]), r["evidence"]
    assert any("park" in str(e.get("note")) for e in r["evidence"]), r["evidence"]


def test_a_regional_parks_site_is_too(tmp_path):
    r = check_result(tmp_path, _app(FLUX.replace("www.ecrins-parcnational.fr", "www.pnr-scarpe-escaut.fr")), CID)
    assert r["status"] == "warn", r["message"]


def test_the_national_networks_and_the_federations_sites_name_no_park(tmp_path):
    for host in ("www.parcsnationaux.fr", "www.parcs-naturels-regionaux.fr"):
        r = check_result(tmp_path / host, _app(FLUX.replace("www.ecrins-parcnational.fr", host)), CID)
        assert r["status"] == "pass", (host, r["message"])


def test_the_parks_site_in_a_comment_and_in_the_settings_template_stays_out_of_the_code(tmp_path):
    commented = FLUX.replace("\t$page = file_get_contents('http://www.ecrins-parcnational.fr/component/search/?searchword=bouquetin');\n",
                             "\t// source : http://www.ecrins-parcnational.fr/actualites\n\t$page = file_get_contents($this->source);\n")
    r = check_result(tmp_path, _app(commented), CID)
    assert r["status"] == "pass", r["message"]

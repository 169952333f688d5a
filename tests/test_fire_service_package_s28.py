"""A fire service's PHP package (issue 12, session 28 lead = measure 20 reader m20o1, SDIS62/core-user).

Its classes live under the namespace ``SDIS62\\Core\\User`` (PSR-4: the vendor name is the service's): reusability.territory-neutral
failed on "SDIS62" as a département's body hard-coded in the code. A namespace is the package's name; "Numéro Chrono SDIS 91" in a
screen stays a territory value. Its composer.json names no "type" (Composer's default is "library") and its README installs it with
``composer require SDIS62/core-user``: reusability.install said "Install tooling: none"; an application's composer.json without a
type, that no README installs by name, stays no package."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

README = ("# Core User\n\nPaquet PHP de gestion des utilisateurs d'un cœur applicatif.\n\n## Installation\n\n"
          "    composer require SDIS62/core-user\n")
COMPOSER = {"name": "sdis62/core-user", "description": "Gestion des utilisateurs", "license": "CeCILL-B",
            "require": {"php": "~7.0", "doctrine/common": "~2.4"}, "autoload": {"psr-4": {"SDIS62\\Core\\User\\": "src/"}}}
ENTITY = ("<?php\n\nnamespace SDIS62\\Core\\User\\Entity;\n\nuse SDIS62\\Core\\Common\\Entity\\IdentityTrait;\n\n"
          "class Profile\n{\n    use IdentityTrait;\n\n    protected $grade;\n\n    public function getGrade() { return $this->grade; }\n}\n")


def _files(**over):
    return {"README.md": README, "composer.json": json.dumps(COMPOSER, indent=4), "src/Entity/Profile.php": ENTITY, **over}


def test_a_namespace_is_no_territory_value(tmp_path):
    r = judge(tmp_path, _files(), ["reusability.territory-neutral"], "ns")[1]["reusability.territory-neutral"]
    assert r["status"] == "pass", (r["message"], r["evidence"])


def test_the_body_named_in_a_screen_stays_one(tmp_path):
    page = "<?php\n\necho \"<h1>Numéro Chrono SDIS 91</h1>\";\n"
    r = judge(tmp_path, _files(**{"src/View/header.php": page}), ["reusability.territory-neutral"], "screen")[1]["reusability.territory-neutral"]
    assert r["status"] in ("warn", "fail") and "SDIS 91" in str(r["evidence"]), (r["message"], r["evidence"])


def test_a_package_installed_by_its_name_has_install_tooling(tmp_path):
    report, res = judge(tmp_path, _files(), ["reusability.install"], "inst")
    r = res["reusability.install"]
    assert "composer.json" in str(r["evidence"]) and r["status"] == "pass", (r["message"], r["evidence"])


def test_an_application_composer_file_without_a_type_stays_no_package(tmp_path):
    readme = "# Core User\n\nApplication de gestion des utilisateurs.\n\n## Installation\n\n    composer install\n"
    report, res = judge(tmp_path, _files(**{"README.md": readme}), ["reusability.install"], "app")
    assert report["facts"].get("install_recipes") is None or "package" not in str(res["reusability.install"]["evidence"]), res["reusability.install"]


# (review of 1d6e74ac, the README-only rule) a GIS kit's layer definitions are its settings: judged, not "no code"
def test_a_layer_kit_without_code_is_still_judged(tmp_path):
    qlr = ("<!DOCTYPE qgis-layer-definition>\n<qlr>\n <maplayers>\n  <maplayer type=\"vector\">\n"
           "   <datasource>url='https://data.geopf.fr/wfs/ows' typename='BDTOPO_V3:commune'</datasource>\n"
           "  </maplayer>\n </maplayers>\n</qlr>\n")
    r = judge(tmp_path, {"README.md": "# Couches\n\nDéfinitions de couches QGIS.\n", "couches/communes.qlr": qlr},
              ["reusability.territory-neutral"], "qlr")[1]["reusability.territory-neutral"]
    assert r["status"] == "pass", r["message"]

"""Plugins a CMS site's plugin manager copies into its repository are copied dependencies, not the site's code (issue 12, s14 h1;
shaped like a SPIP site deployed as a container image: the site's own plugin beside third-party plugins published on SPIP's zone,
each with its own paquet.xml, version and authors)."""

from __future__ import annotations

from tests.test_copied_code_verdicts import STATE_MACHINE
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

PHP_COMPLEX = "<?php\n" + STATE_MACHINE.replace("function proc(r, mode)", "function saisies_proc($r, $mode)").replace("r ", "$r ").replace("(r", "($r").replace("mode)", "$mode)") + "\n"


def paquet(prefix: str, version: str, extra: str = "") -> str:
    return (f'<paquet\n\tprefix="{prefix}"\n\tcategorie="outil"\n\tversion="{version}"\n\tetat="stable"\n\tcompatibilite="[4.1.0;4.*.*]"\n'
            f'{extra}>\n\t<nom>{prefix.title()}</nom>\n\t<licence>GNU/GPL</licence>\n</paquet>\n')


SPIP_SITE = {
    "Dockerfile": "FROM php:8.3-apache\nENV SPIP_VERSION 4.4.3\nRUN curl -o spip.zip https://files.spip.net/spip/archives/spip-v${SPIP_VERSION}.zip\n",
    "docker-compose.yml": "services:\n  app:\n    build: .\n  db:\n    image: mariadb:11\n",
    # the site's own plugin: no link to SPIP's zone, it requires the copied ones
    "plugins/monsite/paquet.xml": paquet("monsite", "2.0.2", '\tschema="1.1.6"\n').replace("</paquet>", '\t<necessite nom="saisies" />\n</paquet>'),
    "plugins/monsite/monsite_fonctions.php": "<?php\n/**\n * Formats a date for the home page.\n */\nfunction monsite_date($d) {\n  return $d;\n}\n",
    "plugins/monsite/squelettes/sommaire.html": "<html><body><h1>#NOM_SITE_SPIP</h1></body></html>\n",
    # third-party plugins written there by SPIP's plugin manager
    "plugins/saisies/paquet.xml": paquet("saisies", "5.12.0", '\tdocumentation="https://contrib.spip.net/Saisies"\n'),
    "plugins/saisies/saisies_fonctions.php": PHP_COMPLEX,
    "plugins/saisies/tests/SaisiesTest.php": "<?php\nclass SaisiesTest extends TestCase {\n  public function testOne() {}\n}\n",
    "plugins/graphql/paquet.xml": paquet("graphql", "1.0.1").replace("<licence>", '<auteur lien="https://git.spip.net/spip-contrib-extensions/graphql">Dev</auteur>\n\t<licence>'),
    "plugins/graphql/action/graphql.php": PHP_COMPLEX.replace("saisies_proc", "graphql_proc"),
    "plugins/crayons/paquet.xml": paquet("crayons", "3.2.1").replace("</paquet>", '\t<traduire module="crayons" reference="fr" gestionnaire="salvatore" />\n</paquet>'),
    "plugins/crayons/crayons_options.php": PHP_COMPLEX.replace("saisies_proc", "crayons_proc"),
}


def test_plugins_published_on_spips_zone_copied_into_a_site_are_dependencies_not_its_code(tmp_path):
    checks = ["reusability.maintainability", "documentation.code-comments", "reusability.dependencies", "reusability.tests-and-ci"]
    report = run(build(tmp_path / "r", SPIP_SITE), tmp_path / "c", only=checks)
    res = results(report)
    libs = {lib["name"]: lib["version"] for lib in report["facts"]["inventory"]["libraries"]}
    assert libs == {"saisies": "5.12.0", "graphql": "1.0.1", "crayons": "3.2.1"}, libs
    dep = res["reusability.dependencies"]["message"]["en"]
    assert "saisies 5.12.0" in dep and "graphql 1.0.1" in dep, dep
    measured = " ".join(str(res[c].get("evidence")) + str(res[c]["message"]) for c in checks[:2])
    assert "plugins/saisies/" not in measured and "plugins/graphql/" not in measured and "plugins/crayons/" not in measured, measured
    assert "SaisiesTest" not in str(res["reusability.tests-and-ci"]), res["reusability.tests-and-ci"]["message"]
    assert "plugins/monsite/monsite_fonctions.php" in report["facts"]["inventory"].get("examples", {}).get("source", []) or \
        report["facts"]["inventory"]["categories"].get("source", 0) >= 1


def test_a_sites_own_plugins_and_a_collection_of_published_plugins_stay_the_projects_code(tmp_path):
    # a site's own plugins with no link to SPIP's zone (a department's heritage plugins): its code
    own = {"spip/plugins/patrimoine/paquet.xml": paquet("patrimoine", "1.0.11", '\tdocumentation=""\n'),
           "spip/plugins/patrimoine/patrimoine_fonctions.php": PHP_COMPLEX}
    report = run(build(tmp_path / "a", own), tmp_path / "ca", only=["reusability.dependencies"])
    assert report["facts"]["inventory"]["libraries"] == [] and report["facts"]["inventory"]["categories"].get("vendored", 0) == 0
    # an author's repository of plugins he publishes on the zone: nothing else in it, so they are his
    mine = {"README.md": "# Mes plugins SPIP\n", "plugins/saisies/paquet.xml": SPIP_SITE["plugins/saisies/paquet.xml"],
            "plugins/saisies/saisies_fonctions.php": PHP_COMPLEX}
    report = run(build(tmp_path / "b", mine), tmp_path / "cb", only=["reusability.dependencies"])
    assert report["facts"]["inventory"]["categories"].get("vendored", 0) == 0, report["facts"]["inventory"]["categories"]


def test_a_copied_plugins_own_linter_settings_are_no_linter_of_the_site(tmp_path):
    files = {**SPIP_SITE, "plugins/saisies/phpcs.xml.dist": "<?xml version=\"1.0\"?>\n<ruleset name=\"SPIP\">\n  <rule ref=\"SPIP41\"/>\n</ruleset>\n"}
    res = results(run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.tests-and-ci"]))
    tc = res["reusability.tests-and-ci"]
    assert "linter: no" in tc["message"]["en"] and "plugins/saisies/phpcs.xml.dist" not in str(tc["evidence"]), tc["message"]

"""A body's or a platform's domain ending with a region's short name after a hyphen (the Nord-Pas-de-Calais land agency's
epf-npdc.fr mailbox, its SDI portal www.ppige-npdc.fr) written into the code is that region's, which a reuser elsewhere must change
(issue 12, s29 g29, reader s27 o2; shaped like a regional SDI's Drupal libraries mailing extraction requests)."""

from __future__ import annotations

from auditor.facts.territory_hosts import region_host
from tests.test_local_authority_verdicts import judge

PROCESSING = ("<?php\nfunction envoyer_resultat($dest) {\n    $fromMail = \"ppige@epf-npdc.fr\";\n"
              "    $lien = \"https://www.ppige-npdc.fr/portail/geocodeur\";\n    return mail($dest, 'Géocodage', $lien, 'From: ' . $fromMail);\n}\n")


def test_a_regional_agency_mailbox_in_the_code_is_a_territory_value(tmp_path):
    _, res = judge(tmp_path, {"README.md": "# Géocodeur\n\nGéocode un fichier d'adresses.\n",
                              "sites/all/libraries/geocodeur/processing.php": PROCESSING}, ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any("epf-npdc.fr" in str(e.get("value")) for e in r["evidence"]), r["evidence"]


def test_only_a_region_short_name_after_a_hyphen_counts():
    assert region_host("epf-npdc.fr") and region_host("www.ppige-npdc.fr") and region_host("atmo-aura.fr")
    assert not region_host("radio-sud.fr") and not region_host("npdc.fr") and not region_host("epf-npdc.com")
    assert not region_host("cafe-ara.fr")

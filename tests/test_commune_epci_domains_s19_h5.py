"""A commune's and an intercommunality's own domains and initials (issue 12, s18 reader c1: Gismeaux-ccpo, intranetagglo).
A web GIS written by a town's and its communauté de communes' agents (…@meaux.fr, …@paysdelourcq.fr) was "written entirely by
companies": a domain named after a commune without a mairie/ville word, or after an EPCI, was an unlisted company's. An
Nextcloud app hard-coding its agglomération's initials ('Intranet CA2BM') passed territory-neutral. The names now come from
INSEE's COG (auditor/data/communes.yml, scripts/build_communes.py); a file header's contact address in a block comment is
no hard-coded value."""

from __future__ import annotations

from auditor.facts.territory_hosts import authority_host, epci_acronym
from tests.test_addresses_outside_code import territory
from tests.test_reusability_fixtures import results
from tests.test_sponsor_domains_k6_s17 import people_audit


def test_commune_and_epci_names_are_their_domains():
    assert authority_host("melun.fr") and authority_host("sig.melun.fr") and authority_host("tours.fr")  # (a town's name, word or not)
    assert authority_host("paysdemormal.fr") and authority_host("www.cc-paysdemormal.fr")  # CC du Pays de Mormal
    assert not authority_host("www.melun.com") and not authority_host("orange.fr")  # (a generic TLD; the operator's mailboxes)
    assert not authority_host("www.saint-gobain.fr") and not authority_host("ens.fr")  # (villages sharing a company's, a school's name)
    assert epci_acronym("CASQY") and not epci_acronym("CCPO") and not epci_acronym("CACHE")


def test_a_towns_and_its_epcis_agents_are_public_bodies(tmp_path):
    authors = [("Jean Martin", "jean.martin@melun.fr")] * 6 + [("Léa Petit", "lea.petit@paysdemormal.fr")] * 3 + [("Zoé", "zoe@gmail.com")]
    r = results(people_audit(tmp_path, "sig-outils", authors))["scaling.contributor-organisations"]
    assert r["evidence"][0]["value"]["all_time"]["shares"]["public"] == 0.9, r


HEADER = "<?php\n/* Copyright Ville de Melun 2004-2007\ncontributeurs : Jean Martin\nsig@melun.fr\n\nLicence CeCILL-C.\n*/\n"


def test_initials_and_domain_in_code_but_not_a_headers_contact(tmp_path):
    files = {"README.md": "# Intranet\n\nL'intranet des agents.\n",
             "lib/Notifier.php": HEADER + "class Notifier {\n  public function getName(): string {\n    return 'Intranet CASQY';\n  }\n}\n",
             "lib/Mail.php": HEADER + "$from = 'sig@melun.fr';\n",
             "lib/Other.php": HEADER + "echo 'ok';\n"}
    t, where = territory(tmp_path, files)
    assert t["status"] == "warn", t
    assert where == {("lib/Notifier.php", 10), ("lib/Mail.php", 8)}, where


def test_initials_in_a_list_of_bodies_across_france_are_that_list(tmp_path):
    enum = ("package fr.ecocite.enumeration;\n\npublic enum MaitriseOuvrage {\n"
            "    BORDEAUX(\"mo_bordeaux\", \"Bordeaux\"),\n    GRENOBLE(\"mo_grenoble\", \"Grenoble\"),\n"
            "    CASQY(\"mo_casqy\", \"CASQY\"),\n    RENNES(\"mo_rennes\", \"Rennes\");\n}\n")
    files = {"README.md": "# Explorateur\n\nLes projets des villes.\n", "src/main/java/fr/ecocite/enumeration/MaitriseOuvrage.java": enum}
    t, where = territory(tmp_path, files)
    assert t["status"] == "pass" and not where, t


def test_a_us_consortiums_edu_server_is_no_public_bodys(tmp_path):
    """s18 c2 esco-grouper-modules: an upstream properties template's collector on id.internet2.edu (Internet2, a US non-profit
    consortium) was "another public body's servers"; .edu names colleges and consortia, private as well as public."""
    from auditor.facts.scaling.common import host_class

    assert host_class("id.research-consortium.edu")["class"] == "other"
    assert host_class("www.data.gouv.fr")["class"] == "public-national"

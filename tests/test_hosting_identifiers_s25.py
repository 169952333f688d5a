"""Hosting classes (issue 12, session 25 reader o3, omigeot/SIG-CCPO C5 and GIP-RECIA/Application-mobile-POC R7): an SVG written by
PHP declares its XML namespaces (xmlns:cc="http://web.resource.org/cc/", xmlns:inkscape=…) and a page names its own address in an
identifier meta: names, not servers, yet each counted as "another organisation's server"; a commune's own domain (meaux.fr, the very
example auditor/data/communes.yml gives) was "another organisation" too, and an operator's test domain under another top-level
domain than its own (recia.dev beside recia.fr) was not the sponsor's."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one

SVG = ("<?php\n$svg = \"<?xml version=\\\"1.0\\\"?>\";\n"
       "$svg .= \"<svg xmlns:cc=\\\"http://web.resource.org/cc/\\\" xmlns:rdf=\\\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\\\"\";\n"
       "$svg .= \" xmlns:inkscape=\\\"http://www.inkscape.org/namespaces/inkscape\\\" width=\\\"100%\\\">\";\n"
       "$svg .= \"<cc:Work rdf:about=\\\"http://licences.exemple-ns.org/by\\\"></cc:Work></svg>\";\n"
       "echo \"<meta name=\\\"Identifier-URL\\\" content=\\\"http://carto.exemple-id.org/interface/carto.php\\\">\";\n"
       "$tuiles = file_get_contents(\"https://tuiles.prestataire-carto.com/wms?service=WMS\");\n")


def _hosts(repo, tmp_path, files, author=("Alice Martin", "alice.martin@gmail.com")):
    h = ctx_for(one(repo, files, author=author), tmp=tmp_path).fact("hosting_dependencies")
    return {x["host"]: x["class"] for x in h["hosts"]}


def test_xml_namespaces_and_identifier_metas_are_no_servers(repo, tmp_path):
    hosts = _hosts(repo, tmp_path, {"interface/enregistre.php": SVG})
    assert "prestataire-carto.com" in hosts, hosts  # (the tile server the code fetches stays one)
    for name in ("resource.org", "inkscape.org", "exemple-ns.org", "exemple-id.org"):
        assert name not in hosts, hosts


def test_a_communes_domain_is_a_public_bodys(repo, tmp_path):
    code = ("<?php\n$logo = file_get_contents(\"https://www.carto.meaux.fr/logo/logo.png\");\n"
            "$api = file_get_contents(\"https://api.prestataire-carto.com/v1/couches\");\n")
    hosts = _hosts(repo, tmp_path, {"apps/accueil.php": code})
    # (another public body's, or "public, sponsor unknown" when the sponsor is not known)
    assert hosts.get("meaux.fr") in ("public-other", "public-unknown") and hosts.get("prestataire-carto.com") == "other", hosts


def test_the_sponsors_name_under_another_top_level_domain_is_its_own(repo, tmp_path):
    code = ("<?php\n$auth = file_get_contents(\"https://auth.test.meaux.dev/login\");\n"
            "$autre = file_get_contents(\"https://www.meauxservices.dev/api\");\n")
    hosts = _hosts(repo, tmp_path, {"src/client.php": code}, author=("Agent SIG", "agent.sig@meaux.fr"))
    assert hosts.get("meaux.dev") == "own", hosts
    assert hosts.get("meauxservices.dev") != "own", hosts  # (another name: not the sponsor's)

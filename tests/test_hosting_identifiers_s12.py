"""scaling.hosting: names that are no connection (issue 12, session 11's reads). An XML parser's feature named by its URI
(``factory.setFeature("http://xml.org/sax/features/external-general-entities", false)`` in a Spring service) was counted as
another organisation's server; the example of a settings template's trailing comment (``$ldap_host="####";  # Exemple :
localhost, 192.168.1.1``) as an internal connection."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
README = "# Demandes\n\nService de gestion des demandes.\n"
JAVA = ("package fr.ville.demandes;\n\nimport javax.xml.parsers.SAXParserFactory;\n\npublic class LayerReader {\n"
        "    private static final String GEOSERVER = \"https://geo.partenaire-sig.com/geoserver/wms\";\n\n"
        "    SAXParserFactory factory() throws Exception {\n        SAXParserFactory factory = SAXParserFactory.newInstance();\n"
        "        factory.setFeature(\"http://xml.org/sax/features/external-general-entities\", false);\n"
        "        factory.setFeature(\"http://apache.org/xml/features/disallow-doctype-decl\", true);\n        return factory;\n    }\n}\n")
SAMPLE = ("<?php\n// Copiez ce fichier en config.inc.php\n$ldap_host=\"########\";     # Exemple : localhost, 192.168.1.1\n"
          "$ldap_port=389;\n")


def hosting(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": README, **files}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("A B", "ab@gmail.com")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID)


def test_an_xml_parsers_feature_uri_is_no_server(tmp_path):
    r = hosting(tmp_path, {"src/main/java/fr/ville/demandes/LayerReader.java": JAVA})
    assert "1 other organisations" in r["message"]["en"], r["message"]  # the partner's GeoServer, not xml.org nor apache.org


def test_the_example_in_a_templates_trailing_comment_is_no_internal_connection(tmp_path):
    r = hosting(tmp_path, {"config/config.inc.php.sample": SAMPLE, "index.php": "<?php\nrequire 'config/config.inc.php';\n"})
    assert "192.168.1.1" not in str(r["evidence"]) and "intern" not in r["message"]["en"].lower(), (r["message"], r["evidence"])


CAS = ("<?php\n$host='cas.univ.fr';\n$port=443;\n$uri='cas';\n$real_hosts = array(\n  0 => 'frontal1.univ.fr',\n  1 => 'node1.univ.fr',\n);\n"
       "$rebroadcast_nodes = array('http://node1.univ.fr','http://node2.univ.fr');\n")
APPS = "<?php\n$mapping['DEMO1']['LINK']['default']='https://demo1.appli.fr/';\n"


def test_one_generic_word_as_a_templates_domain_is_a_placeholder(tmp_path):
    r = hosting(tmp_path, {"conf/cas.inc.example.php": CAS, "conf/conf.inc.example.php": APPS,
                           "index.php": "<?php\nrequire 'conf/cas.inc.php';\nrequire 'conf/conf.inc.php';\n"})
    assert r["status"] == "pass" and "no external address" in r["message"]["en"], (r["message"], r["evidence"])


OFAPP = ('#include "ofApp.h"\n\nvoid ofApp::setup() {\n    ofJson config = ofLoadJson("config.json");\n'
         '    logUrl = config.value("log-url", "http://table.mairie-exemple.fr/api/public/api/machine");\n}\n')


def test_the_hosts_of_a_c_plus_plus_application_are_read(tmp_path):
    r = hosting(tmp_path, {"App/src/ofApp.cpp": OFAPP, "App/src/ofApp.h": "#pragma once\n#include \"ofMain.h\"\n"})
    assert [e["value"]["host"] for e in r["evidence"] if isinstance(e.get("value"), dict)] == ["mairie-exemple.fr"], (r["message"], r["evidence"])

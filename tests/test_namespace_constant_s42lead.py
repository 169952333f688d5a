"""scaling.hosting and a namespace kept in a constant (issue 12, s42 re-reader vb42 = thepriben/demo-inforoute-084): a script that
parses a road-events feed in DATEX II keeps the vocabulary's namespace in a constant (DATEX_NS = "http://datex2.eu/schema/2/2_0",
then NS = {"d2": DATEX_NS}); the hosting check counted datex2.eu among the "other organisations" the service depends on. A
constant named for a namespace (…_NS, XMLNS_…, NAMESPACE) holds the name of a vocabulary, nothing fetched. Near miss: the feed's
address in FEED_URL, fetched by the same script, stays an organisation's server. Written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

SCRIPT = '''import urllib.request
import xml.etree.ElementTree as ET

FEED_URL = "https://flux.routes-exemple.fr/evenements/content.xml"
DATEX_NS = "http://vocabulaire-exemple.eu/schema/2/2_0"
NS = {"d2": DATEX_NS}


def evenements():
    with urllib.request.urlopen(FEED_URL) as rep:
        racine = ET.fromstring(rep.read())
    return [s.text for s in racine.iterfind(".//d2:situation", NS)]
'''
REPO = {"README.md": "# Carte des routes\n\nMet à jour les événements routiers de la carte.\n", "scripts/maj.py": SCRIPT}


def test_a_namespace_constant_is_no_host(tmp_path):
    r = check_result(tmp_path, REPO, "scaling.hosting")
    assert r["status"] == "pass" and "(1 other organisations)" in r["message"]["en"], r["message"]  # (the feed's server alone)


def test_a_feed_constant_stays_a_host(tmp_path):  # (near miss: an address kept in a constant not named for a namespace)
    r = check_result(tmp_path, {**REPO, "scripts/maj.py": SCRIPT.replace("DATEX_NS", "DATEX_SRC")}, "scaling.hosting")
    assert "(2 other organisations)" in r["message"]["en"], r["message"]

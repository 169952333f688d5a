"""Issue 12, session 44 fixer fb44 (reader ri43's spelhate/proxycad): a root PHP script reads the request, compares it to
'getcapabilities' and answers with the committed capabilities document it reads (header text/xml + file_get_contents of a
<WMS_Capabilities>), and relays GetMap to other servers, finding them by a SELECT in a PostGIS it is pointed at. It was "code of
no recognised kind", api-spec n/a "No served API detected", data-standards fail "No published data schema". A capabilities
document a code file answers GetCapabilities with is the code's OGC answer: kind api-service, api-spec names the OGC service,
data-standards n/a (an OGC relay with no data of its own). Near misses: the capabilities document kept as a test fixture, or a
client asking another server for its GetCapabilities and caching it, stay as before. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CAPS = ('<?xml version="1.0" encoding="UTF-8"?>\n<WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms">\n'
        '  <Service>\n    <Name>WMS</Name>\n    <Title>Plans relayés</Title>\n  </Service>\n  <Capability>\n'
        '    <Layer><Name>plans</Name></Layer>\n  </Capability>\n</WMS_Capabilities>\n')

SCRIPT = """<?php
$pg = "host=**host** dbname=**base**";
$q = array_change_key_case($_GET, CASE_LOWER);
if (!isset($q['request'], $q['service'])) {
    http_response_code(405);
    return;
}
$request = $q['request'];
if (strtolower($request) == 'getcapabilities') {
    header('Content-Type: text/xml');
    $doc = file_get_contents('capacites.xml');
    echo $doc;
}
if (strtolower($request) == 'getmap') {
    $db = pg_connect($pg);
    $rows = pg_query($db, "SELECT code FROM ref.zones WHERE ST_Intersects(geom, ST_MakeEnvelope(0, 0, 1, 1, 2154))");
    $code = pg_fetch_all($rows)[0]['code'];
    header('location: https://plans.example.org/' . $code . '.wms?' . http_build_query($_GET), TRUE, 302);
}
"""

FILES = {"README.md": "# Relais WMS\n\nÉditez wms.php (connexion) et capacites.xml.\n", "wms.php": SCRIPT, "capacites.xml": CAPS}
CHECKS = ["interoperability.api-spec", "interoperability.data-standards"]


def _audit(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS)
    return report["facts"]["project"], results(report)


def test_a_script_answering_getcapabilities_with_its_document_serves_an_ogc_service(tmp_path):
    project, res = _audit(tmp_path, FILES)
    assert project["kind"] == "api-service" and project["kind_decided"], project  # was library, undecided
    assert project["kind_evidence"][0]["path"] == "wms.php"
    api = res["interoperability.api-spec"]
    assert api["status"] == "not_applicable" and "WMS" in api["message"]["en"] and "OGC" in api["message"]["en"], api["message"]
    assert "capacites.xml" in api["message"]["en"]
    ds = res["interoperability.data-standards"]
    assert ds["status"] == "not_applicable" and "OGC web services (WMS" in ds["message"]["en"], ds["message"]  # was fail


def test_near_miss_the_document_as_a_test_fixture_stays_undecided(tmp_path):
    files = {**FILES, "capacites.xml": None, "tests/fixtures/capacites.xml": CAPS,
             "wms.php": SCRIPT.replace("'capacites.xml'", "'tests/fixtures/capacites.xml'")}
    project, res = _audit(tmp_path, files)
    assert project["kind_decided"] is False, project
    assert "No served API detected" in res["interoperability.api-spec"]["message"]["en"]
    assert res["interoperability.data-standards"]["status"] == "fail"


def test_near_miss_a_client_caching_another_server_s_capabilities_stays_undecided(tmp_path):
    client = """<?php
$url = 'https://geo.example.org/wms?SERVICE=WMS&REQUEST=GetCapabilities';
$params = array('service' => 'WMS', 'request' => 'GetCapabilities', 'zone' => $_GET['zone']);
file_put_contents('capacites.xml', file_get_contents($url));
$xml = simplexml_load_file('capacites.xml');
echo count($xml->Capability->Layer);
"""
    project, res = _audit(tmp_path, {**FILES, "wms.php": client})
    assert project["kind_decided"] is False, project
    assert "No served API detected" in res["interoperability.api-spec"]["message"]["en"]

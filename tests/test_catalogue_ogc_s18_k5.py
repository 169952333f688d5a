"""interoperability.public-building-blocks (issue 12, s18 c2; cigalsace/xml2csw): a PHP CSW catalogue answering GetCapabilities,
GetRecords and GetRecordById over ISO 19139 records had its OGC request names read as a map handled here ("Address, place, map
or organisation identifier handled here", config.php "GetCapabilities"). A catalogue's requests name no map; a map request does."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.public-building-blocks"
CSW = ("<?php\n// answers the catalogue's requests\n$request = $_GET['request'];\nif ($request == 'GetCapabilities') {\n"
       "  include 'capabilities.php';\n} elseif ($request == 'GetRecordById') {\n  readfile('xml/' . basename($_GET['id']) . '.xml');\n}\n"
       "header('Content-Type: text/xml');\necho '<csw:GetRecordsResponse/>';\n")


def _handled(res) -> list:
    return [e["value"] for e in res[CHECK]["evidence"] if e.get("kind") == "finding"]


def test_a_catalogues_requests_name_no_map(tmp_path):
    _, res = judge(tmp_path, {"xml2csw.php": CSW, "capabilities.php": "<?php\n$ows_ServiceType = 'CSW';\n"}, [CHECK])
    assert "GetCapabilities" not in _handled(res), res[CHECK]["evidence"]


def test_a_map_request_beside_them_still_is_a_map(tmp_path):
    viewer = "<?php\n$url = $base . '?SERVICE=WMS&REQUEST=GetMap&LAYERS=ortho';\necho file_get_contents($url);\n"
    _, res = judge(tmp_path, {"xml2csw.php": CSW, "map.php": viewer}, [CHECK])
    assert _handled(res), res[CHECK]["evidence"]

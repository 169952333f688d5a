"""Session 19 (h3): a metadata record's or an OGC service's own contact block is no place the code handles. Fixtures shaped like
cigalsace/xml2csw (a PHP CSW whose config.php fills the capabilities' ServiceProvider from `$ows_City = 'Strasbourg'`,
`$ows_Keywords[] = 'Géoportail'`: interoperability.public-building-blocks failed "address or place handled here") and a metadata
converter writing gmd:CI_Address's postalCode of a point of contact."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PBB = ["interoperability.public-building-blocks"]
CONFIG = ("<?php\n// Configuration GetCapabilities\n$ows_Title = 'Catalogue de la plateforme';\n$ows_Keywords[] = 'Géoportail';\n"
          "$ows_Keywords[] = 'Données ouvertes';\n$ows_ProviderName = 'Plateforme régionale';\n$ows_DeliveryPoint = '1, place de la Mairie';\n"
          "$ows_City = 'Strasbourg';\n$ows_PostalCode = '67000';\n\n$capabilities_xml = '<csw:Capabilities><ows:ServiceProvider>"
          "<ows:ProviderName>'.$ows_ProviderName.'</ows:ProviderName></ows:ServiceProvider></csw:Capabilities>';\n")
INDEX = ("<?php\ninclude 'config.php';\nheader('Content-Type: application/xml');\n$request = $_GET['request'];\n"
         "if ($request == 'GetCapabilities') { echo $capabilities_xml; }\n"
         "else { echo '<csw:GetRecordsResponse xmlns:csw=\"http://www.opengis.net/cat/csw/2.0.2\"></csw:GetRecordsResponse>'; }\n")


def _pbb(tmp_path, files, name="r"):
    return judge(tmp_path, files, PBB, name=name)[1]["interoperability.public-building-blocks"]


def test_a_catalogue_s_own_contact_and_keywords_are_no_place_handled(tmp_path):
    res = _pbb(tmp_path, {"config.php": CONFIG, "index.php": INDEX})
    assert res["status"] == "not_applicable", res


def test_an_address_form_beside_no_metadata_still_counts(tmp_path):
    form = ("<?php\ninclude 'config.php';\n$code_postal = $_POST['code_postal'];\n$ville = $_POST['ville'];\n"
            "echo '<form method=\"post\"><input name=\"code_postal\"><input name=\"adresse_postale\"></form>';\n")
    res = _pbb(tmp_path, {"config.php": CONFIG, "index.php": INDEX, "signalement.php": form}, "f")
    assert res["status"] == "fail" and any(e.get("path") == "signalement.php" for e in res["evidence"]), res

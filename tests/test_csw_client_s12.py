"""interoperability.geo: a client of a CSW catalogue (the OGC service of geographic metadata: service 'CSW', request
GetRecordById) works with an OGC service (issue 12, s12: a regional GIS partnership's ISO 19139 metadata reader told it
'handles no map or geographic data')."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.geo"
CONFIG_JS = ("var fiche = {\n    csw: {\n        url: '/proxy.php?url=https://catalogue.region-exemple.fr/geonetwork/srv/fre/csw',\n"
             "        service: 'CSW',\n        version: '2.0.2',\n        request: 'GetRecordById',\n        elementSetName: 'full'\n    }\n};\n")
CSHARP = ("public class Import {\n    public void Run(CsvReader csv) {\n        var rows = csv.GetRecords<Ligne>();\n"
          "        var one = repository.GetRecordById(id);\n    }\n}\n")


def test_a_csw_client_uses_an_ogc_service(tmp_path):
    r = results(run_audit(build(tmp_path / "r", {"README.md": "# Fiche\n\nLecteur de fiches de métadonnées.\n",
                                                 "index.html": "<html><body><div id=\"fiche\"></div><script src=\"js/config.js\"></script></body></html>\n",
                                                 "js/config.js": CONFIG_JS}), tmp_path / "c", [CID]))[CID]
    assert r["status"] != "not_applicable", r["message"]
    assert "js/config.js" in {e.get("path") for e in r["evidence"]}, r["evidence"]


def test_a_method_named_get_records_is_no_csw(tmp_path):
    r = results(run_audit(build(tmp_path / "r", {"README.md": "# Import\n\nImport de lignes.\n", "src/Import.cs": CSHARP}),
                          tmp_path / "c", [CID]))[CID]
    assert r["status"] == "not_applicable", r["message"]

"""licensing.data-and-docs and interoperability.data-standards: empty (0-byte) data files are placeholders kept for later, not
data (issue 12, s43 fa43 = reader ra43 on delalandemike-ui/portail-eap-sdis37).

A fire service's static intranet portal committed data/centres.json, data/eap.json and data/materiel.json at 0 bytes beside the
pages meant to read them: three "data files" asked a data licence (fail 0) and a schema for their JSON (fail 3). An empty file
holds no data: nothing to license, no format to judge (not applicable).
Near miss: the same files holding one line each, a JSON array of records, are data: the licence and the schema are asked.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

PAGE = ("<!doctype html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Portail</title></head>\n<body>\n<h1>Portail</h1>\n"
        "<table id=\"agents\"></table>\n<script src=\"js/rh.js\"></script>\n</body>\n</html>\n")
CHECKS = ["licensing.data-and-docs", "interoperability.data-standards"]


def _files(data: str) -> dict:
    return {"index.html": PAGE, "pages/rh.html": PAGE.replace("Portail", "Ressources humaines"),
            "css/style.css": "body { font-family: sans-serif; }\n",
            "js/rh.js": "const agents = [];\nfunction render() {\n  document.getElementById('agents').textContent = agents.length;\n}\n",
            "js/app.js": "", "data/centres.json": data, "data/eap.json": data, "data/materiel.json": data}


def _audit(tmp_path, data: str) -> dict:
    return results(run_audit(build(tmp_path / "r", _files(data)), tmp_path / "c", CHECKS))


def test_empty_data_files_are_placeholders(tmp_path):
    res = _audit(tmp_path, "")
    for cid in CHECKS:
        assert res[cid]["status"] == "not_applicable", (cid, res[cid]["status"], res[cid]["message"]["en"])


def test_one_line_of_records_is_data(tmp_path):
    res = _audit(tmp_path, '[{"id": 1, "nom": "Centre Nord", "commune": "Tours"}, {"id": 2, "nom": "Centre Sud", "commune": "Amboise"}]\n')
    assert res["licensing.data-and-docs"]["status"] == "fail", res["licensing.data-and-docs"]["message"]["en"]
    assert res["interoperability.data-standards"]["status"] not in ("not_applicable", "pass")
    assert "JSON" in res["interoperability.data-standards"]["message"]["en"]

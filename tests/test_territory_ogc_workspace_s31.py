"""One territory's layers read from a map server the code names (issue 12, session 31 f31, reader m23o1, a city model's API): a
GeoServer workspace named after a local authority or a place, on a contractor's host, is one territory's data source; a theme's
workspace or an address the deployment sets is none."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"


def _api(url: str, layer: str) -> dict:
    return {
        "README.md": "# Maquette API\n\nFlask API turning a bounding box into voxels.\n",
        "requirements.txt": "flask==2.2.2\nowslib==0.27.2\n",
        "app/views.py": ("from flask import request, jsonify\nfrom owslib.wfs import WebFeatureService\n\n\n"
                         "def buildings():\n    form = request.json\n"
                         f"    url = \"{url}\"\n    wfs = WebFeatureService(url=url)\n    layer_name = \"{layer}\"\n"
                         "    return jsonify(wfs.getfeature(typename=layer_name, bbox=form['bbox']).read().decode())\n"),
    }


def _ogc(r) -> list:
    return [(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding" and "/geoserver/" in str(e.get("value"))]


def test_an_authority_s_workspace_on_a_contractor_s_geoserver_written_in_code_is_a_territory_value(tmp_path):
    r = judge(tmp_path, _api("https://geoserver-planta.exo-dev.fr/geoserver/Metropole/ows?", "Metropole:bati"), [CHECK])[1][CHECK]
    assert _ogc(r) == [("app/views.py", 7)], (r["message"], r["evidence"])
    assert r["status"] == "warn", r["message"]


def test_a_theme_s_workspace_or_a_demo_server_stays_neutral(tmp_path):
    for i, (url, layer) in enumerate((("https://edp.example.com/geoserver/edp/wfs?", "edp:fontaines"),
                                      ("https://ahocevar.com/geoserver/wms", "topp:states"),
                                      ("https://demo.example.com/geoserver/topp/ows?", "topp:states"))):
        r = judge(tmp_path / str(i), _api(url, layer), [CHECK])[1][CHECK]
        assert r["status"] == "pass" and not _ogc(r), (url, r["message"], r["evidence"])

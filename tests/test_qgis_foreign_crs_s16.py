"""interoperability.geo: a QGIS project in the legal system of its own territory (issue 12, session 15's h7 note): a New Caledonian
kit whose .qgs is in EPSG:3163 (RGNC91-93 / Lambert New Caledonia) was 'legal reference system: no' — the loop over QGIS projects
knew France's codes only. The codes now come from one place (auditor/facts/legal_crs.py)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

QGS = ("<!DOCTYPE qgis><qgis version=\"3.28\"><projectCrs><spatialrefsys nativeFormat=\"Wkt\"><authid>EPSG:{code}</authid>"
       "</spatialrefsys></projectCrs><projectlayers><maplayer><provider encoding=\"UTF-8\">ogr</provider></maplayer>"
       "</projectlayers></qgis>\n")


def _geo(tmp_path, code: str) -> dict:
    files = {"README.md": "# Kit\n\nOuvrez le projet carte.qgs dans QGIS.\n", "carte.qgs": QGS.format(code=code)}
    _report, res = judge(tmp_path, files, ["interoperability.geo"])
    return res["interoperability.geo"]


def test_a_qgis_project_in_new_caledonias_system_is_in_its_legal_system(tmp_path):
    geo = _geo(tmp_path / "nc", "3163")
    assert geo["details"]["legal_crs"] is True, geo["message"]
    assert "EPSG:3163, New Caledonia's legal system" in geo["message"]["en"], geo["message"]


def test_a_qgis_project_in_lambert93_and_one_in_web_mercator(tmp_path):
    assert _geo(tmp_path / "l93", "2154")["details"]["legal_crs"] is True
    assert _geo(tmp_path / "wm", "3857")["details"]["legal_crs"] is False

"""Session 15 (h7): New Caledonia and French Polynesia set their own geodetic references (RGNC91-93 / Lambert New Caledonia,
EPSG:3163; RGPF / UTM 5-7 S). A Nouméa model whose geometries are in EPSG:3163 got "legal reference system: no" in interoperability.geo:
it is the territory's legal system, said as such. RGF93 v2b's Lambert-93 (EPSG:9794) is France's legal system as much as EPSG:2154."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_postgis_model_first_reads import SDIS
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results


def _geo(tmp_path, code, name):
    files = {**SDIS, "sql/pompiers/03_tables.sql": SDIS["sql/pompiers/03_tables.sql"].replace("2154", code)}
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-03-02T10:00:00Z"}])
    return results(run(repo, tmp_path / (name + "c"), only=["interoperability.geo"]))["interoperability.geo"]["message"]


def test_lambert_new_caledonia_is_the_territorys_legal_system(tmp_path):
    msg = _geo(tmp_path, "3163", "nc")
    assert "legal reference system: yes (EPSG:3163, New Caledonia's legal system)" in msg["en"], msg
    assert "Nouvelle-Calédonie" in msg["fr"], msg
    msg = _geo(tmp_path, "3297", "pf")
    assert "legal reference system: yes (EPSG:3297, French Polynesia's legal system)" in msg["en"], msg


def test_rgf93_v2b_lambert93_is_frances_legal_system(tmp_path):
    msg = _geo(tmp_path, "9794", "v2b")
    assert "legal reference system: yes." in msg["en"] or "legal reference system: yes;" in msg["en"], msg

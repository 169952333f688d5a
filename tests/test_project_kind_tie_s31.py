"""Project kind (issue 12, session 31, reader m23o4: datagora-erasme/TIGA_get_data_for_3D_dataviz): a data script (main.py, pandas)
beside the static map page it feeds (index.html, src/script.js) scored static-site 4.0 = analysis 4.0; the fixed order chose
"analysis" and every check of a static site (accessibility and eco-design, portability) said "not applicable". A page-shipping
kind tied with the chosen script kind is now kept as a second kind, judged too; a lone static map stays a static site alone."""

from __future__ import annotations

from tests.test_project_kind import STATIC_MAP, run
from tests.test_reusability_fixtures import build, results

SCRIPT = ('"""Collecte des établissements puis écriture du CSV de la carte."""\nimport pandas as pd\n\n\n'
          'def main():\n    df = pd.read_csv("output/output.csv")\n    df.to_csv("data/data_processed.csv")\n\n\nif __name__ == "__main__":\n    main()\n')
CID = "interoperability.accessibility-and-ecodesign"


def test_a_static_map_tied_with_its_data_script_is_judged_as_a_static_site_too(tmp_path):
    files = {**STATIC_MAP, "main.py": SCRIPT, "process_data.py": SCRIPT.replace("main", "process"), "requirements.txt": "pandas==1.4.3\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=[CID])
    proj = report["facts"]["project"]
    scores = proj["scores"]
    assert scores.get("static-site") == scores.get("analysis"), scores  # the tie of the case
    # (s35 e35: the page's script drawing the map, L.map('map'), settles the tie for the published map; a page drawing none keeps
    # static-site as a second kind: tests/test_map_site_with_feeds_s35e35.py)
    assert proj["kind"] == "static-site" or any(a["kind"] == "static-site" for a in proj["also_kinds"]), proj
    assert results(report)[CID]["status"] != "not_applicable", results(report)[CID]["message"]  # was not_applicable


def test_a_lone_static_map_keeps_no_second_kind(tmp_path):
    report = run(build(tmp_path / "r", STATIC_MAP), tmp_path / "c", only=[CID])
    assert report["facts"]["project"]["kind"] == "static-site" and report["facts"]["project"]["also_kinds"] == []

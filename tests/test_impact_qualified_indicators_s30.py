"""A qualified "Indicateurs …" heading of an indicators product is no impact indicator (issue 12, session 30 fixer g30, reader s29
m21o4, aitf-sig-topo/tdb_qualite_ban).

README.md:9 "### Indicateurs retenus :" lists the data-quality metrics a BAL dashboard computes (longévité, taux de certification,
géodoublons): scaling.impact-indicators passed on it ("impact section in the docs"). A bare "Indicateurs" heading and "Indicateurs
d'impact" still count."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

IMPACT = "scaling.impact-indicators"
SQL = "CREATE TABLE bal_stats (commune varchar(5), taux_certif numeric);\n"


def _impact(tmp_path, heading, name):
    files = {"README.md": "# Tableau de bord d'analyse de qualité des adresses\n\n## Objectif\n\nDécrire la vitalité des adresses.\n\n"
             + heading + "\n\n- Taux de certification des adresses.\n- Nombre d'adresses en doublon.\n\n## Installation\n\nExécuter le script.\n",
             "sql/stats.sql": SQL}
    return results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=[IMPACT]))[IMPACT]


def test_a_dashboards_chosen_indicators_are_no_impact(tmp_path):
    r = _impact(tmp_path, "### Indicateurs retenus :", "ret")
    assert r["status"] != "pass" and "Indicateurs" not in str(r["evidence"]), r


def test_a_subject_qualified_heading_is_no_impact(tmp_path):
    r = _impact(tmp_path, "### Indicateurs agro-climatiques", "agro")
    assert r["status"] != "pass", r


def test_impact_indicators_still_count(tmp_path):
    for name, heading in (("imp", "## Indicateurs d’impact"), ("bare", "## Indicateurs")):
        r = _impact(tmp_path, heading, name)
        assert r["status"] == "pass" and "Indicateurs" in str(r["evidence"]), (heading, r)

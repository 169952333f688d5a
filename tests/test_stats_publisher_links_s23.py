"""A statistics office's dataset page is no statistic of the project's use (issue 12, session 23 reader m1, a métropole's SQL kit):
an analysis note linking INSEE's page of the dataset it compares (https://www.insee.fr/fr/statistiques/<number>) made
scaling.impact-indicators pass, because any URL with a /statistiques/ segment counted. INSEE, the ministry of ecology's SDES and
Eurostat publish every dataset and study under such paths: those links are the data a project reads; a link to the project's own
statistics page still counts."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

SQL = "CREATE TABLE equipement (id integer PRIMARY KEY, code_insee varchar(5), type varchar(10));\n"


def _impact(tmp_path, note, name):
    files = {"README.md": "# Référentiels\n\nScripts SQL du référentiel des équipements.\n", "schema/equipement.sql": SQL,
             "doc/analyse_equipements.md": f"# Analyse\n\nComparaison avec la base permanente des équipements : {note}\n"}
    return results(run(build(tmp_path / name, files), tmp_path / f"c{name}", only=["scaling.impact-indicators"]))["scaling.impact-indicators"]


def test_an_insee_dataset_page_is_no_impact_statistic(tmp_path):
    r = _impact(tmp_path, "https://www.insee.fr/fr/statistiques/1234567", "insee")
    assert r["status"] != "pass", r
    assert "insee.fr" not in str(r["evidence"]), r


def test_the_projects_own_statistics_page_still_counts(tmp_path):
    r = _impact(tmp_path, "les usages sont publiés sur https://referentiel.metropole-exemple.fr/statistiques", "own")
    assert r["status"] == "pass" and "referentiel.metropole-exemple.fr/statistiques" in str(r["evidence"]), r

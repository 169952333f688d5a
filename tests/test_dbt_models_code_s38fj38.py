"""A dbt project's models are read as code (issue 12, session 38 fixer fj38 = France-Data-Reseau/fdr-appuiscommuns).

The Appuis Communs models build GeoJSON Features for Superset (json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON(…)::json)),
read and write CSV (a from_csv macro over the seeds, to_csv models) and carry INSEE codes and SIREN (fdrcommune_insee_id, epci_code):
interoperability.data-standards said "open formats: none read or written by the code", interoperability.geo "GeoJSON: no" and
interoperability.identifiers "no detectable identifier", since SQL is read as data. The SQL of a dbt project's model, macro, snapshot
and analysis folders is now read as code; and a Jinja comment ({# … #}, a model's header with an example of what it writes) is a
comment, as /* … */ is. Near misses: the same SQL files with no dbt project stay data; coordinates outside the comment are still
hard-coded values.
"""

from __future__ import annotations

from tests.test_dbt_project_s38fj38 import DBT
from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.data-standards", "interoperability.geo", "interoperability.identifiers", "reusability.territory-neutral"]
HEADER = ("{#\nCarte des poteaux pour Superset.\n\nExemple :\n"
          '{"type" : "Feature", "geometry" : {"type" : "Point", "coordinates" : [-4.072638, 48.512337]}}\n#}\n\n')
CARTE = "models/std/poteaux_std_carte.sql"


def test_the_models_of_a_dbt_project_are_code(tmp_path):
    res = judge(tmp_path, {**DBT, CARTE: HEADER + DBT[CARTE]}, CHECKS)[1]
    assert "GeoJSON" in res["interoperability.data-standards"]["message"]["en"], res["interoperability.data-standards"]["message"]
    assert res["interoperability.geo"]["details"]["geojson"] is True
    assert res["interoperability.identifiers"]["status"] != "not_applicable", res["interoperability.identifiers"]["message"]
    assert res["reusability.territory-neutral"]["status"] == "pass", res["reusability.territory-neutral"]["message"]


def test_without_a_dbt_project_the_sql_stays_data_and_uncommented_coordinates_count(tmp_path):
    files = {k: v for k, v in DBT.items() if k not in ("dbt_project.yml", "packages.yml")}
    res = judge(tmp_path, files, CHECKS)[1]
    assert "GeoJSON" not in res["interoperability.data-standards"]["message"]["en"]
    outside = {**DBT, CARTE: "-- centre de la carte\nselect ST_MakePoint(-4.072638, 48.512337) as centre, 1 as n\n" + DBT[CARTE]}
    res = judge(tmp_path, outside, ["reusability.territory-neutral"], name="o")[1]
    assert res["reusability.territory-neutral"]["status"] != "pass", res["reusability.territory-neutral"]["message"]

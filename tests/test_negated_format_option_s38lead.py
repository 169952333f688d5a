"""An option named for not using a format is no use of it (issue 12, s38 lead = re-reader vd38 on France-Data-Reseau/fdr-appuiscommuns).

Once fj38 read a dbt project's models as code, interoperability.geo and data-standards cited as GeoJSON evidence three staging
models calling a macro with ``wkt_rather_than_geojson=true`` — the option that says the model reads WKT, not GeoJSON. A format's name
right after rather_than_, instead_of_, not_, no_ or without_ names the format the code does not use. Near miss: the model building a
GeoJSON Feature (json_build_object('type', 'Feature', … ST_AsGeoJSON …)) is still the evidence, and Leaflet's L.geoJSON still counts.
"""

from __future__ import annotations

from tests.test_dbt_project_s38fj38 import DBT
from tests.test_local_authority_verdicts import judge

GEO = "interoperability.geo"
STAGING = "{{ socle.from_csv(ref('poteaux_exemple'), [ref('poteaux_definition')], wkt_rather_than_geojson=true) }}\n"
BASE = {k: v for k, v in DBT.items() if k != "models/std/poteaux_std_carte.sql"}


def _geo(tmp_path, files, name):
    r = judge(tmp_path, {**BASE, **files}, [GEO], name=name)[1][GEO]
    return r["details"].get("geojson", False), [e for e in r["evidence"] if e.get("value") and "geojson" in str(e["value"]).lower()]


def test_an_option_saying_rather_than_geojson_is_no_geojson(tmp_path):
    found, ev = _geo(tmp_path, {"models/stg/poteaux_expected_stg.sql": STAGING}, "negated")
    assert found is False and not ev, ev


def test_the_model_building_geojson_is_still_the_evidence(tmp_path):
    carte = DBT["models/std/poteaux_std_carte.sql"]
    found, ev = _geo(tmp_path, {"models/stg/poteaux_expected_stg.sql": STAGING, "models/std/poteaux_std_carte.sql": carte}, "built")
    assert found is True and {e["path"] for e in ev} == {"models/std/poteaux_std_carte.sql"}, ev

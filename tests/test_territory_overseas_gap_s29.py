"""A national land-use service's data pipeline maps every overseas département (971…976) and, in one model, picks the Guyane lands
its national land-cover dataset does not cover (departement = '973', a CTE lands_guyane): that dataset's gap, no territory the
code was written for (issue 12, s29 g29, reader s26 m17-o4 / verifier s27 v8; shaped like a dbt model of a State ZAN service)."""

from __future__ import annotations

from tests.test_build_scripts_pages_addresses_s19_m4 import territory
from tests.test_territory_styles_samples_s27 import RPLS_SQL

GAP = ("/* Les lands de Guyane que l'OCS GE ne couvre pas entièrement. */\nwith ocsge_years as (\n"
       "    select year from {{ ref('millesimes') }}\n    where departement = '973'\n),\nlands_guyane as (\n"
       "    select land_id, geom from {{ ref('land') }}\n    where '973' = ANY(departements)\n)\n"
       "select l.land_id from lands_guyane l\ncross join ocsge_years y\n")
FILES = {"README.md": "# Diagnostic\n\nLe diagnostic de l'artificialisation de chaque territoire.\n",
         "airflow/sql/models/ocsge/guyane_incomplete_lands.sql": GAP}


def test_one_overseas_gap_beside_the_national_overseas_mapping_is_no_territory_value(tmp_path):
    t, where = territory(tmp_path, {**FILES, "airflow/sql/models/rpls/raw_rpls_departement.sql": RPLS_SQL}, sponsor="state")
    assert not where and t["status"] == "pass", (t["message"], where)


def test_the_same_filter_alone_stays_a_territory_value(tmp_path):
    t, where = territory(tmp_path, FILES, sponsor="state")  # (a State service of Guyane itself: its territory)
    assert any(p.endswith("guyane_incomplete_lands.sql") for p, _ in where), (t["message"], where)

"""reusability.territory-neutral: a région's code filtering SQL views missed, a component(1) package's list of first names taken for
towns (issue 12, session 8's first reads: DataSud/openstreetmap4datasud's `a.code_insee = '93'`, GrandNancy/modeify's vendored
trevorgerhardt/names "Nancy", "Paris")."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.territory-neutral"


def terr(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


VIEW = ("CREATE OR REPLACE VIEW osm.{name} AS\n\tSELECT p.osm_id, p.name, p.the_geom\n\tFROM osm.planet_osm_point p, administratif.region a\n"
        "\twhere ST_Intersects(a.geom, p.the_geom) and p.amenity = '{name}' and a.code_insee = '93';\n\n")


def test_sql_views_filtered_on_a_regions_code_are_territory_specific(tmp_path):
    # DataSud/openstreetmap4datasud osm_phase_b.sql: every theme view keeps the features of région 93 (Provence-Alpes-Côte d'Azur)
    sql = "".join(VIEW.format(name=n) for n in ("school", "hospital", "pharmacy", "townhall"))
    r = terr(tmp_path, {"osm_phase_b.sql": sql, "initdb.sh": "#!/bin/sh\npsql -f osm_phase_b.sql\n",
                        "README.md": "# OSM pour la plateforme\n\nDes vues thématiques d'OpenStreetMap.\n"})
    assert r["status"] in ("warn", "fail"), r["message"]
    assert any(e.get("path") == "osm_phase_b.sql" for e in r["evidence"])


NAMES = "module.exports = [\n" + "".join(f"  '{n}',\n" for n in ("Nadia", "Nancy", "Naomi", "Paola", "Paris", "Patricia")) + "];\n"


def test_a_component_packages_first_names_are_no_towns(tmp_path):
    # GrandNancy/modeify: client/components/trevorgerhardt/names/0.0.2/lib/fore.js, a list of first names installed by component(1)
    r = terr(tmp_path, {"client/components/trevorgerhardt/names/0.0.2/lib/fore.js": NAMES,
                        "client/components/trevorgerhardt/names/0.0.2/component.json": '{"name": "names", "version": "0.0.2"}\n',
                        "client/index.js": "var names = require('names');\nmodule.exports = function () { return names[0]; };\n",
                        "README.md": "# modeify\n\nA commute planner.\n"})
    assert r["status"] == "pass", r["message"]

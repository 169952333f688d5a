"""Session 16 (k7, reader r5's Tisseo/TID): a transport syndicate's PostgreSQL/PostGIS schema fixes every geometry to SRID 3943
(RGF93 / CC43, the conic conformal zone of Toulouse's band of latitude) and transforms into it in its functions: territory-neutral
said "No territory-specific value in the code". The EPSG:39xx form was already a territory value (territory.cc-zone); the SRID
a PostGIS model fixes is the same value written another way."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

TRANSPORT_SCHEMA = """CREATE SCHEMA reseau;
CREATE TABLE reseau.arret (
    id serial PRIMARY KEY,
    nom character varying(60) NOT NULL,
    the_geom geometry(Point,3943) NOT NULL
);
CREATE TABLE reseau.ligne (
    id serial PRIMARY KEY,
    numero character varying(10) NOT NULL,
    the_geom geometry(LineString,3943)
);
CREATE FUNCTION reseau.arret_proche(x double precision, y double precision) RETURNS integer AS $$
    SELECT id FROM reseau.arret ORDER BY the_geom <-> ST_Transform(ST_SetSRID(ST_MakePoint(x, y), 4326), 3943) LIMIT 1;
$$ LANGUAGE sql;
INSERT INTO reseau.ligne (id, numero) VALUES (3943, 'L1');
"""


def test_a_conic_zone_srid_fixed_in_a_postgis_schema_is_a_territory_value(tmp_path):
    files = {"README.md": "# Référentiel du réseau\n\nSchéma PostgreSQL/PostGIS du réseau de transport.\n", "schema.sql": TRANSPORT_SCHEMA,
             "fonctions.sql": "CREATE VIEW reseau.v_arret AS SELECT id, nom FROM reseau.arret;\n"}
    _, res = kind_and_results(tmp_path, files, ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert r["status"] != "pass", r["message"]
    found = [e for e in r["evidence"] if e.get("value") == "3943"]
    assert found and {e["path"] for e in found} == {"schema.sql"}, r["evidence"]
    assert all(e["line"] != 16 for e in found), found  # (an id 3943 in an INSERT is no SRID)
    national = {"README.md": "# Référentiel\n", "schema.sql": TRANSPORT_SCHEMA.replace("3943", "2154")}
    _, res = kind_and_results(tmp_path / "national", national, ["reusability.territory-neutral"])
    assert not any(e.get("value") == "2154" for e in res["reusability.territory-neutral"]["evidence"])

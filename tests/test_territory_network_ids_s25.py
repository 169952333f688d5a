"""A commune's INSEE code inside a transport network's identifiers written in SQL (issue 12, s25 t25 = o1 family 4,
sigagglocompiegne/mobilite).

A bus network's PostGIS views offset the labels of some stop places by their NeTEx-style ids ('FR:<INSEE>:LA:<n>:LOC'): one
network's objects, which a second network rewrites. territory.sql-insee read a commune's code only compared with a column
named insee/code_commune, so territory-neutral passed and identifiers said "valeurs en dur : 0". A code inside an identifier
of that structure (FR:, a département's code, ':', an object type, ':') is now a territory value and a hard-coded identifier;
a bare five-digit number in a literal, or an id whose second part is no commune's code, stays none."""

from __future__ import annotations

from tests.test_build_scripts_pages_addresses_s19_m4 import territory
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

VIEW = ("CREATE SCHEMA reseau;\n\nCREATE TABLE reseau.lieu_arret\n(\n  id_la character varying(40) NOT NULL,\n"
        "  nom character varying(80),\n  CONSTRAINT lieu_arret_pkey PRIMARY KEY (id_la)\n);\n\n"
        "CREATE OR REPLACE VIEW reseau.xapps_lieu_arret AS\n SELECT la.id_la,\n    la.nom,\n    CASE\n"
        "{cases}"
        "            ELSE 0\n        END AS decalage_x\n   FROM reseau.lieu_arret la;\n")


def view(ids) -> str:
    return VIEW.format(cases="".join(f"            WHEN la.id_la::text = '{i}'::text THEN {n * 10}\n" for n, i in enumerate(ids, 1)))


def identifiers(tmp_path, files):
    return results(run(build(tmp_path / "r", files), tmp_path / "c", only=["interoperability.identifiers"],
                       sponsor="local-authority"))["interoperability.identifiers"]


README = {"README.md": "# Réseau de bus\n\nModèle de données du réseau urbain.\n"}


def test_a_networks_ids_holding_a_communes_code_are_territory_values(tmp_path):
    files = {**README, "bdd/vues.sql": view(["FR:29019:LA:12:LOC", "FR:29019:LA:47:LOC", "FR:29019:StopPlace:3:LOC"])}
    t, where = territory(tmp_path, files)
    assert t["status"] in ("warn", "fail") and ("bdd/vues.sql", 16) in where, (t["message"], where)
    i = identifiers(tmp_path / "i", files)
    assert i["details"]["hard_coded"] >= 1 and "valeurs en dur : 0" not in i["message"]["fr"], i["message"]


def test_bare_numbers_and_ids_without_a_communes_code_stay_none(tmp_path):
    # (a five-digit number in a literal; an id whose second part is a producer's name or no département's code; a comment)
    files = {**README, "bdd/vues.sql": view(["48213", "FR:RESEAU:LA:12:LOC", "FR:99123:LA:4:LOC", "FR::Quay:12:LOC"])
             + "-- exemple d'identifiant : 'FR:29019:LA:12:LOC'\n"}
    t, where = territory(tmp_path, files)
    assert not where, t["message"]
    i = identifiers(tmp_path / "i", files)
    assert not (i.get("details") or {}).get("hard_coded"), i["message"]

"""An intercommunality's initials inside a SQL table's name (issue 12, s21 fixer k1, from s20 reader r1:
sigagglocompiegne/ress_ecl). A PostGIS data model's triggers fill each object's commune from the agglomération's own layer of
its communes (FROM r_osm.geo_vm_osm_commune_arcba: ARC + Basse Automne, "CA de la Région de Compiègne et de la Basse
Automne"), a table a second territory's warehouse does not have; territory-neutral passed. A part of a SQL table's or
schema's name that is an EPCI's initials (communes.yml's epci_acronyms, or an agglomération's after the A of
"Agglomération": epci_agglo_acronyms, five characters or more, no word) now counts as a territory's name. Short or common
parts (arc, xapps) and names of no EPCI stay neutral."""

from __future__ import annotations

from tests.test_addresses_outside_code import territory

README = "# Réseau de voirie\n\nModèle de données PostGIS du réseau de voirie.\n\nScripts à charger dans l'ordre.\n"


def _model(layer: str) -> dict[str, str]:
    return {
        "README.md": README,
        "sql/10_squelette.sql": (
            "CREATE SCHEMA IF NOT EXISTS m_voirie;\n\n"
            "CREATE TABLE m_voirie.an_voirie_troncon (\n    idtroncon bigserial PRIMARY KEY,\n    insee character varying(5),\n"
            "    geom geometry(LineString, 2154)\n);\n\n"
            "CREATE OR REPLACE FUNCTION m_voirie.ft_m_troncon_insee()\n    RETURNS trigger LANGUAGE plpgsql AS\n$BODY$\nBEGIN\n"
            f"    NEW.insee = (SELECT insee FROM {layer} c WHERE ST_Contains(c.geom, ST_StartPoint(NEW.geom)));\n"
            "    RETURN NEW;\nEND;\n$BODY$;\n"),
    }


def test_the_initials_of_an_epci_are_a_part_of_a_name():
    from auditor.facts.territory_hosts import epci_acronym_part

    # (CA Saint Germain Boucles de Seine: casgbs, and after the A of "Agglomération": asgbs)
    assert epci_acronym_part("casgbs") and epci_acronym_part("asgbs")
    assert not any(epci_acronym_part(p) for p in ("arc", "xapps", "commune", "geo", "vmr", "osm", "cache", "ccpo"))


def test_a_layer_named_after_the_agglomerations_initials_is_a_territory_value(tmp_path):
    for i, layer in enumerate(("r_ref.geo_vm_commune_asgbs", "casgbs_ref.geo_commune")):
        t, where = territory(tmp_path, _model(layer), name=f"r{i}")
        assert t["status"] == "warn", (layer, t)
        assert where == {("sql/10_squelette.sql", 13)}, (layer, where)


def test_a_layer_with_short_or_common_parts_stays_neutral(tmp_path):
    for i, layer in enumerate(("r_ref.geo_vm_commune", "m_reseau.an_ecl_arc", "x_apps.xapps_geo_vmr_commune")):
        t, where = territory(tmp_path, _model(layer), name=f"n{i}")
        assert t["status"] == "pass" and not where, (layer, t)

"""A PostGIS model's lists of one territory's places (issue 12, s19 reader d1: sigagglocompiegne/pei). A view filtering three
EPCI SIRENs on one line showed only the first as evidence (the count had all three), and the list of a département's fire
stations keyed by its communes' INSEE codes (INSERT … VALUES ('60159','CS de Compiègne'), …) was not seen. The evidence now
holds every value of its kind on the line, and such a list (3+ rows, one département, a label naming a commune) is a value."""

from __future__ import annotations

from tests.test_build_scripts_pages_addresses_s19_m4 import territory

VIEW = ("CREATE VIEW r_osm.geo_v_commune_apc AS\n SELECT c.insee, c.geom\n   FROM r_osm.geo_osm_commune c, r_osm.geo_vm_osm_epci e\n"
        "  WHERE (e.cepci::text = '200011111'::text OR e.cepci::text = '200022222'::text OR e.cepci::text = '200033333'::text);\n")
LIST = ("INSERT INTO m_incendie.lt_cs_sdis(code, valeur)\n    VALUES\n    ('00000','Non renseigné'),\n    ('29019','CS de Brest-Nord'),\n"
        "    ('29151','CS de Morlaix'),\n    ('29232','CS de Quimper'),\n    ('29103','CS de Landerneau');\n")
NATIONAL = ("INSERT INTO ref.lt_chef_lieu(code, valeur)\n    VALUES\n    ('29232','Quimper'),\n    ('35238','Rennes'),\n"
            "    ('56260','Vannes'),\n    ('22278','Saint-Brieuc');\n")


def test_every_siren_of_the_line_and_a_departements_station_list(tmp_path):
    t, where = territory(tmp_path, {"README.md": "# PEI\n\nModèle de données.\n", "sql/vues.sql": VIEW, "sql/squelette.sql": LIST})
    values = {e["value"] for e in t["evidence"] if e.get("path")}
    assert "200011111, 200022222, 200033333" in values, values
    assert ("sql/squelette.sql", 5) in where and ("sql/squelette.sql", 3) not in where, where


def test_a_list_across_departements_is_a_national_table(tmp_path):
    t, where = territory(tmp_path, {"README.md": "# Réf\n\nRéférentiels.\n", "sql/ref.sql": NATIONAL})
    assert not where, t

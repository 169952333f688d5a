"""interoperability.identifiers (issue 12, s29 n29 = reader m21o4, sig14/sig14.github.io and aitf-sig-topo/tdb_qualite_ban): INSEE
codes matched to an official reference of communes were "reference data: no":

- a département's SQL functions take the communes from IGN's BD TOPO, named in a FROM list after a comma
  (``from adresse.v_communes_publiees a, ign.bdtopo_commune bc where a.insee_code = bc.insee_com``);
- a dashboard joins every commune to the table it loads from ADMIN EXPRESS, ``referentiel_communal``
  (``INNER JOIN referentiel_communal geo_commune on geo_commune.code_insee = …``).

Only ADMIN EXPRESS table names after FROM/JOIN counted. BD TOPO's commune tables (also after a comma) and a table named the communal
reference (after FROM/JOIN) now do; a variable of that name in code, or a project table of another name, stays no reference."""

from __future__ import annotations

from tests.test_identifiers_ign_schema_s11 import one

BDTOPO = ("CREATE OR REPLACE FUNCTION adresse.rapproche() RETURNS void AS $$\nBEGIN\n  with commune_pub as (\n"
          "    select st_buffer(bc.geom, 100) as geom from adresse.v_communes_publiees a, ign.bdtopo_commune bc\n"
          "    where a.insee_code = bc.insee_com)\n  select count(*) from commune_pub;\nEND;\n$$ LANGUAGE plpgsql;\n")
REFERENTIEL = ("CREATE TABLE indicateurs AS\nSELECT i.commune_insee, geo_commune.geom\n  FROM indicateurs_de_base i\n"
               "  INNER JOIN\n    referentiel_communal geo_commune\n    on geo_commune.code_insee = i.commune_insee::text;\n")
README = "# Adresses\n\nTraitements SQL des adresses.\n"


def test_bd_topo_communes_are_reference_data(tmp_path):
    r = one(tmp_path, {"README.md": README, "sql/rapproche.sql": BDTOPO})
    assert r["details"]["references"] is True, r["message"]  # was False


def test_the_communal_reference_table_is_reference_data(tmp_path):
    r = one(tmp_path, {"README.md": README, "sql/maj_indicateurs.sql": REFERENTIEL})
    assert r["details"]["references"] is True, r["message"]  # was False


def test_another_table_or_a_variable_is_no_reference(tmp_path):
    r = one(tmp_path, {"README.md": README, "sql/maj_indicateurs.sql": REFERENTIEL.replace("referentiel_communal", "communes_locales"),
                       "src/calcul.py": "def calcul(codes, ref_communes):\n    return total(codes, ref_communes)\n"})
    assert r["details"]["references"] is False, r["message"]

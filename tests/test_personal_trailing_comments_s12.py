"""scaling.personal-data reads a SQL column's trailing ``--`` comment as its COMMENT ON (issue 12, s11 read: a regional
platform's brush-clearing model kept the parcel owner's and the obliged person's names in ``nom_prop TEXT, --- nom du
propriétaire …`` and ``obl_nom TEXT, --- nom de l'obligé``, and was said to hold no personal field). A comment naming a
thing (a zone's, a commune's name) and a comment line of its own stay out."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

CID = "scaling.personal-data"
README = "# OLD\n\nObligations légales de débroussaillement.\n"


def test_a_columns_trailing_comment_names_the_owner(tmp_path):
    sql = ("DROP TABLE IF EXISTS old.zone_obligation;\nCREATE TABLE old.zone_obligation (\n"
           "   id_zone SERIAL,  --- identifiant de la zone (en série)\n   geom GEOMETRY,  --- géométrie\n"
           "   cpt_prop VARCHAR(250), --- compte communal du propriétaire de la parcelle\n"
           "   nom_prop TEXT, --- nom du propriétaire de la parcelle à débroussailler\n"
           "   obl_nom TEXT, --- nom de l'obligé\n   surface_m2 FLOAT --- surface en m²\n);\n\n"
           "CREATE TABLE old.zone_commune (\n   code_insee VARCHAR(5), -- code de la commune\n   lib_zone TEXT -- nom de la zone\n);\n"
           "-- nom du propriétaire : voir la table cadastre\n")
    r = pd(tmp_path, {"post_traitement/1_script_old.sql": sql, "README.md": README})
    assert r["status"] == "warn", r["message"]
    [t] = [e["value"] for e in r["evidence"] if e.get("path") == "post_traitement/1_script_old.sql"]
    assert t["table"] == "zone_obligation" and "nom_prop (identity)" in t["fields"] and "obl_nom (identity)" in t["fields"], t

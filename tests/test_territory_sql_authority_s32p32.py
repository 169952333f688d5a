"""An intercommunality named in a SQL script's values (issue 12, session 32 p32, a heritage reference model's extension-less `init`
script inserting its organisations: 'Agglomération de la Région de Compiègne (ARC)'): the authority the model was written for, a
territory value; three such names or more in one file make a reference table, and one in a comment is no value."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.territory-neutral"
README = {"README.md": "# Patrimoine bâti\n\nModèle de données du patrimoine bâti.\n"}
SCHEMA = ("drop schema if exists r_patbat cascade;\n\ncreate schema r_patbat;\n\n"
          "CREATE SEQUENCE r_patbat.patbat_site_seq START 1;\n"
          "create table r_patbat.an_patbat_orga(\n\tid_orga serial primary key,\n\tnom varchar(254),\n\tobserv text\n);\n"
          "COMMENT ON COLUMN r_patbat.an_patbat_orga.nom IS 'Nom de l''organisation';\n\n")


def _rows(*names: str) -> str:
    return ("INSERT INTO r_patbat.an_patbat_orga (nom, observ) VALUES\n\n"
            + ",\n".join(f"('{n}', 'EPCI')" for n in names) + ",\n('Office National des Forêts (ONF)', 'Gestion des forêts');\n")


def _findings(r) -> list:
    return [e.get("path") for e in r["evidence"] if e.get("kind") == "finding"]


def test_an_intercommunality_inserted_by_an_extensionless_sql_script_is_a_territory_value(tmp_path):
    text = SCHEMA + _rows("Agglomération de la Région de Compiègne (ARC)")
    r = judge(tmp_path, {**README, "init": text}, [CHECK])[1][CHECK]
    assert r["status"] != "pass" and _findings(r) == ["init"], (r["message"], _findings(r))


def test_a_table_of_intercommunalities_or_one_named_in_a_comment_is_not(tmp_path):
    table = SCHEMA + _rows("Communauté d''agglomération du Grand Angoulême", "Métropole de Lyon", "Communauté urbaine de Dunkerque")
    commented = SCHEMA + "-- 'Agglomération de la Région de Compiègne (ARC)' : EPCI d'origine\n" + _rows("Office Public")
    for text in (table, commented):
        r = judge(tmp_path, {**README, "init": text}, [CHECK])[1][CHECK]
        assert r["status"] == "pass", (r["message"], _findings(r))

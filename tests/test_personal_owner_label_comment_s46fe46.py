"""scaling.personal-data (issue 12, s46 fe46 = reader ra46, sigagglocompiegne/foncier): a PostGIS model of an agglomération's land
acquisitions documents its owner columns by COMMENT ON as "Libellé du propriétaire initial" (lib_proprio) and "Libellé du
propriétaire" (l_proprio, one row per co-owner), and the check passed: the comment patterns knew "Nom du propriétaire", not the
"libellé" (nor "identité") GIS data models name a person's name by. Near miss: "Libellé du type de propriétaire" (public or
private: a category) and "Libellé de la commune" name no one and keep the pass."""

from __future__ import annotations

import re

from auditor.data import load
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

HEAD = ("CREATE SCHEMA m_fonc;\n"
        "CREATE TABLE m_fonc.geo_fonc_achat\n(\n    idgeo integer NOT NULL,\n    insee character varying(5),\n"
        "    lib_com character varying(80),\n    {owner} character varying(120),\n    mnt_ht numeric(12,2),\n"
        "    geom geometry(MultiPolygon,2154),\n    CONSTRAINT geo_fonc_achat_pkey PRIMARY KEY (idgeo)\n);\n"
        "COMMENT ON TABLE m_fonc.geo_fonc_achat IS 'Parcelles achetées par la collectivité';\n"
        "COMMENT ON COLUMN m_fonc.geo_fonc_achat.lib_com IS 'Libellé de la commune';\n"
        "COMMENT ON COLUMN m_fonc.geo_fonc_achat.{owner} IS '{comment}';\n"
        "COMMENT ON COLUMN m_fonc.geo_fonc_achat.mnt_ht IS 'Montant de l''achat HT';\n")
COOWNERS = ("CREATE TABLE m_fonc.an_fonc_achat_copro\n(\n    gid integer NOT NULL,\n    idgeo integer,\n    l_prop character varying(254),\n"
            "    n_lot character varying(20)\n);\n"
            "COMMENT ON TABLE m_fonc.an_fonc_achat_copro IS 'Un enregistrement par copropriétaire de la parcelle achetée';\n"
            "COMMENT ON COLUMN m_fonc.an_fonc_achat_copro.l_prop IS 'Libellé du copropriétaire';\n"
            "COMMENT ON COLUMN m_fonc.an_fonc_achat_copro.n_lot IS 'Numéro du lot';\n")


def _personal(tmp_path, sql: str) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Foncier\n\nModèle de données des achats de parcelles.\n", "sql/10_schema.sql": sql},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.personal-data"]))
    fields = {(t["table"].lower(), x["name"].lower()): x for t in report["facts"]["personal_data"]["tables"] for x in t["fields"]}
    return fields, report["results"][0]


def test_owners_named_by_their_label_are_personal_data(tmp_path):
    sql = HEAD.format(owner="lib_prop", comment="Libellé du propriétaire initial") + COOWNERS
    fields, res = _personal(tmp_path, sql)
    assert {("geo_fonc_achat", "lib_prop"), ("an_fonc_achat_copro", "l_prop")} <= set(fields), fields
    assert fields[("geo_fonc_achat", "lib_prop")]["category"] == "identity"
    assert res["status"] != "pass", res["message"]


def test_an_owners_type_and_a_communes_label_are_no_personal_data(tmp_path):
    fields, res = _personal(tmp_path, HEAD.format(owner="typ_prop", comment="Libellé du type de propriétaire (public, privé)"))
    assert not fields, fields
    assert res["status"] == "pass", res["message"]


def test_comment_category():
    from auditor.facts.scaling.personal_comments import comment_category

    patterns = [(c, re.compile(rx)) for c, rx in load("personal_data.yml")["comment_patterns"].items()]
    assert comment_category("Libellé du propriétaire initial", patterns) == "identity"
    assert comment_category("Identité du demandeur", patterns) == "identity"
    assert comment_category("libelle des coproprietaires", patterns) == "identity"
    assert comment_category("Nom du propriétaire", patterns) == "identity"  # (as before)
    assert comment_category("Libellé du type de propriétaire", patterns) is None
    assert comment_category("Libellé de la commune", patterns) is None
    assert comment_category("Identifiant du propriétaire", patterns) is None

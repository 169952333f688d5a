"""scaling.personal-data (issue 12, session 22 reader e1): an Oracle Spatial model of the Métropole Européenne de Lille's road base
whose COMMENT ON texts name the Métropole by its acronym ("source des tronçons (MEL ou IGN)", "domanialité au format MEL") was
said to hold an "e-mail address": the comment patterns are matched on the lower-cased comment, and "MEL" became "mel", the
e-mail's abbreviation (meldig/basevoie). An acronym written in capitals in a description's prose (personal_data.yml
comment_acronyms) is no longer read as the word; "Mél du propriétaire", "adresse mel de l'agent", a column named mel and a
description written in capitals throughout are read as before."""

from __future__ import annotations

import re

from auditor.data import load
from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

ROADS = ("CREATE TABLE G_VOIRIE.TA_TRONCON(\n    OBJECTID NUMBER(38,0),\n    FID_SOURCE NUMBER(38,0),\n    CLASSEMENT VARCHAR2(50),\n"
         "    CODE_RUE integer -- code de la rue, attribué par la MEL\n);\n"
         "COMMENT ON TABLE G_VOIRIE.TA_TRONCON IS 'Tronçons de voie de la métropole.';\n"
         "COMMENT ON COLUMN G_VOIRIE.TA_TRONCON.OBJECTID IS 'Clé primaire de la table.';\n"
         "COMMENT ON COLUMN G_VOIRIE.TA_TRONCON.FID_SOURCE IS 'Clé étrangère vers la table des sources, qui dit si le tronçon vient de la MEL ou de l''IGN.';\n"
         "COMMENT ON COLUMN G_VOIRIE.TA_TRONCON.CLASSEMENT IS 'Classement de la voie au format MEL.';\n")
CONTACTS = ("CREATE TABLE G_VOIRIE.TA_GESTIONNAIRE(\n    OBJECTID NUMBER(38,0),\n    NOM_GEST VARCHAR2(80),\n    ADR_GEST VARCHAR2(120),\n"
            "    CONTACT_2 varchar(120) -- adresse mel de l'agent\n);\n"
            "COMMENT ON COLUMN G_VOIRIE.TA_GESTIONNAIRE.NOM_GEST IS 'Nom du propriétaire de la voie privée.';\n"
            "COMMENT ON COLUMN G_VOIRIE.TA_GESTIONNAIRE.ADR_GEST IS 'Mél du propriétaire de la voie privée.';\n")


def _personal(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Base voie\n\nLe modèle de la base des voies.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.personal-data"]))
    fields = {(t["table"].lower(), x["name"].lower()): x for t in report["facts"]["personal_data"]["tables"] for x in t["fields"]}
    return fields, report["results"][0]


def test_the_metropoles_acronym_in_column_comments_is_no_email(tmp_path):
    fields, res = _personal(tmp_path, {"sql/tables/creation_ta_troncon.sql": ROADS})
    assert not fields, fields
    assert res["status"] == "pass", res["message"]


def test_a_mel_written_as_the_word_is_still_an_email(tmp_path):
    fields, res = _personal(tmp_path, {"sql/tables/creation_ta_troncon.sql": ROADS, "sql/tables/creation_ta_gestionnaire.sql": CONTACTS})
    assert {k for k in fields if k[0] == "ta_troncon"} == set(), fields
    assert {("ta_gestionnaire", "adr_gest"), ("ta_gestionnaire", "contact_2"), ("ta_gestionnaire", "nom_gest")} <= set(fields), fields
    assert res["status"] != "pass" and "e-mail" in res["message"]["en"], res["message"]


def test_comment_category():
    from auditor.facts.scaling.personal_comments import comment_category

    patterns = [(c, re.compile(rx)) for c, rx in load("personal_data.yml")["comment_patterns"].items()]
    assert comment_category("Source des tronçons (MEL ou IGN).", patterns) is None
    assert comment_category("Mél. du contact", patterns) == "email"
    assert comment_category("adresse mel de l'usager", patterns) == "email"
    assert comment_category("MEL DU PROPRIETAIRE", patterns) == "email"  # (written in capitals throughout: as before)
    assert comment_category("E-mail du demandeur, transmis à la MEL", patterns) == "email"

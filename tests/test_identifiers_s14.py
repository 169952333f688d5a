"""Session 14 (h3), issue 12 (s13 r1: an intercommunality's PostGIS PLUi model): interoperability.identifiers said
"hard-coded values: 0" while the model's trigger writes the body's SIREN into the ids and file names it builds
('<siren>_PLUI_'||date as idurba, selected INTO NEW.idurba, NEW.siren…); territory-neutral already saw the value."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

ID = "interoperability.identifiers"
TRIGGER = ("CREATE FUNCTION plan.f_document() RETURNS trigger LANGUAGE plpgsql AS $BODY$\nBEGIN\n"
           "IF TG_OP = 'INSERT' THEN\n"
           "SELECT '{siren}_PLUI_' || to_char(NEW.datappro, 'YYYYMMDD') AS idurba, 'PLUI', '{siren}',\n"
           "       '{siren}_reglement_' || to_char(NEW.datappro, 'YYYYMMDD') || '.pdf' AS nomreg\n"
           "INTO NEW.idurba, NEW.typedoc, NEW.siren, NEW.nomreg;\nEND IF;\nRETURN NEW;\nEND;\n$BODY$;\n")
MODEL = ("CREATE TABLE plan.document (idurba varchar(30) PRIMARY KEY, typedoc varchar(4), siren varchar(9), nomreg varchar(80),\n"
         "  datappro date);\nCREATE TABLE plan.document_commune (idurba varchar(30), insee varchar(5));\n")


def _identifiers(tmp_path, siren):
    path = build(tmp_path / "r", {"sql/document.sql": MODEL, "sql/trigger_document.sql": TRIGGER.format(siren=siren),
                                  "README.md": "# Plan local d'urbanisme\n\nModèle de données du PLUi.\n"})
    return results(run_audit(path, tmp_path / "c", [ID]))[ID]


def test_a_siren_a_trigger_builds_ids_on_is_a_hard_coded_value(tmp_path):
    r = _identifiers(tmp_path, "243500667")
    assert "hard-coded values: 1." in r["message"]["en"], r["message"]
    assert any(e.get("path") == "sql/trigger_document.sql" and e.get("line") == 4 and e.get("kind") == "finding" for e in r["evidence"])


def test_a_number_that_is_no_siren_is_no_hard_coded_value(tmp_path):
    r = _identifiers(tmp_path, "243500668")  # its Luhn key is wrong: a batch number, not a body's SIREN
    assert "hard-coded values: 0." in r["message"]["en"], r["message"]

"""personal_data reads a data model written in Markdown as bulleted column lists (issue 12, session 34 fixer b34).

A web app keeping its records in a spreadsheet documents each sheet under its own heading (``## Feuille 4: Participation_T1``),
a table of sample rows, then ``**Colonnes**:`` and one bullet per column (``- SaisiPar: Email utilisateur``, ``- IP: Adresse
IP (si disponible)``): that is its schema, though no column has an SQL type for the data-dictionary reader. Each bullet is a
field, its text read as a COMMENT ON is. A column list naming nothing personal (a results sheet's counts, a place's name and
address) keeps the pass. Made-up names below."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

MODEL = """# Structure du classeur

## Feuille 2: Bureaux

| ID | Nom | Adresse | Inscrits |
|----|-----|---------|----------|
| BV1 | Mairie | Place de la Mairie | 1250 |

**Colonnes**:
- ID: Identifiant unique (BV1-BV13)
- Nom: Nom du lieu
- Adresse: Adresse complète
- Inscrits: Nombre d'inscrits

## Feuille 4: Participation_T1

| BureauID | Heure | Votants | SaisiPar |
|----------|-------|---------|----------|
| BV1 | 10:00 | 125 | user@example.com |

**Colonnes**:
- BureauID: ID du bureau
- L1_Voix, L2_Voix, etc.: Voix par liste
- Votants: Nombre cumulé de votants
- SaisiPar: Email utilisateur

## Feuille 11: AuditLog

**Colonnes**:
- Timestamp: ISO 8601 (UTC)
- Action: UPDATE / VALIDATE
- IP: Adresse IP (si disponible)
"""
APP = {"src/services/sheets.js": "export const read = () => fetch('/sheet');\n", "package.json": '{"name": "resultats"}\n'}


def test_a_markdown_data_models_column_lists_are_read(repo):
    r = one(repo, {**APP, "docs/STRUCTURE.md": MODEL})
    f = ctx_for(r).fact("personal_data")
    tables = {t["table"]: {x["name"]: x["category"] for x in t["fields"]} for t in f["tables"]}
    assert tables == {"Participation_T1": {"SaisiPar": "email"}, "AuditLog": {"IP": "ip"}}, tables
    assert ["docs/STRUCTURE.md", "dictionary"] in f["schemas"], f["schemas"]
    res = run_check(ctx_for(r), "scaling.personal-data")
    assert res.status.value == "warn" and "e-mail address" in res.message["en"], res.message


def test_a_column_list_naming_nothing_personal_keeps_the_pass(repo):
    # near-miss: the same document without the author's e-mail nor the audit log
    plain = MODEL.split("## Feuille 11")[0].replace("- SaisiPar: Email utilisateur\n", "- TauxPct: Taux de participation\n")
    r = one(repo, {**APP, "docs/STRUCTURE.md": plain})
    f = ctx_for(r).fact("personal_data")
    assert f["tables"] == [] and ["docs/STRUCTURE.md", "dictionary"] in f["schemas"], f
    assert run_check(ctx_for(r), "scaling.personal-data").status.value == "pass"

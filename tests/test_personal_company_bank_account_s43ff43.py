"""scaling.personal-data (issue 12, s43 ff43 = reader rd43, ArnaudP17000/Budget-Manager-Pro-V5.1).

A budget application's schema keeps its suppliers (fournisseurs: nom, siret, adresse, telephone, email, iban): the supplier's iban,
beside the company's SIRET, was announced as a person's "national or administrative identifier". In a table of an organisation (an
identifier of legal entities, siret/siren), bank details are the organisation's account, as its switchboard and mailbox are.
Near miss: a table of people (adherents: nom, prenom, iban) keeps the iban as a person's.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"
SUPPLIERS = """CREATE TABLE fournisseurs (
    id INTEGER PRIMARY KEY,
    nom TEXT NOT NULL,
    siret TEXT,
    adresse TEXT,
    telephone TEXT,
    email TEXT,
    iban TEXT
);
"""
USERS = """CREATE TABLE utilisateurs (
    id INTEGER PRIMARY KEY,
    nom TEXT,
    prenom TEXT,
    email TEXT
);
"""
FILES = {"README.md": "# Budget\n\nGestion budgétaire.\n", "requirements.txt": "Flask==3.0.3\n", "app/main.py": "print('budget')\n"}


def test_a_suppliers_bank_account_is_no_persons_identifier(tmp_path):
    r = check_result(tmp_path, {**FILES, "db/schema.sql": SUPPLIERS + USERS}, CID)
    assert r["status"] == "warn" and "national or administrative identifier" not in r["message"]["en"], r["message"]
    assert "identifiant national" not in r["message"]["fr"] and "e-mail address" in r["message"]["en"], r["message"]


def test_a_persons_bank_account_stays_personal(tmp_path):
    people = "CREATE TABLE adherents (\n    id INTEGER PRIMARY KEY,\n    nom TEXT,\n    prenom TEXT,\n    iban TEXT\n);\n"
    r = check_result(tmp_path, {**FILES, "db/schema.sql": SUPPLIERS + people}, CID)
    assert "national or administrative identifier" in r["message"]["en"], r["message"]

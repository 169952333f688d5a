"""A table held to one row, read as a register of people (issue 12, session 29 fixer l29; reader s29 m21o1: a commune's Next.js site
whose seed script creates the town hall's contact details).

scaling.personal-data said "Personal data in 1 table: e-mail address, phone number" from CREATE TABLE coordonnees (id INT PRIMARY
KEY DEFAULT 1, nom, adresse…, telephone, fax, email, horaires, CHECK (id = 1)): a single row, the town hall's own switchboard and
address, no person's. A table of many rows with the same columns is still people's.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"
ONE_ROW = ("CREATE TABLE IF NOT EXISTS coordonnees (\n    id INT PRIMARY KEY DEFAULT 1,\n    nom TEXT NOT NULL,\n"
           "    adresse_ligne1 TEXT NOT NULL,\n    code_postal TEXT NOT NULL,\n    ville TEXT NOT NULL,\n    telephone TEXT NOT NULL,\n"
           "    fax TEXT,\n    email TEXT NOT NULL,\n    horaires TEXT NOT NULL,\n    CHECK (id = 1)\n);\n")
PAGES = "CREATE TABLE IF NOT EXISTS pages (\n    slug TEXT PRIMARY KEY,\n    titre TEXT NOT NULL,\n    contenu TEXT\n);\n"
APP = {"README.md": "# Site de la mairie\n\nSite internet de la commune.\n", "db/schema.sql": PAGES + ONE_ROW}


def _found(res) -> str:
    return res[PD]["message"]["en"] if res[PD]["status"] == "warn" else ""


def test_a_one_row_table_of_the_town_halls_contact_is_no_personal_data(tmp_path):
    _, res = judge(tmp_path, APP, [PD])
    assert "e-mail address" not in _found(res) and "phone number" not in _found(res), res[PD]["message"]  # was warn "e-mail address, phone number"


def test_a_table_of_many_rows_stays_personal_data(tmp_path):
    many = ONE_ROW.replace("coordonnees", "inscriptions").replace("id INT PRIMARY KEY DEFAULT 1", "id SERIAL PRIMARY KEY") \
        .replace(",\n    CHECK (id = 1)", "")
    _, res = judge(tmp_path, {**APP, "db/schema.sql": PAGES + many}, [PD], name="many")
    assert "e-mail address" in _found(res) and "phone number" in _found(res), res[PD]["message"]

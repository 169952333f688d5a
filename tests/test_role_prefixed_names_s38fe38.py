"""A role before a person's name field is still that field (issue 12, s38 fe38 = reader rb38, KannarFr/smbvas-api).

smbvas-api's evolution conf/evolutions/default/1.sql creates "user" (email, password) and resource, whose provider_firstname,
provider_lastname and provider_contact are the photo's provider, a member of the public: scaling.personal-data found the e-mail
only ("1 table"), the prefix hiding the known words. A first or last name is a person's whatever word precedes it, and that prefix
then names the person's other fields in the table (provider_contact: contact details). A thing's name (file_name, layer_name) and a
prefixed contact without a person's name beside it stay unread.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

SQL = ('# --- !Ups\n\ncreate table "user"(\n  id uuid primary key,\n  email text,\n  "password" text\n);\n\n'
       'create table photo(\n  id uuid primary key,\n  label text,\n  lat double precision,\n  lng double precision,\n'
       '  {cols}\n  "url" text\n);\n')
README = {"README.md": "# Photos\n\nAPI des photos anciennes des inondations.\n"}


def test_a_providers_names_and_contact_are_personal_data(tmp_path):
    cols = "provider_contact text,\n  provider_firstname text,\n  provider_lastname text,"
    r = pd(tmp_path, {**README, "conf/evolutions/default/1.sql": SQL.format(cols=cols)})
    assert "2 table(s)" in r["message"]["fr"] and "nom et prénom" in r["message"]["fr"] and "coordonnées" in r["message"]["fr"], r
    assert any(e.get("line") == 14 for e in r["evidence"]), r["evidence"]


def test_a_things_prefixed_name_and_contact_stay_unread(tmp_path):
    cols = "file_name text,\n  layer_name text,\n  provider_contact text,"
    r = pd(tmp_path, {**README, "conf/evolutions/default/1.sql": SQL.format(cols=cols)})
    assert "1 table(s)" in r["message"]["fr"] and "nom" not in r["message"]["fr"] and "coordonnées" not in r["message"]["fr"], r

"""A content type describing a local authority holds the authority's contacts (issue 12, session 26 fixer l26, s26 o2,
departement-loire-atlantique/jInforoutes).

A Jalios JCMS plugin's WEB-INF/data/types/CollectivityArticle/CollectivityArticle.xml describes a local authority (street, zipCode,
phones, fax, mails, websites): scaling.personal-data warned "phone number — CollectivityArticle fax". The fax of a person's type stays
personal data."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

FIELD = ('    <field name="{n}" editor="textfield" required="false" type="String" searchable="false" size="80" ml="true">\n'
         '      <label xml:lang="fr">{n}</label>\n    </field>\n')


def _type(name: str, fields: list[str]) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<type name="{name}" superclass="com.jalios.jcms.Content">\n  <fields>\n'
            + "".join(FIELD.format(n=n) for n in fields) + "  </fields>\n</type>\n")


def _files(name: str, fields: list[str]) -> dict:
    return {"README.md": "# Inforoutes\n\nPlugin JCMS du site d'information routière.\n",
            "WEB-INF/plugins/InforoutesPlugin/plugin.xml": '<plugin name="InforoutesPlugin" version="1.0"></plugin>\n',
            f"WEB-INF/data/types/{name}/{name}.xml": _type(name, fields)}


def _tables(tmp_path, files):
    report, _ = judge(tmp_path, files, ["scaling.personal-data"])
    return {t["table"]: t["categories"] for t in report["facts"]["personal_data"]["tables"]}


def test_an_authoritys_fax_and_phones_are_no_persons(tmp_path):
    tables = _tables(tmp_path / "a", _files("CollectivityArticle", ["summary", "street", "zipCode", "phones", "fax", "mails"]))
    assert "CollectivityArticle" not in tables or not {"phone", "email", "address"} & set(tables["CollectivityArticle"]), tables


def test_a_persons_fax_stays_personal_data(tmp_path):
    tables = _tables(tmp_path / "p", _files("Elu", ["nom", "prenom", "fax", "email"]))
    assert "phone" in tables.get("Elu", []), tables

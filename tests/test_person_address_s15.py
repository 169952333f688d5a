"""Session 15 (h2): the postal address of a person (adresse1…adresse4, codePostal, ville of a pupil's parent in a school web
service's XML-bound beans, Pronote-WS style) was missed by the personal_data fact: only "adresse"/"rue" were address fields and
numbered lines were not read. An establishment's address stays out (a thing's, not a person's)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BEAN = ("package fr.exemple.ent.model;\n\nimport javax.xml.bind.annotation.XmlAccessType;\nimport javax.xml.bind.annotation.XmlAccessorType;\n"
        "import javax.xml.bind.annotation.XmlAttribute;\n\n@XmlAccessorType(XmlAccessType.FIELD)\npublic class {cls} {{\n{fields}}}\n")


def _bean(cls: str, names: list[str]) -> str:
    return BEAN.format(cls=cls, fields="".join(f"    @XmlAttribute(name = \"{n[0].upper() + n[1:]}\")\n    protected String {n};\n" for n in names))


FILES = {
    "README.md": "# Export ENT\n\nExporte les comptes des familles vers le logiciel de vie scolaire.\n",
    "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>export</artifactId><version>1</version></project>\n",
    "src/main/java/fr/exemple/ent/model/Responsable.java": _bean("Responsable", ["nom", "prenom", "adresse1", "adresse2", "codePostal", "ville"]),
    "src/main/java/fr/exemple/ent/model/Etablissement.java": _bean("Etablissement", ["nom", "adresse1", "codePostal", "ville", "telephone"]),
}


def test_a_parents_postal_address_is_personal_data_an_establishments_is_not(tmp_path):
    report, _ = judge(tmp_path, FILES, ["scaling.personal-data"])
    tables = {t["table"]: t for t in report["facts"]["personal_data"]["tables"]}
    assert "address" in tables["Responsable"]["categories"], tables["Responsable"]
    assert {f["name"] for f in tables["Responsable"]["fields"] if f["category"] == "address"} == {"adresse1", "adresse2", "codePostal", "ville"}
    assert "Etablissement" not in tables or "address" not in tables["Etablissement"]["categories"], tables.get("Etablissement")


def test_an_establishments_audit_table_is_no_persons(tmp_path):
    sql = ("CREATE TABLE Establishment_AUD (\n  id bigint,\n  REV integer,\n  label varchar(255),\n  postalAddress varchar(255),\n"
           "  postalCode varchar(5),\n  city varchar(100),\n  email varchar(255),\n  phone varchar(20)\n);\n\n"
           "CREATE TABLE Person_AUD (\n  id bigint,\n  REV integer,\n  firstname varchar(100),\n  lastname varchar(100),\n  city varchar(100)\n);\n")
    report, _ = judge(tmp_path, {"README.md": "# Socle\n\nComptes des agents et des structures.\n", "bdd/init.sql": sql}, ["scaling.personal-data"])
    tables = {t["table"]: t["categories"] for t in report["facts"]["personal_data"]["tables"]}
    assert tables == {"Person_AUD": ["address", "identity"]}, tables

"""scaling.personal-data (issue 12, s48 fc48 = reader re47, OPEN-ENT-NG/gar-connector).

An ENT module exporting pupils' and teachers' identities to a national resource service ships the XML Schemas of that export
(src/main/resources/public/xsd/*.xsd: complex types of people holding prefixed elements for their last name, first name, birth
date and e-mail, each with its documentation). XML Schemas were not read at all, so the check passed ("7 schemas read: no
personal-data field"). An XML Schema's complex types are now read as models, their elements and attributes as fields.
Near misses: a schema of establishments only (registry code, name, phone, e-mail: the establishment's) and a configuration
schema hold no one's data; neither counts as a schema read, so a repository with no other model stays not applicable.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<schema targetNamespace="http://example.org/ns/exp" xmlns="http://www.w3.org/2001/XMLSchema"\n\txmlns:x="http://example.org/ns/exp">\n'
PEOPLE = HEAD + """\t<complexType name="EXPIdentity">
\t\t<sequence>
\t\t\t<element
\t\t\t\tname="EXPPersonId"
\t\t\t\ttype="string">
\t\t\t\t<annotation><documentation>Identifiant interne</documentation></annotation>
\t\t\t</element>
\t\t\t<element
\t\t\t\tname="EXPPersonNom"
\t\t\t\ttype="string">
\t\t\t\t<annotation><documentation>Nom d'usage</documentation></annotation>
\t\t\t</element>
\t\t\t<element name="EXPPersonPrenom" type="string"/>
\t\t</sequence>
\t</complexType>
\t<complexType name="EXPPupil">
\t\t<complexContent><extension base="x:EXPIdentity"><sequence>
\t\t\t<element name="EXPPersonDateNaissance" type="date" minOccurs="0">
\t\t\t\t<annotation><documentation>Date de naissance de l'élève</documentation></annotation>
\t\t\t</element>
\t\t</sequence></extension></complexContent>
\t</complexType>
</schema>
"""
SCHOOLS = HEAD + """\t<complexType name="EXPSchool">
\t\t<sequence>
\t\t\t<element name="EXPStructureUAI" type="string"/>
\t\t\t<element name="EXPStructureNomCourant" type="string"/>
\t\t\t<element name="EXPStructureTelephone" type="string"/>
\t\t\t<element name="EXPStructureEmail" type="string"/>
\t\t</sequence>
\t</complexType>
</schema>
"""
CONFIG = HEAD + """\t<element name="settings">
\t\t<complexType><sequence>
\t\t\t<element name="timeout" type="int"/>
\t\t\t<element name="endpoint" type="anyURI"/>
\t\t</sequence></complexType>
\t</element>
</schema>
"""
FILES = {"README.md": "# Export\n\nExporte les comptes vers le service national.\n", "pom.xml": "<project><artifactId>export</artifactId></project>\n",
         "src/main/java/org/example/export/Main.java": "package org.example.export;\npublic class Main {}\n"}


def test_an_xml_schema_of_people_is_read_as_a_model(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/main/resources/xsd/EXPORT.xsd": PEOPLE, "src/main/resources/xsd/SCHOOLS.xsd": SCHOOLS}, CID)
    assert r["status"] == "warn", r["message"]
    assert "birth" in r["message"]["en"] and "name" in r["message"]["en"], r["message"]
    tables = {e["value"]["table"] for e in r["evidence"] if isinstance(e.get("value"), dict)}
    assert tables == {"EXPIdentity", "EXPPupil"}, r["evidence"]  # (the schools' phone and e-mail are theirs)
    first = next(e for e in r["evidence"] if e["value"]["table"] == "EXPIdentity")
    assert first["path"] == "src/main/resources/xsd/EXPORT.xsd" and first["line"] == 12, first


def test_a_schema_of_establishments_or_settings_holds_no_one(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/main/resources/xsd/SCHOOLS.xsd": SCHOOLS, "src/main/resources/xsd/config.xsd": CONFIG}, CID)
    assert r["status"] == "not_applicable", r["message"]

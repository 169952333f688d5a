"""scaling.personal-data: ISO 19139 metadata records naming people as contacts, with their e-mail addresses, were not read
(issue 12, session 9's reads). A record naming a service and a functional mailbox is not people's data."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

CID = "scaling.personal-data"


def record(name: str, mail: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<gmd:MD_Metadata xmlns:gmd="http://www.isotc211.org/2005/gmd" '
            'xmlns:gco="http://www.isotc211.org/2005/gco">\n  <gmd:contact>\n    <gmd:CI_ResponsibleParty>\n'
            f'      <gmd:individualName>\n        <gco:CharacterString>{name}</gco:CharacterString>\n      </gmd:individualName>\n'
            '      <gmd:organisationName>\n        <gco:CharacterString>Syndicat des eaux</gco:CharacterString>\n      </gmd:organisationName>\n'
            '      <gmd:contactInfo><gmd:CI_Contact><gmd:address><gmd:CI_Address>\n        <gmd:electronicMailAddress>\n'
            f'          <gco:CharacterString>{mail}</gco:CharacterString>\n        </gmd:electronicMailAddress>\n'
            '      </gmd:CI_Address></gmd:address></gmd:CI_Contact></gmd:contactInfo>\n    </gmd:CI_ResponsibleParty>\n  </gmd:contact>\n'
            '</gmd:MD_Metadata>\n')


SQL = "CREATE TABLE ouvrage (id serial PRIMARY KEY, code varchar(20), debit numeric);\n"


def test_metadata_records_naming_a_person_with_an_e_mail_are_personal_data(tmp_path):
    r = pd(tmp_path, {"sql/ouvrage.sql": SQL, "metadata/ouvrages.xml": record("Jeanne Martin", "jeanne.martin@syndicat-eaux.fr"),
                      "README.md": "# Ouvrages\n\nModèle des ouvrages.\n"})
    assert r["status"] == "warn", r["message"]
    assert r["evidence"][0]["path"] == "metadata/ouvrages.xml" and r["evidence"][0]["value"] == {"people": 1}


def test_a_record_naming_a_service_and_a_functional_mailbox_is_not(tmp_path):
    r = pd(tmp_path, {"sql/ouvrage.sql": SQL, "metadata/ouvrages.xml": record("Service SIG", "sig@syndicat-eaux.fr"),
                      "README.md": "# Ouvrages\n\nModèle des ouvrages.\n"})
    assert r["status"] == "pass", r["message"]

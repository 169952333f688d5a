"""Personal fields of data models the personal-data check did not read (issue 12, s26 m26 = s26 reader o4):
- ecolabdata/ckanext-ecospheres: a CKAN extension's ckanext-scheming schema (ecospheres_dataset_schema.yaml) gives each dataset
  contact points with a name, an e-mail and a phone; the schema was not read as a model: "pass, no personal-data field".
- ecolabdata/ecospheres-dashboard-backend: a catalogue table's columns contact_points__first__name and contact_points__first__email
  flatten a Django-style lookup: the last segment is the field, of the object the path names (the dataset's contact point).
Right neighbours: a schema's publisher declared as an organisation (foaf:Organization) or an organisation schema's e-mail are a
body's contact; a group named by its role (series_member) holds no person by its name alone; a flag over a path
(has_contact_points__email) holds no e-mail."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"

CKAN = {"setup.py": "from setuptools import setup\n\nsetup(name='ckanext-portail', packages=['ckanext.portail'])\n",
        "README.md": "# ckanext-portail\n\nExtension CKAN du portail de données.\n",
        "ckanext/__init__.py": "", "ckanext/portail/__init__.py": "",
        "ckanext/portail/plugin.py": "import ckan.plugins as p\n\n\nclass PortailPlugin(p.SingletonPlugin):\n    pass\n"}

SCHEMA = """scheming_version: 2
dataset_type: dataset
about: Schéma des jeux de données

dataset_fields:
- field_name: title
  label: Titre
- field_name: notes
  label: Description
- field_name: contact_point
  label: {fr: Points de contact, en: Contact point}
  rdf_path: [dcat:contactPoint, vcard:Kind]
  repeating_subfields: &contact_fields
    - field_name: name
      label: {fr: Nom, en: Name}
    - field_name: email
      label: {fr: Courriel, en: Mail}
    - field_name: phone
      label: {fr: Téléphone, en: Phone}
- field_name: record_contact_point
  repeating_subfields: *contact_fields
"""
PUBLISHER = """scheming_version: 2
dataset_type: dataset
dataset_fields:
- field_name: title
  label: Titre
- field_name: publisher
  label: {fr: Éditeur, en: Publisher}
  rdf_path: [dct:publisher, foaf:Organization]
  repeating_subfields:
    - field_name: name
    - field_name: email
    - field_name: phone
- field_name: series_member
  repeating_subfields:
    - field_name: name
    - field_name: title
"""
ORGANIZATION = """scheming_version: 2
organization_type: organization
fields:
- field_name: title
- field_name: email
- field_name: phone
"""


def test_a_ckan_scheming_schema_is_read_as_a_model(tmp_path):
    res = judge(tmp_path, dict(CKAN, **{"ckanext/portail/scheming/dataset_schema.yaml": SCHEMA}), [PD])[1][PD]
    assert res["status"] == "warn", res["message"]
    assert "e-mail" in res["message"]["en"] and "phone" in res["message"]["en"], res["message"]
    tables = {e["value"]["table"] for e in res["evidence"]}
    assert "contact_point" in tables, res["evidence"]
    assert {e["line"] for e in res["evidence"] if e["value"]["table"] == "contact_point"} == {16}, res["evidence"]


def test_a_misspelt_version_key_leaves_the_schema_a_schema(tmp_path):
    text = "t" + SCHEMA  # (tscheming_version: CKAN reads its dataset_fields all the same)
    res = judge(tmp_path, dict(CKAN, **{"ckanext/portail/schemas/dataset.yaml": text}), [PD])[1][PD]
    assert res["status"] == "warn", res["message"]


def test_an_organisation_publisher_and_an_organisation_schema_hold_no_person(tmp_path):
    files = dict(CKAN, **{"ckanext/portail/scheming/dataset_schema.yaml": PUBLISHER,
                          "ckanext/portail/scheming/organization.yaml": ORGANIZATION})
    res = judge(tmp_path, files, [PD])[1][PD]
    assert res["status"] == "pass", res["message"]
    assert "2 schema(s)" in res["message"]["en"], res["message"]


MODELS = '''from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Dataset(Base):
    __tablename__ = "catalog"

    id: Mapped[str] = mapped_column(primary_key=True)
    title: Mapped[str]
    quality__score: Mapped[float]
    has_contact_points: Mapped[bool]
    {extra}
'''
PIPELINE = {"README.md": "# Tableau de bord\n\nCharge le catalogue dans Postgres.\n", "requirements.txt": "sqlalchemy==2.0.30\n",
            "cli.py": "from models import Dataset\n\n\ndef load():\n    return Dataset\n"}


def test_a_flattened_lookup_column_is_its_last_segment(tmp_path):
    extra = "contact_points__first__name: Mapped[str | None]\n    contact_points__first__email: Mapped[str | None]\n"
    res = judge(tmp_path, dict(PIPELINE, **{"models.py": MODELS.format(extra=extra)}), [PD])[1][PD]
    assert res["status"] == "warn", res["message"]
    assert res["evidence"][0]["value"]["table"] == "Dataset.contact_points", res["evidence"]
    assert res["evidence"][0]["line"] == 16, res["evidence"]


def test_a_flag_over_a_lookup_path_holds_no_email(tmp_path):
    extra = "has_contact_points__email: Mapped[bool]\n    spatial__zones: Mapped[str | None]\n"
    res = judge(tmp_path, dict(PIPELINE, **{"models.py": MODELS.format(extra=extra)}), [PD])[1][PD]
    assert res["status"] == "pass", res["message"]

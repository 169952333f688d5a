"""scaling.personal-data (issue 12, s38 fb38 = reader rc37, DevPAMGit/dossier-numerique-agent): a département's HR extension of
Alfresco keeps each agent's staff number on their documents (Mod_RH_Pleiades.xml's agtMatricule "Matricule de l'agent", and
pleiades-model.xml's untitled agtMatricule, agtPrenom). A staff number was in no category (``matricule`` was only a person's key),
and a camelCase name with an abbreviated role before the field (agtPrenom: "agt" + "Prenom") was not read as a first name.

Rules: an agent's or employee's staff number (matricule, matricule_agent, num_matricule, no_agent…) is personal data, "staff number"
(a direct identifier of a person); a camelCase "<short lowercase prefix><Field>" name is that field. Near misses: a vehicle's,
an engine's or a meter's matricule (a table named for a numbered thing) is no person's; "Prenom" inside a longer word
(agtPrenomination) or after a flag's prefix (isPrenom) stays unread."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

MODEL = """<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.alfresco.org/model/dictionary/1.0" name="rh:donneesRh">
    <namespaces>
        <namespace uri="http://www.example.org/model/rh/1.0" prefix="rh"/>
    </namespaces>
    <aspects>
        <aspect name="rh:donnees">
            <title>Données RH</title>
            <properties>
                <property name="rh:dateScan">
                    <type>d:date</type>
                </property>
{extra}            </properties>
        </aspect>
    </aspects>
</model>
"""
PERSON = """                <!-- le matricule -->
                <property name="rh:agtMatricule">
                    <type>d:text</type>
                </property>
                <property name="rh:agtPrenom">
                    <type>d:text</type>
                </property>
"""
NOT_PERSON = """                <property name="rh:agtPrenomination">
                    <type>d:text</type>
                </property>
                <property name="rh:isPrenom">
                    <type>d:boolean</type>
                </property>
"""
POM = "<project><modelVersion>4.0.0</modelVersion><artifactId>rh-platform</artifactId><packaging>jar</packaging></project>\n"
BASE = "rh-platform/src/main/resources/alfresco/module/rh-platform/model/"


def _fields(r: dict) -> list[str]:
    return [f for e in r["evidence"] if isinstance(e.get("value"), dict) for f in e["value"].get("fields", [])]


def test_an_agents_staff_number_and_abbreviated_first_name_in_an_untitled_content_model(tmp_path):
    r = pd(tmp_path, {"pom.xml": POM, BASE + "rh-model.xml": MODEL.format(extra=PERSON)})
    assert r["status"] == "warn", r["message"]
    assert "staff number" in r["message"]["en"] and "matricule d'agent" in r["message"]["fr"], r["message"]
    assert "agtMatricule (staff)" in _fields(r) and "agtPrenom (identity)" in _fields(r), _fields(r)


def test_staff_numbers_in_a_career_table(tmp_path):
    sql = ("CREATE TABLE t_carriere (\n  id serial PRIMARY KEY,\n  num_matricule varchar(10),\n  grade varchar(50),\n"
           "  date_effet date\n);\nCREATE TABLE t_affectation (\n  id serial,\n  matricule_agent varchar(10),\n  service varchar(50)\n);\n"
           "CREATE TABLE t_pointage (\n  id serial,\n  no_agent varchar(10),\n  heure timestamp\n);\n")
    r = pd(tmp_path, {"sql/schema.sql": sql})
    assert r["status"] == "warn", r["message"]
    assert "staff number" in r["message"]["en"], r["message"]
    assert {"num_matricule (staff)", "matricule_agent (staff)", "no_agent (staff)"} <= set(_fields(r)), _fields(r)


def test_a_vehicles_or_a_meters_matricule_and_a_longer_word_stay_unread(tmp_path):
    sql = ("CREATE TABLE vehicule (\n  id serial PRIMARY KEY,\n  matricule varchar(10),\n  marque varchar(50),\n  date_mise_service date\n);\n"
           "CREATE TABLE parc_materiel (\n  id serial,\n  matricule varchar(20),\n  libelle varchar(80)\n);\n"
           "CREATE TABLE compteurs_eau (\n  id serial,\n  matricule varchar(20),\n  index_releve integer\n);\n")
    r = pd(tmp_path, {"sql/schema.sql": sql})
    assert r["status"] == "pass", (r["message"], _fields(r))
    r = pd(tmp_path / "b", {"pom.xml": POM, BASE + "rh-model.xml": MODEL.format(extra=NOT_PERSON)})
    assert r["status"] == "pass", (r["message"], _fields(r))


def test_an_agents_vehicle_keeps_the_agents_number(tmp_path):
    sql = "CREATE TABLE vehicule_agent (\n  id serial,\n  matricule varchar(10),\n  immatriculation varchar(10)\n);\n"
    r = pd(tmp_path, {"sql/schema.sql": sql})
    assert r["status"] == "warn" and "matricule (staff)" in _fields(r), (r["message"], _fields(r))


def test_a_full_word_before_a_weak_field_is_no_abbreviated_role(tmp_path):
    # (a user's uploaded file: fileName is the file's name, no person's; the abbreviated-role rule reads strong fields only)
    model = "export interface User {\n  firstName: string;\n  email: string;\n  fileName: string;\n  docName: string;\n}\n"
    r = pd(tmp_path, {"package.json": '{"name": "app", "version": "1.0.0"}\n', "src/models/user.model.ts": model})
    assert r["status"] == "warn", r["message"]
    assert "firstName (identity)" in _fields(r) and not {"fileName (identity)", "docName (identity)"} & set(_fields(r)), _fields(r)

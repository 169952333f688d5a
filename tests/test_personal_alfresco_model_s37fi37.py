"""scaling.personal-data (issue 12, s37 fi37 = reader rc37, DevPAMGit/dossier-numerique-agent): an Alfresco extension of a
département's HR (the agents' digital files) declares its documents' metadata in Alfresco content models
(alfresco/module/<id>/model/Mod_RH_Pleiades.xml: <property name="ModPId:agtPrenom"><title>Prénom de l'agent</title>, dateNaissAgt
titled "Date de naissance de l'agent"). The check did not read them: the names and birth dates the repository keeps on each
document were unseen. An Alfresco content model (its namespace http://www.alfresco.org/model/dictionary/…) is now read as a data
model, its types' and aspects' properties as fields and their titles as descriptions. Near misses: a content model of documents'
metadata only holds no personal field (pass), and another XML file of a model/ folder is no model read (not applicable)."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

MODEL = """<?xml version="1.0" encoding="UTF-8"?>
<model xmlns="http://www.alfresco.org/model/dictionary/1.0" name="rh:dossierAgent">
    <imports>
        <import uri="http://www.alfresco.org/model/dictionary/1.0" prefix="d"/>
        <import uri="http://www.alfresco.org/model/content/1.0" prefix="cm"/>
    </imports>
    <namespaces>
        <namespace uri="http://www.example.org/model/rh/1.0" prefix="rh"/>
    </namespaces>
    <types>
        <type name="rh:pieceDossier">
            <title>Pièce du dossier</title>
            <parent>cm:content</parent>
            <properties>
                <property name="rh:dateNumerisation">
                    <title>Date de numérisation</title>
                    <type>d:date</type>
                </property>
                <property name="rh:typeDoc">
                    <title>Type de document</title>
                    <type>d:text</type>
                </property>
{extra}            </properties>
        </type>
    </types>
</model>
"""
PERSON = """                <property name="rh:agtPrenom">
                    <title>Prénom de l'agent</title>
                    <type>d:text</type>
                </property>
                <property name="rh:dateNaissAgt">
                    <title>Date de naissance de l'agent</title>
                    <type>d:date</type>
                </property>
"""
POM = "<project><modelVersion>4.0.0</modelVersion><artifactId>dossier-agent-platform</artifactId><packaging>jar</packaging></project>\n"
BASE = "dossier-agent-platform/src/main/resources/alfresco/module/dossier-agent-platform/model/"


def test_an_alfresco_content_models_properties_are_read_with_their_titles(tmp_path):
    r = pd(tmp_path, {"pom.xml": POM, BASE + "rh-model.xml": MODEL.format(extra=PERSON)})
    assert r["status"] == "warn", r["message"]
    assert "name" in r["message"]["en"] and "birth" in r["message"]["en"], r["message"]
    fields = [f for e in r["evidence"] if isinstance(e.get("value"), dict) for f in e["value"].get("fields", [])]
    assert "agtPrenom (identity)" in fields and "dateNaissAgt (birth)" in fields, fields


def test_a_documents_metadata_model_and_another_xml_file_hold_no_personal_field(tmp_path):
    r = pd(tmp_path, {"pom.xml": POM, BASE + "rh-model.xml": MODEL.format(extra="")})
    assert r["status"] == "pass", r["message"]
    r = pd(tmp_path / "b", {"pom.xml": POM, "src/main/resources/model/mapping.xml": "<mapping><entry key='nom' value='prenom'/></mapping>\n"})
    assert r["status"] == "not_applicable", r["message"]

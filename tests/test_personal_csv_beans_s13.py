"""scaling.personal-data reads a Java bean bound to a CSV file's columns (issue 12, s12 r1: a city's identity-store library kept
its people's identities in an OpenCSV bean of its csv/ package — Lutece's typed members holding each attribute's value beside
its certifier, _strFamilyNameValue, _strFirstNameValue, _dateBirthdateValue, _strMobilePhoneValue, _strAddressValue — and was said to hold only
birth dates and e-mails, from its DTOs). A CSV bean of things stays without personal fields."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "scaling.personal-data"
README = "# Bibliothèque d'identités\n\nLes objets échangés avec le référentiel des identités.\n"
BEAN = """package fr.ville.identites.csv;

import com.opencsv.bean.CsvBindByName;
import com.opencsv.bean.CsvBindByPosition;
import java.util.Date;

public class CsvPersonne
{
%s
    public String getFirst( )
    {
        return null;
    }
}
"""


def _field(i, typ, name):
    return f"    @CsvBindByName( column = \"c{i}\" )\n    @CsvBindByPosition( position = {i} )\n    private {typ} {name};\n\n"


def _bean(fields):
    return BEAN % "".join(_field(i, t, n) for i, (t, n) in enumerate(fields))


def test_an_opencsv_bean_of_people_in_a_csv_package_is_personal_data(tmp_path):
    bean = _bean([("String", "_strExternalId"), ("String", "_strFamilyNameValue"), ("String", "_strFamilyNameCertifier"),
                  ("Date", "_dateFamilyNameCertificationDate"), ("String", "_strFirstNameValue"), ("Date", "_dateBirthdateValue"),
                  ("String", "_strBirthplaceValue"), ("String", "_strMobilePhoneValue"), ("String", "_strEmailValue"),
                  ("String", "_strAddressValue")])
    files = {"README.md": README, "pom.xml": "<project><artifactId>library-identites</artifactId><packaging>jar</packaging></project>\n",
             "src/java/fr/ville/identites/csv/CsvPersonne.java": bean}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    tables = {e["value"]["table"]: e["value"]["fields"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "table" in e["value"]}
    assert "CsvPersonne" in tables, r
    assert {"_strFamilyNameValue (identity)", "_strFirstNameValue (identity)", "_dateBirthdateValue (birth)", "_strMobilePhoneValue (phone)",
            "_strEmailValue (email)", "_strAddressValue (address)"} <= set(tables["CsvPersonne"]), tables
    assert not any("Certifier" in f or "CertificationDate" in f for f in tables["CsvPersonne"]), tables


def test_an_opencsv_bean_of_things_holds_no_personal_field(tmp_path):
    bean = _bean([("String", "_strLabelValue"), ("int", "_nQuantityValue"), ("String", "_strCodeValue"), ("String", "_strAddressValue")]).replace("CsvPersonne", "CsvArticle")
    files = {"README.md": README, "src/java/fr/ville/identites/csv/CsvArticle.java": bean}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]
    assert not any(isinstance(e.get("value"), dict) and e["value"].get("table") == "CsvArticle" for e in r["evidence"]), r

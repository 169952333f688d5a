"""scaling.personal-data (issue 12, s42 fj42 = reader re42's ISPF/Truc and ISPF/enquetes-tourisme-eft-exportatn):
- a data file named after a list of people ("Salaries") whose header, read, names no person's field (Position,Level,Salary: wages by
  job level, a textbook data set) is no list of people; near miss: a "salaries" table keyed by a person's matricule still is;
- a query selecting ``*`` names no column: no schema is read, and it cannot ground "no personal-data field" (was pass 10); near
  miss: a query naming its columns (code, libelle) is still a schema read with no personal field.
The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.personal-data"]
README = "# Séances\n\nSupports de la séance de régression.\n"
MODEL = "dataset <- read.csv('DATA/Position_Salaries.csv')\nregressor <- lm(Salary ~ Level, data = dataset)\nsummary(regressor)\n"
WAGES = "Position,Level,Salary\nBusiness Analyst,1,45000\nJunior Consultant,2,50000\nSenior Consultant,3,60000\nManager,4,80000\n"
STAFF = "Matricule;Service;Salaire\nA1023;Voirie;2100\nA1187;Culture;2300\nB2044;Finances;2500\nB2101;Voirie;1950\n"


def export_job(query):
    return ('library(DBI)\nlibrary(data.table)\n\nannee <- 2025\nmois <- 11\n'
            f'sqlQuery <- sprintf("{query}", annee, mois)\n'
            'con <- get_con()\nDATA <- as.data.table(dbGetQuery(con, sqlQuery))\nfwrite(DATA, "export.csv", sep = "|")\n')


def test_an_english_wages_table_is_no_list_of_people(tmp_path):
    _, res = judge(tmp_path, {"S01/DATA/Position_Salaries.csv": WAGES, "S01/model.R": MODEL, "README.md": README}, CHECKS, name="wages")
    r = res["scaling.personal-data"]
    assert "Position_Salaries" not in r["message"]["en"] and r["status"] != "warn", r["message"]


def test_near_miss_a_salaries_table_keyed_by_matricule_is_still_named_a_list_of_people(tmp_path):
    _, res = judge(tmp_path, {"S01/DATA/salaries.csv": STAFF, "S01/model.R": MODEL, "README.md": README}, CHECKS, name="staff")
    r = res["scaling.personal-data"]
    assert r["status"] == "warn" and "salaries.csv" in r["message"]["en"], r["message"]


def test_a_select_star_is_no_schema_read(tmp_path):
    job = export_job("select * from vuecube where year(datevol)=%s and month(datevol)=%s")
    _, res = judge(tmp_path, {"main.R": job, "README.md": README}, CHECKS, name="star")
    r = res["scaling.personal-data"]
    assert r["status"] != "pass" and "no personal-data field" not in r["message"]["en"], r["message"]


def test_near_miss_a_query_naming_its_columns_is_a_schema_read(tmp_path):
    job = export_job("select code, libelle from nomenclature where annee=%s and mois=%s")
    _, res = judge(tmp_path, {"main.R": job, "README.md": README}, CHECKS, name="named")
    r = res["scaling.personal-data"]
    assert r["status"] == "pass" and "1 schema" in r["message"]["en"], r["message"]

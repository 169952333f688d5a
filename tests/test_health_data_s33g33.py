"""scaling.personal-data (issue 12, s33 g33 = dubreybrice-png/sdis66-suivi-vma): a fire service's Apps Script tracker of its
staff's medical visits maps the columns of its sheets (COLS: DATE_NAISSANCE, EMAIL, NOM_PRENOM, OBJET_VISITE; COLS_VACCINS:
NOM_VACCIN, IMMUNISE, MATRICULE; COLS_SERO…). The check said "Personal data in 2 table(s): birth date, e-mail, name" (warn):
the vaccines of named agents were not seen, and the check had no notion of the GDPR's special categories (art. 9). Health
fields are now a category of their own, special, counted only about people (a person's table, beside a person's name, birth
date or identifier, or beside a person's key such as a staff number), and they make the check fail. Near-misses: a
tree's pathology in a tree inventory is no one's health; the same tracker without its vaccine sheet keeps its warning."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CID = "scaling.personal-data"
CONFIG = """var CONFIG = {
  SPREADSHEET_ID: '1-6759nuMIn7A_ouAoALG-oHgQiJXI15EVezLPELdpUg',
  COLS: {
    AGE: 0,
    DATE_NAISSANCE: 3,
    DATE_VISITE: 4,
    EMAIL: 5,
    MATRICULE: 6,
    NOM_PRENOM: 7,
    OBJET_VISITE: 8
  },
  COLS_VACCINS: {
    DATE: 3,
    IMMUNISE: 4,
    NOM_VACCIN: 5,
    MATRICULE: 6
  }
};
"""
CODE = ("function doGet(e) {\n  return HtmlService.createTemplateFromFile('Index').evaluate();\n}\n\n"
        "function getVaccins() {\n  var sh = SpreadsheetApp.openById(CONFIG.SPREADSHEET_ID).getSheetByName('Vaccins');\n"
        "  return sh.getDataRange().getValues().map(function (r) { return [r[CONFIG.COLS_VACCINS.MATRICULE], r[CONFIG.COLS_VACCINS.NOM_VACCIN]]; });\n}\n")
FILES = {
    "appsscript.json": json.dumps({"timeZone": "Europe/Paris", "runtimeVersion": "V8", "webapp": {"executeAs": "USER_DEPLOYING", "access": "DOMAIN"}}),
    "Code.js": CODE, "Config.js": CONFIG,
    "Index.html": "<!DOCTYPE html>\n<html><body><h1>Suivi VMA</h1><div id=\"l\"></div></body></html>\n",
    "README.md": "# Suivi VMA\n\nSuivi des visites médicales des agents, en Google Apps Script.\n",
}


def test_the_vaccines_of_named_agents_are_special_category_data(tmp_path):
    _, res = judge(tmp_path, FILES, [CID])
    r = res[CID]
    assert r["status"] == "fail", r["message"]
    assert "health data (special category, GDPR art. 9): COLS_VACCINS (IMMUNISE, NOM_VACCIN)" in r["message"]["en"], r["message"]
    assert r["evidence"][0]["kind"] == "finding" and r["evidence"][0]["value"]["table"] == "COLS_VACCINS", r["evidence"]


def test_without_its_vaccine_sheet_the_tracker_keeps_its_warning(tmp_path):
    files = {**FILES, "Config.js": CONFIG.split("  COLS_VACCINS")[0].rstrip().rstrip(",") + "\n};\n"}
    _, res = judge(tmp_path, files, [CID])
    assert res[CID]["status"] == "warn" and "health" not in res[CID]["message"]["en"], res[CID]["message"]


def test_a_trees_pathology_is_no_ones_health(tmp_path):
    sql = ("CREATE TABLE arbres (\n  id serial PRIMARY KEY,\n  espece text,\n  pathologie text,\n  maladie text,\n  geom geometry\n);\n\n"
           "CREATE TABLE utilisateurs (\n  id serial PRIMARY KEY,\n  nom text,\n  prenom text,\n  email text\n);\n\n"
           # (a citizen's report of a tree's disease, with the reporter's e-mail: the tree's disease still)
           "CREATE TABLE signalements (\n  id serial PRIMARY KEY,\n  email text,\n  maladie text\n);\n")
    files = {"README.md": "# Patrimoine arboré\n\nInventaire des arbres de la commune.\n", "sql/schema.sql": sql}
    _, res = judge(tmp_path, files, [CID])
    r = res[CID]
    assert r["status"] == "warn" and "health" not in r["message"]["en"], r["message"]

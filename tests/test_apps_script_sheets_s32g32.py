"""Session 32 (g32, reader m25o2's dubreybrice-png/sdis66-suivi-vma and sdis66-analyse-operationnelle): two Google Apps Script web
applications of the same shape (doGet serving HtmlService pages, records in the service's own Google Sheets, no data file, no
data published) got different data-standards verdicts: the one whose code also linked its sheet by URL
(https://docs.google.com/spreadsheets/d/…, read as the hosted service "Google Sheets") failed "No published data schema", the one
opening its sheets only by identifier (SpreadsheetApp.openById) was not applicable. The sheets are the application's working
storage either way: not applicable for both. A web application of its own server reading a Google Sheet through a client library
keeps its verdict."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

_CODE = ("function doGet(e) {\n  return HtmlService.createTemplateFromFile('Index').evaluate().setTitle('Suivi');\n}\n\n"
         "function include(name) {\n  return HtmlService.createHtmlOutputFromFile(name).getContent();\n}\n\n"
         "function getVisites(cis) {\n  var sh = SpreadsheetApp.openById(CONFIG.SPREADSHEET_ID).getSheetByName('Suivi');\n"
         "  return sh.getDataRange().getValues().filter(function (r) { return cis === 'all' || r[2] === cis; });\n}\n")
FILES = {
    "appsscript.json": json.dumps({"timeZone": "Europe/Paris", "runtimeVersion": "V8",
                                   "webapp": {"executeAs": "USER_DEPLOYING", "access": "DOMAIN"}}, indent=2),
    ".clasp.json": json.dumps({"scriptId": "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789", "rootDir": "."}),
    "Code.js": _CODE,
    "Config.js": "var CONFIG = {\n  SPREADSHEET_ID: '1awbdV97XKqqop3E_oqqRD75bLnZzhMKU7YHfqtVdSbA',\n  COLS: {NOM: 1, CIS: 2, DATE: 3}\n};\n",
    "Index.html": ("<!DOCTYPE html>\n<html><head><base target=\"_top\"></head><body>\n<h1>Suivi des visites</h1>\n"
                   "<a href=\"https://docs.google.com/spreadsheets/d/1awbdV97XKqqop3E_oqqRD75bLnZzhMKU7YHfqtVdSbA/edit\" target=\"_blank\">"
                   "Voir le tableau</a>\n<div id=\"liste\"></div>\n<script>\ngoogle.script.run.withSuccessHandler(function (rows) {\n"
                   "  document.getElementById('liste').textContent = rows.length;\n}).getVisites('all');\n</script>\n</body></html>\n"),
    "README.md": "# Suivi des visites\n\nApplication Google Apps Script de suivi des visites, déployée avec clasp.\n",
}


def test_an_apps_script_application_linking_its_own_sheet_publishes_no_data(tmp_path):
    _, res = judge(tmp_path, FILES, ["interoperability.data-standards"])
    ds = res["interoperability.data-standards"]
    assert ds["status"] == "not_applicable", ds["message"]


def test_the_same_application_opening_its_sheet_by_identifier_only_gets_the_same_verdict(tmp_path):
    files = dict(FILES)
    files["Index.html"] = files["Index.html"].replace("<a href=\"https://docs.google.com/spreadsheets/d/1awbdV97XKqqop3E_oqqRD75bLnZzhMKU7YHfqtVdSbA/edit\" "
                                                      "target=\"_blank\">Voir le tableau</a>\n", "")
    _, res = judge(tmp_path, files, ["interoperability.data-standards"])
    assert res["interoperability.data-standards"]["status"] == "not_applicable", res["interoperability.data-standards"]["message"]


def test_a_server_of_its_own_reading_a_google_sheet_stays_judged(tmp_path):
    files = {
        "package.json": json.dumps({"name": "annuaire", "dependencies": {"express": "4.19.2", "google-spreadsheet": "4.1.2"}}, indent=2),
        "server.js": ("const express = require('express');\nconst { GoogleSpreadsheet } = require('google-spreadsheet');\n"
                      "const app = express();\napp.get('/', async (req, res) => {\n"
                      "  const doc = new GoogleSpreadsheet(process.env.SHEET_ID);\n  await doc.loadInfo();\n"
                      "  res.render('index', { rows: await doc.sheetsByIndex[0].getRows() });\n});\napp.listen(3000);\n"),
        "views/index.ejs": "<!DOCTYPE html>\n<html><body><% rows.forEach(function (r) { %><p><%= r.nom %></p><% }) %></body></html>\n",
        "README.md": "# Annuaire\n\nAnnuaire des associations lu dans un tableur partagé.\n",
    }
    _, res = judge(tmp_path, files, ["interoperability.data-standards"])
    assert res["interoperability.data-standards"]["status"] != "not_applicable", res["interoperability.data-standards"]["message"]

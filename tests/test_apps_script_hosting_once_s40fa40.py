"""A proprietary service seen both by its host and by its code is one service for scaling.hosting (issue 12, s40 fa40 = reader md39's
Cedrico59/signalement_travaux: once Code.gs was read as JavaScript, the hosting check said "2 proprietary service(s) judged by vendor
lock-in: Google Apps Script (Google Workspace), script.google.com" for the one Apps Script web app app.js calls). Rule: the service's
name is added from its code only when none of its hosts is already named. Near miss: the Apps Script code alone, no client calling
its host, still names the service once, by its name."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.hosting"
SERVER = """/** Répond aux actions de l'application. */
function doPost(e) {
  const sheet = SpreadsheetApp.openById("1AbC").getSheetByName("Demandes");
  sheet.appendRow([new Date(), e.parameter.texte]);
  return ContentService.createTextOutput("ok");
}
"""
APP = """const GAS_URL = "https://script.google.com/macros/s/AKfycby-Pol_7flD7VwN0IiZ/exec";
function envoyer(texte) {
  return fetch(GAS_URL, { method: "POST", body: new URLSearchParams({ texte }) });
}
"""
FILES = {"index.html": "<html><body><script src=\"app.js\"></script></body></html>\n", "app.js": APP, "Code.gs": SERVER}


def test_the_apps_script_host_and_code_are_one_service(tmp_path):
    res = check_result(tmp_path, FILES, CID)
    assert "1 proprietary service(s) judged by vendor lock-in: script.google.com" in res["message"]["en"], res["message"]


def test_near_miss_the_apps_script_code_alone_names_the_service(tmp_path):
    res = check_result(tmp_path, {"Code.gs": SERVER, "README.md": "# Demandes\n\nUn script.\n"}, CID)
    assert "1 proprietary service(s) judged by vendor lock-in: Google Apps Script (Google Workspace)" in res["message"]["en"], res["message"]

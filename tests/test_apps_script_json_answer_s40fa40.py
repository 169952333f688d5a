"""A Google Apps Script web app's doPost returning ContentService.createTextOutput(JSON.stringify(…)).setMimeType(ContentService.MimeType.JSON)
is code answering JSON (issue 12, s40 fa40 = reader md39's Cedrico59/signalement_travaux, the Ville de Marcq-en-Barœul's works-reporting
app: interoperability.api-spec said "no code answering JSON" of Code.gs's jsonOut_). Rule now: that answer is read (api.apps-script-json);
called by the project's own pages (their script posting to its script.google.com address) it answers them, no specification expected;
alone, it is a web app answering JSON described nowhere (warn). Near miss: an Apps Script answering plain text keeps "no code answering
JSON"."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.api-spec"
SERVER = """/** Répond aux actions de l'application. */
function doPost(e) {
  const body = JSON.parse(e.postData.contents);
  const sheet = SpreadsheetApp.openById("1AbC").getSheetByName("Demandes");
  sheet.appendRow([new Date(), body.texte]);
  return jsonOut_({ ok: true });
}

function jsonOut_(obj) {
  return ContentService.createTextOutput(JSON.stringify(obj)).setMimeType(ContentService.MimeType.JSON);
}
"""
APP = """const GAS_URL = "https://script.google.com/macros/s/AKfycby-Pol_7flD7VwN0IiZ/exec";
function envoyer(texte) {
  return fetch(GAS_URL, { method: "POST", body: JSON.stringify({ texte }) }).then((r) => r.json());
}
"""
FILES = {"index.html": "<html><body><script src=\"app.js\"></script></body></html>\n", "app.js": APP, "Code.gs": SERVER}


def test_an_apps_script_json_answer_to_the_projects_own_pages_is_named(tmp_path):
    res = check_result(tmp_path, FILES, CID)
    assert res["status"] == "not_applicable", res["message"]
    assert "no code answering JSON" not in res["message"]["en"] and "Code.gs:10" in res["message"]["en"], res["message"]


def test_an_apps_script_json_answer_with_no_page_of_the_project_is_an_api_described_nowhere(tmp_path):
    res = check_result(tmp_path, {"Code.gs": SERVER, "README.md": "# Demandes\n\nUne API.\n"}, CID)
    assert res["status"] == "warn", res["message"]


def test_near_miss_an_apps_script_answering_text_answers_no_json(tmp_path):
    server = SERVER.replace(".setMimeType(ContentService.MimeType.JSON)", "")
    res = check_result(tmp_path, {**FILES, "Code.gs": server}, CID)
    assert res["status"] == "not_applicable" and "no code answering JSON" in res["message"]["en"], res["message"]

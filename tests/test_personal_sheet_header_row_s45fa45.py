"""scaling.personal-data: a Google Sheet's header row and its log's actor (issue 12, s45 fa45 =
dubreybrice-png/sdis66-checklist-materiel-vendee).

A fire service's Apps Script checklist (Code.js) creates its sheets with header rows written as string literals
(`s.appendRow(["Date", "Nom", "Verificateur", "Details_JSON"])` on `ss.insertSheet(SHEET_NAMES.HISTORY)`) and appends each check
with the name the verifier typed (`histSheet.appendRow([now, bagName, verifierName, …])`). The header row was not read, the sheet
behind the variable not known, and a log's "Verificateur" not taken for who acted: "No database schema or model read"
(not applicable). The history sheet keeps a person's name per row. Near misses: a history sheet with no person's column, and a
"Verificateur" column in a sheet that is no log (an inventory's), keep the old verdict.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

APPSSCRIPT = '{"timeZone": "Europe/Paris", "runtimeVersion": "V8", "webapp": {"access": "ANYONE", "executeAs": "USER_DEPLOYING"}}\n'
CODE = """const SHEET_NAMES = {
  STOCK: "Stock",
  LOG: "Journal",
};

function doGet() {
  return HtmlService.createHtmlOutput("<p>Contrôle des trousses</p>");
}

function setup() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss.getSheetByName(SHEET_NAMES.STOCK)) {
    const s = ss.insertSheet(SHEET_NAMES.STOCK);
    s.appendRow(["Trousse", "Dernier_Controle", "Statut"]);
  }
  if (!ss.getSheetByName(SHEET_NAMES.LOG)) {
    const s = ss.insertSheet(SHEET_NAMES.LOG);
    s.appendRow(["Date", "Trousse", "Verificateur", "Remarques"]);
  }
  const bags = ss.getSheetByName(SHEET_NAMES.STOCK);
  bags.appendRow(["Trousse A1", "Trousse A2", "Trousse B1"]);
}

function saveCheck(bagName, checkerName, remarks) {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const logSheet = ss.getSheetByName(SHEET_NAMES.LOG);
  logSheet.appendRow([new Date(), bagName, checkerName, remarks]);
}
"""


def _personal(tmp_path, code, name="r"):
    files = {"README.md": "# Trousses\n\nContrôle des trousses de secours.\n", "appsscript.json": APPSSCRIPT,
             ".clasp.json": '{"scriptId": "abc"}\n', "Code.js": code}
    return judge(tmp_path, files, ["scaling.personal-data"], name=name)[1]["scaling.personal-data"]


def test_a_sheets_header_row_naming_who_checked_in_a_log_is_personal_data(tmp_path):
    r = _personal(tmp_path, CODE)
    assert r["status"] == "warn", r  # was not_applicable: "No database schema or model read"
    ev = next(e for e in r["evidence"] if e.get("path") == "Code.js")
    assert ev["value"]["table"] == "Journal" and ev["value"]["fields"] == ["Verificateur (activity)"] and ev["line"] == 18, ev


def test_a_log_without_a_persons_column_or_a_verifier_outside_a_log_is_not(tmp_path):
    r = _personal(tmp_path, CODE.replace('"Verificateur", ', ""), name="n")
    assert r["status"] == "not_applicable", r
    moved = CODE.replace('"Verificateur", ', "").replace('["Trousse", "Dernier_Controle", "Statut"]',
                                                          '["Trousse", "Dernier_Controle", "Statut", "Verificateur"]')
    r = _personal(tmp_path, moved, name="m")  # (the stock sheet is no log: its verifier column is left as before)
    assert r["status"] == "not_applicable", r

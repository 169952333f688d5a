"""personal_data reads the rows code reads from and writes to a spreadsheet through its API as the fields of a "sheet" model (issue 12,
s36 n36, after i36's design = DSI-Maurepas/2026).

2026: a town's election-night React app keeps its data in a Google Sheet it calls through the Sheets v4 REST API
(src/services/googleSheetsService.js: apiUrl https://sheets.googleapis.com/v4/spreadsheets). It appends the signed-in agent's e-mail
to the AUDIT_LOG and ERROR_LOG sheets (`this.appendRows(SHEET_NAMES.AUDIT_LOG, [[ts, action, …, userEmail]])`) and reads each sheet's
rows into named fields (`case 'Candidats': … teteListeNom: row[2]`). scaling.personal-data said not applicable, "no database schema
or model read". Rule now: in code that calls a spreadsheet API (the Sheets REST URL, gapi.client.sheets, spreadsheets.values,
SpreadsheetApp, gspread, google-spreadsheet), a row read into named keys (`nom: row[2]`, `nom: _str(row, 'Nom', 1)`: the sheet is the
nearest `case 'Sheet':` above) and a literal row written by an append or update call (`[[…, userEmail]]`, `appendRow([…])`: the sheet
is the call's first argument, or the name a constant gives it) are the fields of that sheet; like a column map, it counts only when it holds people's fields.
Near misses: a CSV parser's `nom: row[0]` with no spreadsheet API stays not applicable; a sheet whose rows hold no one's fields adds
nothing. Made-up content below."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"

SERVICE = """import authService from './authService';
import { SHEET_NAMES } from '../utils/constants';

class GoogleSheetsService {
  constructor() {
    this.apiUrl = 'https://sheets.googleapis.com/v4/spreadsheets';
  }

  _transformRows(sheetName, rows, header = []) {
    const _idx = (key, fallback) => header.indexOf(key) >= 0 ? header.indexOf(key) : fallback;
    const _str = (row, key, fallback, def = '') => {
      const v = row[_idx(key, fallback)];
      return v === undefined ? def : String(v);
    };
    switch (sheetName) {
      case 'Bureaux':
        return rows.map(row => ({
          id:       _str(row, 'ID', 0, ''),
          nom:      _str(row, 'Nom', 1, ''),
          adresse:  _str(row, 'Adresse', 2, ''),
          inscrits: parseInt(row[3]) || 0,
        }));
      default:
        return rows;
    }
  }

  async logAudit(action, entity, entityId, before = {}, after = {}) {
    const ts = new Date().toISOString();
    const beforeJson = JSON.stringify(before ?? {});
    const afterJson = JSON.stringify(after ?? {});
    const userEmail = authService.getUserEmail?.() || '';

    return await this.appendRows(SHEET_NAMES.AUDIT_LOG, [[
      ts,
      action || '',
      entity || '',
      entityId || '',
      beforeJson,
      afterJson,
      userEmail
    ]]);
  }

  async appendRows(sheetName, rows) {
    return await fetch(`${this.apiUrl}/values/${sheetName}!A:Z:append?valueInputOption=USER_ENTERED`,
      { method: 'POST', body: JSON.stringify({ values: rows }) });
  }
}

export default new GoogleSheetsService();
"""
APP = {"README.md": "# Élections\n\nSaisie des résultats des bureaux de vote.\n",
       "package.json": '{"name": "elections", "private": true, "dependencies": {"react": "^18.2.0"}, "devDependencies": {"vite": "^5.0.0"}}\n',
       "index.html": "<!doctype html><html><body><div id=\"root\"></div><script type=\"module\" src=\"/src/main.jsx\"></script></body></html>\n",
       "src/main.jsx": "import React from 'react';\nimport { createRoot } from 'react-dom/client';\n\ncreateRoot(document.getElementById('root')).render(<div />);\n",
       "src/utils/constants.js": "export const SHEET_NAMES = {\n  BUREAUX: 'Bureaux',\n  AUDIT_LOG: 'AuditLog',\n};\n",
       "src/services/authService.js": "export default { getUserEmail: () => sessionStorage.getItem('email') };\n",
       "src/services/googleSheetsService.js": SERVICE}


def _pd(tmp_path, files, name):
    return judge(tmp_path, files, [PD], name=name)[1][PD]


def test_the_agents_email_appended_to_a_google_sheet_is_personal_data(tmp_path):
    r = _pd(tmp_path, APP, "audit")
    assert r["status"] == "warn", r["message"]  # was not_applicable "No database schema or model read"
    ev = [e for e in r["evidence"] if e.get("path") == "src/services/googleSheetsService.js"]
    # (the sheet the call names by a constant of the module it imports: SHEET_NAMES.AUDIT_LOG, 'AuditLog')
    assert ev and ev[0]["value"]["table"] == "AuditLog" and "userEmail (email)" in ev[0]["value"]["fields"], r["evidence"]
    assert ev[0]["line"] == 41, ev  # (the line of userEmail in the written row)


def test_the_named_fields_of_rows_read_from_a_sheet_are_its_fields(tmp_path):
    candidates = SERVICE.replace("      default:", "      case 'Candidats':\n        return rows.map(row => ({\n"
                                 "          listeId: row[0] || '',\n          nomListe: row[1] || '',\n"
                                 "          prenom: row[2] || '',\n          nom: row[3] || '',\n        }));\n      default:")
    candidates = candidates.replace("      userEmail\n", "")
    r = _pd(tmp_path, {**APP, "src/services/googleSheetsService.js": candidates}, "read")
    assert r["status"] == "warn", r["message"]
    tables = {e["value"]["table"]: e["value"]["fields"] for e in r["evidence"] if isinstance(e.get("value"), dict)}
    assert "prenom (identity)" in tables.get("Candidats", []), r["evidence"]


def test_a_gspread_script_appending_people_writes_personal_data(tmp_path):
    script = ("import gspread\n\n\ndef inscrire(nom, prenom, courriel):\n    gc = gspread.service_account()\n"
              "    feuille = gc.open('Inscriptions').worksheet('Atelier')\n"
              "    feuille.append_row([nom, prenom, courriel])\n")
    files = {"README.md": "# Inscriptions\n\nInscription aux ateliers.\n", "requirements.txt": "gspread\n", "inscription.py": script}
    r = _pd(tmp_path, files, "gspread")
    assert r["status"] == "warn" and any(e.get("path") == "inscription.py" for e in r["evidence"]), r["message"]


def test_a_csv_parsers_named_fields_without_a_spreadsheet_api_stay_unread(tmp_path):
    # (near miss: rows of a CSV file the code parses itself, no spreadsheet API in the file)
    parser = ("export function parse(text) {\n  return text.split('\\n').map(line => line.split(';')).map(row => ({\n"
              "    name: row[0],\n    email: row[1],\n    phone: row[2],\n  }));\n}\n\n"
              "export function save(rows, write) {\n  write('export.csv', [[rows.length, name, email]]);\n}\n")
    files = {k: v for k, v in APP.items() if k != "src/services/googleSheetsService.js"}
    r = _pd(tmp_path, {**files, "src/services/csv.js": parser}, "csv")
    assert r["status"] == "not_applicable", r["message"]


def test_a_sheet_whose_rows_hold_no_ones_fields_adds_nothing(tmp_path):
    # (near miss: the polling stations' sheet — an id, a name, an address, a count — and an audit row with no one in it)
    service = SERVICE.replace("      afterJson,\n      userEmail\n", "      afterJson\n")
    r = _pd(tmp_path, {**APP, "src/services/googleSheetsService.js": service}, "none")
    assert r["status"] == "not_applicable", r["message"]

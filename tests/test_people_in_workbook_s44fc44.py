"""scaling.personal-data: a committed Excel workbook whose sheet lists people under a header naming their first name and surname is a
committed list of people, as a CSV table with that header is (issue 12, s44 fc44 = reader rk43's lamiedepain/st88).

st88, a Flask planning tool, reads and writes its team's workbook committed at the root (and 14 backups of it): a sheet
"Matricule, Nom, Prénom, Anniversaire, Dernières visites médicale…" with 56 agents. personal-data said "No database schema or model
read" (not_applicable): only CSV and TSV tables were read for lists of people. The workbook's sheets are read now (its shared strings
and sheets, bounded; nothing evaluated). Near miss: a workbook listing equipment (Matériel, Quantité, Prix) stays not_applicable. The
workbooks are written for these tests."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"
APP = ("from flask import Flask, jsonify\nimport openpyxl\n\napp = Flask(__name__)\nEXCEL_FILE = 'equipe.xlsx'\n\n\n@app.route('/agents')\n"
       "def agents():\n    ws = openpyxl.load_workbook(EXCEL_FILE).active\n    return jsonify([[c.value for c in row] for row in ws.iter_rows(min_row=2)])\n")


def workbook(rows: list[list[str]]) -> bytes:
    """A minimal OOXML workbook: one sheet whose cells are shared strings."""
    strings: list[str] = []
    cells = []
    for r, row in enumerate(rows, 1):
        out = []
        for c, value in enumerate(row):
            if value not in strings:
                strings.append(value)
            out.append(f'<c r="{chr(65 + c)}{r}" t="s"><v>{strings.index(value)}</v></c>')
        cells.append(f'<row r="{r}">{"".join(out)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(cells)}</sheetData></worksheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in (("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"), ("xl/sharedStrings.xml", shared),
                           ("xl/worksheets/sheet1.xml", sheet)):
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), text.encode("utf-8"))
    return buf.getvalue()


def _files(rows) -> dict:
    return {"app.py": APP, "requirements.txt": "Flask==3.0.0\nopenpyxl==3.1.2\n", "equipe.xlsx": workbook(rows),
            "README.md": "# Planning\n\nGestion du planning de l'équipe.\n"}


def test_a_workbook_listing_agents_is_a_committed_list_of_people(tmp_path):
    rows = [["Matricule", "Nom", "Prénom", "Anniversaire"], ["A001", "MARTINOT", "Claire", "12/03"], ["A002", "ROUSSEL", "Hugo", "02/07"],
            ["A003", "BESNARD", "Lina", "21/11"], ["A004", "CARRE", "Paul", "30/01"]]
    r = check_result(tmp_path, _files(rows), CID)
    assert r["status"] == "warn" and "equipe.xlsx" in r["message"]["en"], (r["message"], r["evidence"])
    assert r["evidence"][0]["path"] == "equipe.xlsx" and "Prénom" in r["evidence"][0]["value"]["columns"], r["evidence"]


def test_near_miss_a_workbook_of_equipment_lists_nobody(tmp_path):
    rows = [["Matériel", "Quantité", "Prix"], ["Tondeuse", "2", "450"], ["Débroussailleuse", "3", "320"], ["Souffleur", "4", "180"]]
    r = check_result(tmp_path, _files(rows), CID)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])

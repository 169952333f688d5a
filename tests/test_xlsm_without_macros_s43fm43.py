"""A macro-enabled workbook without macros (issue 12, s43 fm43 = reader rk43, lamiedepain/st88).

A Flask application keeps its planning template as an .xlsm that openpyxl wrote: its package has no xl/vbaProject.bin, so no macro
and no Microsoft program is needed; scaling.vendor-lock-in and reusability.portability said "Microsoft Access / Excel macros" by the
extension. The package's entry list (bounded) is read: only a VBA project makes it Excel macros. Near miss: the same workbook with
xl/vbaProject.bin keeps the finding.
"""

from __future__ import annotations

import io
import zipfile

from tests.test_reusability_fixtures import check_result

PARTS = ["[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
         "xl/styles.xml", "xl/theme/theme1.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]
APP = "from flask import Flask\nimport openpyxl\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n" \
      "    wb = openpyxl.load_workbook('planning.xlsx')\n    return str(wb.active.max_row)\n"


def workbook(macros: bool) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in PARTS + (["xl/vbaProject.bin"] if macros else []):
            z.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), b"<x/>" if name.endswith(".xml") else b"\x00vba")
    return buf.getvalue()


def _files(macros: bool) -> dict:
    return {"app.py": APP, "requirements.txt": "Flask==3.0.0\nopenpyxl==3.1.2\n", "TEMPLATE PLANNIFICATION.xlsm": workbook(macros),
            "README.md": "# Planning\n\nGestion du planning de l'équipe.\n"}


def _office(r: dict) -> bool:
    return "Excel macros" in r["message"]["en"] or any("xlsm" in str(e.get("path")) for e in r["evidence"])


def test_an_xlsm_without_a_vba_project_is_no_excel_macros(tmp_path):
    r = check_result(tmp_path, _files(False), "scaling.vendor-lock-in")
    assert not _office(r), (r["message"], r["evidence"])


def test_an_xlsm_with_a_vba_project_keeps_excel_macros(tmp_path):
    r = check_result(tmp_path, _files(True), "scaling.vendor-lock-in")
    assert _office(r), (r["message"], r["evidence"])

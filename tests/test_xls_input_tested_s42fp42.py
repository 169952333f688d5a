"""interoperability.data-standards (issue 12, s42 fp42 = reader rh42, ThomasLafargue/mediatheque-arcachon).

A library's script loads the loan statistics of its SIGB's export (a .xls or .xlsx file given on the command line): its docstring
names the export ("Liste des notices…xls"), it picks the reader by the file's extension (`moteur = "xlrd" if extension == ".xls"`),
and an upload is sorted by its type (`ext in ('.xlsx', '.xls')`). Each was advised "Closed format (binary Excel .xls): write ODS,
XLSX or CSV instead", though the code writes no .xls: an extension tested, or named in a docstring, in a file writing no .xls is an
input from another system. Near miss: a script that tests the extension and writes the .xls with xlwt keeps the finding.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

READER = '''#!/usr/bin/env python3
"""
Statistiques de prêts
=====================
Met à jour la base avec les prêts d'un export du SIGB ("Liste des notices...xls").
"""
import os
import sqlite3
import sys

import pandas as pd


def type_fichier(nom):
    ext = os.path.splitext(nom)[1].lower()
    if ext in ('.xlsx', '.xls'):
        return 'statistiques'
    return None


def main(chemin):
    extension = os.path.splitext(chemin)[1].lower()
    moteur = "xlrd" if extension == ".xls" else "openpyxl"
    df = pd.read_excel(chemin, engine=moteur, header=None)
    con = sqlite3.connect("inventaire.db")
    for isbn, prets in df[[0, 5]].itertuples(index=False):
        con.execute("update notices set prets = ? where isbn = ?", (prets, isbn))
    con.commit()
    df.to_csv("prets.csv", index=False)
{writer}

if __name__ == "__main__":
    main(sys.argv[1])
'''

WRITER = '''

def exporter(lignes, chemin):
    import xlwt
    classeur = xlwt.Workbook()
    feuille = classeur.add_sheet("prets")
    for i, ligne in enumerate(lignes):
        for j, valeur in enumerate(ligne):
            feuille.write(i, j, valeur)
    if os.path.splitext(chemin)[1] == ".xls":
        classeur.save(chemin)
'''

FILES = {"requirements.txt": "pandas==2.2.3\nxlrd==2.0.1\nopenpyxl==3.1.5\n",
         "README.md": "# Statistiques\n\nScripts de la médiathèque : `python3 statistiques.py export.xls`.\n"}


def _closed(r: dict) -> list:
    return [e for e in r["evidence"] if "Closed format" in str((e.get("note") or {}).get("en", ""))]


def test_an_xls_input_tested_or_named_is_no_closed_format_written(tmp_path):
    r = check_result(tmp_path, {**FILES, "statistiques.py": READER.replace("{writer}", "")}, "interoperability.data-standards")
    assert _closed(r) == [], r["evidence"]


def test_an_xls_written_with_xlwt_keeps_the_finding(tmp_path):
    r = check_result(tmp_path, {**FILES, "statistiques.py": READER.replace("{writer}", WRITER)}, "interoperability.data-standards")
    assert _closed(r), r["evidence"]

"""interoperability.data-standards: a dispatch table sending .xls resources to a reader names a format received, none written
(issue 12, s45 fh45 = reader re45's merryspankersltd/fiches-sport).

RES_injector.py picks a pandas reader per resource of a ministry's dataset, ``{'.xls': process_excel, '.xlsx': process_excel,
'.csv': process_csv}``, process_excel calling pd.read_excel, and loads each table into PostgreSQL: the check said "Closed format
(binary Excel .xls): write ODS, XLSX or CSV instead" of line 104, though the script writes no workbook. Near miss: the same table
whose .xls handler writes the workbook (to_excel) keeps the finding."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"
CLOSED = "Closed format (binary Excel .xls)"
LOADER = '''import io

import pandas as pd
import requests
from sqlalchemy import create_engine


def lire_tableur(contenu):
    """Reads a workbook resource."""
    return pd.read_excel(io.BytesIO(contenu))


def lire_csv(contenu):
    """Reads a CSV resource."""
    return pd.read_csv(io.BytesIO(contenu), sep=";")


def charger(ressource, moteur):
    """Loads one resource of the dataset into the database, whatever its format."""
    lecteurs = {
        '.xls': lire_tableur,
        '.xlsx': lire_tableur,
        '.csv': lire_csv}
    if ressource["format"] in lecteurs:
        table = lecteurs[ressource["format"]](requests.get(ressource["url"]).content)
        table.to_sql(ressource["nom"], moteur, schema="equipements")


moteur = create_engine("postgresql://localhost/base")
'''
WRITER = LOADER.replace('''    return pd.read_excel(io.BytesIO(contenu))''', '''    tableau = pd.read_csv(io.BytesIO(contenu))
    tableau.to_excel("export.xls")
    return tableau''')


def _closed(tmp_path, code, name):
    files = {"README.md": "# Chargement\\n\\nCharge les ressources d'un jeu de données dans PostgreSQL.\\n", "charger.py": code}
    r = judge(tmp_path, files, [CID], name=name)[1][CID]
    return [e for e in r["evidence"] if CLOSED in (e.get("note") or {}).get("en", "")] + ([r] if CLOSED in r["message"]["en"] else [])


def test_an_xls_key_of_a_reader_dispatch_is_no_closed_format_written(tmp_path):
    assert not _closed(tmp_path, LOADER, "reader")


def test_near_miss_an_xls_key_whose_handler_writes_the_workbook_keeps_the_finding(tmp_path):
    assert _closed(tmp_path, WRITER, "writer")

"""A manual kept in a folder named for the docs among other things (issue 12, s34 q34 = bbouteilles/CONTROLE_COVADIS_2.0).

A DDT's Windows batch checking PLU deliveries keeps its user manual (Manuel.pdf, Manuel.doc) in ref_docs_prog/ ("references, docs,
program") beside its configuration batch and its SQL/ checks: documentation.docs said "Found: —; missing: documentation folder"
while licensing.data-and-docs counted the folder's documentation files. A folder whose name has the word docs holding a manual is
the documentation folder, code beside it or not; a manual beside a script in a folder not so named stays no documentation folder."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "documentation.docs"
BASE = {"README.md": "# Contrôle COVADIS\n\nContrôle des livraisons de PLU au standard COVADIS.\n",
        "Controle.bat": "@echo off\r\ncall ref_docs_prog\\Ini.bat\r\n", "LICENSE": "GPL-2.0\n"}


def files(folder: str) -> dict:
    return {**BASE, f"{folder}/Ini.bat": "REM FICHIER DE CONFIGURATION\r\nset HOST=***DEFINIR**\r\n",
            f"{folder}/SQL/1_controle_geom.sql": "SELECT 1;\n", f"{folder}/Manuel.pdf": "%PDF-1.4\n" + "x" * 2000,
            f"{folder}/Manuel.doc": "manuel " * 300, f"{folder}/Plan_Batch.txt": "Plan du batch\n" * 20}


def run(tmp_path, tree: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", tree), tmp_path / "c", [CID]))[CID]


def test_a_manual_in_a_docs_named_folder_is_the_documentation_folder(tmp_path):
    r = run(tmp_path, files("ref_docs_prog"))
    assert "folder" in r["details"]["found"]


def test_a_manual_beside_a_script_in_another_folder_stays_no_folder(tmp_path):
    r = run(tmp_path, files("prog"))
    assert "folder" not in r["details"]["found"]

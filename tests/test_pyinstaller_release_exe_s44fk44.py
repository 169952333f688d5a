"""reusability.dependencies, reusability.build-output: a release folder holding the program its PyInstaller spec freezes is build
output, not a copied library (issue 12, s44 fk44 = reader rf44's NumeriqueMediapass/Horodatage).

A tkinter desktop tool commits Horodatage.spec (``EXE(…, name='Horodatage')``) and its release folder release_v1.1.0/ holding
Horodatage.exe (create_release.py copies dist/Horodatage.exe there). The inventory read the folder as a library "release 1.1.0"
copied into the repository, and build output as none. A program named like a PyInstaller spec at the root is the project frozen and
committed. Near miss: another program in such a folder (a copied tool, helper.exe) stays a copied binary."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CIDS = ["reusability.dependencies", "reusability.build-output"]
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(2000)
SPEC = ("# -*- mode: python ; coding: utf-8 -*-\n\na = Analysis(['main.py'], pathex=[], datas=[])\npyz = PYZ(a.pure)\n"
        "exe = EXE(pyz, a.scripts, a.binaries, a.datas, name='Outil', console=False)\n")


def _files(exe: str) -> dict:
    return {"README.md": "# Outil\n\nOutil de bureau qui horodate des documents.\n", "requirements.txt": "requests>=2.31.0\n",
            "main.py": "import tkinter as tk\n\n\ndef main():\n    tk.Tk().mainloop()\n\n\nif __name__ == '__main__':\n    main()\n",
            "Outil.spec": SPEC, f"release_v1.1.0/{exe}": PE, "release_v1.1.0/README.md": "# Outil\n"}


def test_the_projects_frozen_program_is_build_output(tmp_path):
    report, res = judge(tmp_path, _files("Outil.exe"), CIDS, name="own")
    libs = [lib["name"] for lib in report["facts"]["inventory"].get("libraries") or []]
    assert "release" not in libs, libs
    assert res["reusability.build-output"]["status"] == "warn", res["reusability.build-output"]["message"]
    assert "release" not in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]


def test_near_miss_another_program_stays_a_copied_binary(tmp_path):
    report, res = judge(tmp_path, _files("helper.exe"), CIDS, name="other")
    assert res["reusability.build-output"]["status"] == "pass", res["reusability.build-output"]["message"]

"""scaling.personal-data (issue 12, s44 fg44 = reader rb44, ArnaudP17000/TpeComplet).

A desktop tool written on Windows keeps its régisseurs (``@dataclass class Regisseur: prenom, nom, telephone``) and its users
(``User: username, password_hash, nom, prenom, email``) in data classes of files with CRLF line ends: the data-class reader
ended the class line at ``:\\n``, which the ``\\r`` defeated, so the files counted as "schemas read" with "no personal-data
field". The models are read whatever their line ends (CRLF read as LF).
Near miss: the same tool whose data classes keep no person's field (a terminal's serial number, model) stays a pass.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.personal-data"
REGISSEUR = '''from dataclasses import dataclass
from typing import List


@dataclass
class Regisseur:
    """Un régisseur"""
    prenom: str
    nom: str
    telephone: str


@dataclass
class Terminal:
    numero_serie: str
    modele: str
'''
USER = '''import hashlib
from dataclasses import dataclass


@dataclass
class User:
    """Classe représentant un utilisateur"""
    username: str
    password_hash: str
    role: str  # 'admin' ou 'user'
    nom: str
    prenom: str
    email: str
    actif: bool = True

    def to_dict(self):
        return {"username": self.username}
'''
TERMINAL = '''from dataclasses import dataclass


@dataclass
class Terminal:
    """Un terminal de paiement"""
    numero_serie: str
    modele: str
    regie: str
'''
FILES = {"README.md": "# Gestion des TPE\n\nOutil de bureau pour les régies.\n", "requirements.txt": "openpyxl==3.1.2\n",
         "tpe_gui.py": "import tkinter as tk\r\n\r\nroot = tk.Tk()\r\nroot.mainloop()\r\n"}


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def test_data_classes_with_crlf_line_ends_are_read(tmp_path):
    r = check_result(tmp_path, {**FILES, "tpe_manager.py": crlf(REGISSEUR), "auth_manager.py": crlf(USER)}, CID)
    assert r["status"] == "warn", r["message"]
    assert "e-mail" in r["message"]["en"] and "phone" in r["message"]["en"], r["message"]


def test_lf_and_crlf_read_alike(tmp_path):
    lf = check_result(tmp_path / "lf", {**FILES, "tpe_manager.py": REGISSEUR, "auth_manager.py": USER}, CID)
    cr = check_result(tmp_path / "cr", {**FILES, "tpe_manager.py": crlf(REGISSEUR), "auth_manager.py": crlf(USER)}, CID)
    assert (lf["status"], lf["message"]) == (cr["status"], cr["message"])
    assert [(e.get("path"), e.get("line")) for e in lf["evidence"]] == [(e.get("path"), e.get("line")) for e in cr["evidence"]]


def test_crlf_data_classes_without_a_persons_field_stay_a_pass(tmp_path):
    r = check_result(tmp_path, {**FILES, "tpe_manager.py": crlf(TERMINAL)}, CID)
    assert r["status"] == "pass", r["message"]

"""scaling.hosting: files loaded from a forge's raw address that are committed in the repository itself are to be read from the
repository, not copied into it (issue 12, s45 fi45, reader rf45).

crepinbaudouin/observatoire-territorial's pages load their background images (Accueil.py:11, "page%20accueil.jpg") and utils.py
its CSV files from raw.githubusercontent.com/<its own account>/<its own repository>/main/…: the advice said "Copy into the
repository … what is loaded from raw.githubusercontent.com", though every file is already committed there, and named 2 of 5 places.
The warning stays (a reuser's deployment still loads from that account). Near miss: raw files that are not in the repository keep the
"copy into the repository" advice."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.hosting"
RAW = "https://raw.githubusercontent.com/agent-exemple/tableau-de-bord/main/"


def _files(names: list[str]) -> dict:
    pages = {f"page{i}.py": (f'import streamlit as st\n\nbg_url = "{RAW}{n.replace(" ", "%20")}"\n'
                             'st.markdown(f"<style>.app {{background-image: url({bg_url});}}</style>", unsafe_allow_html=True)\n')
             for i, n in enumerate(names)}
    loader = ('import pandas as pd\n\n\ndef charger(nom):\n    url = f"' + RAW + '{nom}"\n    return pd.read_csv(url, sep=";")\n')
    return {**pages, "utils.py": loader, "requirements.txt": "streamlit>=1.35\npandas>=2.0\n", "README.md": "# Tableau de bord\n"}


def test_raw_addresses_of_committed_files_say_read_them(tmp_path):
    files = _files(["page accueil.jpg", "emploi.jpeg", "population.jpg"])
    files.update({"page accueil.jpg": "JPEG-1", "emploi.jpeg": "JPEG-2", "population.jpg": "JPEG-3", "POP.csv": "a;b\n1;2\n"})
    r = check_result(tmp_path, files, CID)
    adv = r["remediation"]["en"]
    assert r["status"] == "warn", r["message"]
    assert "already committed" in adv and "Copy into the repository" not in adv and "4 addresses" in adv, adv


def test_near_miss_raw_files_not_committed_keep_copy_advice(tmp_path):
    r = check_result(tmp_path, _files(["page accueil.jpg", "emploi.jpeg"]), CID)
    adv = r["remediation"]["en"]
    assert r["status"] == "warn" and "Copy into the repository" in adv and "already committed" not in adv, adv

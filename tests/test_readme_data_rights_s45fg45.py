"""licensing: a README sentence reserving the rights on data is no licence of the code (issue 12, s45 fg45 =
mahamatarda/Marathon-Web---AUDEMAG): README.md's "## Licence" reads "Ce projet a été réalisé … pour le compte du Département de
l'Aude. Les données de l'enquête sont la propriété du Département de l'Aude et ne peuvent être redistribuées." The sentence's
subject is the survey data; it was read as the code's licence (LicenseRef-proprietary: license-file "reserves all rights",
open-license and authorized-fr naming it, consistent "a single source"). The code has no licence. Near miss: the same sentence
about the code and the data keeps the proprietary licence."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent"]
NOTEBOOK = ('{"cells": [{"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [], "source": ["import pandas as pd\\n", '
            '"df = pd.read_excel(\\"enquete.xlsx\\")\\n", "df.describe()"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n')


def readme(subject: str) -> str:
    return ("# Analyse du magazine\n\nAnalyse des réponses à l'enquête des lecteurs du magazine départemental.\n\n"
            "## Installation\n\nOuvrir le notebook dans Jupyter.\n\n## Licence\n\n"
            "Ce projet a été réalisé dans un cadre académique pour le compte du Département d'Exemple.  \n"
            f"{subject} sont la propriété du Département d'Exemple et ne peuvent être redistribuées.\n")


def audit(tmp_path, subject):
    files = {"README.md": readme(subject), "analyse.ipynb": NOTEBOOK}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS))


def test_the_datas_reserved_rights_are_no_licence_of_the_code(tmp_path):
    r = audit(tmp_path, "Les données de l'enquête")
    for cid in CHECKS:
        assert "LicenseRef-proprietary" not in str(r[cid]["message"]) and "reserves all rights" not in r[cid]["message"]["en"], (cid, r[cid]["message"])
    assert r["licensing.license-file"]["status"] == "fail", r["licensing.license-file"]["message"]
    assert r["licensing.consistent"]["status"] in ("not_applicable", "fail"), r["licensing.consistent"]["message"]
    assert r["licensing.consistent"]["status"] != "pass"


def test_near_miss_the_code_and_its_data_reserved_stay_proprietary(tmp_path):
    r = audit(tmp_path, "Le code et les données de l'enquête")
    assert "reserves all rights" in r["licensing.license-file"]["message"]["en"], r["licensing.license-file"]["message"]
    assert "LicenseRef-proprietary" in r["licensing.open-license"]["message"]["en"], r["licensing.open-license"]["message"]

"""Session 44 (fj44), a mobile app's README reserving the rights in the long French wordings.

MrFreedy/AlloToulouse: README.md's "# Copyright" chapter reads "Tous les droits sont détenus conjointement par X et Y. Le contenu
de ce référentiel … ne peut être reproduit, distribué, ou utilisé d'aucune manière sans l'autorisation écrite préalable de X et
Y." — all rights reserved, as "Tous droits réservés" already is: licensing.open-license said "No license found". A chapter that
lets anyone reproduce the work ("peut être reproduit … sans autorisation préalable") reserves nothing.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

README = ("# Allo Ville\n\nMaquette fonctionnelle de l'application mobile de la métropole : rendez-vous, signalements.\n\n"
          "## Technologies\n\n* Java, Gradle\n\n# Copyright\n\n{licence}\n")
APP = {"settings.gradle": "rootProject.name = \"Allo\"\ninclude ':app'\n",
       "app/src/main/java/com/ex/allo/MainActivity.java": "package com.ex.allo;\n\npublic class MainActivity {\n    int n = 1;\n}\n"}


def _audit(repo, tmp_path, licence: str):
    path = repo([{"files": {**APP, "README.md": README.format(licence=licence)}, "date": "2023-11-02T09:00:00Z"}],
                name=f"r{len(list(tmp_path.iterdir()))}")
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["licensing.open-license", "licensing.consistent"]))
    return {r["id"]: r for r in report["results"]}, report["facts"]


def test_rights_held_and_no_reproduction_without_written_leave_is_proprietary(repo, tmp_path):
    res, facts = _audit(repo, tmp_path, "© 2024 Cette maquette est développée par Acme avec la Métropole. Tous les droits sont détenus "
                        "conjointement par Acme et la Métropole.\n\nLe contenu de ce référentiel est protégé par les lois sur les droits "
                        "d'auteur et ne peut être reproduit, distribué, ou utilisé d'aucune manière sans l'autorisation écrite préalable "
                        "d'Acme et de la Métropole.")
    assert facts["license"]["spdx"] == "LicenseRef-proprietary", facts["license"]
    assert res["licensing.open-license"]["status"] == "fail"
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]


def test_each_wording_alone(repo, tmp_path):
    for words in ("Tous les droits sont détenus par la Métropole.", "Toute reproduction, même partielle, est interdite.",
                  "Ce code ne peut être diffusé sans l'accord écrit de la Métropole."):
        _res, facts = _audit(repo, tmp_path, words)
        assert facts["license"]["spdx"] == "LicenseRef-proprietary", (words, facts["license"])


def test_leave_to_reproduce_reserves_nothing(repo, tmp_path):
    res, facts = _audit(repo, tmp_path, "© 2024 Acme. Ce contenu peut être reproduit, distribué ou utilisé sans autorisation préalable.")
    assert facts["license"]["spdx"] is None, facts["license"]
    assert res["licensing.consistent"]["status"] == "not_applicable"

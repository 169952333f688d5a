"""A short lead-in naming what the project is and ending with "pour :" / "for:" over a short list ("Un package R pour :" then
"- générer des fichiers CSV au format DiDo", "- automatiser l'alimentation de DiDo") is the description as a whole: the lead-in
and the list's items joined, not the first item alone (issue 12, s41 fp41 = reader rw41 on MTES-MCT/didoscalim: the description was
"générer des fichiers CSV au format DiDo (CSV augmenté)", its subject and second aim lost).
Near miss: a longer list (five items or more) keeps its first item only after the lead-in, as before; a lead-in that does not say
what the project is ("Vous pouvez :") is no description.

The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

README = """Tabloscal
================

<!-- README.md is generated from README.Rmd. Please edit that file -->

{lead}

{items}

Ce package est en cours de développement.

## Installation

``` r
devtools::install_github("exemple/tabloscal")
```
"""
TWO = "- produire des tableaux au format du portail (CSV annoté)\n- automatiser la publication des tableaux sur le portail de données"
SIX = "\n".join(f"- {verb} des tableaux" for verb in ("produire", "vérifier", "publier", "archiver", "comparer", "supprimer"))


def _description(tmp_path, lead: str, items: str):
    commits = [{"files": {"README.md": README.format(lead=lead, items=items), "DESCRIPTION": "Package: tabloscal\nVersion: 0.1.0\n"},
                "date": "2025-11-15T15:15:00Z", "message": "init"}]
    return run_audit(make_repo(tmp_path / "r", commits), tmp_path / "c", ["documentation.readme-sections"])["facts"]["readme"]["description"]


def test_a_package_for_a_short_list_is_described_by_both(tmp_path):
    d = _description(tmp_path, "Un package R pour :", TWO)
    assert d is not None and d["line"] == 6, d
    assert d["text"] == ("Un package R pour : produire des tableaux au format du portail (CSV annoté) ; automatiser la publication des "
                         "tableaux sur le portail de données"), d


def test_a_long_list_keeps_its_first_item(tmp_path):
    d = _description(tmp_path, "Un package R pour :", SIX)
    assert d is not None and d["text"] == "Un package R pour : produire des tableaux", d


def test_a_lead_in_not_saying_what_it_is_is_no_description(tmp_path):
    d = _description(tmp_path, "Vous pouvez :", TWO)
    assert d is None or not d["text"].startswith("Vous pouvez"), d

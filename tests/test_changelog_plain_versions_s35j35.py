"""files.changelog, documentation.community-files (issue 12, s35 j35 = reader m30o3, openrgpd/openrgpd): a PHP application keeps its
changelog in version.txt at the root, plain text with no heading: a line per release, its version and date ("2.3.6 (27/08/2024)"),
the changes below it as "_" items, separators of stars between. The check said "missing: CHANGELOG". Dated version lines, each
with its changes below, read as release notes under any of the names the changelog is looked for under; a file holding the
version number, or a bare list of dated versions with no change said, does not."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.release_pages import holds_release_notes
from tests.gitrepo import make_repo

CID = "documentation.community-files"
SEPARATOR = "/*************************************/\n"
VERSION_TXT = ("\n2.3.6 (27/08/2024)\n_ Migration PHP 8.3\n\n" + SEPARATOR + "2.3.5 (05/05/2022)\n\n_Ajout d'un champ SIRET dans la table des entités.\n"
               "_Ajout d'un fichier d'exemple de configuration.\n\n" + SEPARATOR + "2.3.4 (24/06/2020)\n\n_Passage à PHP 7.3.\n\n" + SEPARATOR
               + "2.3.3 (25/03/2020)\n\n_Correction d'une erreur d'affichage du formulaire.\n\n" + SEPARATOR + "2.0\n\n_Première version publiée.\n")


def run(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Registre\n\nRegistre des traitements.\n", "app/index.php": "<?php\necho 1;\n",
                                                 **files}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["files"]


def test_a_plain_text_file_of_dated_versions_and_their_changes_is_the_changelog(tmp_path):
    r, files = run(tmp_path, {"version.txt": VERSION_TXT})
    assert files["changelog"] == "version.txt"
    assert "Present: CHANGELOG" in r["message"]["en"] and "CHANGELOG" not in r["message"]["en"].split("missing:")[1], r["message"]


def test_a_file_holding_the_version_number_is_none(tmp_path):
    r, files = run(tmp_path, {"version.txt": "2.3.6 (27/08/2024)\n"})
    assert files["changelog"] is None
    assert "Present: CHANGELOG" not in r["message"]["en"], r["message"]


@pytest.mark.parametrize(("text", "notes"), [
    (VERSION_TXT, True),
    ("Version 1.2 - 12/03/2024\n- Export CSV\nVersion 1.1 - 10/01/2024\n- Import\nVersion 1.0 - 01/12/2023\n- Première version\n", True),
    ("2.3.6 (27/08/2024)\n2.3.5 (05/05/2022)\n2.3.4 (24/06/2020)\n", False),  # dated versions, no change said
    ("2.3.6 (27/08/2024)\n_ Migration PHP 8.3\n", False),  # one release
    ("1.4.2\n", False),
    ("1.2 million d'habitants en 2020 (01/01/2020)\nrecensés.\n3.5 millions en 2021 (01/01/2021)\nsuite.\n", False),  # prose opening on numbers
])
def test_what_reads_as_plain_release_notes(text, notes):
    assert holds_release_notes(text) is notes

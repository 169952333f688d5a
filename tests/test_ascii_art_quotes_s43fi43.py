"""Issue 12, session 43 fixer fi43 (ZeCrusher/APIDAE-vers-OpenAgenda): a tourism office's PHP scripts open on a /* … */ comment drawing
the author's name in ASCII art (lines like MMM\"\"\"AMV `7MM\"\"\"YMM): the triple double quotes were counted as Python docstring delimiters,
so `$department = "Bouches-du-Rhône";` further down apicmd.php was read as inside a docstring and dropped, while the same line of
index.php (whose banner draws an even count) was kept: '1 territory-specific value(s) hard-coded in 1 code file(s)'. Quotes inside a
/* … */ comment open no docstring. Near miss: a name inside a Python docstring stays out of the code. Written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
# an odd number of triple quotes in the banner (seven), as an ASCII-art letter drawing gives
BANNER = '/*\n\tMMM"""AMV `7MM"""YMM .g8"""bgd\n\tM\'  AMV    MM    `7 .dP\'\n\tMMM"""AMV `7MM"""YMM .g8"""Mq. `7MM"""\n*/\n'
SCRIPT = BANNER + '<?php\n$agenda = "84512";\n\n$department = "Bouches-du-Rhône";\n$timezone = "Europe/Paris";\necho $department;\n'
PYTHON = ('"""Import des événements.\n\nDépartement traité : "Bouches-du-Rhône".\n"""\n\n\ndef importer(evenements):\n'
          '    return [e for e in evenements if e]\n')


def _paths(res):
    return sorted(e["path"] for e in res["evidence"] if e.get("kind") == "finding")


def test_quotes_in_an_ascii_art_comment_open_no_docstring(tmp_path):
    res = check_result(tmp_path, {"apicmd.php": SCRIPT, "README.md": "# Agenda\n\nCopie les événements.\n"}, CID)
    assert _paths(res) == ["apicmd.php"], (res["message"], res["evidence"])


def test_a_name_in_a_python_docstring_stays_out(tmp_path):
    res = check_result(tmp_path, {"importer.py": PYTHON, "README.md": "# Agenda\n\nCopie les événements.\n"}, CID)
    assert _paths(res) == [], (res["message"], res["evidence"])

"""The snapshot (issue 12, s34 lead; review finding of s33: datactivist/AUAT's ``._DEPARTEMENT.LYR`` was ignored by the vendor
lock-in fact alone): a macOS AppleDouble file (``._carte.qgs``, ``__MACOSX/…/._app.js``: the Finder's metadata of the file beside it)
is no file of its type. It is left out of the files every fact sees and listed in the report's skipped files with the reason; a
file named ``._…`` that holds anything else stays."""

from __future__ import annotations

from auditor.snapshot import FolderSnapshot, GitSnapshot
from tests.test_reusability_fixtures import build, run_audit

APPLEDOUBLE = "\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X        "
FILES = {
    "README.md": "# Outil\n\nUn script qui calcule des indicateurs.\n",
    "indicateurs.py": "import csv\n\n\ndef main():\n    print('ok')\n",
    "._indicateurs.py": APPLEDOUBLE,
    "__MACOSX/projet/._carte.qgs": APPLEDOUBLE,
    "notes/._brouillon.txt": "des notes, pas des métadonnées\n",
}


def _head(repo):
    import subprocess

    return subprocess.run(["git", "-C", str(repo), "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()


def test_appledouble_files_are_left_out_with_the_reason(tmp_path):
    repo = build(tmp_path / "r", FILES)
    for snap in (GitSnapshot(str(repo / ".git"), _head(repo)), FolderSnapshot(str(repo))):
        with snap:
            assert "._indicateurs.py" not in snap.files and "__MACOSX/projet/._carte.qgs" not in snap.files
            assert "indicateurs.py" in snap.files
            reasons = {s["path"]: s["reason"] for s in snap.skipped}
            assert "AppleDouble" in reasons["._indicateurs.py"] and "AppleDouble" in reasons["__MACOSX/projet/._carte.qgs"]


def test_a_dot_underscore_file_holding_text_stays(tmp_path):  # (near miss: the name alone is no proof)
    repo = build(tmp_path / "r", FILES)
    with GitSnapshot(str(repo / ".git"), _head(repo)) as snap:
        assert "notes/._brouillon.txt" in snap.files and "notes/._brouillon.txt" not in {s["path"] for s in snap.skipped}


def test_an_appledouble_qgis_project_makes_no_gis_kit(tmp_path):
    report = run_audit(build(tmp_path / "r", FILES), tmp_path / "c", ["reusability.install"])
    kind = report["facts"]["project"]["kind"]
    assert "gis" not in str(kind), kind
    assert any(s["path"] == "__MACOSX/projet/._carte.qgs" for s in report["limits"]["skipped"])

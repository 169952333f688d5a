"""Session 11 (issue 12): smaller verdict causes read wrong by session 10's readers, each on a git fixture shaped like the case."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

DATE = "2026-03-02T10:00:00Z"


def _one(tmp_path, files, check, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[check]))[check]


ANGULAR = {"README.md": "# Flore\n", "backend/app.py": "from flask import Flask\napp = Flask(__name__)\n",
           "frontend/flore/package.json": '{"name": "flore", "scripts": {"build": "ng build"}, "dependencies": {"@angular/core": "~8.2.0"}}',
           "frontend/flore/src/index.html": "<!DOCTYPE html><html lang=\"fr\"><body><app-root></app-root></body></html>\n",
           "frontend/flore/src/app/app.component.ts": "import { Component } from '@angular/core';\nexport class AppComponent {}\n"}


def test_a_browserslist_file_beside_a_package_json_declares_the_browser_targets(tmp_path):
    """s10 reads (a national park's Flask API and Angular 8 front end): accessibility-and-ecodesign said 'missing: browser targets'
    though frontend/…/browserslist lists them (the Angular CLI's file name up to v9); only .browserslistrc and package.json's key
    were read. A file of that name away from any package.json (a script, a folder's notes) declares nothing."""
    targets = "# browsers\n> 0.5%\nlast 2 versions\nFirefox ESR\nnot dead\n"
    r = _one(tmp_path, {**ANGULAR, "frontend/flore/browserslist": targets}, "interoperability.accessibility-and-ecodesign")
    assert "browser targets" not in r["message"]["en"].split("missing")[-1], r["message"]
    assert any(e.get("path") == "frontend/flore/browserslist" for e in r["evidence"]), r["evidence"]
    r = _one(tmp_path, {**ANGULAR, "tools/browserslist": targets}, "interoperability.accessibility-and-ecodesign", "t")
    assert "browser targets" in r["message"]["en"].split("missing")[-1], r["message"]


def test_an_angular_build_budget_is_not_said_to_run_in_ci(tmp_path):
    """s10 reads (same front end): 'Present: … page budget in CI' rested on angular.json's "budgets", which `ng build` enforces;
    the repository has no CI at all. The item is a page weight budget, kept at the build or in CI: say that."""
    angular = '{"projects": {"flore": {"architect": {"build": {"configurations": {"production": {"budgets": [' \
              '{"type": "initial", "maximumWarning": "2mb", "maximumError": "5mb"}]}}}}}}}\n'
    r = _one(tmp_path, {**ANGULAR, "frontend/flore/angular.json": angular}, "interoperability.accessibility-and-ecodesign")
    present = r["message"]["en"].split("missing")[0]
    assert "page weight budget (build or CI)" in present and "in CI" not in present.replace("(build or CI)", ""), r["message"]


def _plugin() -> dict:
    ok = "".join(f'def step{i}(layer):\n    """Step {i} of the export."""\n    if layer:\n        return {i}\n    return 0\n\n\n' for i in range(12))  # (the measured code outweighs the unparsable file: named, not inconclusive)
    # a Python 3.12 f-string (a backslash inside the braces): a syntax error for an older parser
    dialog = ("class ExportDialog:\n    def summary(self, names):\n        return f\"Fichiers : {'\\n'.join(names)}\"\n\n"
              + "".join(f"    def on_click{i}(self):\n        return {i}\n\n" for i in range(40)))
    return {"README.md": "# Extension QGIS\n", "metadata.txt": "[general]\nname=Export\nqgisMinimumVersion=3.22\n",
            "export_dialog.py": dialog, "export.py": ok, "utils.py": ok.replace("step", "util")}


def test_a_file_the_parser_cannot_read_is_counted_and_named(tmp_path):
    """s10 reads (a communauté de communes' QGIS plugin): its main dialog, a Python 3.12 f-string with a backslash, could not be
    parsed and was left out of maintainability and code-comments in silence ('Left out: 0 vendored, … 0 beyond the limits')."""
    files = _plugin()
    r = _one(tmp_path, files, "reusability.maintainability")
    assert "1 code file(s) could not be parsed (for example export_dialog.py)" in r["message"]["en"], r["message"]
    assert "1 unparsable" in str(r["evidence"]) and any(e.get("path") == "export_dialog.py" for e in r["evidence"]), r["evidence"]
    r = _one(tmp_path, files, "documentation.code-comments", "c")
    assert "1 unreadable, minified or unparsable file(s) left out (for example export_dialog.py)" in r["message"]["en"], r["message"]


def test_a_utf16_file_is_scanned_for_secrets(tmp_path):
    """Hostile corpus (s11): a UTF-16 file (a Windows editor's settings, a PowerShell-written file) was binary to the secrets scan
    ('No secret detected in 0 files') while the code measures read it: its literal password went unseen."""
    script = 'import psycopg2\n\nconn = psycopg2.connect(host="gis.example.org", user="loader", password="Vb82kLq3Ze")\n'
    files = {"README.md": "# Outil\n", "scripts/load.py": "\ufeff".encode("utf-16-le") + script.encode("utf-16-le")}
    r = _one(tmp_path, files, "reusability.secrets")
    assert r["status"] == "fail" and any(e.get("path") == "scripts/load.py" and e.get("line") == 3 for e in r["evidence"]), r


def test_a_publiccode_file_not_in_utf8_is_said_so_without_an_empty_key(tmp_path):
    """Hostile corpus (s11): a publiccode.yml saved in Latin-1 (or UTF-16) was 'invalid: 1 error(s), including '': the file must
    be UTF-8 encoded', and its advice 'Fix in publiccode.yml: : the file must…': an error of the whole file names no key."""
    yml = "publiccodeYmlVersion: '0.4'\nname: Démarches\nurl: https://example.org/x.git\n".encode("latin-1")
    r = _one(tmp_path, {"README.md": "# Outil\n", "publiccode.yml": yml}, "documentation.publiccode")
    assert r["message"]["en"] == "Invalid publiccode.yml: 1 error(s), including the whole file's: the file must be UTF-8 encoded.", r["message"]
    assert "''" not in str(r["remediation"]) and ": :" not in str(r["remediation"]), r["remediation"]


def test_a_long_python_literal_and_a_binary_py_file_never_reach_radons_line_by_line_count(tmp_path, monkeypatch):
    """Hostile corpus (s11): radon's raw count re-tokenizes a bracketed expression once per line it spans, and a file of random
    bytes named .py line by line: a 1,000-line dict (a table of communes) cost 141 s, 20 KB of garbage 105 s, in code-comments.
    The file is parsed first (garbage is unparsable at once) and a long literal's lines are counted in one pass."""
    import radon.raw

    def refuse(text):
        raise RuntimeError("radon's raw count called on a long literal or on garbage")

    monkeypatch.setattr(radon.raw, "analyze", refuse)
    monkeypatch.setenv("AUDITOR_WORKERS", "0")
    table = '"""Communes of the area."""\n\n# code INSEE -> name\nCOMMUNES = {\n' + "".join(f"    '{29000 + i}': 'Commune {i}',\n" for i in range(1000)) + "}\n"
    garbage = bytes(range(1, 256)) * 40
    files = {"README.md": "# Outil\n", "communes.py": table, "blob.py": garbage}
    r = _one(tmp_path, files, "documentation.code-comments")
    assert r["status"] not in ("error", "inconclusive"), r["message"]
    assert r["message"]["en"].startswith("1 file(s) analysed") and "blob.py" in r["message"]["en"], r["message"]
    from auditor.facts.comments import python_metrics
    m = python_metrics(table)
    assert (m["loc"], m["comment_lines"], m["code_lines"]) == (1005, 1, 1002), m  # (radon: a one-line docstring is neither code nor a comment line)

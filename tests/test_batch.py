"""``auditor batch``: a portfolio of fixture repositories served over loopback, with failures, SIGKILL and --resume."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor.portfolio import load_portfolio
from auditor.reports.spreadsheet import export_csv, export_xlsx
from auditor.report import validate_report
from tests.gitrepo import make_repo

MIT = """MIT License

Copyright (c) 2025 Ville de Test

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

README = ("# Service de test\n\nUn service numérique de la transition écologique pour les collectivités : "
          + "il aide les agents à suivre les consommations d'énergie des bâtiments publics. " * 4
          + "\n\n## Installation\n\n```\nnpm install\n```\n\n## Utilisation\n\nLancer `npm start`.\n\n## Licence\n\nMIT\n")
PHASES = ["candidate", "investigation", "acceleration", "transfer"]


def project_files(i: int) -> dict:
    """Varied fixtures: some licensed, some documented, some with a manifest."""
    files = {"src/app.js": f"console.log({i});\n"}
    if i % 2 == 0:
        files["LICENSE"] = MIT
    files["README.md"] = README if i % 3 != 0 else f"# p{i}\n"
    if i % 4 == 1:
        files["package.json"] = json.dumps({"name": f"p{i}", "version": "1.0.0", "dependencies": {"left-pad": "1.3.0"}})
    return files


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"git://127.0.0.1:{port}/nobody/home"


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the CLI in this process (the license index and imports are loaded once for the whole session)."""
    from contextlib import redirect_stderr, redirect_stdout
    from unittest import mock

    from auditor.cli import main

    out, err = io.StringIO(), io.StringIO()
    with mock.patch.dict(os.environ, {"CI": "true", **(env or {})}), redirect_stdout(out), redirect_stderr(err):
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return subprocess.CompletedProcess(["auditor", *args], code, out.getvalue(), err.getvalue())


def write_portfolio(path: Path, entries: list[dict], extra: str = "") -> Path:
    import yaml

    path.write_text(yaml.safe_dump({"projects": entries}, allow_unicode=True, sort_keys=False) + extra, encoding="utf-8")
    return path


def serve_projects(tmp_path: Path, git_server, n: int, prefix: str = "p") -> list[dict]:
    entries = []
    for i in range(n):
        src = make_repo(tmp_path / "src" / f"{prefix}{i}", [
            {"files": {"README.md": "# start\n"}, "date": "2025-03-01T10:00:00Z"},
            {"files": project_files(i), "date": "2026-10-01T10:00:00Z"},
        ])
        url = git_server.serve(src, f"territoires/{prefix}{i}")
        entries.append({"id": f"{prefix}{i}", "name": f"Projet {i}", "repository": url, "phase": PHASES[i % 4],
                        "territory": f"Territoire {i % 3}", "tags": ["énergie" if i % 2 else "mobilité", "eau"] if i % 3 == 0 else ["énergie"],
                        "contact": f"p{i}@example.org"})
    return entries


def test_portfolio_of_a_dozen_with_unreachable_and_timeout(tmp_path, git_server, silent_server):
    entries = serve_projects(tmp_path, git_server, 10)
    entries[3]["name"] = "<script>alert('x')</script> =HYPERLINK(\"http://evil\")"
    entries.append({"id": "unreachable", "name": "Injoignable", "repository": closed_port_url(), "phase": "candidate"})
    entries.append({"id": "silent", "name": "Muet", "repository": silent_server, "phase": "candidate", "token_env": "SILENT_TOKEN"})
    pf = write_portfolio(tmp_path / "portfolio.yml", entries,
                         extra="- name: sans dépôt\n  phase: candidate\n- id: bad/id\n  repository: https://gitlab.com/g/p\n")
    out = tmp_path / "out"
    t0 = time.monotonic()
    r = run_cli("batch", str(pf), "-o", str(out), "--jobs", "2", "--timeout", "2", "--db", str(tmp_path / "h.sqlite"),
                env={"SILENT_TOKEN": "s3cr3t-t0ken-value"})
    elapsed = time.monotonic() - t0
    assert r.returncode == 1, r.stderr  # two projects failed: the batch says so by its exit code, and why on one line
    assert "auditor: batch: exit 1: 2 project(s) failed to audit" in r.stderr
    assert elapsed < 120  # a bound against hanging on the silent server, not a speed target (the machine may be loaded)
    # Invalid entries are reported by line and skipped.
    lines = pf.read_text().splitlines()
    no_repo_line = next(i for i, ln in enumerate(lines, 1) if "sans dépôt" in ln)
    assert f"line {no_repo_line}: no repository URL" in r.stderr
    assert "bad/id" in r.stderr
    assert "s3cr3t" not in r.stderr + r.stdout
    # Plain log lines in CI, one per project.
    assert r.stderr.count("batch: [") == 12
    manifest = json.loads((out / "batch.json").read_text())
    by_id = {p["id"]: p for p in manifest["projects"]}
    assert len(by_id) == 12 and manifest["finished_at"]
    assert [p for p in by_id if by_id[p]["status"] != "ok"] == ["unreachable", "silent"]
    assert by_id["unreachable"]["kind"] == "unreachable"
    assert by_id["silent"]["kind"] == "timeout" and "timed out" in by_id["silent"]["reason"]
    assert len(manifest["invalid_entries"]) == 2
    # Reports: JSON (valid) for each audited project; the error file with the reason for the others.
    for i in range(10):
        rep = json.loads((out / "projects" / f"p{i}.json").read_text())
        assert validate_report(rep) == []
        assert rep["target"]["input"] == entries[i]["repository"]
    from auditor.reports import formats

    if "html" in formats():
        assert (out / "projects" / "p0.html").exists()
    err = json.loads((out / "projects" / "silent.error.json").read_text())
    assert err["kind"] == "timeout"
    assert "s3cr3t" not in json.dumps(manifest) + err["reason"]
    # The dashboard lists the failures with their reasons, escapes names, links each report.
    html = (out / "index.html").read_text()
    assert "Audits en échec (2)" in html
    assert "errno=Connection refused" in html or "Connection refused" in html
    assert "timed out" in html
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert 'href="projects/p1.json"' in html
    assert "Répartition par niveau" in html
    # CSV and XLSX: one row per project, the right ones.
    rows = list(csv.DictReader(io.StringIO((out / "portfolio.csv").read_text())))
    assert [row["identifiant"] for row in rows] == [f"p{i}" for i in range(10)] + ["unreachable", "silent"]
    assert rows[10]["statut"] == "échec" and "refused" in rows[10]["motif de l'échec"]
    assert all(row["score global"] for row in rows[:10]) and not rows[11]["score global"]
    assert rows[3]["projet"].startswith("'<script>") or rows[3]["projet"].startswith("<script>")
    from openpyxl import load_workbook

    wb = load_workbook(out / "portfolio.xlsx")
    ws = wb.active
    data = [[c.value for c in row] for row in ws.iter_rows()]
    assert len(data) == 13
    header = data[0]
    assert data[1][header.index("identifiant")] == "p0"
    assert isinstance(data[2][header.index("score global")], (int, float))  # a number (53.0 reads back as 53 from the sheet)
    assert data[12][header.index("motif de l'échec")].startswith(silent_server)
    name_cell = ws.cell(row=5, column=header.index("projet") + 1)
    assert name_cell.data_type == "s" and name_cell.value.startswith("<script>")
    # Links to each report and to the repository, family scores, the phase in words.
    html_col = header.index("rapport HTML") + 1
    assert ws.cell(row=2, column=html_col).hyperlink.target == "projects/p0.html"
    assert ws.cell(row=2, column=header.index("dépôt") + 1).hyperlink is None or "127.0.0.1" in ws.cell(row=2, column=header.index("dépôt") + 1).value
    assert "Licence" in header and isinstance(data[1][header.index("Licence")], (int, float))
    assert data[1][header.index("phase")] in ("Candidature", "Instruction", "Accélération", "Transfert")
    # No temporary file and no lock file left behind by a complete run.
    assert not list(out.rglob("*.part"))
    assert not (out / ".batch.lock").exists()


def _normalise(obj, top=True):
    """A report without its timestamps and durations, nor the facts that depend on the audit's time (keyed by as_of)."""
    drop = {"generated_at", "duration_s", "duration_ms", "as_of", "recorded_at"}
    if top and isinstance(obj, dict) and isinstance(obj.get("facts"), dict):
        from auditor.facts import FACTS, load_facts

        load_facts()
        obj = {**obj, "facts": {k: v for k, v in obj["facts"].items() if k not in FACTS or FACTS[k].cache == "commit"}}
    if isinstance(obj, dict):
        return {k: _normalise(v, False) for k, v in obj.items() if k not in drop}
    if isinstance(obj, list):
        return [_normalise(v, False) for v in obj]
    return obj


def _differences(a, b, path="", out=None):
    """Where two JSON values differ (for a readable assertion message)."""
    out = [] if out is None else out
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            _differences(a.get(k, "<missing>"), b.get(k, "<missing>"), f"{path}/{k}", out)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            _differences(x, y, f"{path}/{i}", out)
    elif a != b:
        out.append(f"{path}: {str(a)[:200]} != {str(b)[:200]}")
    return out[:20]


def test_sigkill_then_resume_matches_an_uninterrupted_run(tmp_path, git_server):
    entries = serve_projects(tmp_path, git_server, 7)
    entries.append({"id": "down", "name": "En panne", "repository": closed_port_url()})
    pf = write_portfolio(tmp_path / "portfolio.yml", entries)
    full, killed = tmp_path / "full", tmp_path / "killed"
    env = dict(os.environ, CI="true")
    # Three separate processes, so that the three runs load the same code (not this session's modules).
    def sub(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "auditor", *args], capture_output=True, text=True, env=env, timeout=120)

    r = sub("batch", str(pf), "-o", str(full), "--jobs", "1", "--db", str(tmp_path / "a.sqlite"))
    assert r.returncode == 1, r.stderr  # one project is unreachable

    proc = subprocess.Popen([sys.executable, "-m", "auditor", "batch", str(pf), "-o", str(killed), "--jobs", "1",
                             "--db", str(tmp_path / "b.sqlite")], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if any(p.suffix == ".json" for p in (killed / "projects").glob("p*.json")) if (killed / "projects").exists() else False:
            break
        time.sleep(0.005)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    done = sorted(p.name for p in (killed / "projects").glob("*.json"))
    assert done, "the batch was killed before its first report"
    assert len(done) < 8, "the batch finished before it could be killed"
    # Whatever is there is complete: every visible JSON parses.
    for p in (killed / "projects").glob("*.json"):
        json.loads(p.read_text())
    assert not (killed / "index.html").exists()
    assert json.loads((killed / "batch.json").read_text())["finished_at"] is None

    r = sub("batch", str(pf), "-o", str(killed), "--jobs", "2", "--resume", "--db", str(tmp_path / "b.sqlite"))
    assert r.returncode == 1, r.stderr  # one project is unreachable
    assert not list(killed.rglob("*.part"))  # a killed run's leftovers are cleared
    assert "kept from the interrupted run" in r.stderr
    names = lambda d: sorted(p.name for p in (d / "projects").iterdir() if not p.name.startswith("."))  # noqa: E731
    assert names(killed) == names(full)
    for name in names(full):
        if name.endswith(".json") and not name.endswith(".error.json"):
            a = json.loads((full / "projects" / name).read_text())
            b = json.loads((killed / "projects" / name).read_text())
            assert _normalise(a) == _normalise(b), (name, _differences(_normalise(a), _normalise(b)))
    ea = json.loads((full / "projects" / "down.error.json").read_text())
    eb = json.loads((killed / "projects" / "down.error.json").read_text())
    assert (ea["kind"], ea["reason"].split(":")[0]) == (eb["kind"], eb["reason"].split(":")[0])

    def table(d):
        rows = list(csv.DictReader(io.StringIO((d / "portfolio.csv").read_text())))
        return [{k: v for k, v in row.items() if k not in ("date d'audit", "motif de l'échec")} for row in rows]

    assert table(full) == table(killed)
    # Each project recorded once in the resumed batch's history.
    from auditor.history import open_store

    with open_store(tmp_path / "b.sqlite") as store:
        n = sum(len(store.rows(k)) for k in store.keys())
    assert n == 7


def test_csv_portfolio_with_columns_and_invalid_lines(tmp_path):
    src = make_repo(tmp_path / "r", [{"files": {"README.md": README, "LICENSE": MIT}}])
    text = ("Nom du projet;Dépôt;Phase;Thématiques\n"
            f"Vélo;{src};accélération;mobilité, vélo\n"
            ";;;\n"
            "Sans dépôt;;candidature;\n"
            f"Mauvaise phase;{src};rêverie;\n"
            f"\"Nom\nsur deux lignes\";{src};transfert;eau\n"
            "Pas une cible;ftp://example.org/x;;\n")
    pf = tmp_path / "export.csv"
    pf.write_text(text, encoding="utf-8")
    projects, errors = load_portfolio(pf, url_column="Dépôt", name_column="Nom du projet")
    assert [p.name for p in projects] == ["Vélo", "Nom\nsur deux lignes"]
    assert projects[0].phase == "acceleration" and projects[0].tags == ["mobilité", "vélo"]
    assert projects[1].phase == "transfer"
    assert [(e.line, e.message.split(" ")[0]) for e in errors] == [(4, "no"), (5, "phase"), (8, "not")]
    with pytest.raises(Exception, match="no column 'URL'"):
        load_portfolio(pf, url_column="URL")
    out = tmp_path / "out"
    r = run_cli("batch", str(pf), "--url-column", "Dépôt", "--name-column", "Nom du projet", "-o", str(out), "--no-history", "--jobs", "2")
    assert r.returncode == 0, r.stderr
    assert "line 5: phase 'rêverie'" in r.stderr
    assert not (Path(os.environ["XDG_DATA_HOME"]) / "readiness-auditor" / "history.sqlite").exists()
    rows = list(csv.DictReader(io.StringIO((out / "portfolio.csv").read_text())))
    assert [row["projet"] for row in rows] == ["Vélo", "Nom\nsur deux lignes"]


def test_exports_neutralise_formulas_and_keep_numbers():
    rows = [{"id": "a", "name": "=cmd|' /C calc'!A0", "url": "https://x/y", "tags": ["@t"], "status": "ok", "overall": 42.5,
             "criteria": {"open_source": 50.0}}]
    crit = [{"id": "open_source", "title": {"fr": "Open source", "en": "Open source"}}]
    text = export_csv(rows, crit)
    row = list(csv.DictReader(io.StringIO(text)))[0]
    assert row["projet"].startswith("'=") and row["étiquettes"] == "'@t" and row["score global"] == "42.5"
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(export_xlsx(rows, crit)))
    cell = wb.active["B2"]
    assert cell.data_type == "s" and cell.value.startswith("=cmd")
    assert wb.active["K2"].value == 42.5


def test_csv_export_for_french_spreadsheets():
    rows = [{"id": "a", "name": "Vélo", "url": "https://x/y", "tags": [], "status": "ok", "overall": 42.5, "phase": "acceleration",
             "criteria": {"open_source": 50.5}, "families": {"licensing": 70.5}, "report_html": "projects/a.html"}]
    crit = [{"id": "open_source", "title": {"fr": "Open source", "en": "Open source"}}]
    text = export_csv(rows, crit, "fr", sep=";", bom=True)
    assert text.startswith("\ufeffidentifiant;projet;")
    row = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))[0]
    assert row["score global"] == "42,5" and row["Licence"] == "70,5" and row["phase"] == "Accélération"
    assert "acceleration" not in text
    assert list(csv.DictReader(io.StringIO(export_csv(rows, crit, "en"))))[0]["overall score"] == "42.5"

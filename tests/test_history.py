"""History store, ``auditor history`` and ``auditor diff``: two batches after commits that fix and break checks."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from auditor.history import HistoryStore, SCHEMA_VERSION, db_url, diff_reports, open_store
from auditor.reports.diff import render_diff
from tests.gitrepo import git, make_repo
from tests.test_batch import MIT, README, run_cli, write_portfolio


def _push(src: Path, tmp_path: Path, rel: str) -> None:
    git(src, "push", "-q", "--force", str(tmp_path / "served" / f"{rel}.git"), "main")


def _commit(src: Path, files: dict, message: str) -> None:
    for name, text in files.items():
        p = src / name
        if text is None:
            p.unlink()
        else:
            p.write_text(text, encoding="utf-8")
    git(src, "add", "-A")
    git(src, "commit", "-q", "-m", message)


def test_two_batches_history_and_diff(tmp_path, git_server):
    fixme = make_repo(tmp_path / "src" / "fixme", [{"files": {"README.md": README, "app.py": "print(1)\n"}}])
    breakme = make_repo(tmp_path / "src" / "breakme", [{"files": {"README.md": README, "LICENSE": MIT, "app.py": "print(2)\n"}}])
    steady = make_repo(tmp_path / "src" / "steady", [{"files": {"README.md": README, "LICENSE": MIT}}])
    urls = {n: git_server.serve(p, f"g/{n}") for n, p in (("fixme", fixme), ("breakme", breakme), ("steady", steady))}
    pf = write_portfolio(tmp_path / "pf.yml", [{"id": n, "name": n.title(), "repository": u, "phase": "acceleration"} for n, u in urls.items()])
    db = str(tmp_path / "history.sqlite")
    r = run_cli("batch", str(pf), "-o", str(tmp_path / "b1"), "--jobs", "2", "--db", db)
    assert r.returncode == 0, r.stderr
    b1 = {n: json.loads((tmp_path / "b1" / "projects" / f"{n}.json").read_text()) for n in urls}
    status1 = {n: {x["id"]: x["status"] for x in rep["results"]} for n, rep in b1.items()}
    assert status1["fixme"]["licensing.license-file"] == "fail"
    assert status1["breakme"]["licensing.license-file"] == "pass"
    assert "history" not in b1["fixme"]

    _commit(fixme, {"LICENSE": MIT}, "Add the license")
    _commit(breakme, {"LICENSE": None, "README.md": "# x\n"}, "Oops")
    _push(fixme, tmp_path, "g/fixme")
    _push(breakme, tmp_path, "g/breakme")
    time.sleep(1.1)  # as_of has second precision: keep the two batches apart
    r = run_cli("batch", str(pf), "-o", str(tmp_path / "b2"), "--jobs", "2", "--db", db)
    assert r.returncode == 0, r.stderr
    b2 = {n: json.loads((tmp_path / "b2" / "projects" / f"{n}.json").read_text()) for n in urls}
    # The second batch's reports carry the first as history (for the HTML trend).
    hist = b2["fixme"]["history"]
    assert len(hist) == 1 and hist[0]["commit"] == b1["fixme"]["target"]["commit"]
    assert set(hist[0]) == {"as_of", "commit", "overall", "level", "criteria"} and set(hist[0]["criteria"]) == {"open_source", "scaling"}
    # The dashboard and the CSV show each project's change since the previous batch.
    rows = {row["identifiant"]: row for row in csv.DictReader(io.StringIO((tmp_path / "b2" / "portfolio.csv").read_text()))}
    assert float(rows["fixme"]["évolution"]) > 0 and float(rows["breakme"]["évolution"]) < 0
    assert float(rows["steady"]["évolution"]) == 0
    assert float(rows["fixme"]["score précédent"]) == b1["fixme"]["scores"]["overall"]
    html = (tmp_path / "b2" / "index.html").read_text()
    assert "nouveau" not in html.split("<tbody>")[1].split("</tbody>")[0]

    # history: table with a sparkline, JSON and CSV.
    r = run_cli("history", urls["fixme"], "--db", db)
    assert r.returncode == 0, r.stderr
    assert "2 audits" in r.stdout and any(ch in r.stdout for ch in "▁▂▃▄▅▆▇█")
    r = run_cli("history", urls["fixme"] + ".git", "--db", db, "--format", "json")
    audits = json.loads(r.stdout)["audits"]
    assert [a["commit"] for a in audits] == [b1["fixme"]["target"]["commit"], b2["fixme"]["target"]["commit"]]
    assert audits[1]["overall"] > audits[0]["overall"]
    r = run_cli("history", urls["breakme"], "--db", db, "--format", "csv")
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert len(table) == 2 and float(table[1]["overall"]) < float(table[0]["overall"])
    r = run_cli("history", "git://127.0.0.1:1/never/audited", "--db", db)
    assert r.returncode == 2 and "no audit" in r.stderr

    # diff of two report files: fixed, regressed; Markdown for the coach.
    r = run_cli("diff", str(tmp_path / "b1" / "projects" / "fixme.json"), str(tmp_path / "b2" / "projects" / "fixme.json"), "--format", "md")
    assert r.returncode == 0, r.stderr
    md = r.stdout
    assert md.startswith("# Évolution")
    fixed = md.split("## Corrigés")[1].split("##")[0]
    assert "`licensing.license-file`" in fixed
    r = run_cli("diff", str(tmp_path / "b1" / "projects" / "breakme.json"), str(tmp_path / "b2" / "projects" / "breakme.json"),
                "--format", "json")
    d = json.loads(r.stdout)
    assert "licensing.license-file" in [x["id"] for x in d["regressed"]]
    assert "documentation.readme" in [x["id"] for x in d["regressed"]]
    assert d["overall"]["delta"] < 0
    # diff of a target since a date, from the store.
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    r = run_cli("diff", urls["fixme"], "--since", yesterday, "--db", db, "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert "Fixed (" in r.stdout and "licensing.license-file" in r.stdout


def test_audit_records_history_and_no_history_skips(tmp_path):
    src = make_repo(tmp_path / "r", [{"files": {"README.md": README}}])
    db = tmp_path / "h.sqlite"
    r = run_cli("audit", str(src), "-f", "json", "--db", str(db))
    assert r.returncode == 0, r.stderr
    assert "history" not in json.loads(r.stdout)
    _commit(src, {"LICENSE": MIT}, "license")
    r = run_cli("audit", str(src), "-f", "json", "--db", str(db))
    rep = json.loads(r.stdout)
    assert len(rep["history"]) == 1 and rep["history"][0]["overall"] < rep["scores"]["overall"]
    from auditor.report import validate_report

    assert validate_report(rep) == []
    r = run_cli("audit", str(src), "-f", "json", "--no-history", "--db", str(tmp_path / "none.sqlite"))
    assert r.returncode == 0 and not (tmp_path / "none.sqlite").exists()
    # Default store: the XDG data folder.
    r = run_cli("audit", str(src), "-q")
    assert (Path(os.environ["XDG_DATA_HOME"]) / "readiness-auditor" / "history.sqlite").exists()
    # A broken store is a warning, never a failed audit.
    bad = tmp_path / "notadb.sqlite"
    bad.write_text("garbage " * 100)
    r = run_cli("audit", str(src), "-q", "--db", str(bad))
    assert r.returncode == 0 and "not recorded in the history store" in r.stderr


def _report(commit: str, statuses: dict, overall: float, level: str, rank: int) -> dict:
    return {"target": {"input": "x", "commit": commit, "as_of": "2026-01-01T00:00:00+00:00"},
            "scores": {"overall": overall, "level": {"id": level, "rank": rank, "title": {"fr": level, "en": level}},
                       "criteria": {"open_source": {"score": overall, "title": {"fr": "Open source", "en": "Open source"}}}},
            "results": [{"id": k, "family": k.split(".")[0], "status": s, "score": {"pass": 10, "warn": 5, "fail": 0}.get(s),
                         "title": {"fr": f"titre {k}", "en": f"title {k}"}} for k, s in statuses.items()]}


def test_diff_classifies_and_escapes_markdown():
    old = _report("a" * 40, {"l.a": "fail", "l.b": "pass", "l.c": "warn", "l.d": "fail", "l.e": "pass"}, 40, "ferme", 0)
    new = _report("b" * 40, {"l.a": "pass", "l.b": "fail", "l.c": "fail", "l.d": "warn", "l.f": "pass", "l.e": "inconclusive"}, 55, "publie", 1)
    new["results"][0]["title"]["fr"] = "titre | avec <b>balise</b> *étoile*"
    d = diff_reports(old, new)
    assert [x["id"] for x in d["fixed"]] == ["l.a"]
    assert [x["id"] for x in d["regressed"]] == ["l.b", "l.c", "l.e"]
    assert [x["id"] for x in d["improved"]] == ["l.d"]
    assert [x["id"] for x in d["new"]] == ["l.f"]
    assert d["level"]["direction"] == "up" and d["overall"]["delta"] == 15
    md = render_diff(d, "fr", "md")
    assert "\\<b\\>" in md and "\\|" in md and "<b>" not in md


def test_migrations_are_versioned_and_upgrade_an_old_store(tmp_path):
    url = db_url(tmp_path / "old.sqlite")
    old = HistoryStore(url, migrate_to=1)
    assert old.version() == 1
    from sqlalchemy import text

    with old.engine.begin() as conn:
        conn.execute(text("INSERT INTO audits (target_key, as_of, overall, level_id, scores_json, report_json) "
                          "VALUES ('k', '2025-01-31T23:59:59+00:00', 12.5, 'ferme', '{\"criteria\": {\"open_source\": 10}}', '{}')"))
    old.close()
    store = HistoryStore(url)
    assert store.version() == SCHEMA_VERSION == 2
    assert store.migrate() == []  # idempotent
    items = store.history_items("k")
    assert items == [{"as_of": "2025-01-31T23:59:59+00:00", "commit": None, "overall": 12.5, "level": "ferme", "criteria": {"open_source": 10}}]
    store.record({"target": {"input": "k", "kind": "remote", "commit": "c" * 40, "as_of": "2025-02-28T23:59:59+00:00"},
                  "scores": {"overall": 20.0}, "ruleset": {"id": "r", "version": "1"}}, "k", batch_id="b", project_id="p")
    assert store.has("b", "p") and len(store.rows("k")) == 2
    store.close()
    from sqlalchemy import create_engine

    eng = create_engine(url)
    with eng.begin() as conn:
        conn.execute(text("INSERT INTO auditor_schema (version, applied_at) VALUES (99, 'x')"))
    eng.dispose()
    with pytest.raises(Exception, match="newer than this version"):
        HistoryStore(url)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def postgres(tmp_path_factory):
    """A throwaway PostgreSQL server (initdb in a temp dir, pg_ctl on a loopback port), or a skip with the reason."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg (v3) is not installed: pip install readiness-auditor[postgres]")
    bins = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    initdb = shutil.which("initdb") or (str(bins[-1]) if bins else None)
    if not initdb:
        pytest.skip("no PostgreSQL server binaries (initdb) on this machine")
    bindir = Path(initdb).parent
    root = Path(tempfile.mkdtemp(prefix="auditor-pg-"))  # not under pytest's 0700 folder: the server runs as another user
    data = root / "data"
    prefix: list[str] = []
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root: run it as an unprivileged user.
        import pwd

        user = None
        for name in ("postgres", "nobody"):
            try:
                user = pwd.getpwnam(name)
                break
            except KeyError:
                continue
        runuser = shutil.which("runuser")
        if user is None or runuser is None:
            pytest.skip("running as root without an unprivileged user or runuser to start PostgreSQL")
        os.chmod(root, 0o777)
        prefix = [runuser, "-u", user.pw_name, "--"]
    port = _free_port()
    env = dict(os.environ, LC_ALL="C")
    try:
        subprocess.run([*prefix, str(bindir / "initdb"), "-D", str(data), "-U", "auditor", "--auth=trust", "-E", "UTF8", "--no-sync"],
                       check=True, capture_output=True, env=env, timeout=60, cwd=root)
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-w", "-t", "30", "-l", str(root / "log"),
                        "-o", f"-h 127.0.0.1 -p {port} -k {root} -c fsync=off", "start"],
                       check=True, capture_output=True, env=env, timeout=60, cwd=root)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        out = getattr(exc, "stderr", b"") or b""
        pytest.skip(f"could not start PostgreSQL: {out.decode(errors='replace')[-300:]}")
    yield f"postgresql://auditor@127.0.0.1:{port}/postgres"
    subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True, env=env,
                   timeout=60, cwd=root)
    shutil.rmtree(root, ignore_errors=True)


def test_same_store_on_postgresql(postgres, tmp_path):
    store = open_store(postgres)
    assert store.version() == SCHEMA_VERSION
    src = make_repo(tmp_path / "r", [{"files": {"README.md": README}}])
    r = run_cli("audit", str(src), "-q", "--db", postgres)
    assert r.returncode == 0, r.stderr
    _commit(src, {"LICENSE": MIT}, "license")
    r = run_cli("audit", str(src), "-f", "json", "--db", postgres)
    assert r.returncode == 0, r.stderr
    rep = json.loads(r.stdout)
    assert len(rep["history"]) == 1
    r = run_cli("history", str(src), "--db", postgres, "--format", "json")
    audits = json.loads(r.stdout)["audits"]
    assert len(audits) == 2 and audits[1]["overall"] > audits[0]["overall"]
    rows = store.rows(audits[0] and json.loads(r.stdout)["target"])
    assert store.report(rows[-1]["id"])["target"]["commit"] == rep["target"]["commit"]
    store.close()

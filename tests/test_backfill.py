"""``auditor audit TARGET --backfill monthly --since DATE``: a project's trajectory from two years of dated commits."""

from __future__ import annotations

import json
from datetime import date

from auditor.acquire import previous_dates
from auditor.history import open_store
from tests.gitrepo import git, make_repo
from tests.test_batch import MIT, README, run_cli

COMMITS = [
    {"files": {"README.md": "# p\n", "app.py": "print(0)\n"}, "date": "2024-01-10T10:00:00Z"},
    {"files": {"app.py": "print(1)\n"}, "date": "2024-02-12T10:00:00Z"},
    {"files": {"app.py": "print(2)\n"}, "date": "2024-04-02T10:00:00Z"},
    {"files": {"LICENSE": MIT}, "date": "2024-06-15T10:00:00Z", "message": "license"},
    {"files": {"README.md": README}, "date": "2024-09-20T10:00:00Z", "message": "docs"},
    {"files": {"app.py": "print(3)\n"}, "date": "2025-01-31T22:00:00Z"},
    {"files": {"package.json": '{"name": "p", "version": "1.0.0", "dependencies": {"a": "1.0.0"}}'}, "date": "2025-03-05T10:00:00Z"},
    {"files": {"LICENSE": None}, "date": "2025-08-01T10:00:00Z", "message": "oops, the license"},
    {"files": {"LICENSE": MIT}, "date": "2025-11-10T10:00:00Z", "message": "license back"},
]


def _month_end_commit(src, day: date) -> str:
    return git(src, "rev-list", "-1", f"--before={day.isoformat()}T23:59:59+00:00", "HEAD").strip()


def test_monthly_backfill_gives_the_trajectory(tmp_path, git_server):
    src = make_repo(tmp_path / "proj", COMMITS)
    url = git_server.serve(src, "ville/proj")
    db = str(tmp_path / "h.sqlite")
    r = run_cli("audit", url, "--backfill", "monthly", "--since", "2023-12-01", "--until", "2025-12-31", "--db", db)
    assert r.returncode == 0, r.stderr
    assert "2023-12-31" in r.stderr and "no commit on or before 2023-12-31" in r.stderr
    days = previous_dates(date(2024, 1, 1), date(2025, 12, 31), "monthly")
    assert len(days) == 24
    with open_store(db) as store:
        (key,) = store.keys()
        rows = store.rows(key)
        reports = [store.report(r["id"]) for r in rows]
    assert [r["as_of"][:10] for r in rows] == [d.isoformat() for d in days]
    # Each point is the last commit of its month, audited as of the month's end.
    assert [r["commit_sha"] for r in rows] == [_month_end_commit(src, d) for d in days]
    assert all(rep["target"]["as_of_given"] == d.isoformat() for rep, d in zip(reports, days))
    lic = [next(x["status"] for x in rep["results"] if x["id"] == "licensing.license-file") for rep in reports]
    expected = ["fail"] * 5 + ["pass"] * 14 + ["fail"] * 3 + ["pass"] * 2  # 2024-01..05, 2024-06..2025-07, 2025-08..10, 2025-11..12
    assert lic == expected
    readme = [next(x["score"] for x in rep["results"] if x["id"] == "documentation.readme") for rep in reports]
    assert readme[8] > readme[7]  # the README grew in 2024-09
    overall = [r["overall"] for r in rows]
    assert overall[5] > overall[4] and overall[19] < overall[18] and overall[22] > overall[21]
    # The fact cache is keyed by commit: one computation per distinct commit, not per point.
    distinct = len({r["commit_sha"] for r in rows})
    assert distinct == 9
    cached = list((tmp_path / "home").glob("**/facts/*/*-license-v*.json")) or None
    if cached is not None:
        assert len(cached) == distinct
    # A re-run replaces its points instead of doubling them; the history command shows the trajectory.
    r = run_cli("audit", url, "--backfill", "monthly", "--since", "2025-10-01", "--until", "2025-12-31", "--db", db, "-q")
    assert r.returncode == 0, r.stderr
    r = run_cli("history", url, "--db", db, "--format", "json")
    audits = json.loads(r.stdout)["audits"]
    assert len(audits) == 24 and [a["overall"] for a in audits] == overall
    # A later audit of the target gets the backfilled trajectory as its history.
    r = run_cli("audit", url, "-f", "json", "--db", db)
    rep = json.loads(r.stdout)
    assert len(rep["history"]) == 24 and rep["history"][0]["as_of"].startswith("2024-01-31")


def test_weekly_backfill_and_usage_errors(tmp_path):
    src = make_repo(tmp_path / "proj", COMMITS)
    r = run_cli("audit", str(src), "--backfill", "weekly", "--since", "2024-06-01", "--until", "2024-06-30", "--no-history")
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("  2024-06-") == 5  # the Sundays 2, 9, 16, 23 and 30 June 2024
    assert not (tmp_path / "home" / "data" / "readiness-auditor" / "history.sqlite").exists()
    r = run_cli("audit", str(src), "--backfill", "monthly")
    assert r.returncode == 2 and "--since" in r.stderr
    r = run_cli("audit", str(src), "--backfill", "monthly", "--since", "2024-01-01", "--as-of", "2024-05-01")
    assert r.returncode == 2
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "README.md").write_text("# x\n")
    r = run_cli("audit", str(folder), "--backfill", "monthly", "--since", "2024-01-01")
    assert r.returncode == 2 and "git repository" in r.stderr


def test_per_blob_memo_analyses_an_unchanged_file_once(tmp_path):
    from datetime import datetime, timezone

    from auditor.acquire import acquire, select_commit
    from auditor.context import AuditContext
    from auditor.snapshot import GitSnapshot
    from auditor.target import parse_target

    src = make_repo(tmp_path / "p", [
        {"files": {"a.py": "print(1)\n", "b.py": "print(2)\n"}, "date": "2025-01-10T10:00:00Z"},
        {"files": {"b.py": "print(3)\n"}, "date": "2025-02-10T10:00:00Z"},
    ])
    target = parse_target(str(src))
    acq = acquire(target)
    calls: list[str] = []

    def analyse(entry):
        calls.append(entry.path)
        return {"lines": 1}

    for day in (date(2025, 1, 31), date(2025, 2, 28)):
        commit, _ = select_commit(acq.git_dir, None, day, "p")
        with GitSnapshot(acq.git_dir, commit) as snap:
            ctx = AuditContext(snap, target, datetime.now(timezone.utc))
            for path in ("a.py", "b.py"):
                assert ctx.per_blob("test-lines", 1, snap.files[path], analyse) == {"lines": 1}
    assert sorted(calls) == ["a.py", "b.py", "b.py"]  # a.py unchanged: analysed once for both months

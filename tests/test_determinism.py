"""Same input, same report: no verdict, score or count depends on time or the machine's load."""

from __future__ import annotations

import time
from datetime import date

from auditor import context
from auditor.engine import AuditOptions, audit
from auditor.report import to_json
from auditor.snapshot import BudgetExceeded

# Fields that measure the run itself, not the repository.
RUN_FIELDS = {"generated_at", "duration_s", "duration_ms", "seconds", "observed_at"}

PY = '"""Module {i}."""\n\n\ndef f{i}(x):\n    """Double x."""\n    # twice\n    return 2 * x\n\n\ndef g{i}(y):\n    if y:\n        return 1\n    return 0\n'
JS = "/** Add. */\nexport function add{i}(a, b) {{\n  // sum\n  return a + b;\n}}\nexport function sub{i}(a, b) {{ return a - b; }}\n"


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in RUN_FIELDS}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _files():
    files = {"README.md": "# Stationnement\n\nCalcule les places de vélo de la ville.\n" * 5, "LICENSE": "MIT License\n"}
    files.update({f"src/m{i:02}.py": PY.format(i=i) for i in range(25)})
    files.update({f"web/a{i:02}.js": JS.format(i=i) for i in range(25)})
    files["config/.env"] = "DB_PASSWORD=changeme\n"
    return files


def _audit(path, tmp_path, name):
    context._BLOB_MEMO.clear()  # a second audit in this process must analyse every file again
    opts = AuditOptions(cache_dir=tmp_path / name, offline=True, budget=1e9, as_of=date(2025, 6, 30))
    opts.config.fact_cache = False
    opts.config.network = False
    return audit(str(path), opts)


def test_same_commit_same_report_under_a_slow_analyser(repo, tmp_path, monkeypatch):
    """A loaded machine is simulated by analysers that sleep and make the clock jump a minute per file."""
    path = repo([{"files": _files(), "date": "2025-06-02T10:00:00Z", "author": ("Alice", "alice@ville-exemple.fr")}])
    quiet = _audit(path, tmp_path, "quiet")

    from auditor.facts import comments
    from auditor.facts import code

    skew = [0.0]
    real_monotonic, real_perf = time.monotonic, time.perf_counter
    monkeypatch.setattr(time, "monotonic", lambda: real_monotonic() + skew[0])
    monkeypatch.setattr(time, "perf_counter", lambda: real_perf() + skew[0])

    def slowed(func):
        def run(*args, **kwargs):
            time.sleep(0.01)
            skew[0] += 60.0
            return func(*args, **kwargs)
        return run

    for module, name in ((comments, "python_metrics"), (comments, "token_metrics"), (code, "measure")):
        monkeypatch.setattr(module, name, slowed(getattr(module, name)))
    loaded = _audit(path, tmp_path, "loaded")
    assert skew[0] >= 60 * 50  # the slowed analysers really ran, an hour of clock for each one
    assert to_json(_strip(quiet)) == to_json(_strip(loaded))
    r = {x["id"]: x for x in loaded["results"]}
    assert r["documentation.code-comments"]["details"]["left_out"] == {"too_large": 0, "beyond_max_files": 0, "beyond_max_bytes": 0, "unparsed": 0}
    assert loaded["facts"]["code"]["files_measured"] == 50 and loaded["facts"]["code"]["complete"] is True


def test_time_budget_stops_the_checks_it_interrupts_never_changes_a_verdict(repo, tmp_path, monkeypatch):
    """A budget that runs out while checks read files stops their work: those checks are inconclusive with the reason, the
    report's notes say so, every other check keeps the verdict of a full audit (s11: a portal of 8,792 files gave no report at all,
    "per-file analyses: the analysis time budget is exhausted")."""
    path = repo([{"files": _files()}])
    full = {r["id"]: r for r in _audit(path, tmp_path, "full")["results"]}
    from auditor.facts import code

    def too_late(*args, **kwargs):
        raise BudgetExceeded("per-file analyses: the analysis time budget is exhausted")

    monkeypatch.setattr(code, "measure", too_late)
    report = _audit(path, tmp_path, "stopped")
    stopped = [r for r in report["results"] if r["details"].get("stopped_by") == "budget"]
    assert stopped and all(r["status"] == "inconclusive" and "time budget" in r["message"]["en"] for r in stopped)
    assert "reusability.maintainability" in {r["id"] for r in stopped}
    kept = [r for r in report["results"] if r not in stopped]
    assert kept and all((r["status"], r["score"], r["message"]) == (full[r["id"]]["status"], full[r["id"]]["score"], full[r["id"]]["message"])
                        for r in kept)
    assert any("time budget" in n["en"] for n in report["notes"])
    assert BudgetExceeded().exit_code == 3  # (still the exit code when the budget runs out before any check: listing the files)


def test_two_audits_of_one_day_say_the_same_whatever_the_time_of_day(repo, tmp_path, monkeypatch):
    """A reader audited one commit at 12:17 and at 12:42 and read "1510 days ago" then "1511 days ago": the audit's
    date, not its time of day, is what day counts, windows and ages are measured from."""
    import datetime as dt

    from auditor import engine

    path = repo([{"files": {"app.py": "x = 1\n"}, "date": "2022-10-14T12:30:00Z", "author": ("Alice Martin", "alice@grenoble.fr")}])
    got = []
    for hour, minute in ((0, 5), (12, 17), (12, 42), (23, 50)):
        class Clock(dt.datetime):
            @classmethod
            def now(cls, tz=None, _h=hour, _m=minute):
                return dt.datetime(2026, 12, 2, _h, _m, tzinfo=tz)

        monkeypatch.setattr(engine, "datetime", Clock)
        report = audit(str(path), AuditOptions(cache_dir=tmp_path / f"c{hour}{minute}", offline=True, only=["maintenance.activity"]))
        got.append((report["target"]["as_of"], report["results"][0]["message"]["en"]))
    assert len(set(got)) == 1, got
    assert got[0][0].startswith("2026-12-02T23:59:59") and "1510 days ago" in got[0][1], got[0]


def test_a_report_from_the_fact_cache_is_the_report_computed_afresh(repo, tmp_path):
    """The second audit of a commit takes its facts from the cache: nothing it reports may differ from the first, not even
    the list of files left unread (a file over one reader's own bound, a file over the snapshot's cap)."""
    files = _files()
    files["web/vendor/big.min.js"] = "var a=1;" * 12_000  # 96 KB: over the 64 KB some readers allow themselves
    files["data/export.csv"] = "id;nom\n" + "1;x\n" * 2_000  # 8 KB: over the cap given below
    path = repo([{"files": files, "date": "2025-06-02T10:00:00Z", "author": ("Alice", "alice@ville-exemple.fr")}])

    def run():
        context._BLOB_MEMO.clear()
        opts = AuditOptions(cache_dir=tmp_path / "shared-cache", offline=True, budget=1e9, as_of=date(2025, 6, 30), max_blob=4096)
        opts.config.network = False
        assert opts.config.fact_cache  # the point: the second run is served from the cache
        return audit(str(path), opts)

    cold, warm = run(), run()
    assert {s["path"] for s in cold["limits"]["skipped"]} >= {"data/export.csv", "web/vendor/big.min.js"}
    assert to_json(_strip(cold)) == to_json(_strip(warm))

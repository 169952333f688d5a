"""Per-file analyses started ahead (issue 16): while the audit computes the inventory, the history
and the licences, the pool's workers already compute complexity, secrets, text signals and
comments. The values are the same as when each fact computes its own, so is the report."""

from __future__ import annotations

from auditor import blobwork
from auditor.context import AuditContext
from auditor.report import to_json
from tests.test_blobwork import _audit, _files
from tests.test_determinism import _strip


def _repo(repo):
    return repo([{"files": _files(30), "date": "2025-06-02T10:00:00Z", "author": ("Alice", "alice@ville-exemple.fr")}])


def test_analyses_started_ahead_give_the_same_report_and_are_used(repo, tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_WORKERS", "2")
    path = _repo(repo)
    collected: list[int] = []
    real_collect = blobwork._collect_ahead

    def spy(*args, **kwargs):
        values = real_collect(*args, **kwargs)
        collected.append(len(values))
        return values

    monkeypatch.setattr(blobwork, "_collect_ahead", spy)
    ahead = _audit(path, tmp_path / "a", pool=True)
    assert sum(collected) >= 60  # the facts took the values computed ahead (30 .py and 30 .js files at least)
    assert not blobwork._AHEAD and not blobwork._AHEAD_BYTES  # nothing left behind for the next audit

    monkeypatch.setattr(AuditContext, "prefetch", lambda self: None)
    collected.clear()
    plain = _audit(path, tmp_path / "b", pool=True)
    assert sum(collected) == 0
    assert to_json(_strip(ahead)) == to_json(_strip(plain))


def test_prefetch_leaves_the_fact_to_be_computed_when_asked(repo, tmp_path, monkeypatch):
    """Starting a fact ahead records neither a value nor an error for it: it is computed (and its
    partial or live marks set) by the check that asks for it."""
    monkeypatch.setenv("AUDITOR_WORKERS", "2")
    from datetime import datetime, timezone

    from auditor.context import AuditConfig
    from auditor.snapshot import GitSnapshot
    from auditor.target import parse_target
    from tests.gitrepo import git

    path = _repo(repo)
    snap = GitSnapshot(str(path / ".git"), git(path, "rev-parse", "HEAD").strip())
    ctx = AuditContext(snap, parse_target(str(path)), datetime(2025, 6, 30, tzinfo=timezone.utc),
                       AuditConfig(offline=True, network=False, fact_cache=False, extra={"pool": True}))
    blobwork.memo_clear()  # as a new process would start
    with snap:
        ctx.prefetch()
        for name in ("code", "secrets", "textscan", "code-comments"):
            assert ctx.known(name) is None
            assert name not in ctx.fact_errors
        assert blobwork._AHEAD  # submitted
        assert ctx.fact("code")["files_measured"] >= 30
        ctx.drop_prefetched()
        assert not blobwork._AHEAD


def test_a_fact_that_catches_exceptions_does_not_swallow_the_stop(repo, tmp_path, monkeypatch):
    """The stop is a BaseException: a fact's ``except Exception`` around its analysis cannot take it
    for a failure and return (and cache) a value built on nothing."""
    monkeypatch.setenv("AUDITOR_WORKERS", "2")
    from datetime import datetime, timezone

    from auditor.context import AuditConfig
    from auditor.facts import FACTS, FactSpec
    from auditor.facts.comments import measure
    from auditor.snapshot import GitSnapshot
    from auditor.target import parse_target
    from tests.gitrepo import git

    def careless(ctx):
        entries = sorted((e for e in ctx.snapshot.files.values() if e.ext == "py"), key=lambda e: e.path)
        try:
            return {"measured": len(ctx.map_blobs("test-careless", 1, entries, measure))}
        except Exception:  # noqa: BLE001 - what the test is about
            return {"measured": 0}

    monkeypatch.setitem(FACTS, "test-careless", FactSpec("test-careless", 1, careless, public=False, cache="none", ahead=True))
    path = _repo(repo)
    snap = GitSnapshot(str(path / ".git"), git(path, "rev-parse", "HEAD").strip())
    ctx = AuditContext(snap, parse_target(str(path)), datetime(2025, 6, 30, tzinfo=timezone.utc),
                       AuditConfig(offline=True, network=False, fact_cache=False, extra={"pool": True}))
    blobwork.memo_clear()
    with snap:
        ctx.prefetch()
        assert ctx.known("test-careless") is None  # stopped, not "0 measured"
        assert ctx.fact("test-careless") == {"measured": sum(p.endswith(".py") for p in _files(30))}
        ctx.drop_prefetched()


def test_started_workers_take_small_analyses_ahead_with_the_same_values(monkeypatch):
    """Once the workers are started (a tree big enough for the pool), an analysis started ahead goes to
    them even when its files are few bytes (the comments of 60 small files): same values as here."""
    import pytest

    from auditor.facts.comments import measure

    monkeypatch.setenv("AUDITOR_WORKERS", "2")
    monkeypatch.setattr(blobwork, "_STARTED", False)

    class E:
        def __init__(self, i):
            self.path, self.oid, self.kind = f"m{i:02d}.py", f"{i:040x}", "file"
            self.text = f'"""Module {i}."""\n\n\ndef f{i}(x):\n    # double\n    return 2 * x\n'
            self.size = len(self.text)

    entries = [E(i) for i in range(60)]
    assert sum(e.size for e in entries) < blobwork.INLINE_MAX_BYTES

    def read_many(group):
        return {e.path: e.text for e in group}

    def run(**kw):
        return blobwork.run("test-comments", 1, entries, read_many, measure, max_blob=None, cache=None, fingerprint="t", **kw)

    blobwork.memo_clear()
    with pytest.raises(blobwork.Ahead):
        run(ahead="audit-1")
    assert not blobwork._AHEAD  # not started: small work stays in this process
    blobwork.start_workers([10] * 60)  # a tree too small: nothing started
    with pytest.raises(blobwork.Ahead):
        run(ahead="audit-1")
    assert not blobwork._AHEAD
    blobwork.start_workers([blobwork.INLINE_MAX_BYTES] * blobwork.INLINE_MAX_FILES)
    with pytest.raises(blobwork.Ahead):
        run(ahead="audit-1")
    assert len(blobwork._AHEAD) == 60
    ahead = run()
    assert not blobwork._AHEAD
    blobwork.memo_clear()
    assert ahead == run(use_pool=False)
    blobwork.drop_ahead("audit-1")


def test_the_analysis_most_checks_wait_for_is_submitted_first(repo, tmp_path, monkeypatch):
    """The pool takes the files in the order they were submitted: the text scan (read by most checks)
    first, the complexity (read by one) last, so that the checks' own work runs beside the workers'."""
    monkeypatch.setenv("AUDITOR_WORKERS", "2")
    order: list[str] = []
    real = blobwork._submit_ahead

    def spy(owner, task, *args, **kwargs):
        order.append(task.__module__.rsplit(".", 1)[-1])
        return real(owner, task, *args, **kwargs)

    monkeypatch.setattr(blobwork, "_submit_ahead", spy)
    _audit(_repo(repo), tmp_path / "a", pool=True)
    assert order == ["textscan", "comments", "secrets", "code"]


def test_an_unchanged_commit_audited_again_starts_no_worker(repo, tmp_path, monkeypatch):
    """The analyses started ahead are those whose facts are not stored yet: an unchanged commit audited again
    with the same cache has them all, and starting the workers would only make the warm audit wait for them."""
    monkeypatch.setenv("AUDITOR_WORKERS", "2")
    started: list[int] = []
    monkeypatch.setattr(blobwork, "start_workers", lambda sizes: started.append(len(sizes)))
    path = _repo(repo)
    cold = _audit(path, tmp_path / "c", pool=True, fact_cache=True)
    assert started  # the first audit asked for them (the pool itself is forced by the test's option)
    started.clear()
    warm = _audit(path, tmp_path / "c", pool=True, fact_cache=True)
    assert started == []
    assert to_json(_strip(cold)) == to_json(_strip(warm))

"""The fact cache cannot lie: its key covers every input of a value (commit, fact code and version,
the snapshot's limits, settings, tool and plugin code), and a partial or failed value is never kept."""

from __future__ import annotations

from datetime import date

from auditor import context
from auditor.context import AuditConfig, AuditContext, FactCache
from auditor.engine import AuditOptions, audit
from auditor.facts import FACTS, FactError, fact
from auditor.report import validate_report

README = "# Observatoire\n\n" + "Un outil pour suivre le plan climat du territoire. " * 12


def opts(tmp_path, **kw):
    return AuditOptions(cache_dir=tmp_path / "cache", as_of=date(2026, 3, 31), **kw)


def test_a_limited_audit_then_a_full_one_of_the_same_commit_gets_the_full_facts(repo, tmp_path):
    files = {f"0/{i:02d}.txt": "x" for i in range(12)}  # listed before README.md
    files.update({"README.md": README, "LICENSE": "MIT License\n"})
    path = repo([{"files": files, "date": "2026-01-01T00:00:00Z"}])
    limited = audit(str(path), opts(tmp_path, max_files=3))
    assert limited["limits"]["truncated"] and limited["facts"]["files"]["readme"] is None
    full = audit(str(path), opts(tmp_path))
    assert full["target"]["commit"] == limited["target"]["commit"]
    assert full["facts"]["files"]["readme"] == "README.md"
    assert full["facts"]["files"]["count"] == 14
    assert validate_report(full) == [] and validate_report(limited) == []
    # A smaller file size limit is another input too: README.md is too large to be read at 16 bytes.
    small = audit(str(path), opts(tmp_path, max_blob=16))
    assert small["limits"]["max_blob_bytes"] == 16


def _ctx(path, tmp_path, **cfg):
    from auditor.acquire import acquire, open_snapshot
    from auditor.target import parse_target

    acq = acquire(parse_target(str(path)))
    snap = open_snapshot(acq, max_blob=1 << 20, max_files=1000, deadline=None)
    from datetime import datetime, timezone

    return snap, AuditContext(snap, acq.target or parse_target(str(path)), datetime(2026, 3, 31, tzinfo=timezone.utc),
                              AuditConfig(**cfg), FactCache(tmp_path / "facts"))


def test_partial_and_failed_values_are_never_cached_nor_what_is_built_on_them(repo, tmp_path):
    path = repo([{"files": {"a.txt": "1"}}])
    calls = {"partial": 0, "on_partial": 0, "broken": 0, "on_broken": 0, "whole": 0}

    @fact("t_partial", version=1)
    def _partial(ctx):
        calls["partial"] += 1
        ctx.partial()
        return {"n": 1}

    @fact("t_on_partial", version=1)
    def _on_partial(ctx):
        calls["on_partial"] += 1
        return {"n": ctx.fact("t_partial")["n"] + 1}

    @fact("t_broken", version=1)
    def _broken(ctx):
        calls["broken"] += 1
        raise ValueError("boom")

    @fact("t_on_broken", version=1)
    def _on_broken(ctx):
        calls["on_broken"] += 1
        try:
            ctx.fact("t_broken")
        except FactError:
            return {"without": True}
        return {"without": False}

    @fact("t_whole", version=1)
    def _whole(ctx):
        calls["whole"] += 1
        return {"n": 3}

    try:
        for _ in range(2):
            snap, ctx = _ctx(path, tmp_path)
            with snap:
                assert ctx.fact("t_on_partial") == {"n": 2}
                assert ctx.fact("t_on_broken") == {"without": True}
                assert ctx.fact("t_whole") == {"n": 3}
        assert calls == {"partial": 2, "on_partial": 2, "broken": 2, "on_broken": 2, "whole": 1}
    finally:
        for name in ("t_partial", "t_on_partial", "t_broken", "t_on_broken", "t_whole"):
            FACTS.pop(name, None)


def test_the_key_changes_with_every_input(repo, tmp_path, monkeypatch):
    path = repo([{"files": {"a.txt": "1"}}])
    snap, ctx = _ctx(path, tmp_path)
    with snap:
        spec = FACTS["files"]
        key = ctx.cache_key(spec)
        assert key.startswith(snap.commit + "-files-")
        snap.max_files = 10
        assert ctx.cache_key(spec) != key
        snap.max_files = 1000
        snap.max_blob = 10
        assert ctx.cache_key(spec) != key
        snap.max_blob = 1 << 20
        assert ctx.cache_key(spec) == key
        ctx.config.offline = True
        assert ctx.cache_key(spec) != key
        ctx.config.offline = False
        monkeypatch.setenv("AUDITOR_OFFLINE_INDEX", "0")
        assert ctx.cache_key(spec) != key
        monkeypatch.setenv("AUDITOR_OFFLINE_INDEX", "1")
        assert ctx.cache_key(spec) == key
        # The same commit as another owner's repository (a fork): another key (hosts and forks are classed by owner).
        import dataclasses
        target = ctx.target
        ctx.target = dataclasses.replace(target, forge="github", host="github.com", owner="ville-exemple", name="carte")
        assert ctx.cache_key(spec) != key
        ctx.target = target
        assert ctx.cache_key(spec) == key
        # Another tool version or another code of the snapshot: another key.
        monkeypatch.setattr(context, "_BASE_FINGERPRINT", "0" * 64)
        assert ctx.cache_key(spec) != key


def test_a_plugin_fact_s_code_is_part_of_the_fingerprint(tmp_path, monkeypatch):
    import importlib
    import sys

    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "t_plugin_fact.py").write_text("from auditor.facts import fact\n\n@fact('t_plugin', version=1)\ndef f(ctx):\n    return 1\n")
    before = context.code_fingerprint()
    try:
        importlib.import_module("t_plugin_fact")
        with_plugin = context.code_fingerprint()
        assert with_plugin != before
        (tmp_path / "t_plugin_fact.py").write_text("from auditor.facts import fact\n\n@fact('t_plugin', version=1)\ndef f(ctx):\n    return 2\n")
        context._FILE_DIGESTS.clear()  # as a new process would (file digests and fingerprints are memoised)
        context._FINGERPRINTS.clear()
        assert context.code_fingerprint() != with_plugin
    finally:
        FACTS.pop("t_plugin", None)
        sys.modules.pop("t_plugin_fact", None)
        context._FILE_DIGESTS.clear()
        context._FINGERPRINTS.clear()
    assert context.code_fingerprint() == before


def test_the_dependency_licenses_are_cached_only_when_no_index_was_asked(repo, tmp_path, monkeypatch):
    """A fact that reads the network only sometimes (read_live): offline its value is stored and a warm audit
    reuses it; online, where the Python package index may be asked, it is live: neither stored nor settled."""
    monkeypatch.delenv("AUDITOR_OFFLINE_INDEX", raising=False)
    from auditor.facts import dependency_licenses as dl

    monkeypatch.setattr(dl, "_python_licenses", lambda ctx, paths, offline, found, inconclusive: None)  # no index here
    path = repo([{"files": {"requirements.txt": "flask==3.0.0\n", "app.py": "import flask\n"}}])
    snap, ctx = _ctx(path, tmp_path, offline=True, network=False)
    with snap:
        ctx.fact("dependency_licenses")
        assert ctx.settled(["dependency_licenses"])
        assert ctx._cache.get(ctx.cache_key(FACTS["dependency_licenses"])) is not None
    snap, ctx = _ctx(path, tmp_path / "online", offline=False, network=True)
    with snap:
        ctx.fact("dependency_licenses")
        assert not ctx.settled(["dependency_licenses"])
        assert ctx._cache.get(ctx.cache_key(FACTS["dependency_licenses"])) is None


def test_every_module_the_facts_import_is_in_the_fingerprint():
    """A cached fact value is reused only by the very code that computed it: every module of the package that computing the
    facts imports (lazyre, people and its people.yml, langid, spdx, drafts…, not only facts/) is digested by code_fingerprint,
    so that a change to one of them cannot serve an old value when a version bump was forgotten."""
    import subprocess
    import sys
    from pathlib import Path

    code = ("import sys\nfrom auditor.facts import load_facts\nload_facts()\n"
            "import auditor.facts.signal_registry as r\nr.load_signals()\n"
            "print('\\n'.join(sorted(m.__file__ for n, m in list(sys.modules.items()) if n.startswith('auditor.') and getattr(m, '__file__', None))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    root = Path(context.__file__).resolve().parent
    digested = {p.resolve() for p in context.fingerprint_paths(root)}
    missing = sorted(str(Path(f).resolve().relative_to(root)) for f in out
                     if Path(f).resolve().is_relative_to(root) and Path(f).resolve() not in digested)
    assert missing == [], missing
    assert root / "people.yml" in digested and root / "lazyre.py" in digested

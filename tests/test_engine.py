"""End-to-end engine tests on real git fixtures: acquisition, snapshot, facts, scoring, report."""

from __future__ import annotations

import json
import subprocess

import pytest

from auditor.checks.interface import REGISTRY, Result, T, check
from auditor.engine import AuditOptions, audit
from auditor.errors import RulesetError, TargetError, UsageError
from auditor.report import validate_report
from tests.gitrepo import Symlink, git, make_folder

README = "# Observatoire climat\n\n" + "Un outil pour suivre le plan climat du territoire. " * 12


def opts(tmp_path, **kw):
    return AuditOptions(cache_dir=tmp_path / "cache", **kw)


def results(report):
    return {r["id"]: r for r in report["results"]}


def test_local_repository_report_is_complete_and_valid(repo, tmp_path):
    path = repo([
        {"files": {"README.md": README, "LICENSE": "MIT License\n", "package.json": '{"license": "MIT"}',
                   "package-lock.json": "{}", ".github/workflows/ci.yml": "on: push\n", "docs/index.md": "# Docs\n",
                   "CONTRIBUTING.md": "x", ".github/SECURITY.md": "x", "docker/Dockerfile": "FROM x\n",
                   "deploy/.env.example": "A=\n", "api/openapi.yaml": "openapi: 3.0.0\n", "tests/test_a.py": "def test_a():\n    assert sorted([2, 1]) == [1, 2]\n",
                   "src/app.py": "print(1)\n"},
         "date": "2025-11-10T10:00:00Z", "author": ("Alice", "Alice@Grenoble.fr")},
        {"files": {"src/b.js": "x"}, "date": "2026-03-01T10:00:00Z", "author": ("Bob", "bob@metropole.fr"), "tag": "v1.0.0"},
    ])
    report = audit(str(path), opts(tmp_path, as_of=__import__("datetime").date(2026, 3, 31)))
    assert validate_report(report) == []
    f = report["facts"]["files"]
    assert f["readme"] == "README.md" and f["contributing"] == "CONTRIBUTING.md"
    assert f["security"] == ".github/SECURITY.md" and f["dockerfile"] == "docker/Dockerfile"
    assert f["env_template"] == "deploy/.env.example" and f["docs"] == "docs/"
    assert f["ci"] == ["github-actions"] and f["lockfiles"] == ["package-lock.json"]
    assert f["openapi"] == ["api/openapi.yaml"] and f["tests"] is True
    act = report["facts"]["activity"]
    assert act["commits"] == 2 and act["commits_90d"] == 1 and act["commits_365d"] == 2 and act["authors_365d"] == 2
    assert act["tags"] == 1 and act["first_commit_date"].startswith("2025-11-10")
    assert report["facts"]["languages"] == {"JavaScript": 1, "Python": 2}
    assert report["target"]["as_of"].startswith("2026-03-31T23:59:59")
    unmeasured = report["scores"]["unmeasured"]
    assert (report["scores"]["coverage"] == 100.0) == (not unmeasured)
    assert all(u["status"] in ("inconclusive", "error") and u["reason"]["fr"] for u in unmeasured)


def test_activity_windows_edges_merges_and_mailmap(repo, tmp_path):
    from datetime import date
    path = repo([
        {"files": {"a": "1"}, "date": "2025-03-31T23:59:59Z"},                      # exactly 365 days before as_of end: outside
        {"files": {"a": "2"}, "date": "2025-04-01T00:00:00Z", "author": ("A", "a@x.org")},  # inside 365
        {"files": {"a": "3"}, "date": "2025-12-31T23:59:59Z", "author": ("B", "B@X.org")},  # exactly 90 days before: outside 90
        {"files": {"a": "4"}, "date": "2026-01-02T00:00:00Z", "author": ("b", "b@x.org")},  # inside 90, same author (case)
        {"merge": True, "date": "2026-02-01T00:00:00Z"},
        {"files": {".mailmap": "Alias <a@x.org> <alias@x.org>\n"}, "date": "2026-02-02T00:00:00Z", "author": ("Al", "alias@x.org")},
        {"files": {"a": "5"}, "date": "2026-04-02T00:00:00Z"},                      # after as_of: excluded
    ])
    report = audit(str(path), opts(tmp_path, as_of=date(2026, 3, 31)))
    act = report["facts"]["activity"]
    # The as_of commit is the .mailmap commit; the merge and its side commit: merge excluded, side counted.
    assert act["commits"] == 6
    assert act["commits_90d"] == 3  # 2026-01-02, side commit (2026-02-01), mailmap commit
    assert act["commits_365d"] == 5
    assert act["authors_365d"] == 3  # a@x.org (mailmap merges alias), b@x.org, alice (side commit)


def test_bots_and_assistants_are_not_authors(repo, tmp_path):
    from datetime import date
    path = repo([
        {"files": {"a": "1"}, "date": "2026-01-05T10:00:00Z", "author": ("Agente", "agente@ville.fr")},
        {"files": {"package.json": "{}"}, "date": "2026-02-05T10:00:00Z",
         "author": ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")},
        {"files": {"a": "2"}, "date": "2026-03-05T10:00:00Z", "author": ("Claude", "noreply@anthropic.com")},
        {"files": {"a": "3"}, "date": "2026-03-06T10:00:00Z", "author": ("Renovate Bot", "bot@renovateapp.com")},
    ])
    act = audit(str(path), opts(tmp_path, as_of=date(2026, 3, 31)))["facts"]["activity"]
    assert act["commits_365d"] == 4 and act["authors_365d"] == 1, act  # the bots' commits count, the bots are no authors


def test_plain_folder_is_audited_without_history(tmp_path):
    root = make_folder(tmp_path / "plain", {"README.md": README, "LICENSE": "MIT"})
    report = audit(str(root), opts(tmp_path))
    assert validate_report(report) == []
    r = results(report)["maintenance.activity"]
    assert r["status"] == "inconclusive" and "historique" in r["message"]["fr"]
    assert report["target"]["kind"] == "folder" and report["target"]["commit"] is None
    assert report["facts"]["activity"]["available"] is False
    assert report["scores"]["coverage"] < 100


def test_shallow_clone_is_inconclusive_with_fix(repo, tmp_path):
    src = repo([{"files": {"a": "1"}, "date": "2026-01-01T00:00:00Z"}, {"files": {"a": "2"}, "date": "2026-01-02T00:00:00Z"}])
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{src}", str(shallow))
    report = audit(str(shallow), opts(tmp_path))
    assert report["target"]["shallow"] is True
    r = results(report)["maintenance.activity"]
    assert r["status"] == "inconclusive" and "fetch-depth: 0" in r["message"]["en"]


def test_symlinks_are_never_followed(repo, tmp_path):
    secret = tmp_path / "outside-secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    path = repo([{"files": {"README.md": Symlink(str(secret)), "LICENSE": Symlink("../../etc/passwd")}}])
    report = audit(str(path), opts(tmp_path))
    assert "TOP-SECRET-CONTENT" not in json.dumps(report)
    assert set(report["facts"]["files"]["symlinks"]) == {"README.md", "LICENSE"}
    # Same in a plain folder.
    folder = make_folder(tmp_path / "f", {"README.md": Symlink(str(secret))})
    report = audit(str(folder), opts(tmp_path))
    assert "TOP-SECRET-CONTENT" not in json.dumps(report)


def test_large_blobs_are_capped_and_reported(repo, tmp_path):
    path = repo([{"files": {"README.md": "# x\n" + "y " * 5000}}])
    report = audit(str(path), opts(tmp_path, max_blob=2048))
    assert report["limits"]["max_blob_bytes"] == 2048
    assert any(s["path"] == "README.md" for s in report["limits"]["skipped"])


def test_ref_and_as_of_selection(repo, tmp_path):
    from datetime import date
    path = repo([
        {"files": {"a": "1"}, "date": "2025-01-05T10:00:00Z", "tag": "v1"},
        {"files": {"README.md": README}, "date": "2025-06-05T10:00:00Z"},
    ])
    old = audit(str(path), opts(tmp_path, ref="v1"))
    assert results(old)["documentation.readme"]["status"] == "fail"
    at = audit(str(path), opts(tmp_path, as_of=date(2025, 3, 1)))
    assert at["target"]["commit"] == old["target"]["commit"]
    with pytest.raises(TargetError, match="does not exist"):
        audit(str(path), opts(tmp_path, ref="no-such-branch"))
    with pytest.raises(TargetError, match="no commit on or before 2024-01-01"):
        audit(str(path), opts(tmp_path, as_of=date(2024, 1, 1)))


def test_empty_repository(tmp_path):
    (tmp_path / "empty").mkdir()
    git(tmp_path / "empty", "init", "-q")
    with pytest.raises(TargetError, match="no commit"):
        audit(str(tmp_path / "empty"), opts(tmp_path))


def test_remote_clone_cache_offline_and_update(repo, tmp_path, git_server):
    src = repo([{"files": {"README.md": README}, "date": "2026-01-01T00:00:00Z"}])
    url = git_server.serve(src, "collectivite/climat/observatoire")
    first = audit(url, opts(tmp_path))
    assert first["target"]["kind"] == "remote" and first["target"]["name"] == "observatoire"
    assert first["target"]["owner"] == "collectivite/climat"
    cached = list((tmp_path / "cache" / "repos").glob("*.git"))
    assert len(cached) == 1
    # New commit upstream: a later audit fetches it; --offline keeps the cached state.
    bare = [p for p in (tmp_path / "served").rglob("observatoire.git")][0]
    git(src, "commit", "-q", "--allow-empty", "-m", "second")
    git(src, "push", "-q", str(bare), "main")
    offline = audit(url, opts(tmp_path, offline=True))
    assert offline["target"]["commit"] == first["target"]["commit"]
    updated = audit(url, opts(tmp_path))
    assert updated["target"]["commit"] != first["target"]["commit"]


def test_unreachable_and_missing_remote(tmp_path, git_server, silent_server):
    with pytest.raises(TargetError, match="clone failed"):
        audit(f"{git_server.url_base}/no/such/repo", opts(tmp_path))
    git_server.stop()
    with pytest.raises(TargetError, match="clone failed"):
        audit(f"{git_server.url_base}/down/repo", opts(tmp_path))
    with pytest.raises(TargetError, match="timed out"):
        audit(silent_server, opts(tmp_path, timeout=2))
    with pytest.raises(TargetError, match="not in the cache"):
        audit(f"{git_server.url_base}/never/cloned", opts(tmp_path, offline=True))
    assert not list((tmp_path / "cache" / "repos").glob("*.tmp-*"))


def test_repository_config_cannot_run_programs(repo, tmp_path):
    """A hostile .git/config (signature program, fsmonitor, pager) never runs: we override them."""
    path = repo([{"files": {"a": "1"}}])
    marker = tmp_path / "pwned"
    script = tmp_path / "evil.sh"
    script.write_text(f"#!/bin/sh\ntouch {marker}\n")
    script.chmod(0o755)
    # A commit carrying a signature makes `git log --show-signature` call gpg.program.
    head = git(path, "cat-file", "commit", "HEAD")
    header, _, body = head.partition("\n\n")
    signed = header + "\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n -----END PGP SIGNATURE-----\n\n" + body
    sha = git(path, "hash-object", "-t", "commit", "-w", "--stdin", input=signed.encode()).strip()
    git(path, "update-ref", "refs/heads/main", sha)
    for key, value in (("log.showSignature", "true"), ("gpg.program", str(script)), ("core.fsmonitor", str(script)), ("core.pager", str(script))):
        git(path, "config", key, value)
    git(path, "log", "-1")  # sanity: plain git does run it
    assert marker.exists()
    marker.unlink()
    audit(str(path), opts(tmp_path))
    assert not marker.exists()


def test_crashing_check_becomes_error_alone(repo, tmp_path):
    @check(id="documentation.test-crash", family="documentation", title=T("x", "x"), rationale=T("x", "x"), remediation=T("x", "x"))
    def crash(ctx) -> Result:
        raise RuntimeError("boom")

    try:
        rs = tmp_path / "rs.yml"
        rs.write_text("id: t\nversion: '1'\nextends: guichet-selection\nchecks:\n  documentation.test-crash: {weight: 1}\n")
        report = audit(str(repo([{"files": {"README.md": README}}])), opts(tmp_path, ruleset=str(rs)))
        r = results(report)
        assert r["documentation.test-crash"]["status"] == "error" and "boom" in r["documentation.test-crash"]["message"]["en"]
        assert r["documentation.readme"]["status"] == "pass"
        assert report["scores"]["families"]["documentation"]["coverage"] < 100
        assert validate_report(report) == []
    finally:
        REGISTRY.pop("documentation.test-crash", None)


@pytest.mark.parametrize("text,line,key", [
    ("id: x\nversion: 1\nchecks:\n  licensing.license-file: {weight: -1}\n", 4, "checks.licensing.license-file.weight"),
    ("id: x\nversion: 1\nchecks:\n  nope.unknown-check: {}\n", 4, "checks.nope.unknown-check"),
    ("id: x\nversion: 1\nbogus: true\n", 3, "bogus"),  # the unknown key itself, on its own line
    ("id: x\nversion: 1\nchecks: [\n", 4, ""),
    ("id: x\nversion: 1\nlevels:\n  - id: a\n    title: {fr: a, en: a}\n    requires: {checks: [licensing.nope]}\n", 6, "levels.0.requires.checks"),
    ("id: x\nversion: 1\nextends: does-not-exist\n", None, ""),
])
def test_broken_rulesets_name_file_line_and_key(tmp_path, text, line, key):
    from auditor.checks import load_checks
    from auditor.ruleset import load_ruleset

    p = tmp_path / "bad.yml"
    p.write_text(text)
    with pytest.raises(RulesetError) as exc:
        load_ruleset(str(p), known_checks=set(load_checks()))
    err = exc.value
    if line is not None:
        assert err.line == line, str(err)
    if key:
        assert err.key == key, str(err)
    assert err.exit_code == 2


def test_builtin_rulesets_load():
    from auditor.checks import load_checks
    from auditor.ruleset import SCHEMA, _builtin, _compose, builtin_rulesets, load_ruleset
    from auditor.safeyaml import first_schema_error

    known = set(load_checks())
    for rid, path in builtin_rulesets().items():
        rs = load_ruleset(rid, known_checks=known)
        assert rs.enabled_checks()
        # run time trusts the shipped files (no schema check, no line map): this is where they are checked
        data, lines = _compose(path.read_text(encoding="utf-8"), str(path))
        assert data == _builtin(path.read_text(encoding="utf-8"))
        assert first_schema_error(SCHEMA, data, lines) is None


def test_unknown_only_check(repo, tmp_path):
    with pytest.raises(UsageError):
        audit(str(repo([{"files": {"a": "b"}}])), opts(tmp_path, only=["nope.nope"]))


def test_hostile_file_names_survive_the_report(repo, tmp_path):
    import json as _json
    names = {"caf\udce9.txt": "latin-1 name", "new\nline.md": "x", "\x1b[31mred.md": "x", "<script>alert(1)</script>.md": "x"}
    folder = tmp_path / "hostile"
    folder.mkdir()
    for n, content in names.items():
        (folder / n).parent.mkdir(parents=True, exist_ok=True)
        (folder / n).write_text(content)
    git(folder, "init", "-q")
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", "hostile names")
    for target in (folder,):
        report = audit(str(target), opts(tmp_path))
        text = _json.dumps(report, ensure_ascii=False)
        text.encode("utf-8")  # no lone surrogates
        assert validate_report(report) == []
    plain = tmp_path / "plain-hostile"
    plain.mkdir()
    (plain / "caf\udce9.txt").write_text("x")
    report = audit(str(plain), opts(tmp_path))
    _json.dumps(report, ensure_ascii=False).encode("utf-8")


def test_objects_missing_from_a_partial_copy(repo, tmp_path):
    """A copy that lacks some blobs (ls-tree prints size BAD) is still audited; the gap is reported."""
    src = repo([{"files": {"README.md": README, "big.bin": "x" * 5000}}])
    bare = tmp_path / "partial.git"
    git(tmp_path, "clone", "-q", "--mirror", str(src), str(bare))
    git(bare, "repack", "-a", "-d", "-q")
    oid = git(bare, "rev-parse", "HEAD:big.bin").strip()
    # Rebuild the pack without that blob.
    objs = [o for o in git(bare, "rev-list", "--objects", "--all").split("\n") if o and not o.startswith(oid)]
    pack_input = "\n".join(o.split()[0] for o in objs) + "\n"
    staging = tmp_path / "staging"
    staging.mkdir()
    subprocess.run(["git", "--git-dir", str(bare), "pack-objects", "-q", str(staging / "pack")], input=pack_input.encode(), check=True,
                   stdout=subprocess.DEVNULL)
    for p in (bare / "objects" / "pack").glob("*"):
        p.unlink()
    for p in staging.iterdir():
        p.rename(bare / "objects" / "pack" / p.name)
    report = audit(str(bare), opts(tmp_path))
    assert any(s["path"] == "big.bin" and "missing" in s["reason"] for s in report["limits"]["skipped"])
    assert results(report)["documentation.readme"]["status"] in ("pass", "warn")


def test_pipelined_reads_match_single_reads(repo, tmp_path):
    from auditor.acquire import acquire, open_snapshot
    from auditor.target import parse_target

    files = {f"src/f{i}.py": f"x = {i}\n" * (i % 7 + 1) for i in range(1200)}
    files.update({"bin.dat": b"\x00\x01binary", "big.txt": "y" * 5000, "link": Symlink("src/f1.py")})
    path = repo([{"files": files}])
    acq = acquire(parse_target(str(path)))
    with open_snapshot(acq, max_blob=4096, max_files=10_000, deadline=None) as snap:
        wanted = sorted(snap.files)
        got = dict(snap.iter_text(wanted))
        assert "bin.dat" not in got and "big.txt" not in got and "link" not in got
        assert len(got) == 1200 and got["src/f5.py"] == "x = 5\n" * 6
    with open_snapshot(acq, max_blob=4096, max_files=10_000, deadline=None) as snap2:
        assert all(snap2.read_text(p) == t for p, t in got.items())
        # A file over the cap is listed as skipped when the files are listed, whether or not something reads it.
        assert [s["path"] for s in snap2.skipped] == ["big.txt"]
        assert snap2.read_text("big.txt") is None and snap2.skipped_total == 1


def test_fact_cache_does_not_keep_a_shallow_answer(repo, tmp_path):
    src = repo([{"files": {"a": "1"}, "date": "2026-01-01T00:00:00Z"}, {"files": {"a": "2"}, "date": "2026-01-02T00:00:00Z"}])
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{src}", str(shallow))
    first = audit(str(shallow), opts(tmp_path))
    assert first["facts"]["activity"]["available"] is False
    git(shallow, "fetch", "-q", "--unshallow")
    second = audit(str(shallow), opts(tmp_path))
    assert second["target"]["commit"] == first["target"]["commit"]
    assert second["facts"]["activity"]["available"] is True and second["facts"]["activity"]["commits"] == 2


def test_local_checkout_is_named_after_its_forge_origin(repo, tmp_path):
    path = repo([{"files": {"README.md": README}}])
    git(path, "remote", "add", "origin", "https://github.com/collectivite/observatoire-climat.git")
    report = audit(str(path), opts(tmp_path, config=__import__("auditor.context", fromlist=["AuditConfig"]).AuditConfig(offline=True, network=False)))
    t = report["target"]
    assert (t["kind"], t["forge"], t["owner"], t["name"]) == ("local-git", "github", "collectivite", "observatoire-climat")
    assert t["web_url"] == "https://github.com/collectivite/observatoire-climat"
    # A remote that is a local path leaves the target as it was.
    other = repo([{"files": {"a": "1"}}], name="other")
    git(other, "remote", "add", "origin", str(path))
    assert audit(str(other), opts(tmp_path))["target"]["forge"] == "local"


def test_commit_messages_cannot_forge_history_records(repo, tmp_path):
    """Separators inside a subject or an author name never create or shift commit records."""
    fake = "\x1edeadbeef" * 3 + "\x1f\x1e0000000000000000000000000000000000000000\x00"
    path = repo([
        {"files": {"a": "1"}, "date": "2026-01-01T00:00:00Z", "author": ("Eve\x1e\x1f", "eve@evil.example"),
         "message": ("subject" + fake.replace("\x00", "")).strip()},
        {"files": {"a": "2"}, "date": "2026-01-02T00:00:00Z", "author": ("Alice", "alice@lyon.fr")},
    ])
    report = audit(str(path), opts(tmp_path, as_of=__import__("datetime").date(2026, 1, 31)))
    act = report["facts"]["activity"]
    assert act["commits"] == 2 and act["authors_365d"] == 2


def test_very_long_history_is_bounded_with_exact_totals(repo, tmp_path, monkeypatch):
    from auditor import snapshot

    monkeypatch.setattr(snapshot, "MAX_COMMITS", 3)
    path = repo([{"files": {"a": str(i)}, "date": f"2026-01-{i + 1:02d}T00:00:00Z"} for i in range(6)])
    report = audit(str(path), opts(tmp_path, as_of=__import__("datetime").date(2026, 1, 31)))
    act = report["facts"]["activity"]
    assert act["commits"] == 6 and act["first_commit_date"].startswith("2026-01-01")
    assert act["commits_90d"] == 3  # the windows see the newest commits only
    assert any("3" in n["en"] and "history" in n["en"] for n in report["notes"])


def test_forge_token_reaches_git_only_through_the_environment(tmp_path, monkeypatch):
    """A private https repository is cloned with the token from the environment, sent as an HTTP
    header scoped to the host, never on the command line, in the cache path or in the report."""
    import base64

    from auditor import acquire as acq_mod
    from auditor.target import parse_target

    seen = []

    def fake_run_git(git_dir, *args, env=None, **kw):
        seen.append((args, env))
        raise acq_mod.GitError(args, 128, "fatal: repository not found")

    monkeypatch.setattr(acq_mod, "run_git", fake_run_git)
    monkeypatch.setattr(acq_mod, "run_git_watched", fake_run_git)
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_SECRETTOKEN123")
    with pytest.raises(TargetError) as exc:
        audit("https://github.com/collectivite/prive", opts(tmp_path))
    args, env = next((a, e) for a, e in seen if "clone" in a)
    assert not any("SECRETTOKEN" in a for a in args)
    pairs = {env[f"GIT_CONFIG_KEY_{i}"]: env[f"GIT_CONFIG_VALUE_{i}"] for i in range(int(env["GIT_CONFIG_COUNT"]))}
    header = pairs["http.https://github.com/.extraHeader"]
    assert base64.b64decode(header.split()[-1]).decode() == "x-access-token:ghp_SECRETTOKEN123"
    assert "SECRETTOKEN" not in str(exc.value)
    assert not any("SECRETTOKEN" in str(p) for p in tmp_path.rglob("*"))
    # Credentials typed in the URL win (through a credential helper reading the environment, no
    # header); other hosts get nothing.
    typed = acq_mod.auth_env(parse_target("https://u:p@github.com/a/b"), "tok")
    assert typed["AUDITOR_GIT_PASSWORD"] == "p" and not any("extraHeader" in v for v in typed.values())
    assert "p@" not in " ".join(typed.values())
    assert acq_mod.auth_env(parse_target("git://example.org/a/b"), "tok") is None


def test_corrupt_repository_is_a_target_error(repo, tmp_path):
    """A copy whose tree object is missing: one clear line (exit 3), not an internal error."""
    src = repo([{"files": {"a/b.txt": "x"}}])
    bare = tmp_path / "corrupt.git"
    git(tmp_path, "clone", "-q", "--bare", str(src), str(bare))
    git(bare, "repack", "-a", "-d", "-q")
    tree = git(bare, "rev-parse", "HEAD^{tree}").strip()
    keep = [o.split()[0] for o in git(bare, "rev-list", "--objects", "--all").splitlines() if o and not o.startswith(tree)]
    staging = tmp_path / "stage"
    staging.mkdir()
    subprocess.run(["git", "--git-dir", str(bare), "pack-objects", "-q", str(staging / "pack")], input=("\n".join(keep) + "\n").encode(),
                   check=True, stdout=subprocess.DEVNULL)
    for p in (bare / "objects" / "pack").glob("*"):
        p.unlink()
    for p in staging.iterdir():
        p.rename(bare / "objects" / "pack" / p.name)
    with pytest.raises(TargetError, match="cannot read commit"):
        audit(str(bare), opts(tmp_path))

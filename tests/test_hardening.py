"""Hostile inputs built in each test (never committed): each fix of issue 15 at its cause."""

from __future__ import annotations

import os
import time

import pytest
import yaml

from auditor import bounded, safejson, safeyaml
from auditor.errors import TargetError, UsageError
from tests.gitrepo import git
from tests.test_cli import run

ONE = [{"files": {"README.md": "# Outil\n", "app.py": "print(1)\n"}, "date": "2025-01-10T10:00:00Z"}]


def _one_line_error(out, code):
    assert out.returncode == code, (out.stdout, out.stderr)
    assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "Traceback" not in out.stderr


# --- bounded loaders ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "[" * 50_000,
    "a: " + "[" * 50_000 + "]" * 50_000,
    "a: " + "{b: " * 50_000,
    "- " * 5_000 + "x\n",
    "".join(" " * i + f"k{i}:\n" for i in range(2_000)),
])
def test_deep_yaml_refused_in_milliseconds(text):
    t0 = time.perf_counter()
    with pytest.raises(safeyaml.UnsafeYAML, match="deeper|larger"):
        safeyaml.load(text)
    assert time.perf_counter() - t0 < 2


def test_yaml_brackets_inside_strings_and_comments_are_not_depth():
    text = 'a: "' + "[" * 500 + '"\nb: x[[[[' + "[" * 500 + "\n# " + "{" * 500 + "\nc: ['[[[', \"{{{\"]\n"
    assert safeyaml.load(text)["c"] == ["[[[", "{{{"]


def test_yaml_alias_amplification_of_long_strings_refused():
    text = "a: &a " + "x" * 50_000 + "\nb: [" + ", ".join(["*a"] * 50) + "]\n"
    with pytest.raises(safeyaml.UnsafeYAML, match="characters"):
        safeyaml.load(text)


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 100_000, "[" * 300 + "]" * 300])
def test_deep_json_is_malformed_not_recursion(text):
    with pytest.raises(ValueError, match="deeper|deeply"):
        safejson.loads(text)


def test_json_strings_with_brackets_and_escapes():
    assert safejson.loads('{"a": "[[[[\\"[[", "b": [1, {"c": "}}}"}]}') == {"a": '[[[["[[', "b": [1, {"c": "}}}"}]}
    assert safejson.loads(b'\xef\xbb\xbf{"a": 1}') == {"a": 1}


def test_user_file_size_bounded(tmp_path):
    big = tmp_path / "big.yml"
    big.write_bytes(b"#" * 2048)
    with pytest.raises(UsageError, match="larger than 1024 bytes"):
        bounded.read_text(big, limit=1024)
    with pytest.raises(UsageError, match="cannot read"):
        bounded.read_text(tmp_path / "none.yml")


BOMBS = {
    "alias-bomb": 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
        f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi")),
    "brackets": "projects: " + "[" * 50_000,
    "deep-block": "".join(" " * i + f"k{i}:\n" for i in range(3_000)),
}


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_portfolio_bombs_are_usage_errors(kind, tmp_path):
    p = tmp_path / "portfolio.yml"
    p.write_text(BOMBS[kind])
    t0 = time.perf_counter()
    out = run("batch", str(p), "-o", str(tmp_path / "out"), "--no-history")
    assert time.perf_counter() - t0 < 5
    _one_line_error(out, 2)


@pytest.mark.parametrize("kind", sorted(BOMBS))
def test_ruleset_and_report_bombs_are_usage_errors(kind, tmp_path, repo):
    r = repo(ONE)
    p = tmp_path / "rules.yml"
    p.write_text(BOMBS[kind])
    out = run("audit", str(r), "--ruleset", str(p), "--no-history", "--cache-dir", str(tmp_path / "c"))
    _one_line_error(out, 2)
    rep = tmp_path / "report.json"
    rep.write_text("[" * 100_000)
    out = run("report", str(rep))
    _one_line_error(out, 2)


def test_publiccode_bomb_is_a_finding_not_a_crash():
    from auditor.publiccode import validate

    res = validate("publiccodeYmlVersion: " + "[" * 50_000)
    assert not res.valid
    assert "deeper" in res.errors[0].to_dict()["message"]["en"]


# --- CSV portfolios as spreadsheets write them ------------------------------------------------------

@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_csv_doubled_quotes(tmp_path, sep):
    from auditor.portfolio import load_portfolio

    rows = [f'Nom{sep}Dépôt{sep}Territoire',
            f'"Projet ""Vélo""{sep} Lyon"{sep}https://gitlab.com/a/velo{sep}Lyon',
            f'Autre{sep}https://gitlab.com/a/autre{sep}"Métropole{sep} Grand ""Lyon"""',
            f'"Sur deux\nlignes"{sep}https://gitlab.com/a/deux{sep}']
    p = tmp_path / "p.csv"
    p.write_text("\n".join(rows) + "\n", encoding="utf-8")
    projects, errors = load_portfolio(p)
    assert not errors
    assert [(x.name, x.url, x.territory) for x in projects] == [
        (f'Projet "Vélo"{sep} Lyon', "https://gitlab.com/a/velo", "Lyon"),
        ("Autre", "https://gitlab.com/a/autre", f'Métropole{sep} Grand "Lyon"'),
        ("Sur deux\nlignes", "https://gitlab.com/a/deux", None),
    ]


# --- the target is the folder itself ------------------------------------------------------------------

def _other_repo(repo):
    return repo([{"files": {"SECRET.md": "canary-7f3a other repository\n"}, "date": "2025-01-10T10:00:00Z"}], name="other")


@pytest.mark.parametrize("how", ["symlink", "gitdir", "gitdir-relative", "commondir", "objects-symlink"])
@pytest.mark.parametrize("as_url", [False, True])
def test_git_indirection_out_of_the_folder_refused(how, as_url, repo, tmp_path):
    other = _other_repo(repo)
    folder = tmp_path / "plain"
    folder.mkdir()
    (folder / "README.md").write_text("# plain\n")
    if how == "symlink":
        os.symlink(other / ".git", folder / ".git")
    elif how == "gitdir":
        (folder / ".git").write_text(f"gitdir: {other / '.git'}\n")
    elif how == "gitdir-relative":
        (folder / ".git").write_text("gitdir: ../other/.git\n")
    elif how == "commondir":
        git(folder, "init", "-q")
        (folder / ".git" / "commondir").write_text(str(other / ".git"))
    else:
        git(folder, "init", "-q")
        import shutil
        shutil.rmtree(folder / ".git" / "objects")
        os.symlink(other / ".git" / "objects", folder / ".git" / "objects")
    target = f"file://{folder}" if as_url else str(folder)
    out = run("audit", target, "--format", "json", "--no-history", "--cache-dir", str(tmp_path / "c"))
    _one_line_error(out, 3)
    assert "outside the folder" in out.stderr
    assert "canary-7f3a" not in out.stdout + out.stderr
    assert not list((tmp_path / "c").rglob("SECRET.md"))


def test_worktree_linked_back_by_git_is_audited(repo, tmp_path):
    main = repo(ONE, name="main")
    git(main, "worktree", "add", "-q", str(tmp_path / "wt"), "-b", "feature")
    out = run("audit", str(tmp_path / "wt"), "--format", "json", "--no-history", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 0, out.stderr


def test_resolve_git_dir_of_ordinary_and_bare(repo, tmp_path):
    from auditor.gitio import resolve_git_dir

    r = repo(ONE)
    assert resolve_git_dir(str(r)) == str((r / ".git").resolve())
    git(tmp_path, "clone", "-q", "--bare", str(r), str(tmp_path / "b.git"))
    assert resolve_git_dir(str(tmp_path / "b.git")) == str((tmp_path / "b.git").resolve())
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / ".git").write_text("not a link\n")
    with pytest.raises(TargetError, match="gitdir"):
        resolve_git_dir(str(tmp_path / "bad"))


def test_yaml_error_types_unchanged():
    with pytest.raises(yaml.YAMLError):
        safeyaml.load("a: [b\n")


# --- credentials (a credentialed clone sampled from /proc: tests/reliability, case credentialed-clone-http) --

PASSWORDS = ["pa/ss", "p#ss", "p?ss", "p@ss/w#o?rd", "p%2Fss"]


@pytest.mark.parametrize("password", PASSWORDS)
def test_redact_any_password(password):
    from auditor.target import one_line, redact

    url = f"https://agent:{password}@gitlab.example.org/group/app.git"
    text = f"fatal: unable to access '{url}/': The requested URL returned error: 403\nsecond line"
    assert password not in redact(text) and "agent" not in redact(text)
    assert "gitlab.example.org/group/app.git" in redact(text)
    assert "\n" not in one_line(text)
    assert redact("https://gitlab.example.org/@scope/pkg") == "https://gitlab.example.org/@scope/pkg"
    assert redact("https://ghp_0123456789@github.com/o/n") == "https://github.com/o/n"


@pytest.mark.parametrize("password", PASSWORDS)
def test_target_with_any_password_keeps_it_apart(password):
    from auditor.target import parse_target

    t = parse_target(f"https://agent:{password}@gitlab.example.org/group/app.git")
    assert (t.host, t.owner, t.name) == ("gitlab.example.org", "group", "app")
    assert t.clone_url == "https://gitlab.example.org/group/app.git"
    shown = repr(t) + str(t.to_dict()) + t.slug
    assert password not in shown and "agent" not in shown
    assert t.secret_url and "agent" in t.secret_url


def test_unparsable_credentialed_url_is_one_redacted_line():
    from auditor.target import parse_target

    with pytest.raises(TargetError) as err:
        parse_target("https://agent:Sup3rS3cret@gitlab.example.org:notaport/group/app.git")
    assert "Sup3rS3cret" not in str(err.value) and "\n" not in str(err.value)
    out = run("audit", "https://agent:Sup3rS3cret@gitlab.example.org:notaport/g/a.git")
    _one_line_error(out, 3)
    assert "Sup3rS3cret" not in out.stderr


def test_portfolio_credentialed_entries_never_abort_the_batch(tmp_path):
    from auditor.portfolio import load_portfolio

    p = tmp_path / "p.yml"
    p.write_text("projects:\n"
                 "  - repository: https://agent:Sup3r/S3#cret?@gitlab.example.org:bad/g/a.git\n"
                 "  - repository: https://agent:Sup3r/S3#cret?@gitlab.example.org/g/b.git\n"
                 "  - repository: https://gitlab.example.org/g/c\n")
    projects, errors = load_portfolio(p)
    assert [x.id for x in projects] == ["b", "c"]
    assert len(errors) == 1 and errors[0].line == 2
    assert "Sup3r" not in str(errors[0]) and "S3#cret" not in str(errors[0])
    assert "Sup3r" not in str(projects[0].public())


def test_registered_secrets_are_redacted_everywhere():
    from auditor.target import redact, register_secret

    register_secret("tok-3f9a7c1e")
    assert redact("HTTP 401 for token tok-3f9a7c1e") == "HTTP 401 for token ***"
    assert redact("") == ""


@pytest.fixture
def http_git(tmp_path):
    from tests.httpgit import HttpGitServer

    server = HttpGitServer(tmp_path / "served")
    yield server
    server.stop()


def test_stale_partial_mirror_is_removed(repo, tmp_path, http_git):
    import subprocess

    src = repo(ONE)
    http_git.serve(src, "grp/app")
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / "cache" / "repos" / f"leftover.tmp-{dead.pid}"
    (stale / "objects").mkdir(parents=True)
    (stale / "config").write_text("[remote \"origin\"]\n\turl = http://agent:old-s3cr@host/x.git\n")
    alive = tmp_path / "cache" / "repos" / f"other.tmp-{os.getppid()}"
    alive.mkdir()
    out = run("audit", http_git.url_with_credentials("grp/app"), "--format", "json", "--no-history",
              "--cache-dir", str(tmp_path / "cache"))
    assert out.returncode == 0, out.stderr
    assert not stale.exists() and alive.exists()


def test_unresponsive_server_stops_within_the_idle_bound(tmp_path, monkeypatch):
    from tests.httpgit import HttpGitServer

    server = HttpGitServer(tmp_path / "s", silent=True)
    try:
        t0 = time.monotonic()
        out = run("audit", f"http://127.0.0.1:{server.port}/g/app.git", "--no-history", "--cache-dir", str(tmp_path / "c"),
                  env={"AUDITOR_NETWORK_IDLE": "2"})
        elapsed = time.monotonic() - t0
    finally:
        server.stop()
    _one_line_error(out, 3)
    assert "no answer from the server for 2s" in out.stderr
    assert elapsed < 30
    assert not list((tmp_path / "c" / "repos").glob("*.tmp-*"))


def test_network_defaults_fit_a_ci_job():
    from auditor.acquire import NETWORK_IDLE, network_env
    from auditor.target import parse_target

    assert NETWORK_IDLE <= 60
    env = network_env(parse_target("https://gitlab.com/g/a"), None)
    pairs = {env[f"GIT_CONFIG_KEY_{i}"]: env[f"GIT_CONFIG_VALUE_{i}"] for i in range(int(env["GIT_CONFIG_COUNT"]))}
    assert int(pairs["http.lowSpeedTime"]) <= 60 and int(pairs["http.lowSpeedLimit"]) > 0
    assert "ConnectTimeout" in env.get("GIT_SSH_COMMAND", "ConnectTimeout")


# --- faults recovered -------------------------------------------------------------------------------

def _mirror_of(tmp_path):
    return next((tmp_path / "cache" / "repos").glob("*.git"))


@pytest.mark.parametrize("damage", ["head-empty", "config-truncated", "objects-gone"])
def test_damaged_mirror_is_cloned_again_once(damage, repo, tmp_path, git_server):
    url = git_server.serve(repo(ONE), "grp/app")
    args = ("audit", url, "--format", "json", "--no-history", "--cache-dir", str(tmp_path / "cache"))
    assert run(*args).returncode == 0
    m = _mirror_of(tmp_path)
    if damage == "head-empty":
        (m / "HEAD").write_text("")
    elif damage == "config-truncated":
        (m / "config").write_text("[cor")
    else:
        import shutil
        shutil.rmtree(m / "objects")
        (m / "objects").mkdir()
    off = run(*args, "--offline")
    _one_line_error(off, 3)
    assert "damaged" in off.stderr and "no commit" not in off.stderr
    out = run(*args)
    assert out.returncode == 0, out.stderr
    assert "cloned again" in out.stdout + out.stderr or "cloned again" in (out.stdout or "")
    assert run(*args, "--offline").returncode == 0


def test_fact_cache_of_the_wrong_shape_is_recomputed(repo, tmp_path):
    r = repo(ONE)
    args = ("audit", str(r), "--format", "json", "--no-history", "--cache-dir", str(tmp_path / "cache"))
    first = run(*args)
    assert first.returncode == 0
    facts = [p for p in (tmp_path / "cache" / "facts").rglob("*.json")]
    assert facts
    for i, p in enumerate(facts):
        p.write_text(["[]", '{"value": 3}', '"x"', "", '{"check": "0", "value": {}}'][i % 5])
    again = run(*args)
    assert again.returncode == 0, again.stderr
    import json
    a, b = json.loads(first.stdout), json.loads(again.stdout)
    assert [x["status"] for x in a["results"]] == [x["status"] for x in b["results"]]


def test_fact_cache_write_failure_leaves_no_temporary_file(tmp_path, monkeypatch):
    from auditor.context import FactCache

    cache = FactCache(tmp_path / "facts")
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *a):
            self.fh.close()

        def write(self, data):
            raise OSError(28, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.fh, name)

    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))
    cache.put("ab" * 20, {"x": 1})
    monkeypatch.setattr(os, "fdopen", real_fdopen)
    assert not [p for p in (tmp_path / "facts").rglob("*") if p.is_file()]
    assert cache.get("ab" * 20) is None


def test_read_only_cache_works_offline(repo, tmp_path, git_server):
    url = git_server.serve(repo(ONE), "grp/app")
    cache = tmp_path / "cache"
    args = ("audit", url, "--format", "json", "--no-history", "--cache-dir", str(cache))
    assert run(*args).returncode == 0
    for p in [cache, *cache.rglob("*")]:
        if p.is_dir():
            os.chmod(p, 0o555)
    try:
        if os.geteuid() == 0:
            pytest.skip("root writes through read-only permissions")  # the mount case is in the reliability suite
        out = run(*args, "--offline")
        assert out.returncode == 0, out.stderr
        online = run(*args)
        assert online.returncode in (0, 2), online.stderr
    finally:
        for p in [cache, *cache.rglob("*")]:
            if p.is_dir():
                os.chmod(p, 0o755)


def test_unwritable_output_is_one_line(repo, tmp_path):
    r = repo(ONE)
    out = run("audit", str(r), "--format", "json", "-o", "/dev/full", "--no-history", "--cache-dir", str(tmp_path / "c"))
    _one_line_error(out, 2)
    assert "No space left on device" in out.stderr
    (tmp_path / "file").write_text("x")
    out = run("audit", str(r), "--format", "json", "-o", str(tmp_path / "file" / "r.json"), "--no-history",
              "--cache-dir", str(tmp_path / "c"))
    _one_line_error(out, 2)


def test_git_error_summary_names_the_cause():
    from auditor.gitio import summarize

    ssh = ("git@host: Permission denied (publickey).\nfatal: Could not read from remote repository.\n\n"
           "Please make sure you have the correct access rights\nand the repository exists.\n")
    assert summarize(ssh) == "fatal: Could not read from remote repository. (git@host: Permission denied (publickey).)"
    full = "error: write error: No space left on device\nfatal: fetch-pack: invalid index-pack output\n"
    assert summarize(full) == "write error: No space left on device"


# --- kills ------------------------------------------------------------------------------------------

def test_git_children_die_with_a_killed_auditor(tmp_path):
    import signal
    import subprocess
    import sys

    from tests.httpgit import HttpGitServer

    server = HttpGitServer(tmp_path / "s", silent=True)
    try:
        proc = subprocess.Popen([sys.executable, "-m", "auditor", "audit", f"http://127.0.0.1:{server.port}/g/a.git",
                                 "--no-history", "--cache-dir", str(tmp_path / "c")], stderr=subprocess.DEVNULL)
        children: list[int] = []
        deadline = time.monotonic() + 60
        while not children and time.monotonic() < deadline:
            time.sleep(0.1)
            for pid in os.listdir("/proc"):
                try:
                    with open(f"/proc/{pid}/stat") as fh:
                        if int(fh.read().rsplit(")", 1)[1].split()[1]) == proc.pid:
                            with open(f"/proc/{pid}/cmdline", "rb") as c:
                                if b"clone" in c.read():
                                    children.append(int(pid))
                except (OSError, ValueError, IndexError):
                    pass
        assert children, "git clone never started"
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 5
        alive = children
        while alive and time.monotonic() < deadline:
            time.sleep(0.1)
            alive = [p for p in alive if os.path.exists(f"/proc/{p}") and "Z" not in open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()[0]]
        assert not alive, "git kept running after its auditor was killed"
    finally:
        server.stop()


# --- inputs misread -------------------------------------------------------------------------------

def test_control_characters_never_reach_any_format(repo, tmp_path):
    import json

    from auditor.reports import formats, render

    r = repo([{"files": {"README.md": "# Outil\x1b[31m\x07\n"}, "author": ("Ev\x1b]0;pwn\x07il\x1b[2J", "evil@example.org"),
               "date": "2025-01-10T10:00:00Z"}])
    out = run("audit", str(r), "--format", "json", "--no-history", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    for fmt in formats():
        text = render(report, fmt, "fr")
        assert "\x1b" not in text and "\x07" not in text, fmt


def test_one_history_key_for_path_url_and_trailing_slash(repo):
    from auditor.history import target_key
    from auditor.target import parse_target

    r = repo(ONE)
    keys = {target_key(parse_target(t)) for t in (str(r), str(r) + "/", f"file://{r}", f"file://{r}/")}
    assert len(keys) == 1, keys
    keys = {target_key(parse_target(t)) for t in ("https://gitlab.com/g/a", "https://gitlab.com/g/a.git", "https://gitlab.com/g/a/",
                                                   "https://u:p/w@gitlab.com/g/a.git")}
    assert len(keys) == 1, keys


def test_skipped_total_counts_every_skipped_path(repo, tmp_path):
    from auditor.snapshot import GitSnapshot

    files = {f"data/f{i:04d}.txt": f"{i}\n" for i in range(1_500)}
    r = repo([{"files": {"README.md": "# x\n", **files}, "date": "2025-01-10T10:00:00Z"}])
    snap = GitSnapshot(str(r / ".git"), git(r, "rev-parse", "HEAD").strip(), max_files=100)
    assert snap.skipped_total == 1_401
    snap._skip(snap.skipped[0]["path"], "again")
    snap._skip("README.md", "larger than the cap")
    assert snap.skipped_total == 1_402


def test_huge_license_is_too_large_not_unrecognised(repo, tmp_path):
    import json

    mit = ("Permission is hereby granted, free of charge, to any person obtaining a copy of this software. " * 6000)
    r = repo([{"files": {"README.md": "# x\n", "LICENSE": mit}, "date": "2025-01-10T10:00:00Z"}])
    out = run("audit", str(r), "--format", "json", "--no-history", "--cache-dir", str(tmp_path / "c"), "--lang", "en")
    assert out.returncode == 0, out.stderr
    res = {x["id"]: x for x in json.loads(out.stdout)["results"]}
    msg = res["licensing.license-file"]["message"]
    assert "too large" in json.dumps(msg), msg


def test_huge_mailmap_is_not_handed_to_git(repo, tmp_path):
    from auditor.snapshot import MAX_MAILMAP, GitSnapshot

    line = "Alice <alice@example.org> <a{}@example.org>\n"
    big = "".join(line.format(i) for i in range(MAX_MAILMAP // len(line) + 10))
    r = repo([{"files": {"README.md": "# x\n", ".mailmap": big}, "date": "2025-01-10T10:00:00Z"}])
    sha = git(r, "rev-parse", "HEAD").strip()
    t0 = time.perf_counter()
    snap = GitSnapshot(str(r / ".git"), sha)
    assert len(snap.history()) == 1
    assert time.perf_counter() - t0 < 10
    assert any(s["path"] == ".mailmap" for s in snap.skipped)


def test_history_fields_are_capped(repo, tmp_path):
    from auditor.snapshot import MAX_LOG_FIELD, GitSnapshot

    r = repo([{"files": {"README.md": "# x\n"}, "message": "S" * 100_000, "date": "2025-01-10T10:00:00Z"},
              {"files": {"a": "1"}, "message": "second", "date": "2025-01-11T10:00:00Z"}])
    snap = GitSnapshot(str(r / ".git"), git(r, "rev-parse", "HEAD").strip())
    hist = snap.history()
    assert [c.subject[:6] for c in hist] == ["second", "SSSSSS"]
    assert len(hist[1].subject) == MAX_LOG_FIELD
    assert hist[0].parents == (hist[1].sha,) and hist[0].parents[0] is hist[1].sha


def test_deep_toml_is_a_decode_error():
    import tomllib

    with pytest.raises(tomllib.TOMLDecodeError):
        safejson.toml_loads("a = " + "[" * 100_000)
    assert safejson.toml_loads('[t]\na = [[1], [2]]\nb = "[[["\n') == {"t": {"a": [[1], [2]], "b": "[[["}}


def test_the_current_folders_mailmap_is_never_read(repo, tmp_path, monkeypatch):
    from auditor.snapshot import GitSnapshot

    r = repo([{"files": {"README.md": "# x\n"}, "author": ("Bob", "bob@example.org"), "date": "2025-01-10T10:00:00Z"}])
    here = tmp_path / "cwd"
    here.mkdir()
    (here / ".mailmap").write_text("Mallory <mallory@evil.example> <bob@example.org>\n")
    monkeypatch.chdir(here)
    snap = GitSnapshot(str(r / ".git"), git(r, "rev-parse", "HEAD").strip())
    assert [(c.author_name, c.author_email) for c in snap.history()] == [("Bob", "bob@example.org")]


def test_batch_exports_carry_no_control_characters():
    from auditor.reports.spreadsheet import export_csv

    rows = [{"id": "p", "name": "Ev\x1b]0;x\x07il", "url": "https://gitlab.com/g/a", "status": "ok", "scores": {}}]
    text = export_csv(rows, [], "fr")
    assert "\x1b" not in text and "\x07" not in text and "Ev" in text

"""The hostile corpus: every kind named in issue 15 and in the README's promises, built on the fly
(nothing large is committed). Each builder returns the arguments of one ``auditor`` run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
from pathlib import Path

from tests.gitrepo import Symlink, git, make_repo
from tests.reliability.runner import CANARY, SECRET, TOKEN, Case, Run, Work

README = "# Outil de la collectivité\n\n" + "Description du service numérique. " * 10 + "\n\n## Installation\n\n`make`\n"
BASE = {"README.md": README, "LICENSE": "MIT License\n\nCopyright (c) 2025 Ville\n", "app.py": "print('ok')\n"}


def make_canary(path: Path) -> Path:
    """A repository outside every target whose content must never appear in any output."""
    if not path.exists():
        make_repo(path, [{"files": {"README.md": f"# {CANARY}\n", "SECRET.txt": CANARY + "\n"}, "author": (CANARY, "canary@example.org"),
                          "message": CANARY, "date": "2025-01-10T10:00:00Z"}])
    return path


def _repo(work: Work, files: dict | None = None, name: str = "repo", **commit) -> Path:
    return make_repo(work.base / name, [{"files": {**BASE, **(files or {})}, "date": "2025-01-10T10:00:00Z", **commit}])


def _json_out(work: Work) -> list[str]:
    return ["--format", "json", "-o", str(work.out / "report.json")]


def _report(work: Work) -> dict:
    return json.loads((work.out / "report.json").read_text())


# --- another repository instead of the target ------------------------------------------------------

def _folder_pointing_out(work: Work, how: str) -> Path:
    folder = work.base / "plain"
    folder.mkdir()
    (folder / "README.md").write_text("# plain folder\n")
    other = work.canary_dir / ".git"
    if how == "symlink":
        os.symlink(other, folder / ".git")
    elif how == "gitdir":
        (folder / ".git").write_text(f"gitdir: {other}\n")
    elif how == "commondir":
        git(folder, "init", "-q")
        (folder / ".git" / "commondir").write_text(str(other))
    return folder


def indirection(how: str, url: bool) -> Case:
    def build(work: Work) -> list[str]:
        folder = _folder_pointing_out(work, how)
        return ["audit", f"file://{folder}" if url else str(folder), *_json_out(work)]
    return Case(f"git-{how}{'-file-url' if url else ''}", "target-indirection", build, {3}, stderr_needle="outside the folder")


def mailmap_of_the_current_folder() -> Case:
    def build(work: Work) -> list[str]:
        (work.base / ".mailmap").write_text(f"{CANARY} <canary@example.org> <bob@example.org>\n")
        return ["audit", str(_repo(work, author=("Bob", "bob@example.org"))), *_json_out(work)]
    return Case("mailmap-of-the-current-folder", "target-indirection", build, {0})


def symlink_out_of_tree() -> Case:
    def build(work: Work) -> list[str]:
        r = _repo(work, {"docs/leak.md": Symlink(str(work.canary_dir / "SECRET.txt")), "README.md": Symlink("../../canary/README.md")})
        return ["audit", str(r), *_json_out(work), "--write", f"html:{work.out / 'r.html'}"]
    return Case("symlinks-out-of-the-tree", "target-indirection", build, {0})


def hostile_git_config() -> Case:
    def build(work: Work) -> list[str]:
        r = _repo(work)
        marker = work.base / "EXECUTED"
        with open(r / ".git" / "config", "a") as fh:
            fh.write(f"[core]\n\tfsmonitor = touch {marker}\n\tpager = touch {marker}\n\thooksPath = {work.base}\n"
                     f"[diff \"x\"]\n\ttextconv = touch {marker}\n[filter \"x\"]\n\tsmudge = touch {marker}\n")
        (work.base / "post-checkout").write_text(f"#!/bin/sh\ntouch {marker}\n")
        return ["audit", str(r), *_json_out(work)]
    return Case("hostile-git-config", "untrusted-repository", build, {0},
                check=lambda w, r: "a program from the repository's configuration ran" if (w.base / "EXECUTED").exists() else None)


# --- credentials --------------------------------------------------------------------------------------

def _served(work: Work, silent: bool = False):
    from tests.httpgit import HttpGitServer

    server = HttpGitServer(work.base / "served", password=SECRET, silent=silent)
    work.servers.append(server)
    return server


def credentialed_clone() -> Case:
    def build(work: Work) -> list[str]:
        server = _served(work)
        server.serve(_repo(work), "ville/app")
        return ["audit", server.url_with_credentials("ville/app"), *_json_out(work), "--write", f"html:{work.out / 'r.html'}"]

    def check(work: Work, run: Run) -> str | None:
        if not any(a.startswith("Basic ") for a in work.servers[0].seen_auth):
            return "the server never received the credentials"
        return None
    return Case("credentialed-clone-http", "credentials", build, {0}, sample_cmdlines=True, check=check)


def credentialed_bad_url() -> Case:
    return Case("credentialed-url-bad-port", "credentials",
                lambda w: ["audit", f"https://agent:{SECRET}@gitlab.example.org:port/g/a.git"], {3})


def credentialed_portfolio() -> Case:
    def build(work: Work) -> list[str]:
        r = _repo(work)
        p = work.base / "portfolio.yml"
        p.write_text("projects:\n"
                     f"  - repository: 'https://agent:{SECRET}@gitlab.example.org:port/g/a.git'\n"
                     f"  - repository: {r}\n    name: Vélo\n")
        return ["batch", str(p), "-o", str(work.out), "-q"]
    return Case("portfolio-credentialed-invalid-entry", "credentials", build, {0},
                check=lambda w, r: None if (w.out / "projects" / "velo.json").exists() else "the valid entry was not audited")


def token_in_environment() -> Case:
    def build(work: Work) -> list[str]:
        server = _served(work)
        server.serve(_repo(work), "ville/app")
        return ["audit", f"http://127.0.0.1:{server.port}/ville/app.git", *_json_out(work), "--debug"]
    return Case("token-env-debug-logs", "credentials", build, {3, 0}, env={"AUDITOR_TOKEN_127_0_0_1": TOKEN, "GITLAB_TOKEN": TOKEN},
                sample_cmdlines=True, debug=True)


def stale_partial_mirror() -> Case:
    def build(work: Work) -> list[str]:
        server = _served(work)
        server.serve(_repo(work), "ville/app")
        dead = subprocess.Popen(["true"])
        dead.wait()
        stale = work.cache / "repos" / f"leftover.tmp-{dead.pid}"
        (stale / "objects").mkdir(parents=True)
        (stale / "config").write_text(f"[remote \"origin\"]\n\turl = http://agent:{SECRET}@host/x.git\n")
        return ["audit", server.url_with_credentials("ville/app"), *_json_out(work)]
    return Case("stale-partial-mirror", "kill-leftovers", build, {0},
                check=lambda w, r: "a stale *.tmp-PID stayed" if list((w.cache / "repos").glob("*.tmp-*")) else None)


# --- unbounded memory and time from one file -----------------------------------------------------

ALIAS_BOMB = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + "".join(
    f"{c}: &{c} [*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p},*{p}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
BRACKETS = "[" * 50_000
DEEP_BLOCK = "".join(" " * i + f"k{i}:\n" for i in range(3_000))


def user_file(kind: str, text_kind: str) -> Case:
    texts = {"alias-bomb": "projects: []\n" + ALIAS_BOMB, "brackets": "projects: " + BRACKETS, "deep-block": DEEP_BLOCK,
             "deep-json": "[" * 200_000, "dev-zero": None}

    def build(work: Work) -> list[str]:
        text = texts[text_kind]
        path = Path("/dev/zero") if text is None else work.base / f"input.{'json' if kind == 'report' else 'yml'}"
        if text is not None:
            path.write_text(text)
        if kind == "portfolio":
            return ["batch", str(path), "-o", str(work.out)]
        if kind == "ruleset":
            return ["audit", str(_repo(work)), "--ruleset", str(path)]
        return ["report", str(path), "--format", "html"]
    return Case(f"{kind}-{text_kind}", "bounded-user-file", build, {2}, max_seconds=20, max_rss_mb=400)


def repository_file(path: str, text: str, name: str) -> Case:
    def build(work: Work) -> list[str]:
        return ["audit", str(_repo(work, {path: text})), *_json_out(work)]
    return Case(name, "bounded-repository-file", build, {0}, max_seconds=90, max_rss_mb=600)


def huge_mailmap() -> Case:
    line = "Alice <alice@example.org> <a{}@example.org>\n"
    return Case("mailmap-1M-lines", "bounded-repository-file",
                lambda w: ["audit", str(_repo(w, {".mailmap": "".join(line.format(i) for i in range(1_000_000))})), *_json_out(w)],
                {0}, max_seconds=120, max_rss_mb=700, heavy=True)


def big_mailmap_light() -> Case:
    line = "Alice <alice@example.org> <a{}@example.org>\n"
    return Case("mailmap-40k-lines", "bounded-repository-file",
                lambda w: ["audit", str(_repo(w, {".mailmap": "".join(line.format(i) for i in range(40_000))})), *_json_out(w)],
                {0}, max_seconds=60)


def long_history(commits: int, heavy: bool) -> Case:
    def build(work: Work) -> list[str]:
        r = work.base / "repo"
        git(work.base, "init", "-q", str(r))
        lines = []
        for i in range(commits):
            lines.append(f"commit refs/heads/main\nmark :{i + 1}\ncommitter Dev{i % 50} <dev{i % 50}@example.org> {1600000000 + i * 600} +0000\n"
                         f"data 12\ncommit {i:05d}\n" + (f"from :{i}\n" if i else "") + f"M 644 inline README.md\ndata 8\nrev{i:04d}\n\n")
        git(r, "fast-import", "--quiet", input="".join(lines).encode())
        git(r, "symbolic-ref", "HEAD", "refs/heads/main")
        return ["audit", str(r), *_json_out(work)]
    return Case(f"history-{commits}-commits", "bounded-history", build, {0}, max_seconds=240 if heavy else 90,
                max_rss_mb=700, heavy=heavy)


def unresponsive_server() -> Case:
    def build(work: Work) -> list[str]:
        server = _served(work, silent=True)
        return ["audit", f"http://127.0.0.1:{server.port}/ville/app.git"]
    return Case("unresponsive-http-server", "network", build, {3}, max_seconds=40, stderr_needle="no answer from the server",
                env={"AUDITOR_NETWORK_IDLE": "5"})


# --- faults ---------------------------------------------------------------------------------------

def _mirror(work: Work) -> tuple[str, Path]:
    from tests.httpgit import HttpGitServer  # noqa: F401

    server = _served(work)
    server.serve(_repo(work), "ville/app")
    url = server.url_with_credentials("ville/app")
    first = work.auditor("audit", url, "--format", "json", "-o", str(work.out / "first.json"))
    if first.code != 0:
        raise RuntimeError(f"first audit failed: {first.stderr[-300:]!r}")
    return url, next((work.cache / "repos").glob("*.git"))


def damaged_mirror(damage: str) -> Case:
    def steps(work: Work) -> list[Run]:
        url, m = _mirror(work)
        if damage == "head-truncated":
            (m / "HEAD").write_text("")
        elif damage == "config-truncated":
            (m / "config").write_text("[cor")
        else:
            for p in (m / "objects").rglob("*"):
                if p.is_file():
                    os.chmod(p, 0o644)
                    p.write_bytes(b"")
        offline = work.auditor("audit", url, "--offline")
        again = work.auditor("audit", url, *_json_out(work))
        return [offline, again]

    def check(work: Work, run: Run) -> str | None:
        return None if _report(work)["results"] else "no results after the rebuild"
    return Case(f"mirror-{damage}", "damaged-cache", steps=steps, build=lambda w: [], exits={0}, check=check)


def damaged_fact_cache() -> Case:
    def steps(work: Work) -> list[Run]:
        r = _repo(work)
        first = work.auditor("audit", str(r), "--format", "json", "-o", str(work.out / "first.json"))
        for i, p in enumerate(sorted((work.cache / "facts").rglob("*.json"))):
            p.write_text(["[]", '{"value": 3}', "", '{"check": "0", "value": {}}'][i % 4])
        return [first, work.auditor("audit", str(r), *_json_out(work))]

    def check(work: Work, run: Run) -> str | None:
        a = json.loads((work.out / "first.json").read_text())
        b = _report(work)
        return None if [x["status"] for x in a["results"]] == [x["status"] for x in b["results"]] else "verdicts changed"
    return Case("fact-cache-wrong-shape", "damaged-cache", steps=steps, build=lambda w: [], exits={0}, check=check)


def _mount(kind: str, target: Path, options: str) -> bool:
    target.mkdir(parents=True, exist_ok=True)
    if kind == "bind":
        ok = subprocess.run(["mount", "--bind", str(target), str(target)], capture_output=True).returncode == 0
        return ok and subprocess.run(["mount", "-o", f"remount,bind,{options}", str(target)], capture_output=True).returncode == 0
    return subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)], capture_output=True).returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


def read_only_cache() -> Case:
    def steps(work: Work) -> list[Run]:
        url, _ = _mirror(work)
        if os.geteuid() == 0:
            if not _mount("bind", work.cache, "ro"):
                raise RuntimeError("cannot mount the cache read-only here")
        else:
            for p in [work.cache, *work.cache.rglob("*")]:
                if p.is_dir():
                    os.chmod(p, 0o555)
        try:
            offline = work.auditor("audit", url, "--offline", *_json_out(work))
            online = work.auditor("audit", url)
        finally:
            if os.geteuid() == 0:
                _umount(work.cache)
        return [online, offline]
    return Case("read-only-cache-offline", "read-only", steps=steps, build=lambda w: [], exits={0},
                check=lambda w, r: None if (w.out / "report.json").exists() else "no report from the read-only cache")


def read_only_output(where: str) -> Case:
    def build(work: Work) -> list[str]:
        return ["audit", str(_repo(work)), "--format", "json", "-o", where]
    return Case(f"output-{where.strip('/').replace('/', '-')}", "read-only", build, {2})


def read_only_batch_output() -> Case:
    def steps(work: Work) -> list[Run]:
        p = _portfolio(work, 1)
        ro = work.base / "ro"
        if os.geteuid() != 0 or not _mount("bind", ro, "ro"):
            raise RuntimeError("cannot mount a read-only folder here")
        try:
            return [work.auditor("batch", str(p), "-o", str(ro / "out"), "-q", "--no-history")]
        finally:
            _umount(ro)
    return Case("batch-output-read-only", "read-only", steps=steps, build=lambda w: [], exits={2})


def full_disk_cache() -> Case:
    def steps(work: Work) -> list[Run]:
        server = _served(work)
        big = {f"data/blob{i}.bin": os.urandom(200_000) for i in range(8)}
        server.serve(_repo(work, big), "ville/app")
        url = server.url_with_credentials("ville/app")
        if os.geteuid() != 0 or not _mount("tmpfs", work.cache, "size=600k"):
            raise RuntimeError("cannot mount a small file system here")
        try:
            run = work.auditor("audit", url)
            left = [p for p in work.cache.rglob("*") if p.is_file() and p.stat().st_size == 0 and ".tmp" in p.name]
            if left:
                run.stderr += b"\nzero-byte temporary files left"
        finally:
            _umount(work.cache)
        return [run]
    return Case("full-disk-cache", "full-disk", steps=steps, build=lambda w: [], exits={2}, stderr_needle="No space left on device")


# --- kills -----------------------------------------------------------------------------------------

def _portfolio(work: Work, n: int) -> Path:
    lines = ["projects:"]
    for i in range(n):
        r = make_repo(work.base / f"r{i}", [{"files": {**BASE, "app.py": f"print({i})\n"}, "date": "2025-01-10T10:00:00Z"}])
        lines.append(f"  - repository: {r}\n    id: p{i}\n    name: Projet {i}")
    p = work.base / "portfolio.yml"
    p.write_text("\n".join(lines) + "\n")
    return p


_VOLATILE = {"duration_s", "as_of", "generated_at", "started_at", "finished_at", "audited_at", "date", "now", "history", "elapsed", "duration_ms",
             "resumed", "seconds", "timings"}


def _stable(value):
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in _VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def resumed_batch() -> Case:
    def steps(work: Work) -> list[Run]:
        p = _portfolio(work, 3)
        straight = work.auditor("batch", str(p), "-o", str(work.base / "straight"), "-j", "1", "-q", "--no-history")
        killed = work.auditor("batch", str(p), "-o", str(work.out), "-j", "1", "-q", "--no-history",
                              kill_when=lambda: (work.out / "projects" / "p0.json").exists())
        resumed = work.auditor("batch", str(p), "-o", str(work.out), "-j", "1", "-q", "--no-history", "--resume")
        return [straight, killed, resumed]

    def check(work: Work, run: Run) -> str | None:
        for i in range(3):
            a = work.base / "straight" / "projects" / f"p{i}.json"
            b = work.out / "projects" / f"p{i}.json"
            if not b.exists():
                return f"p{i} missing after --resume"
            if _stable(json.loads(a.read_text())) != _stable(json.loads(b.read_text())):
                return f"p{i} differs from the uninterrupted run"
        return None
    return Case("batch-sigkill-resume", "kill-resume", steps=steps, build=lambda w: [], exits={0}, check=check, max_seconds=240)


def killed_clone_children() -> Case:
    def steps(work: Work) -> list[Run]:
        server = _served(work, silent=True)
        found: list[int] = []

        def clone_started() -> bool:
            for pid in os.listdir("/proc"):
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as fh:
                        if b"clone" in fh.read() and str(server.port).encode() in open(f"/proc/{pid}/cmdline", "rb").read():
                            found.append(int(pid))
                except OSError:
                    pass
            return bool(found)
        run = work.auditor("audit", f"http://127.0.0.1:{server.port}/ville/app.git", kill_when=clone_started)
        import time

        time.sleep(1.0)
        alive = [p for p in set(found) if os.path.exists(f"/proc/{p}") and " Z " not in open(f"/proc/{p}/stat").read()]
        if alive:
            for p in alive:
                os.kill(p, signal.SIGKILL)
            run.stderr += b"\nauditor: error: git clone survived its parent"
        return [run]
    return Case("sigkill-during-clone", "kill-leftovers", steps=steps, build=lambda w: [], exits={None},
                check=lambda w, r: "git clone survived its parent" if b"survived" in r.stderr else None)


# --- inputs misread ---------------------------------------------------------------------------------

def csv_doubled_quotes() -> Case:
    def build(work: Work) -> list[str]:
        r = _repo(work)
        p = work.base / "p.csv"
        p.write_text(f'Nom;Dépôt;Territoire\n"Projet ""Vélo""; Lyon";{r};"Métropole; Grand ""Lyon"""\n', encoding="utf-8")
        return ["batch", str(p), "-o", str(work.out), "-q"]

    def check(work: Work, run: Run) -> str | None:
        reports = list((work.out / "projects").glob("*.json"))
        if len(reports) != 1:
            return f"{len(reports)} reports instead of 1"
        return None if 'Projet "Vélo"; Lyon' in json.dumps(json.loads(reports[0].read_text()), ensure_ascii=False).replace('\\"', '"') \
            else "the project's name was mangled"
    return Case("csv-doubled-quotes", "inputs-misread", build, {0}, check=check)


def control_characters() -> Case:
    def build(work: Work) -> list[str]:
        r = make_repo(work.base / "repo", [{"files": BASE, "author": ("Ev\x1b]0;pwn\x07il\x1b[2J", "evil@example.org"),
                                            "date": "2025-01-10T10:00:00Z"}])
        return ["audit", str(r), "--format", "html", "-o", str(work.out / "r.html"), "--write", f"md:{work.out / 'r.md'}",
                "--write", f"csv:{work.out / 'r.csv'}", "--write", f"sarif:{work.out / 'r.sarif'}"]

    def check(work: Work, run: Run) -> str | None:
        for p in work.out.iterdir():
            if b"\x1b" in p.read_bytes() or b"\x07" in p.read_bytes():
                return f"control characters in {p.name}"
        return None if b"\x1b" not in run.stdout else "control characters on the terminal"
    return Case("esc-bel-author-names", "inputs-misread", build, {0}, check=check)


def history_keys() -> Case:
    def steps(work: Work) -> list[Run]:
        r = _repo(work)
        runs = [work.auditor("audit", t, "--format", "json", "-o", str(work.out / f"{i}.json")) for i, t in
                enumerate([str(r), str(r) + "/", f"file://{r}"])]
        runs.append(work.auditor("history", str(r), "--format", "json"))
        return runs

    def check(work: Work, run: Run) -> str | None:
        import sqlite3

        with sqlite3.connect(work.db) as db:
            tables = [t for (t,) in db.execute("select name from sqlite_master where type='table'")]
            table = "audits" if "audits" in tables else tables[0]
            cols = [c[1] for c in db.execute(f"pragma table_info({table})")]
            col = next(c for c in ("target_key", "key", "target") if c in cols)
            keys = {k for (k,) in db.execute(f"select distinct {col} from {table}")}
        return None if len(keys) == 1 else f"{len(keys)} history keys: {sorted(keys)}"
    return Case("history-key-path-url-slash", "inputs-misread", steps=steps, build=lambda w: [], exits={0}, check=check)


def huge_license() -> Case:
    text = "Permission is hereby granted, free of charge, to any person obtaining a copy of this software. " * 6000

    def check(work: Work, run: Run) -> str | None:
        res = {x["id"]: x for x in _report(work)["results"]}
        return None if "too large" in json.dumps(res["licensing.license-file"]["message"]) else "a large LICENSE is not said too large"
    return Case("license-over-512KB", "inputs-misread", lambda w: ["audit", str(_repo(w, {"LICENSE": text})), *_json_out(w), "--lang", "en"],
                {0}, check=check)


def empty_and_missing() -> list[Case]:
    def empty(work: Work) -> list[str]:
        r = work.base / "empty"
        git(work.base, "init", "-q", str(r))
        return ["audit", str(r)]
    return [Case("empty-repository", "nothing-to-audit", empty, {3}, stderr_needle="no commit"),
            Case("missing-path", "nothing-to-audit", lambda w: ["audit", str(w.base / "none")], {3}),
            Case("unknown-ref", "nothing-to-audit", lambda w: ["audit", str(_repo(w)), "--ref", "nope"], {3})]


def broken_pack() -> Case:
    def build(work: Work) -> list[str]:
        r = _repo(work)
        bare = work.base / "b.git"
        git(work.base, "clone", "-q", "--bare", str(r), str(bare))
        git(bare, "repack", "-a", "-d", "-q")
        pack = next((bare / "objects" / "pack").glob("*.pack"))
        data = bytearray(pack.read_bytes())
        for i in range(40, len(data) - 40):
            data[i] ^= 0x5A
        os.chmod(pack, 0o644)
        pack.write_bytes(bytes(data))
        return ["audit", str(bare)]
    return Case("corrupt-pack", "damaged-repository", build, {3}, check=lambda w, r: "said 'no commit' for a broken pack"
                if b"no commit" in r.stderr else None)


def many_files(n: int, heavy: bool) -> Case:
    def build(work: Work) -> list[str]:
        r = work.base / "repo"
        git(work.base, "init", "-q", str(r))
        blob = "print(1)\n"
        lines = ["commit refs/heads/main\ncommitter Dev <dev@example.org> 1600000000 +0000\ndata 5\nmany\n"]
        lines.append(f"M 644 inline README.md\ndata {len(README.encode())}\n{README}\n")
        for i in range(n):
            lines.append(f"M 644 inline src/m{i // 1000}/f{i}.py\ndata {len(blob)}\n{blob}\n")
        git(r, "fast-import", "--quiet", input="".join(lines).encode())
        git(r, "symbolic-ref", "HEAD", "refs/heads/main")
        return ["audit", str(r), *_json_out(work)]
    return Case(f"tree-{n}-files", "bounded-tree", build, {0, 3}, max_seconds=300 if heavy else 120, max_rss_mb=1500, heavy=heavy)


def big_blob(mb: int, heavy: bool) -> Case:
    def build(work: Work) -> list[str]:
        return ["audit", str(_repo(work, {"data/big.bin": b"\0" * (mb << 20), "data/big.csv": ("a,b\n" * (mb << 18))})), *_json_out(work)]
    return Case(f"blob-{mb}MB", "bounded-tree", build, {0}, max_seconds=180, max_rss_mb=900, heavy=heavy)


def corpus() -> list[Case]:
    cases: list[Case] = []
    for how in ("symlink", "gitdir", "commondir"):
        cases.append(indirection(how, url=False))
    cases += [indirection("gitdir", url=True), indirection("symlink", url=True), symlink_out_of_tree(), hostile_git_config(),
              mailmap_of_the_current_folder()]
    cases += [credentialed_clone(), credentialed_bad_url(), credentialed_portfolio(), token_in_environment(), stale_partial_mirror()]
    for kind in ("portfolio", "ruleset"):
        for t in ("alias-bomb", "brackets", "deep-block", "dev-zero"):
            cases.append(user_file(kind, t))
    cases += [user_file("report", "deep-json"), user_file("report", "dev-zero")]
    cases += [repository_file("publiccode.yml", "publiccodeYmlVersion: " + BRACKETS, "repo-publiccode-brackets"),
              repository_file(".gitlab-ci.yml", ALIAS_BOMB + DEEP_BLOCK[:20000], "repo-ci-yaml-bombs"),
              repository_file("package.json", "[" * 100_000, "repo-deep-package-json"),
              repository_file("openapi.yaml", BRACKETS, "repo-openapi-brackets"),
              big_mailmap_light(), huge_mailmap(), long_history(3_000, heavy=False), long_history(100_000, heavy=True),
              unresponsive_server()]
    cases += [damaged_mirror("head-truncated"), damaged_mirror("config-truncated"), damaged_mirror("objects-emptied"),
              damaged_fact_cache(), read_only_cache(), read_only_output("/dev/full"), read_only_output("/proc/i15-report.json"),
              read_only_batch_output(), full_disk_cache(), broken_pack()]
    cases += [resumed_batch(), killed_clone_children()]
    cases += [csv_doubled_quotes(), control_characters(), history_keys(), huge_license(), *empty_and_missing()]
    cases += [many_files(20_000, heavy=False), many_files(200_000, heavy=True), big_blob(8, heavy=False), big_blob(300, heavy=True)]
    return cases

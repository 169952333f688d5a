"""Run hostile cases as subprocesses and check what every case must satisfy.

For each case: the exit code is in the documented set (and the one expected), an error is one line
on stderr with no traceback, wall time and peak memory (``os.wait4``'s ``ru_maxrss``) stay under the
case's bounds, the canary (a file outside every target) never appears in any output, and no
credential appears in the output, the logs, the cache, the history store or, when the case samples
them, the command lines of the auditor's child processes.
"""

from __future__ import annotations

import base64
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTED_EXITS = {0, 1, 2, 3, 4, 137}
# Time bounds are for an ordinary machine; on a loaded one, scale them (AUDITOR_RELIABILITY_TIME_SCALE=3).
def time_scale() -> float:
    return float(os.environ.get("AUDITOR_RELIABILITY_TIME_SCALE", "1"))
CANARY = "CANARY-5c1e0d7a-not-in-any-target"
SECRET = "Pw/d#3?k@Zq9"  # a password with the characters that broke redaction
TOKEN = "glpat-RELIABILITY-0b7f3c9e21"
SECRET_FORMS = (SECRET.encode(), quote(SECRET, safe="").encode(), TOKEN.encode(),
                base64.b64encode(f"agent:{SECRET}".encode()), base64.b64encode(f"oauth2:{TOKEN}".encode()))


@dataclass
class Run:
    argv: list[str]
    code: int | None
    stdout: bytes
    stderr: bytes
    seconds: float
    max_rss_mb: float
    cmdlines: list[bytes] = field(default_factory=list)


@dataclass
class Case:
    """One hostile input: ``build(work)`` prepares it and returns the argv after ``auditor``."""

    name: str
    kind: str
    build: Callable[["Work"], list[str]]
    exits: set[int]
    max_seconds: float = 90.0
    max_rss_mb: float = 1024.0
    stderr_needle: str | None = None
    check: Callable[["Work", Run], str | None] | None = None  # extra check: None or what went wrong
    sample_cmdlines: bool = False
    heavy: bool = False
    env: dict[str, str] = field(default_factory=dict)
    steps: Callable[["Work"], list[Run]] | None = None  # a case made of several runs (kill, resume)
    debug: bool = False  # run with --debug: a redacted trace is expected on stderr


class Work:
    """A case's private folder: home, cache, history and output live here, the canary beside it."""

    def __init__(self, base: Path, name: str) -> None:
        self.base = base / name
        self.base.mkdir(parents=True)
        self.home = self.base / "home"
        self.home.mkdir()
        self.cache = self.base / "cache"
        self.db = self.base / "history.sqlite"
        self.out = self.base / "out"
        self.canary_dir = base / "canary"
        self.servers: list = []
        self.env = dict(os.environ)
        for var in ("GITHUB_TOKEN", "GH_TOKEN", "GITLAB_TOKEN", "AUDITOR_DEBUG", "AUDITOR_DB", "AUDITOR_CACHE_DIR", "CI"):
            self.env.pop(var, None)
        self.env.update({"HOME": str(self.home), "XDG_CACHE_HOME": str(self.home / ".cache"), "XDG_DATA_HOME": str(self.home / ".data"),
                         "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": str(self.home / "gitconfig"), "AUDITOR_OFFLINE_INDEX": "1",
                         "AUDITOR_CACHE_DIR": str(self.cache), "AUDITOR_DB": str(self.db), "NO_COLOR": "1", "LC_ALL": "C.UTF-8",
                         "PYTHONPATH": str(ROOT)})
        (self.home / "gitconfig").write_text("[user]\n\tname = Reliability\n\temail = r@example.org\n[protocol \"file\"]\n\tallow = always\n")

    def auditor(self, *args: str, env: dict[str, str] | None = None, sample: bool = False, kill_when: Callable[[], bool] | None = None,
                timeout: float = 600) -> Run:
        argv = [sys.executable, "-m", "auditor", *args]
        full = dict(self.env)
        full.update(env or {})
        out_f, err_f = open(self.base / "stdout", "w+b"), open(self.base / "stderr", "w+b")
        t0 = time.monotonic()
        proc = subprocess.Popen(argv, stdout=out_f, stderr=err_f, stdin=subprocess.DEVNULL, env=full, cwd=self.base)
        cmdlines: list[bytes] = []
        stop = threading.Event()
        sampler = None
        if sample:
            def sampling() -> None:
                while not stop.is_set():
                    cmdlines.extend(descendant_cmdlines(proc.pid))
                    time.sleep(0.02)
            sampler = threading.Thread(target=sampling, daemon=True)
            sampler.start()
        killed = False
        hwm_kb = 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            hwm_kb = max(hwm_kb, _vm_hwm_kb(proc.pid))
            if kill_when is not None and not killed and kill_when():
                os.kill(proc.pid, signal.SIGKILL)
                killed = True
            if time.monotonic() - t0 > timeout:
                os.kill(proc.pid, signal.SIGKILL)
            time.sleep(0.05)
        seconds = time.monotonic() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        stop.set()
        if sampler:
            sampler.join()
        out_f.seek(0), err_f.seek(0)
        # ru_maxrss of a child counts its parent's memory up to exec (fork and vfork alike): it is
        # exact when this runner is small (python -m tests.reliability); inside pytest, the peak seen
        # in /proc while the auditor runs (VmHWM, sampled every 50 ms) is the auditor's own.
        rss_mb = hwm_kb / 1024 if hwm_kb else usage.ru_maxrss / 1024
        run = Run(argv, None if killed else proc.returncode, out_f.read(), err_f.read(), seconds, rss_mb, cmdlines)
        out_f.close(), err_f.close()
        return run


def _vm_hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


@dataclass
class Verdict:
    case: Case
    runs: list[Run]
    problems: list[str]

    @property
    def survived(self) -> bool:
        return not self.problems


def _outputs(work: Work) -> list[tuple[str, bytes]]:
    found = []
    for root in (work.out, work.cache, work.db, work.base / "stdout", work.base / "stderr"):
        if root.is_file():
            found.append((str(root), root.read_bytes()))
        elif root.is_dir():
            for p in root.rglob("*"):
                if p.is_file() and not p.is_symlink():
                    try:
                        found.append((str(p), p.read_bytes()))
                    except OSError:
                        pass
    return found


def _descendants(root: int) -> list[int]:
    """The processes below `root` (its children, theirs…), from /proc's parent links: the command lines sampled are this
    run's own, never those of another audit running on the same machine at the same time (a parallel test run)."""
    children: dict[int, list[int]] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2:].split()
        if len(fields) > 1 and fields[1].isdigit():
            children.setdefault(int(fields[1]), []).append(int(name))
    found: list[int] = []
    todo = [root]
    while todo:
        for child in children.get(todo.pop(), ()):
            found.append(child)
            todo.append(child)
    return found


def descendant_cmdlines(root: int) -> list[bytes]:
    """The command lines of the processes below `root` now (a process gone meanwhile is passed over)."""
    found: list[bytes] = []
    for pid in _descendants(root):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as fh:
                found.append(fh.read())
        except OSError:
            pass
    return found


def _own_cmdline(run: Run) -> bytes:
    return b"\0".join(os.fsencode(a) for a in run.argv[1:]) + b"\0"


def judge(case: Case, work: Work) -> Verdict:
    problems: list[str] = []
    try:
        runs = case.steps(work) if case.steps else [work.auditor(*case.build(work), env=case.env, sample=case.sample_cmdlines)]
    except Exception as exc:  # noqa: BLE001 - a case that cannot be built is a failed case
        return Verdict(case, [], [f"case could not run: {type(exc).__name__}: {exc}"])
    final = runs[-1]
    for r in runs:
        if r.code is not None and r.code not in DOCUMENTED_EXITS:
            problems.append(f"exit {r.code} is not documented")
        err = r.stderr.decode("utf-8", "replace")
        if b"Traceback" in r.stderr and not case.debug:
            problems.append("traceback on stderr")
        lines = [ln for ln in err.splitlines() if ln.strip() and "warning" not in ln.lower()]
        if case.debug:
            lines = [ln for ln in lines if ln.startswith("auditor:")]
        if r.code not in (0, None) and r.code != 1 and (len(lines) != 1 or not lines[0].startswith("auditor: ")):
            problems.append(f"error is not one line: {err[:300]!r}")
        if "internal error" in err:
            problems.append(f"internal error: {err.strip()[:300]}")
        if r.seconds > case.max_seconds * time_scale():
            problems.append(f"took {r.seconds:.1f}s (bound {case.max_seconds * time_scale():.0f}s)")
        if r.max_rss_mb > case.max_rss_mb:
            problems.append(f"peak memory {r.max_rss_mb:.0f} MB (bound {case.max_rss_mb:.0f} MB)")
        own = _own_cmdline(r)
        for c in r.cmdlines:
            if (SECRET.encode() in c or TOKEN.encode() in c) and not c.endswith(own):
                problems.append(f"credential on a child's command line: {c[:120]!r}")
                break
    if final.code not in case.exits:
        problems.append(f"exit {final.code}, expected {sorted(case.exits)}: {final.stderr.decode('utf-8', 'replace').strip()[:300]}")
    if case.stderr_needle and case.stderr_needle not in final.stderr.decode("utf-8", "replace"):
        problems.append(f"stderr lacks {case.stderr_needle!r}: {final.stderr.decode('utf-8', 'replace').strip()[:200]}")
    for path, data in _outputs(work):
        if CANARY.encode() in data:
            problems.append(f"canary read outside the target, found in {path}")
        if any(form in data for form in SECRET_FORMS):
            problems.append(f"credential found in {path}")
        if "Pw" + "/d" in path:
            problems.append(f"credential in a path: {path}")
    if case.check:
        try:
            extra = case.check(work, final)
        except Exception as exc:  # noqa: BLE001
            extra = f"check failed: {type(exc).__name__}: {exc}"
        if extra:
            problems.append(extra)
    for server in work.servers:
        server.stop()
    return Verdict(case, runs, problems)


def make_work_base(base: Path) -> Path:
    """The folder of a run: the canary repository, outside every case's target."""
    from tests.reliability.corpus import make_canary

    make_canary(base / "canary")
    return base


def run_corpus(base: Path, cases: list[Case], *, heavy: bool = False, log=print) -> list[Verdict]:
    make_work_base(base)
    verdicts = []
    for case in cases:
        if case.heavy and not heavy:
            continue
        v = judge(case, Work(base, case.name))
        verdicts.append(v)
        worst = max(v.runs, key=lambda r: r.seconds) if v.runs else None
        log(f"{'ok  ' if v.survived else 'FAIL'} {case.kind:<22} {case.name:<34} "
            + (f"{worst.seconds:6.1f}s {max(r.max_rss_mb for r in v.runs):6.0f} MB exit {v.runs[-1].code}" if worst else "")
            + ("" if v.survived else "  <- " + "; ".join(v.problems)), flush=True)
    return verdicts


def summary(verdicts: list[Verdict]) -> str:
    runs = [(v.case.name, r) for v in verdicts for r in v.runs]
    survived = sum(v.survived for v in verdicts)
    kinds = sorted({v.case.kind for v in verdicts})
    if not runs:
        return "no case ran"
    slow = max(runs, key=lambda x: x[1].seconds)
    big = max(runs, key=lambda x: x[1].max_rss_mb)
    return (f"reliability: {len(verdicts)} cases ({len(kinds)} kinds), {survived} survived, {len(verdicts) - survived} failed; "
            f"worst time {slow[1].seconds:.1f}s ({slow[0]}), worst memory {big[1].max_rss_mb:.0f} MB ({big[0]})")

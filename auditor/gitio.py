"""Running git safely on untrusted repositories.

Every call goes through :func:`git_cmd`, which overrides the configuration keys through which a
repository's own ``.git/config`` could make git run a program (signature verification, fsmonitor,
pager, hooks), forbids the ``ext::`` transport and never prompts for credentials.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from auditor.errors import TargetError
from auditor.target import redact

SAFE_CONFIG = (
    "safe.directory=*",
    "core.fsmonitor=false",
    "core.hooksPath=/dev/null",
    "core.pager=cat",
    "log.showSignature=false",
    "gpg.program=false",
    "gpg.ssh.program=false",
    "gpg.x509.program=false",
    "protocol.ext.allow=never",
    "protocol.fd.allow=never",
    "core.untrackedCache=false",
    "diff.external=",
    "log.follow=false",
    "color.ui=false",
)


def git_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_PAGER": "cat",
            "PAGER": "cat",
            "LC_ALL": "C",
            "GIT_OPTIONAL_LOCKS": "0",
            "GIT_NO_REPLACE_OBJECTS": "1",
            # Reading never fetches: a partial clone's missing object is not asked of its remote (git 2.44 and later)
            "GIT_NO_LAZY_FETCH": "1",
        }
    )
    env.pop("GIT_DIR", None)
    env.pop("GIT_WORK_TREE", None)
    if "GIT_SSH_COMMAND" not in env:
        env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new"
    if extra:
        env.update(extra)
    return env


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    if _PRCTL is not None:
        _PRCTL(1, 9)  # PR_SET_PDEATHSIG, SIGKILL: a killed auditor leaves no git behind


def _load_prctl():
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _load_prctl()
# ``preexec_fn`` for every git process (also the long-lived ``cat-file --batch``): on Linux, git dies
# with the thread that started it, so ``kill -9`` of an audit or a batch stops its clones at once.
CHILD_SETUP = _die_with_parent if _PRCTL is not None else None
_SETPRIV: list[tuple[str, ...]] = []


def _setpriv() -> tuple[str, ...]:
    """``setpriv --pdeathsig KILL`` (util-linux 2.33 and later) when it runs here, else (): the same death signal set by a
    program git is started through, instead of a ``preexec_fn``. A ``preexec_fn`` makes Python fork the whole interpreter
    (no vfork): 20 times the cost of starting git from a process of 150 MB, more on a loaded machine (6 ms of the auditor's
    CPU and 130 ms of waiting per git on 2 busy CPUs, against 0.3 and 30 ms), about ten times per audit; and it is unsafe
    in a process running threads, as a batch does."""
    if not _SETPRIV:
        found: tuple[str, ...] = ()
        exe = shutil.which("setpriv") if _PRCTL is not None else None
        if exe:
            probe = [exe, "--pdeathsig", "KILL", "--", "git", "--version"]
            try:
                ok = subprocess.run(probe, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                                    timeout=30).returncode == 0
            except (OSError, subprocess.SubprocessError):
                ok = False
            found = tuple(probe[:4]) if ok else ()
        _SETPRIV.append(found)
    return _SETPRIV[0]


def launch(cmd: list[str]) -> tuple[list[str], Callable[[], None] | None]:
    """The argument list and ``preexec_fn`` that start ``cmd`` (a git command) so that it dies with the thread starting it."""
    prefix = _setpriv()
    return ([*prefix, *cmd], None) if prefix else (cmd, CHILD_SETUP)


def git_cwd(git_dir: str | None) -> str | None:
    """The folder git runs in: the git directory itself, never the user's current folder (git reads
    a ``.mailmap`` from the current folder, which would rename the audited project's authors)."""
    return os.path.abspath(git_dir) if git_dir else None


def git_cmd(git_dir: str | None, *args: str) -> list[str]:
    cmd = ["git"]
    for item in SAFE_CONFIG:
        cmd += ["-c", item]
    if git_dir:
        cmd += ["--git-dir", os.path.abspath(git_dir)]
    cmd += list(args)
    return cmd


class GitError(Exception):
    def __init__(self, args: Sequence[str], returncode: int, stderr: str) -> None:
        self.returncode = returncode
        self.stderr = redact(stderr.strip())
        self.summary = summarize(self.stderr) or f"git exited with {returncode}"
        super().__init__(self.summary)


_FULL = ("No space left on device", "Disk quota exceeded", "Read-only file system")


def summarize(stderr: str) -> str:
    """The line of git's error output that says what went wrong: the disk being full rather than
    the "invalid index-pack output" that follows it, git's ``fatal:`` line with the server's
    reason before it rather than the last line of a hint ("and the repository exists.")."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        for cause in _FULL:
            if cause in ln:
                return ln.removeprefix("fatal: ").removeprefix("error: ")
    fatal = [i for i, ln in enumerate(lines) if ln.startswith(("fatal:", "error:"))]
    if not fatal:
        return lines[-1] if lines else ""
    i = fatal[0]
    line = lines[i]
    if line.endswith(":") and i + 1 < len(lines) and not lines[i + 1].startswith(("hint:", "fatal:", "error:")):
        line = f"{line} {lines[i + 1]}"  # "unable to connect to host:" then the reason
    before = lines[i - 1] if i and not lines[i - 1].startswith(("hint:", "warning:", "fatal:", "error:")) else ""
    return f"{line} ({before.removeprefix('remote: ')})" if before else line


def disk_full(exc: BaseException) -> bool:
    """Whether a git failure comes from the cache's disk, not from the repository."""
    text = getattr(exc, "stderr", "") or ""
    return any(cause in text for cause in _FULL)


def run_git(
    git_dir: str | None,
    *args: str,
    timeout: float | None = 120,
    input: bytes | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
) -> bytes:
    """Run git and return its standard output; raise :class:`GitError` on failure."""
    cmd = git_cmd(git_dir, *args)
    argv, setup = launch(cmd)
    proc = subprocess.run(
        argv, input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
        env=git_env(env), stdin=None if input is not None else subprocess.DEVNULL, preexec_fn=setup,
        cwd=git_cwd(git_dir),
    )
    if check and proc.returncode != 0:
        raise GitError(cmd, proc.returncode, proc.stderr.decode("utf-8", "replace"))
    return proc.stdout


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _links_back(git_dir: Path, dotgit: Path, root: Path) -> bool:
    """Whether a ``gitdir:`` outside the folder is git's own link: a worktree whose administrative
    folder names this ``.git`` file back, or a submodule whose ``core.worktree`` is this folder."""
    try:
        back = (git_dir / "gitdir").read_text(encoding="utf-8", errors="replace")[:4096].strip()
        if back and (git_dir / back).resolve() == dotgit:
            return True
        out = run_git(None, "config", "--file", str(git_dir / "config"), "--get", "core.worktree", timeout=10, check=False)
        tree = out.decode("utf-8", "replace").strip()
        return bool(tree) and (git_dir / tree).resolve() == root
    except (OSError, subprocess.TimeoutExpired):
        return False


def _refuse(path: str, what: str) -> TargetError:
    return TargetError(f"{path}: {what} leads outside the folder; refused (the target must be the folder itself)")


class GitIdle(subprocess.TimeoutExpired):
    """git received nothing for ``idle`` seconds (an unresponsive server)."""

    def __init__(self, cmd: list[str], idle: float) -> None:
        super().__init__(cmd, idle)
        self.idle = idle


def run_git_watched(git_dir: str | None, *args: str, timeout: float, idle: float,
                    env: dict[str, str] | None = None) -> None:
    """A network git command (clone, fetch) with ``--progress``: stopped when git has said nothing
    for ``idle`` seconds (a server that accepts and never answers), whatever the protocol, or after
    ``timeout`` seconds in all. Raises :class:`GitError`, :class:`GitIdle` or ``TimeoutExpired``."""
    import threading
    import time

    cmd = git_cmd(git_dir, *args)
    argv, setup = launch(cmd)
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                            env=git_env(env), preexec_fn=setup, cwd=git_cwd(git_dir))
    last = [time.monotonic()]
    tail: list[bytes] = []

    def drain() -> None:
        assert proc.stderr is not None
        while chunk := proc.stderr.read1(4096):  # type: ignore[attr-defined]
            last[0] = time.monotonic()
            tail.append(chunk)
            if len(tail) > 64:
                del tail[:32]

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    start = time.monotonic()
    try:
        while proc.poll() is None:
            now = time.monotonic()
            if now - start > timeout:
                raise subprocess.TimeoutExpired(cmd, timeout)
            if now - last[0] > idle:
                raise GitIdle(cmd, idle)
            try:
                proc.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        reader.join(timeout=5)
    if proc.returncode != 0:
        text = b"".join(tail).decode("utf-8", "replace").replace("\r", "\n")
        raise GitError(cmd, proc.returncode, "\n".join(ln for ln in text.splitlines() if "%" not in ln or "fatal" in ln))


def resolve_git_dir(path: str) -> str:
    """The git directory of a checkout or bare repository at ``path``, without git's discovery:
    a ``.git`` symlink, a ``gitdir:`` file or a ``commondir`` leading outside the folder would make
    another repository audited under this folder's name, so they are refused with one line (a
    worktree or submodule that git itself linked back to this folder is followed)."""
    root = Path(path).resolve()
    dotgit = root / ".git"
    linked = False
    if dotgit.is_symlink():
        git_dir = dotgit.resolve()
        if not _inside(git_dir, root):
            raise _refuse(path, ".git (a symbolic link)")
    elif dotgit.is_file():
        try:
            with open(dotgit, "rb") as fh:
                head = fh.read(4096).decode("utf-8", "replace")
        except OSError as exc:
            raise TargetError(f"{path}: cannot read .git: {exc.strerror}") from None
        link = head[7:].strip().split("\n", 1)[0].strip() if head.startswith("gitdir:") else ""
        if not link:
            raise TargetError(f"{path}: .git is a file that is not a 'gitdir:' link")
        git_dir = (root / link).resolve()
        if not _inside(git_dir, root):
            if not _links_back(git_dir, dotgit, root):
                raise _refuse(path, ".git (a 'gitdir:' file)")
            linked = True
    elif dotgit.is_dir():
        git_dir = dotgit
    else:
        git_dir = root  # a bare repository given directly
    if not linked:
        for entry in ("HEAD", "config", "objects", "refs", "packed-refs", "commondir", "shallow"):
            p = git_dir / entry
            if (p.is_symlink() or p.exists()) and not _inside(p.resolve(), root):
                raise _refuse(path, f"{entry} (a symbolic link)")
        common = git_dir / "commondir"
        if common.is_file():
            try:
                target = common.read_text(encoding="utf-8", errors="replace")[:4096].strip()
            except OSError:
                target = ""
            if target and not _inside((git_dir / target).resolve(), root):
                raise _refuse(path, "commondir")
    out = run_git(str(git_dir), "rev-parse", "--absolute-git-dir", timeout=30)
    return out.decode().strip()

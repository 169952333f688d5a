"""Bring a target's repository here and pick the commit to audit.

Remote targets are kept as bare mirrors in a cache folder (one per target, named from the
credential-free URL), cloned once and fetched on later audits, under a file lock so that parallel
audits never clash. Local checkouts are read in place (never modified). Nothing is checked out.
"""

from __future__ import annotations

import base64
import fcntl
import os
import re
import shutil
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time as dtime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from auditor.errors import TargetError, UsageError
from auditor.gitio import GitError, GitIdle, disk_full, resolve_git_dir, run_git, run_git_watched, summarize
from auditor.lazyre import lazy_compile
from auditor.snapshot import FolderSnapshot, GitSnapshot, Snapshot
from auditor.target import Target, parse_target, redact


def default_cache_dir() -> Path:
    from auditor.dirs import user_cache_dir

    return user_cache_dir()


def end_of_day(day: date) -> datetime:
    """``as_of`` is the end of that day, UTC."""
    return datetime.combine(day, dtime(23, 59, 59), tzinfo=timezone.utc)


def parse_as_of(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--as-of: {text!r} is not a date in the form YYYY-MM-DD") from None


@dataclass
class Acquired:
    """The git directory and the commit picked for the audit."""

    git_dir: str | None
    commit: str | None
    ref: str | None
    shallow: bool
    folder: str | None = None
    fetched: bool = False
    warning: str | None = None
    target: Target | None = None  # the target as acquired: a local checkout is named after its origin


@contextmanager
def _locked(lock_path: Path, timeout: float):
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(lock_path, "a+")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise _cache_error(lock_path.parent, exc) from None
    with fh:
        start = time.monotonic()
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() - start > timeout:
                    raise TargetError(f"another audit holds the cache lock {lock_path.name} for over {int(timeout)}s") from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _git_failure(target: Target, exc: Exception, action: str) -> TargetError:
    if isinstance(exc, GitIdle):
        return TargetError(f"{target.input}: {action} timed out: no answer from the server for {int(exc.idle)}s")
    if isinstance(exc, subprocess.TimeoutExpired):
        return TargetError(f"{target.input}: {action} timed out after {int(exc.timeout)}s")
    msg = getattr(exc, "summary", str(exc))
    msg = redact(msg).removeprefix("fatal: ")
    return TargetError(f"{target.input}: {action} failed: {msg}")


# git asks this helper (through the shell, with the values in its environment) for the
# credentials typed in the URL: they are never on a command line, in a file or in the cache.
_HELPER = '!f() { test "$1" = get && printf "username=%s\\npassword=%s\\n" "$AUDITOR_GIT_USERNAME" "$AUDITOR_GIT_PASSWORD"; }; f'


def _config_env(pairs: list[tuple[str, str]]) -> dict[str, str]:
    env = {"GIT_CONFIG_COUNT": str(len(pairs))}
    for i, (key, value) in enumerate(pairs):
        env[f"GIT_CONFIG_KEY_{i}"], env[f"GIT_CONFIG_VALUE_{i}"] = key, value
    return env


def auth_env(target: Target, token: str | None) -> dict[str, str] | None:
    """git configuration, through the environment (never the command line, never a file), that
    authenticates to the target's host only: the ``user:password`` typed in the URL through a
    credential helper that reads them from the environment (the user's own helpers, which could
    store them, are switched off), or else a forge token as an HTTP header."""
    url = target.clone_url or ""
    if target.secret_url and target.host:
        parts = urlsplit(target.secret_url)
        scheme = parts.scheme.lower()
        origin = f"{scheme}://{target.host}" + (f":{parts.port}" if parts.port else "")
        env = _config_env([("credential.helper", ""), (f"credential.{origin}.helper", _HELPER),
                           ("credential.interactive", "false")])
        env["AUDITOR_GIT_USERNAME"] = unquote(parts.username or "")
        env["AUDITOR_GIT_PASSWORD"] = unquote(parts.password or "")
        return env
    if not token or not url.startswith("https://") or not target.host:
        return None
    user = "oauth2" if target.forge == "gitlab" else "x-access-token"
    basic = base64.b64encode(f"{user}:{token}".encode()).decode()
    return _config_env([(f"http.https://{target.host}/.extraHeader", f"Authorization: Basic {basic}")])


NETWORK_IDLE = 30.0  # seconds without a byte from the server before a clone or fetch is stopped
# Network defaults that fit a CI job: https transfers slower than 1 KB/s for 30 s are stopped by
# curl itself; ssh gives up connecting after 20 s; any protocol is watched for silence (NETWORK_IDLE).
_NETWORK_CONFIG = [("http.lowSpeedLimit", "1000"), ("http.lowSpeedTime", "30")]
_SSH = "ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new -o ConnectTimeout=20 -o ServerAliveInterval=15 -o ServerAliveCountMax=2"


def network_env(target: Target, token: str | None) -> dict[str, str]:
    """The environment of a clone, fetch or ls-remote: network bounds plus :func:`auth_env`."""
    pairs = list(_NETWORK_CONFIG)
    auth = auth_env(target, token) or {}
    for i in range(int(auth.get("GIT_CONFIG_COUNT", 0))):
        pairs.append((auth[f"GIT_CONFIG_KEY_{i}"], auth[f"GIT_CONFIG_VALUE_{i}"]))
    env = {k: v for k, v in auth.items() if not k.startswith("GIT_CONFIG_")}
    env.update(_config_env(pairs))
    if "GIT_SSH_COMMAND" not in os.environ:
        env["GIT_SSH_COMMAND"] = _SSH
    return env


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(repos: Path) -> list[str]:
    """Remove partial mirrors (``*.tmp-PID``) left by a killed audit whose process is gone."""
    removed = []
    try:
        entries = list(os.scandir(repos))
    except OSError:
        return removed
    for entry in entries:
        stem, sep, pid = entry.name.rpartition(".tmp-")
        if not sep or not pid.isdigit() or int(pid) == os.getpid() or _pid_alive(int(pid)):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        if not os.path.lexists(entry.path):
            removed.append(entry.name)
    return removed


def mirror_damage(git_dir: str) -> str | None:
    """Why a cached mirror cannot be read (truncated HEAD or config, a corrupt pack under HEAD), or None."""
    try:
        run_git(git_dir, "for-each-ref", "--count=1", "refs/", timeout=60)
        head = run_git(git_dir, "rev-parse", "--verify", "--quiet", "HEAD", timeout=60, check=False).decode().strip()
        if head:
            run_git(git_dir, "cat-file", "-e", f"{head}^{{tree}}", timeout=60)
    except GitError as exc:
        return exc.summary.removeprefix("fatal: ")
    except subprocess.TimeoutExpired:
        return "git did not answer"
    return None


def _cache_error(repos: Path, exc: BaseException) -> UsageError:
    reason = getattr(exc, "strerror", None) or summarize(getattr(exc, "stderr", "") or "") or str(exc)
    return UsageError(f"the cache folder {repos} cannot be written ({reason}); free space, use --cache-dir, "
                      "or --offline to read a shared read-only cache")


def mirror(target: Target, cache_dir: Path, *, offline: bool = False, timeout: float = 600,
           token: str | None = None, idle: float | None = None, depth: int | None = None) -> tuple[str, bool, str | None]:
    """Clone or update the bare mirror of a remote target; return (git_dir, fetched, warning).

    ``token`` (from the environment or the portfolio) authenticates https clones of private
    repositories; it is passed to git through environment variables only. A damaged mirror is
    cloned again (once); partial mirrors of killed audits are removed. ``--offline`` reads the
    cache without writing to it (a shared read-only cache works). ``depth`` keeps only the
    newest commits (the light audit of ``auditor discover``), in a cache folder of its own so that a
    full audit never reads a shallow copy."""
    repos = Path(cache_dir) / ("repos" if not depth else f"repos-depth{int(depth)}")
    shallow = ("--depth", str(int(depth))) if depth else ()
    dest = repos / f"{target.slug}.git"
    url = target.clone_url  # credentials reach git through auth_env only
    assert url
    idle = float(os.environ.get("AUDITOR_NETWORK_IDLE", NETWORK_IDLE)) if idle is None else idle
    if url.startswith("file:"):
        # A local repository through a URL: the same checks as a local path (no .git indirection out).
        local = unquote(urlsplit(url).path)
        if os.path.isdir(local):
            url = resolve_git_dir(local)
    if offline:
        if not dest.is_dir():
            raise TargetError(f"{target.input}: not in the cache and --offline was given")
        damage = mirror_damage(str(dest))
        if damage:
            raise TargetError(f"{target.input}: the cached copy is damaged ({damage}); run without --offline to clone it again")
        return str(dest), False, None
    env = network_env(target, token)
    with _locked(repos / f"{target.slug}.lock", timeout=timeout):
        clean_stale(repos)
        warning = None
        if dest.is_dir():
            damage = mirror_damage(str(dest))
            if damage is None:
                return _update(target, dest, url, env, timeout, idle, shallow)
            warning = f"the cached copy was damaged ({damage}) and was cloned again"
            broken = repos / f"{target.slug}.broken-{os.getpid()}"
            os.replace(dest, broken)
            shutil.rmtree(broken, ignore_errors=True)
        tmp = repos / f"{target.slug}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            run_git_watched(None, "clone", "--mirror", "--progress", "--no-hardlinks", *shallow, "--", url, str(tmp),
                            timeout=timeout, idle=idle, env=env)
            os.replace(tmp, dest)
        except (GitError, subprocess.TimeoutExpired, OSError) as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            if isinstance(exc, OSError) or disk_full(exc):
                raise _cache_error(repos, exc) from None
            raise _git_failure(target, exc, "clone") from None
        return str(dest), True, warning


def _update(target: Target, dest: Path, url: str, env: dict[str, str], timeout: float, idle: float,
            shallow: tuple[str, ...] = ()) -> tuple[str, bool, str | None]:
    try:
        run_git_watched(str(dest), "fetch", "--prune", "--progress", "--no-write-fetch-head", *shallow, url,
                        "+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*", timeout=timeout, idle=idle, env=env)
    except (GitError, subprocess.TimeoutExpired) as exc:
        return str(dest), False, f"could not update the cached copy ({_git_failure(target, exc, 'fetch')}); audited as cached"
    # Keep HEAD in step with the remote's default branch.
    try:
        out = run_git(None, "ls-remote", "--symref", url, "HEAD", timeout=min(timeout, idle), env=env).decode()
        for line in out.splitlines():
            if line.startswith("ref: ") and line.endswith("\tHEAD"):
                run_git(str(dest), "symbolic-ref", "HEAD", line[5:].split("\t")[0], timeout=30)
    except (GitError, subprocess.TimeoutExpired):
        pass
    return str(dest), True, None


_MISSING_REV = lazy_compile(r"Needed a single revision|unknown revision|ambiguous argument|bad revision|invalid object name|not a valid object name", re.I)


def select_commit(git_dir: str, ref: str | None, as_of: date | None, label: str) -> tuple[str, str | None]:
    """The commit to audit: ``ref`` (default HEAD), or its last commit on or before ``as_of``."""
    start = ref or "HEAD"
    if start.startswith("-"):
        raise UsageError(f"--ref: {start!r} is not a ref")
    failure = None
    try:
        sha = run_git(git_dir, "rev-parse", "--verify", "--end-of-options", f"{start}^{{commit}}", timeout=60).decode().strip()
    except GitError as exc:
        sha, failure = "", exc
    if not sha:
        try:  # a repository git cannot read is said so, not taken for an empty one
            has_any = run_git(git_dir, "for-each-ref", "--count=1", "refs/", timeout=60).strip()
        except GitError as exc:
            raise TargetError(f"{label}: the repository cannot be read: {exc.summary.removeprefix('fatal: ')}") from None
        if failure is not None and not _MISSING_REV.search(failure.stderr):
            raise TargetError(f"{label}: the repository cannot be read: {failure.summary.removeprefix('fatal: ')}")
        if ref is None:
            if not has_any:
                raise TargetError(f"{label}: the repository has no commit: nothing to audit")
            # (an empty default branch beside branches with commits: name them, in name order, for --ref)
            names = run_git(git_dir, "for-each-ref", "--count=5", "--sort=refname", "--format=%(refname:short)", "refs/heads/", "refs/remotes/",
                            timeout=60).decode(errors="replace").split()
            hint = f"; branches with commits: {', '.join(names)} (audit one with --ref {names[0]})" if names else ""
            raise TargetError(f"{label}: HEAD points to no commit (its branch is empty){hint}")
        raise TargetError(f"{label}: ref {ref!r} does not exist")
    if as_of is None:
        return sha, ref
    before = end_of_day(as_of).isoformat()
    out = run_git(git_dir, "rev-list", "-1", f"--before={before}", sha, timeout=120).decode().strip()
    if not out:
        first = run_git(git_dir, "log", "--reverse", "--format=%cI", sha, timeout=300).decode().split("\n", 1)[0]
        raise TargetError(f"{label}: no commit on or before {as_of.isoformat()} (the first commit is from {first[:10]})")
    return out, ref


def acquire(target: Target, *, cache_dir: Path | None = None, offline: bool = False, ref: str | None = None,
            as_of: date | None = None, timeout: float = 600, config=None, depth: int | None = None) -> Acquired:
    """Mirror or open the repository and pick the commit. A remote clone uses the forge token found
    for its host (``config.tokens`` or the environment); a local checkout is named after its origin."""
    if target.kind == "folder":
        if ref or as_of:
            raise UsageError(f"{target.input}: --ref and --as-of need a git repository, and this folder is not one")
        return Acquired(git_dir=None, commit=None, ref=None, shallow=False, folder=target.path, target=target)
    if target.kind == "local-git":
        assert target.path
        try:
            git_dir = resolve_git_dir(target.path)
        except (GitError, subprocess.TimeoutExpired) as exc:
            raise _git_failure(target, exc, "reading the repository") from None
        fetched, warning = False, None
        target = with_origin(target, git_dir)
    else:
        from auditor.forge import token_for

        token = token_for(target.forge, target.host, config) if target.host else None
        git_dir, fetched, warning = mirror(target, cache_dir or default_cache_dir(), offline=offline, timeout=timeout, token=token,
                                           depth=depth)
    commit, ref = select_commit(git_dir, ref, as_of, target.input)
    shallow = run_git(git_dir, "rev-parse", "--is-shallow-repository", timeout=30).decode().strip() == "true"
    return Acquired(git_dir=git_dir, commit=commit, ref=ref, shallow=shallow, fetched=fetched, warning=warning, target=target)


def with_origin(target: Target, git_dir: str) -> Target:
    """A local checkout named after its ``origin`` remote when that is a forge URL, so that reports
    link to the forge and name the project (the GitHub Action audits such a checkout)."""
    try:
        url = run_git(git_dir, "config", "--get", "remote.origin.url", timeout=10, check=False).decode().strip()
        if not url or url.startswith(("/", ".", "file:")):
            return target
        origin = parse_target(url)
    except (TargetError, GitError, subprocess.TimeoutExpired, UnicodeDecodeError):
        return target
    if origin.kind != "remote" or not origin.host or not origin.name:
        return target
    return replace(target, forge=origin.forge, host=origin.host, owner=origin.owner, name=origin.name,
                   clone_url=origin.clone_url, web_url=origin.web_url)


def open_snapshot(acq: Acquired, *, max_blob: int, max_files: int, deadline: float | None) -> Snapshot:
    if acq.folder:
        return FolderSnapshot(acq.folder, max_blob=max_blob, max_files=max_files, deadline=deadline)
    assert acq.git_dir and acq.commit
    try:
        return GitSnapshot(acq.git_dir, acq.commit, max_blob=max_blob, max_files=max_files, deadline=deadline, shallow=acq.shallow)
    except (GitError, subprocess.TimeoutExpired) as exc:  # a corrupt or truncated copy
        msg = getattr(exc, "summary", None) or f"timed out after {int(getattr(exc, 'timeout', 0))}s"
        raise TargetError(f"cannot read commit {acq.commit[:12]}: {redact(msg).removeprefix('fatal: ')}") from None


def previous_dates(since: date, until: date, step: str) -> list[date]:
    """Period ends from ``since`` to ``until`` (monthly: last day of each month; weekly: Sundays)."""
    out: list[date] = []
    if step == "weekly":
        d = since + timedelta(days=(6 - since.weekday()) % 7)
        while d <= until:
            out.append(d)
            d += timedelta(days=7)
    else:
        y, m = since.year, since.month
        while True:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            last = nxt - timedelta(days=1)
            if last > until:
                break
            out.append(last)
            y, m = nxt.year, nxt.month
    if not out or out[-1] != until:
        out.append(until)
    return out

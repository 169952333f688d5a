"""Bring a target's repository here and pick the commit to audit.

Remote targets are kept as bare mirrors in a cache folder (one per target, named from the
credential-free URL), cloned once and fetched on later audits, under a file lock so that parallel
audits never clash. Local checkouts are read in place (never modified). Nothing is checked out.
"""

from __future__ import annotations

import base64
import fcntl
import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time as dtime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote, urlsplit

from auditor.errors import TargetError, UsageError
from auditor.gitio import GitError, resolve_git_dir, run_git
from auditor.snapshot import FolderSnapshot, GitSnapshot, Snapshot
from auditor.target import Target, parse_target, redact


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "readiness-auditor"


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
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as fh:
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
    if isinstance(exc, subprocess.TimeoutExpired):
        return TargetError(f"{target.input}: {action} timed out after {int(exc.timeout)}s")
    msg = getattr(exc, "summary", str(exc))
    msg = redact(msg).removeprefix("fatal: ")
    return TargetError(f"{target.input}: {action} failed: {msg}")


def auth_env(target: Target, token: str | None) -> dict[str, str] | None:
    """git configuration, through the environment (never the command line, never a file), that
    sends a forge token as an HTTP header to the target's host only."""
    url = target.clone_url or ""
    if not token or target.secret_url or not url.startswith("https://") or not target.host:
        return None
    user = "oauth2" if target.forge == "gitlab" else "x-access-token"
    basic = base64.b64encode(f"{user}:{token}".encode()).decode()
    return {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": f"http.https://{target.host}/.extraHeader",
            "GIT_CONFIG_VALUE_0": f"Authorization: Basic {basic}"}


def mirror(target: Target, cache_dir: Path, *, offline: bool = False, timeout: float = 600,
           token: str | None = None, depth: int | None = None) -> tuple[str, bool, str | None]:
    """Clone or update the bare mirror of a remote target; return (git_dir, fetched, warning).

    ``token`` (from the environment or the portfolio) authenticates https clones of private
    repositories; it is passed to git through environment variables only. ``depth`` keeps only the
    newest commits (the light audit of ``auditor discover``), in a cache folder of its own so that a
    full audit never reads a shallow copy."""
    repos = Path(cache_dir) / ("repos" if not depth else f"repos-depth{int(depth)}")
    shallow = ("--depth", str(int(depth))) if depth else ()
    dest = repos / f"{target.slug}.git"
    url = target.secret_url or target.clone_url
    assert url
    if url.startswith("file:"):
        # A local repository through a URL: the same checks as a local path (no .git indirection out).
        local = unquote(urlsplit(url).path)
        if os.path.isdir(local):
            url = resolve_git_dir(local)
    env = auth_env(target, token)
    with _locked(repos / f"{target.slug}.lock", timeout=timeout):
        if dest.is_dir():
            if offline:
                return str(dest), False, None
            try:
                run_git(str(dest), "fetch", "--prune", "--quiet", "--no-write-fetch-head", *shallow, url,
                        "+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*", timeout=timeout, env=env)
                # Keep HEAD in step with the remote's default branch.
                try:
                    out = run_git(None, "ls-remote", "--symref", url, "HEAD", timeout=timeout, env=env).decode()
                    for line in out.splitlines():
                        if line.startswith("ref: ") and line.endswith("\tHEAD"):
                            run_git(str(dest), "symbolic-ref", "HEAD", line[5:].split("\t")[0], timeout=30)
                except (GitError, subprocess.TimeoutExpired):
                    pass
                return str(dest), True, None
            except (GitError, subprocess.TimeoutExpired) as exc:
                return str(dest), False, f"could not update the cached copy ({_git_failure(target, exc, 'fetch')}); audited as cached"
        if offline:
            raise TargetError(f"{target.input}: not in the cache and --offline was given")
        tmp = repos / f"{target.slug}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        try:
            run_git(None, "clone", "--mirror", "--quiet", "--no-hardlinks", *shallow, "--", url, str(tmp), timeout=timeout, env=env)
        except (GitError, subprocess.TimeoutExpired) as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise _git_failure(target, exc, "clone") from None
        if target.secret_url:
            # Never keep credentials inside the cache.
            run_git(str(tmp), "remote", "set-url", "origin", target.clone_url or "", timeout=30)
        os.replace(tmp, dest)
        return str(dest), True, None


def select_commit(git_dir: str, ref: str | None, as_of: date | None, label: str) -> tuple[str, str | None]:
    """The commit to audit: ``ref`` (default HEAD), or its last commit on or before ``as_of``."""
    start = ref or "HEAD"
    if start.startswith("-"):
        raise UsageError(f"--ref: {start!r} is not a ref")
    try:
        sha = run_git(git_dir, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{start}^{{commit}}", timeout=60).decode().strip()
    except GitError:
        sha = ""
    if not sha:
        if ref is None:
            has_any = run_git(git_dir, "for-each-ref", "--count=1", "refs/", timeout=60, check=False).strip()
            if not has_any:
                raise TargetError(f"{label}: the repository has no commit")
            raise TargetError(f"{label}: HEAD points to no commit")
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

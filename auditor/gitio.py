"""Running git safely on untrusted repositories.

Every call goes through :func:`git_cmd`, which overrides the configuration keys through which a
repository's own ``.git/config`` could make git run a program (signature verification, fsmonitor,
pager, hooks), forbids the ``ext::`` transport and never prompts for credentials.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Sequence

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
        }
    )
    env.pop("GIT_DIR", None)
    env.pop("GIT_WORK_TREE", None)
    if "GIT_SSH_COMMAND" not in env:
        env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o StrictHostKeyChecking=accept-new"
    if extra:
        env.update(extra)
    return env


def git_cmd(git_dir: str | None, *args: str) -> list[str]:
    cmd = ["git"]
    for item in SAFE_CONFIG:
        cmd += ["-c", item]
    if git_dir:
        cmd += ["--git-dir", git_dir]
    cmd += list(args)
    return cmd


class GitError(Exception):
    def __init__(self, args: Sequence[str], returncode: int, stderr: str) -> None:
        self.returncode = returncode
        self.stderr = redact(stderr.strip())
        lines = [ln for ln in self.stderr.splitlines() if ln.strip()]
        self.summary = lines[-1] if lines else f"git exited with {returncode}"
        super().__init__(self.summary)


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
    proc = subprocess.run(
        cmd, input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout,
        env=git_env(env), stdin=None if input is not None else subprocess.DEVNULL,
    )
    if check and proc.returncode != 0:
        raise GitError(cmd, proc.returncode, proc.stderr.decode("utf-8", "replace"))
    return proc.stdout


def resolve_git_dir(path: str) -> str:
    """The git directory of a checkout or bare repository (``.git`` files of worktrees included)."""
    out = run_git(None, "-C", path, "rev-parse", "--absolute-git-dir", timeout=30)
    return out.decode().strip()

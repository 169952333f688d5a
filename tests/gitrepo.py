"""Build real git repositories from a description, for tests and benchmarks.

    make_repo(tmp_path / "r", [
        {"files": {"README.md": "# x\n", "src/app.py": "print(1)\n"}, "date": "2025-01-10T10:00:00Z",
         "author": ("Alice", "alice@grenoble.fr"), "tag": "v1.0.0"},
        {"files": {"README.md": None}, "message": "remove readme"},   # None deletes a file
        {"files": {"link": Symlink("../outside")}},
    ])
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Symlink:
    target: str


@dataclass(frozen=True)
class Executable:
    """A text file committed with the executable bit (mode 100755)."""
    text: str


def git(cwd: Path | str, *args: str, env: dict[str, str] | None = None, input: bytes | None = None) -> str:
    full_env = dict(os.environ)
    full_env.update({"GIT_CONFIG_NOSYSTEM": "1", "LC_ALL": "C"})
    if env:
        full_env.update(env)
    proc = subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", *args],
                          cwd=cwd, env=full_env, input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {proc.stderr.decode()}")
    return proc.stdout.decode()


def write_files(root: Path, files: dict[str, Any]) -> None:
    for rel, content in files.items():
        p = root / rel
        if content is None:
            if p.is_symlink() or p.exists():
                p.unlink()
            continue
        p.parent.mkdir(parents=True, exist_ok=True)
        if p.is_symlink() or p.exists():
            p.unlink()
        if isinstance(content, Symlink):
            os.symlink(content.target, p)
        elif isinstance(content, Executable):
            p.write_text(content.text, encoding="utf-8")
            p.chmod(0o755)
        elif isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")


def make_repo(path: Path | str, commits: list[dict[str, Any]], branch: str = "main", bare_copy: bool = False) -> Path:
    """Create a repository at ``path`` with the given commits; return its path.

    Each commit: ``files`` (path -> text | bytes | Symlink | None), ``message``, ``author`` (name,
    email), ``date`` (ISO, author date), ``committer_date`` (defaults to ``date``), ``committer``
    (name, email), ``tag`` (name) with ``tag_date`` for an annotated tag, ``merge`` (True: the
    commit is a merge of a side branch holding ``side_files``, written by ``side_author``).
    """
    root = Path(path)
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", branch)
    for i, c in enumerate(commits):
        date = c.get("date", f"2025-01-{(i % 28) + 1:02d}T12:00:00Z")
        author = c.get("author", ("Alice Martin", "alice@example.org"))
        committer = c.get("committer", author)
        env = {
            "GIT_AUTHOR_NAME": author[0], "GIT_AUTHOR_EMAIL": author[1], "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": committer[0], "GIT_COMMITTER_EMAIL": committer[1],
            "GIT_COMMITTER_DATE": c.get("committer_date", date),
        }
        if c.get("merge"):
            git(root, "checkout", "-q", "-b", f"side{i}")
            write_files(root, c.get("side_files", {f"side{i}.txt": "side\n"}))
            git(root, "add", "-A")
            side = c.get("side_author")  # who wrote the merged branch (default: the merge's author)
            side_env = {**env, "GIT_AUTHOR_NAME": side[0], "GIT_AUTHOR_EMAIL": side[1]} if side else env
            git(root, "commit", "-q", "--allow-empty", "-m", c.get("side_message", f"side {i}"), env=side_env)
            git(root, "checkout", "-q", branch)
            write_files(root, c.get("files", {}))
            git(root, "add", "-A")
            git(root, "merge", "-q", "--no-ff", "-m", c.get("message", f"Merge side{i}"), f"side{i}", env=env)
            git(root, "branch", "-q", "-D", f"side{i}")
        else:
            write_files(root, c.get("files", {}))
            git(root, "add", "-A")
            msg = c.get("message", f"commit {i}")
            git(root, "commit", "-q", "--allow-empty", "-m", msg, env=env)
        if c.get("tag"):
            if c.get("tag_date"):
                git(root, "tag", "-a", c["tag"], "-m", c["tag"], env={**env, "GIT_COMMITTER_DATE": c["tag_date"]})
            else:
                git(root, "tag", c["tag"])
    return root


def make_folder(path: Path | str, files: dict[str, Any]) -> Path:
    root = Path(path)
    root.mkdir(parents=True, exist_ok=True)
    write_files(root, files)
    return root

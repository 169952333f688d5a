"""A repository with nothing on its default branch (issue 12, s11 hostile runs): the audit stops with one clear line and exit
code 3 (documented: "nothing to audit"), and when other branches hold commits it names them for --ref."""

from __future__ import annotations

from tests.gitrepo import git
from tests.test_cli import run


def test_an_empty_default_branch_names_the_branches_with_commits(repo, tmp_path):
    path = repo([{"files": {"README.md": "# Outil\n"}, "date": "2025-05-01T00:00:00Z"}])
    git(path, "checkout", "-q", "--orphan", "vide")
    git(path, "rm", "-q", "-r", "--cached", ".")
    out = run("audit", str(path), "--offline", "--no-history", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 3 and len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "HEAD points to no commit" in out.stderr and "main" in out.stderr and "--ref main" in out.stderr, out.stderr


def test_a_repository_without_any_commit_says_there_is_nothing_to_audit(tmp_path):
    path = tmp_path / "empty"
    path.mkdir()
    git(path, "init", "-q")
    out = run("audit", str(path), "--offline", "--no-history", "--cache-dir", str(tmp_path / "c"))
    assert out.returncode == 3 and "no commit: nothing to audit" in out.stderr, out.stderr

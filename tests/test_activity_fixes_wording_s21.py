"""maintenance.activity's words on a project with fixes but no release in the year (issue 12, session 21 reader m4): the
message read "0 version(s) publiée(s) dans l'année ; versions ou correctifs dans l'année", a contradiction on every repository
without releases. The floor's reason names what there is: the fixes (with their count), the releases, or both."""

from __future__ import annotations

from tests.gitrepo import git
from tests.test_maintenance import ALICE, ctx_for, days_ago, run
from tests.test_review_merged_branch_s14 import _commit


def _repo(tmp_path, tag: bool):
    root = tmp_path / "r"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    _commit(root, ALICE, days_ago(700), {"a": "0"}, "start")
    for i in range(3):
        _commit(root, ALICE, days_ago(30 + i), {"a": str(i + 1)}, f"fix: correction du calcul {i}")
    if tag:
        git(root, "tag", "v1.0.1")
    return root


def test_fixes_without_a_release_are_named_as_fixes(tmp_path):
    r = run(ctx_for(_repo(tmp_path, tag=False)), "maintenance.activity")
    assert "versions ou correctifs" not in r.message["fr"] and "releases or fixes" not in r.message["en"], r.message
    assert "3 correctif(s) dans l'année" in r.message["fr"] and "3 fix(es) in the year" in r.message["en"], r.message
    assert r.score == 5.0, r.score

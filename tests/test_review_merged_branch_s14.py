"""maintenance.review: a merge is judged by what it brought (git log first-parent..branch), not by every commit its branch
reaches (issue 12, s14 r2 geo2france/odema-dashboard: a regional agent's local "Merge branch 'dev'" of 70 commits of his own was
"via a merge request" because dev had merged an older pull request, whose commits by someone else main already held)."""

from __future__ import annotations

from tests.gitrepo import git, write_files
from tests.test_maintenance import ALICE, BOB, ctx_for, days_ago, run


def _commit(root, who, when, files, message):
    write_files(root, files)
    git(root, "add", "-A")
    env = {"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_COMMITTER_NAME": who[0], "GIT_COMMITTER_EMAIL": who[1],
           "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    git(root, "commit", "-q", "-m", message, env=env)
    return env


def _merge(root, who, when, branch, message):
    env = {"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_COMMITTER_NAME": who[0], "GIT_COMMITTER_EMAIL": who[1],
           "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    git(root, "merge", "-q", "--no-ff", "-m", message, branch, env=env)


def _history(tmp_path, dev_author):
    root = tmp_path / "r"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    _commit(root, ALICE, days_ago(500), {"a": "0"}, "start")
    git(root, "checkout", "-q", "-b", "feature")
    _commit(root, BOB, days_ago(490), {"b": "1"}, "Bob's feature")
    git(root, "checkout", "-q", "main")
    _merge(root, ALICE, days_ago(480), "feature", "Merge pull request #1 from org/feature")
    git(root, "checkout", "-q", "-b", "dev", "HEAD^1")  # dev started before the pull request and merged the feature itself
    _merge(root, ALICE, days_ago(470), "feature", "Merge branch 'feature' into dev")
    for i in range(3):
        _commit(root, dev_author, days_ago(40 - i), {"c": str(i)}, f"change {i}")
    git(root, "checkout", "-q", "main")
    _merge(root, ALICE, days_ago(30), "dev", "Merge branch 'dev'")
    return root


def test_a_local_merge_of_the_mergers_own_branch_is_self_merged(tmp_path):
    v = run(ctx_for(_history(tmp_path, ALICE)), "maintenance.review").evidence[0].value
    assert (v["self_merged"], v["via_merge_request"]) == (1, 0), v


def test_a_merge_of_someone_elses_branch_stays_a_merge_request(tmp_path):
    v = run(ctx_for(_history(tmp_path, BOB)), "maintenance.review").evidence[0].value
    assert (v["self_merged"], v["via_merge_request"]) == (0, 1), v

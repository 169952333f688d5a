"""facts.activity.tags counts the repository's tags on every branch (issue 12, session 28 lead = reader r4b,
IGNF/espace-collaboratif-qgis-plugin and inrae/esfc).

A QGIS plugin released its v4 line from a maintenance branch while the default branch carries v5 (40 tags, 26 on the default
branch), and an application restarted its history after 50 tags: `facts.activity.tags` gave only the tags the audited commit
contains (26, 3), against the forge's tag list and the releases fact (which already counted every branch). The count is now the
repository's, dated up to the audit; `tags_on_branch` keeps the ones the audited commit contains."""

from __future__ import annotations

from tests.gitrepo import git
from tests.test_maintenance import ALICE, ctx_for, days_ago


def _repo(repo):
    r = repo([{"date": days_ago(d), "author": ALICE, "files": {"a": str(d)}, "tag": t, "tag_date": days_ago(d)}
              for d, t in [(400, "v4.0.0"), (300, "v5.0.0"), (100, "v5.1.0")]])
    # the v4 maintenance line: a branch from v4.0.0, tagged there, never merged into the default branch
    git(r, "checkout", "-q", "-b", "v4", "v4.0.0")
    (r / "a").write_text("fix")
    env = {"GIT_AUTHOR_DATE": days_ago(50), "GIT_COMMITTER_DATE": days_ago(50)}
    git(r, "-c", "user.name=Alice", "-c", "user.email=alice@grenoble.fr", "commit", "-qam", "v4 fix", env=env)
    git(r, "tag", "v4.0.1", env=env)
    git(r, "checkout", "-q", "main")
    return r


def test_tags_of_other_branches_count(repo):
    act = ctx_for(_repo(repo)).fact("activity")
    assert act["tags"] == 4 and act["tags_on_branch"] == 3, act


def test_tags_after_the_audit_date_do_not(repo):
    r = _repo(repo)
    env = {"GIT_AUTHOR_DATE": days_ago(-30), "GIT_COMMITTER_DATE": days_ago(-30)}
    git(r, "-c", "user.name=Alice", "-c", "user.email=alice@grenoble.fr", "tag", "-a", "v6.0.0", "-m", "later", env=env)
    act = ctx_for(r).fact("activity")
    assert act["tags"] == 4 and act["tags_on_branch"] == 3, act

"""Releases tagged on other branches than the one audited (issue 12, session 6's first read of GIP-RECIA/nextcloud-plugins:
the default branch holds a README and set-up notes, each plugin lives on its own branch, and the releases — annotated tags
of 2025 and 2026 — point at those branches). They are the repository's releases: never "No release for two years"; the
message says they are on another branch than the one audited."""

from __future__ import annotations

from tests.gitrepo import git
from tests.test_maintenance import ALICE, ctx_for, days_ago, run


def test_releases_on_another_branch_count_and_are_named_as_such(repo):
    r = repo([{"date": days_ago(1000), "author": ALICE, "files": {"README.md": "# Plugins\n"}, "tag": "ncEnt/v24.0.4", "tag_date": days_ago(1000)},
              {"date": days_ago(900), "author": ALICE, "files": {"docs/dev-setup.md": "# Set-up\n"}}])
    env = {"GIT_AUTHOR_NAME": ALICE[0], "GIT_AUTHOR_EMAIL": ALICE[1], "GIT_COMMITTER_NAME": ALICE[0], "GIT_COMMITTER_EMAIL": ALICE[1],
           "GIT_AUTHOR_DATE": days_ago(120), "GIT_COMMITTER_DATE": days_ago(120)}
    git(r, "checkout", "-q", "-b", "master-ent", "HEAD~1")
    (r / "ldapimporter.php").write_text("<?php\n", encoding="utf-8")
    git(r, "add", "-A")
    git(r, "commit", "-q", "-m", "LDAP importer", env=env)
    git(r, "tag", "-a", "ncEnt/v30.0.6", "-m", "ncEnt/v30.0.6", env=env)
    git(r, "checkout", "-q", "main")
    res = run(ctx_for(r), "maintenance.releases")
    assert res.status.value == "pass", res.message
    assert "ncEnt/v30.0.6" in res.message["en"] and "another branch" in res.message["en"] and "autre branche" in res.message["fr"], res.message


def test_a_branch_tag_after_the_audit_date_does_not_count(repo):
    r = repo([{"date": days_ago(1000), "author": ALICE, "files": {"README.md": "# Plugins\n"}, "tag": "v1.0.0", "tag_date": days_ago(1000)}])
    env = {"GIT_AUTHOR_NAME": ALICE[0], "GIT_AUTHOR_EMAIL": ALICE[1], "GIT_COMMITTER_NAME": ALICE[0], "GIT_COMMITTER_EMAIL": ALICE[1],
           "GIT_AUTHOR_DATE": days_ago(-30), "GIT_COMMITTER_DATE": days_ago(-30)}
    git(r, "checkout", "-q", "-b", "next")
    git(r, "commit", "-q", "--allow-empty", "-m", "next", env=env)
    git(r, "tag", "-a", "v2.0.0", "-m", "v2.0.0", env=env)
    git(r, "checkout", "-q", "main")
    res = run(ctx_for(r), "maintenance.releases")
    assert "v1.0.0" in res.message["en"] and "v2.0.0" not in res.message["en"], res.message


def test_a_stub_default_branch_does_not_say_nobody_works_on_the_project(repo):
    """SDIS83-GSIC/REMOcRA-Application (session 7 reads): the default branch holds a LICENSE and a summary, untouched for over a
    year, while the application is developed and released on `master` (hundreds of commits and 35 releases in the year).
    maintenance.activity said "No commit by a person for a year", contributors and organisations failed "No person changed the
    repository": the audited branch says nothing of the project's people. Those checks are inconclusive and say where the work
    is; a branch that is truly quiet (no release elsewhere in the year) still fails."""
    r = repo([{"date": days_ago(800), "author": ALICE, "files": {"LICENSE": "AGPL\n", "README.md": "# REMOcRA\n"}}])
    env = {"GIT_AUTHOR_NAME": "Bob Dev", "GIT_AUTHOR_EMAIL": "bob@atolcd.com", "GIT_COMMITTER_NAME": "Bob Dev",
           "GIT_COMMITTER_EMAIL": "bob@atolcd.com", "GIT_AUTHOR_DATE": days_ago(40), "GIT_COMMITTER_DATE": days_ago(40)}
    git(r, "checkout", "-q", "-b", "master")
    (r / "app.py").write_text("print(1)\n", encoding="utf-8")
    git(r, "add", "-A")
    git(r, "commit", "-q", "-m", "Application", env=env)
    git(r, "tag", "-a", "3.0.9", "-m", "3.0.9", env=env)
    git(r, "checkout", "-q", "main")
    ctx = ctx_for(r)
    for cid in ("maintenance.activity", "maintenance.contributors", "maintenance.organisations", "scaling.contributor-organisations"):
        res = run(ctx, cid)
        assert res.status.value == "inconclusive", (cid, res.status, res.message)
        assert "3.0.9" in res.message["en"] and "--ref" in res.message["en"] and "autre branche" in res.message["fr"], res.message
    quiet = repo([{"date": days_ago(800), "author": ALICE, "files": {"README.md": "# Outil\n"}, "tag": "v1.0.0", "tag_date": days_ago(800)}],
                 name="quiet")
    for cid in ("maintenance.activity", "maintenance.contributors"):
        assert run(ctx_for(quiet), cid).status.value == "fail", cid

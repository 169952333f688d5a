"""maintenance.releases' advice names the version after the last one in its spelling, and gathers no changes when there are none.

Real case (issue 12, s48 fe48, reader rd48): lutece-secteur-public/eudonet-module-workflow-eudonetrestforms, audited at its last
release, tagged by the Maven release plugin eudonet-module-workflow-eudonetrestforms-1.0.0 (2020, git tag --points-at HEAD). The fail
(no release for two years) is right, but the advice said "Publish a release gathering the changes since …-1.0.0: git tag -a v1.0.0":
there is no change since, and 1.0.0 is the version already released (a prefixed name was no semantic version to the advice).
"""

from __future__ import annotations

from tests.test_maintenance import ALICE, ctx_for, days_ago, run

RELEASES = "maintenance.releases"


def _advice(repo, commits, name):
    r = repo([{"date": days_ago(d), "author": ALICE, "files": {"a": f"{d}"}, **({"tag": t, "tag_date": days_ago(d)} if t else {})}
              for d, t in commits], name=name)
    res = run(ctx_for(r), RELEASES)
    return res, res.remediation["en"] if res.remediation else ""


def test_audited_at_its_last_prefixed_release_no_changes_to_gather(repo):
    res, advice = _advice(repo, [(1000, "crm-module-0.0.5"), (900, "crm-module-1.0.0")], "at-head")
    assert res.status.value == "fail" and res.score == 2, res.message
    assert "gathering the changes" not in advice and "v1.0.0" not in advice, advice  # was "…since crm-module-1.0.0: git tag -a v1.0.0"
    assert "nothing has changed since" in advice and "crm-module-1.1.0" in advice, advice


def test_near_miss_changes_after_the_release_are_gathered_into_the_next_version(repo):
    res, advice = _advice(repo, [(1000, "crm-module-0.0.5"), (900, "crm-module-1.0.0"), (800, None)], "after")
    assert res.status.value == "fail", res.message
    assert "gathering the changes since crm-module-1.0.0" in advice and "git tag -a crm-module-1.1.0" in advice, advice
    assert '"Version 1.1.0"' in advice, advice
    res, advice = _advice(repo, [(900, "v1.4.2"), (800, None)], "plain")
    assert "git tag -a v1.5.0" in advice and '"Version 1.5.0"' in advice, advice

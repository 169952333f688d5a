"""A pre-release tagged after the last release is said, not dropped silently; the advice keeps the tags' spelling.

Real case (issue 12, s48 ff48 = lutece-secteur-public/gru-plugin-crmclient): last release plugin-crmclient-2.1.2 (2019), then
plugin-crmclient-2.1.3-beta-01 tagged 379 days before the audit; maintenance.releases said "No release for two years (last:
plugin-crmclient-2.1.2)" and advised "git tag -a v1.0.0", as if there had been nothing since and no version 2.x.
"""

from __future__ import annotations

from tests.test_maintenance import ALICE, ctx_for, days_ago, run

RELEASES = "maintenance.releases"


def _repo(repo, tags, name="r"):
    return repo([{"date": days_ago(d), "author": ALICE, "files": {"a": f"{d}-{t}"}, "tag": t, "tag_date": days_ago(d)} for d, t in tags],
                name=name)


def test_a_later_pre_release_is_said(repo):
    r = _repo(repo, [(2400, "module-crm-2.1.1"), (2300, "module-crm-2.1.2"), (380, "module-crm-2.1.3-beta-01")])
    res = run(ctx_for(r), RELEASES)
    v = res.evidence[0].value
    assert v["last_release"] == "module-crm-2.1.2" and v["releases_730d"] == 0
    assert res.status.value == "fail"
    assert "module-crm-2.1.3-beta-01" in res.message["en"] and "No stable release" in res.message["en"], res.message
    assert "module-crm-2.2.0" in res.remediation["en"] and "v1.0.0" not in res.remediation["en"], res.remediation


def test_near_miss_an_older_pre_release_says_nothing_more(repo):
    r = _repo(repo, [(2400, "module-crm-2.1.2-rc1"), (2300, "module-crm-2.1.2")], name="p")
    res = run(ctx_for(r), RELEASES)
    assert "pre-release" not in res.message["en"] and res.message["en"].startswith("No release for two years"), res.message

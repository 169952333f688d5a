"""Tags of deliveries to production are releases (issue 12, session 26 fixer l26, s26 o2, dataregion/DataEtatRegion-back).

The team's semantic versions stopped at 2.14.0 (two years before) while it tagged each delivery to production "mep.*" (mise en
production: mep.sprint-19.v1, mep.2026-01-20.hf1…) and each delivery to pre-production "mepp.*": maintenance.releases said "No
release for two years". Pre-production tags and other tags (experiment-perf-v1) stay no releases."""

from __future__ import annotations

from tests.test_maintenance import ALICE, ctx_for, days_ago, run

RELEASES = "maintenance.releases"


def _repo(repo, tags, name="r"):
    return repo([{"date": days_ago(d), "author": ALICE, "files": {"a": f"{d}-{t}"}, "tag": t, "tag_date": days_ago(d)} for d, t in tags],
                name=name)


def test_production_delivery_tags_are_releases(repo):
    r = _repo(repo, [(800, "2.13.0"), (760, "2.14.0"), (300, "mepp.2026-02-02.v2"), (290, "mep.2026-02-09.v1"),
                     (120, "mep.sprint-19.hf3"), (45, "mepp.hs2606"), (40, "mep.hs2606")])
    res = run(ctx_for(r), RELEASES)
    v = res.evidence[0].value
    assert res.status.value == "pass" and v["last_release"] == "mep.hs2606" and v["releases_365d"] == 3, (res.message, v)


def test_pre_production_and_other_tags_are_not(repo):
    r = _repo(repo, [(800, "2.13.0"), (760, "2.14.0"), (300, "mepp.2026-02-02.v2"), (100, "experiment-perf-v1"),
                     (40, "mepp.hs2606")], name="p")
    res = run(ctx_for(r), RELEASES)
    assert res.status.value == "fail" and res.evidence[0].value["last_release"] == "2.14.0", res.message

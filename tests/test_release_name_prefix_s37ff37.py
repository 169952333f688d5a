"""A pre-release marker is a token of the version, not letters of the project's name prefixing the tag (issue 12, s37 ff37 =
GIP-RECIA/Ressources-Diffusables-API): maven-release-plugin tagged ``ressources-diffusables-api-1.0.0`` and the pre-release
pattern, searched anywhere in the name, matched the "rc" inside "ressources": one release in two years instead of two. A marker
after the version's number (1.0.0-rc1, 3.0.0-SNAPSHOT) or a word of its own before it (beta-1.0.0) still makes a pre-release."""

from __future__ import annotations

from auditor.facts.history import pre_release
from tests.test_maintenance import ALICE, ctx_for, days_ago, run

RELEASES = "maintenance.releases"


def _repo(repo, tags, name="r"):
    return repo([{"date": days_ago(d), "author": ALICE, "files": {"a": f"{d}-{t}"}, "tag": t, "tag_date": days_ago(d)} for d, t in tags],
                name=name)


def test_a_project_name_holding_rc_prefixes_a_release(repo):
    r = _repo(repo, [(562, "ressources-diffusables-api-1.0.0"), (109, "2.0.0")])
    res = run(ctx_for(r), RELEASES)
    v = res.evidence[0].value
    assert v["releases_730d"] == 2 and v["last_release"] == "2.0.0", (res.message, v)
    assert res.score == 10, res.message


def test_markers_of_the_version_stay_pre_releases(repo):
    r = _repo(repo, [(562, "ressources-api-1.0.0-rc1"), (300, "beta-1.1.0"), (200, "devtools-1.2.0-SNAPSHOT"), (109, "2.0.0")], name="p")
    v = run(ctx_for(r), RELEASES).evidence[0].value
    assert v["releases_730d"] == 1 and v["last_release"] == "2.0.0", v


def test_pre_release_names():
    assert not pre_release("ressources-diffusables-api-1.0.0")
    assert not pre_release("source-map-2.1.0") and not pre_release("devtools-1.0.0") and not pre_release("mep.sprint-19.hf3")
    assert pre_release("v1.0.0-rc.1") and pre_release("1.2.0.dev3") and pre_release("3.0.0-SNAPSHOT") and pre_release("v2.0.0-beta")
    assert pre_release("beta-1.0.0") and pre_release("release-preprod") and pre_release("rc1/2.0.0")

"""Maintenance checks and history facts on real git repositories built by tests/gitrepo.py."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from auditor.checks import load_checks
from auditor.context import AuditConfig, AuditContext
from auditor.engine import run_check
from auditor.facts.history import absence_factor, is_bot, organisation_of, registrable_domain
from auditor.snapshot import FolderSnapshot, GitSnapshot
from auditor.target import parse_target
from tests.gitrepo import git, make_folder

AS_OF = datetime(2025, 6, 30, 23, 59, 59, tzinfo=timezone.utc)


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def days_ago(n: float) -> str:
    return iso(AS_OF - timedelta(days=n))


def ctx_for(path, as_of=AS_OF, shallow=False):
    head = git(path, "rev-parse", "HEAD").strip()
    snap = GitSnapshot(str(path / ".git"), head, shallow=shallow)
    return AuditContext(snap, parse_target(str(path)), as_of, AuditConfig(offline=True, network=False, fact_cache=False))


def run(ctx, cid, **params):
    spec = load_checks()[cid]
    return run_check(spec, ctx, {**spec.params, **params})


ALICE = ("Alice Martin", "alice@grenoble.fr")
BOB = ("Bob Durand", "bob@dev.lametro.fr")
CAROL = ("Carol Petit", "carol@gmail.com")
DEPENDABOT = ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")
RENOVATE = ("renovate[bot]", "29139614+renovate[bot]@users.noreply.github.com")
ACTIONS = ("github-actions", "41898282+github-actions[bot]@users.noreply.github.com")


# -- unit helpers --------------------------------------------------------------------------------
def test_bots_and_domains():
    assert is_bot(*DEPENDABOT) and is_bot(*RENOVATE) and is_bot(*ACTIONS)
    assert is_bot("project_42_bot_abc", "project_42_bot_abc@noreply.gitlab.example.org")
    assert not is_bot("Jean Talbot", "jean.talbot@lyon.fr") and not is_bot(*ALICE)
    assert registrable_domain("dev.grenoble.fr") == "grenoble.fr"
    assert registrable_domain("equipe.beta.gouv.fr") == "beta.gouv.fr"
    assert organisation_of("x@ademe.gouv.fr") == ("ademe.gouv.fr", "public")
    assert organisation_of("x@dev.lametro.fr") == ("lametro.fr", "public")
    assert organisation_of("x@ville-chambery.fr") == ("ville-chambery.fr", "public")
    assert organisation_of("x@octo.com") == ("octo.com", "organisation")
    assert organisation_of("123+me@users.noreply.github.com") == (None, "individual")
    assert organisation_of("me@gmail.com") == (None, "individual")
    assert organisation_of("root@localhost") == (None, "unknown")
    from collections import Counter
    assert absence_factor(Counter({"a": 1000, "b": 433, "c": 300, "d": 300, "e": 300})) == 2  # CHAOSS example shape
    assert absence_factor(Counter({"a": 6, "b": 3, "c": 1})) == 1
    assert absence_factor(Counter()) == 0


# -- windows -------------------------------------------------------------------------------------
def test_window_edges_and_as_of(repo):
    edge = AS_OF - timedelta(days=365)
    r = repo([
        {"date": iso(edge - timedelta(days=30)), "author": ALICE, "files": {"a": "1"}},
        {"date": iso(edge), "author": ALICE, "files": {"a": "2"}},                      # exactly at the edge: out
        {"date": iso(edge + timedelta(seconds=1)), "author": BOB, "files": {"a": "3"}},  # one second inside: in
        {"date": iso(AS_OF), "author": CAROL, "files": {"a": "4"}},                      # exactly at as_of: in
        {"date": iso(AS_OF + timedelta(seconds=1)), "author": CAROL, "files": {"a": "5"}},  # after as_of: ignored
    ])
    act = ctx_for(r).fact("history_activity")
    assert act["human_commits_365d"] == 2
    assert act["days_since_last_human_commit"] == 0
    c = ctx_for(r).fact("contributors")
    assert c["active_365d"] == 2 and c["new_365d"] == 2 and c["all_time"] == 3
    # Audited as of a year earlier, the project is what it was then.
    past = ctx_for(r, as_of=edge).fact("contributors")
    assert past["active_365d"] == 1 and past["all_time"] == 1


def test_committer_date_places_commit(repo):
    # Authored long ago, committed (applied) recently: counted by its committer date.
    r = repo([{"date": days_ago(800), "committer_date": days_ago(10), "author": ALICE, "files": {"a": "1"}}])
    assert ctx_for(r).fact("history_activity")["human_commits_90d"] == 1


# -- activity ------------------------------------------------------------------------------------
def _weekly(n, author=ALICE, start=3):
    return [{"date": days_ago(start + 7 * i), "author": author, "files": {"f": str(i)}} for i in reversed(range(n))]


def test_activity_pass_busy_project(repo):
    r = repo(_weekly(20))
    res = run(ctx_for(r), "maintenance.activity")
    assert res.status.value == "pass" and res.score == 10
    assert res.evidence[0].value["active_weeks_365d"] == 20


def test_activity_stable_project_not_dead(repo):
    # Three fixes in the year, one release: a stable, maintained project (Scorecard would give 0-2).
    r = repo([
        {"date": days_ago(900), "author": ALICE, "files": {"a": "1"}, "tag": "v1.0.0", "tag_date": days_ago(900)},
        {"date": days_ago(300), "author": ALICE, "files": {"a": "2"}, "message": "fix: date parsing"},
        {"date": days_ago(200), "author": BOB, "files": {"a": "3"}, "message": "fix: encoding",
         "tag": "v1.0.1", "tag_date": days_ago(199)},
        {"date": days_ago(120), "author": ALICE, "files": {"a": "4"}, "message": "security: bump lib"},
    ])
    res = run(ctx_for(r), "maintenance.activity")
    assert res.status.value == "pass" and res.score == 8
    assert "stable" in res.message["en"]
    # Without the release, the same three commits are only a warning.
    r2 = repo([{"date": days_ago(300), "author": ALICE, "files": {"a": "2"}},
               {"date": days_ago(200), "author": BOB, "files": {"a": "3"}},
               {"date": days_ago(120), "author": ALICE, "files": {"a": "4"}}], name="r2")
    assert run(ctx_for(r2), "maintenance.activity").status.value == "fail"


def test_activity_fails_when_dead_or_only_bots(repo):
    dead = repo([{"date": days_ago(400), "author": ALICE, "files": {"a": "1"}}])
    res = run(ctx_for(dead), "maintenance.activity")
    assert res.status.value == "fail" and res.score == 0 and "400" in res.message["en"]
    bots = repo([{"date": days_ago(400), "author": ALICE, "files": {"a": "1"}},
                 {"date": days_ago(20), "author": DEPENDABOT, "files": {"a": "2"}, "message": "Bump x from 1 to 2"}], name="b")
    res = run(ctx_for(bots), "maintenance.activity")
    assert res.status.value == "fail" and res.score == 1 and "bots" in res.message["en"]


def test_history_checks_inconclusive_without_history(tmp_path, repo):
    folder = make_folder(tmp_path / "f", {"README.md": "# x\n"})
    snap = FolderSnapshot(str(folder))
    ctx = AuditContext(snap, parse_target(str(folder)), AS_OF, AuditConfig(offline=True, network=False, fact_cache=False))
    for cid in ("maintenance.activity", "maintenance.releases", "maintenance.contributors", "maintenance.organisations",
                "maintenance.review"):
        assert run(ctx, cid).status.value == "inconclusive", cid
    r = repo(_weekly(3))
    res = run(ctx_for(r, shallow=True), "maintenance.contributors")
    assert res.status.value == "inconclusive" and "shallow" in res.message["en"]


# -- contributors --------------------------------------------------------------------------------
def test_contributors_absence_factor(repo):
    one = repo(_weekly(8, ALICE) + _weekly(1, BOB, start=1) + [
        {"date": days_ago(2), "author": DEPENDABOT, "files": {"d": "1"}}] * 1 + [
        {"date": days_ago(1 + i), "author": RENOVATE, "files": {"r": str(i)}} for i in range(9)])
    res = run(ctx_for(one), "maintenance.contributors")
    assert res.status.value == "fail" and res.evidence[0].value["absence_factor"] == 1
    assert res.evidence[0].value["active_365d"] == 2  # bots are never contributors
    assert set(res.evidence[1].value["bots_365d"]) == {"dependabot[bot]", "renovate[bot]"}
    # Five people with two commits each: three of them are needed for half the work.
    people = [(f"Person {i}", f"p{i}@org{i}.fr") for i in range(5)]
    many = repo([{"date": days_ago(10 + j + 2 * i), "author": p, "files": {"x": f"{i}{j}"}}
                 for i, p in enumerate(people) for j in range(2)], name="many")
    res = run(ctx_for(many), "maintenance.contributors")
    assert res.status.value == "pass" and res.evidence[0].value["absence_factor"] == 3


def test_one_person_with_two_addresses_counts_once(repo):
    r = repo([{"date": days_ago(30), "author": ("Élodie Moreau", "elodie@octo.com"), "files": {"a": "1"}},
              {"date": days_ago(20), "author": ("elodie moreau", "emoreau@users.noreply.github.com"), "files": {"a": "2"}},
              {"date": days_ago(10), "author": BOB, "files": {"a": "3"}}])
    c = ctx_for(r).fact("contributors")
    assert c["active_365d"] == 2
    o = ctx_for(r).fact("organisations")
    assert {x["domain"] for x in o["organisations"]} == {"octo.com", "lametro.fr"} and o["individuals"] == 0


# -- organisations -------------------------------------------------------------------------------
def test_organisations_public_bodies_named(repo):
    r = repo([
        {"date": days_ago(30), "author": ALICE, "files": {"a": "1"}},
        {"date": days_ago(25), "author": ("Alain Roux", "alain@dev.grenoble.fr"), "files": {"a": "2"}},  # same org as Alice
        {"date": days_ago(20), "author": BOB, "files": {"a": "3"}},
        {"date": days_ago(15), "author": CAROL, "files": {"a": "4"}},
        {"date": days_ago(10), "author": ("Dev", "123+dev@users.noreply.github.com"), "files": {"a": "5"}},
        {"date": days_ago(5), "author": ACTIONS, "files": {"a": "6"}},
        {"date": days_ago(400), "author": ("Old", "old@ademe.fr"), "files": {"a": "7"}},  # outside the year
    ])
    res = run(ctx_for(r), "maintenance.organisations")
    assert res.status.value == "pass" and res.score == 10
    orgs = {o["domain"]: o for o in res.evidence[0].value["organisations"]}
    assert set(orgs) == {"grenoble.fr", "lametro.fr"} and orgs["grenoble.fr"]["authors"] == 2
    assert res.evidence[0].value["individuals"] == 2
    assert "grenoble.fr (public)" in res.message["fr"]


def test_organisations_single_or_none(repo):
    one = repo([{"date": days_ago(5 + i), "author": ("P", f"p{i}@octo.com"), "files": {"a": str(i)}} for i in range(3)])
    res = run(ctx_for(one), "maintenance.organisations")
    assert res.status.value == "warn" and res.score == 5
    webmail = repo([{"date": days_ago(5), "author": CAROL, "files": {"a": "1"}}], name="w")
    res = run(ctx_for(webmail), "maintenance.organisations")
    assert res.status.value == "warn" and res.score == 3
    # A ruleset can declare more public domains.
    priv = repo([{"date": days_ago(5), "author": ("A", "a@sictom-x.org"), "files": {"a": "1"}},
                 {"date": days_ago(4), "author": ("B", "b@agglo-y.org"), "files": {"a": "2"}}], name="p")
    assert run(ctx_for(priv), "maintenance.organisations").score < 10
    assert run(ctx_for(priv), "maintenance.organisations", public_domains=["sictom-x.org", "agglo-y.org"]).score == 10


# -- releases ------------------------------------------------------------------------------------
def test_releases_regular_semver(repo):
    r = repo([{"date": days_ago(d), "author": ALICE, "files": {"a": str(d)}, "tag": t, "tag_date": days_ago(d)}
              for d, t in ((600, "v1.0.0"), (400, "v1.1.0"), (200, "v1.2.0"), (40, "v2.0.0-rc1"), (30, "v2.0.0"))])
    res = run(ctx_for(r), "maintenance.releases")
    assert res.status.value == "pass" and res.score == 10
    v = res.evidence[0].value
    assert v["last_release"] == "v2.0.0" and v["releases_730d"] == 4 and v["median_days_between_releases_730d"] == 200


def test_releases_missing_old_or_not_semver(repo):
    none = repo([{"date": days_ago(5), "author": ALICE, "files": {"a": "1"}}])
    res = run(ctx_for(none), "maintenance.releases")
    assert res.status.value == "fail" and res.score == 0
    old = repo([{"date": days_ago(500), "author": ALICE, "files": {"a": "1"}, "tag": "v0.9", "tag_date": days_ago(500)},
                {"date": days_ago(5), "author": ALICE, "files": {"a": "2"}}], name="old")
    res = run(ctx_for(old), "maintenance.releases")
    assert res.status.value == "warn" and res.score == 5
    odd = repo([{"date": days_ago(50), "author": ALICE, "files": {"a": "1"}, "tag": "prod-juin", "tag_date": days_ago(50)}], name="odd")
    res = run(ctx_for(odd), "maintenance.releases")
    assert res.score == 7 and "semantic" in res.message["en"]
    # A tag created after as_of does not exist yet for that audit.
    late = repo([{"date": days_ago(5), "author": ALICE, "files": {"a": "1"}, "tag": "v1.0.0", "tag_date": iso(AS_OF + timedelta(days=3))}], name="late")
    assert run(ctx_for(late), "maintenance.releases").status.value == "fail"


# -- review (git fallback) -----------------------------------------------------------------------
def test_review_from_merges_and_trailers(repo):
    r = repo([
        {"date": days_ago(60), "author": ALICE, "files": {"a": "1"}},  # direct push
        {"date": days_ago(50), "author": BOB, "merge": True, "message": "Merge pull request #3 from carol/feature", "side_author": CAROL},
        {"date": days_ago(40), "author": ALICE, "files": {"a": "2"}, "message": "Add export (#7)",
         "committer": ("GitHub", "noreply@github.com")},  # squash-merged pull request
        {"date": days_ago(30), "author": BOB, "files": {"a": "3"}, "message": "Fix\n\nReviewed-by: Alice Martin <alice@grenoble.fr>"},
        {"date": days_ago(20), "author": DEPENDABOT, "files": {"a": "4"}},  # bots are left out
        {"date": days_ago(15), "author": BOB, "files": {"a": "5"}, "message": "Update README.md",
         "committer": ("GitHub", "noreply@github.com")},  # an edit in the web UI: pushed directly
    ])
    res = run(ctx_for(r), "maintenance.review")
    v = res.evidence[0].value
    assert (v["via_merge_request"], v["with_review_trailer"], v["direct"]) == (2, 1, 2)
    assert res.status.value == "warn" and res.score == 6 and res.details["source"] == "git"
    direct = repo([{"date": days_ago(10 + i), "author": ALICE, "files": {"a": str(i)}} for i in range(4)], name="d")
    res = run(ctx_for(direct), "maintenance.review")
    assert res.status.value == "fail" and res.score == 0 and len(res.evidence[1].value) == 4


def test_a_merge_by_the_author_of_all_its_commits_is_not_a_review(repo):
    r = repo([
        {"date": days_ago(60), "author": ALICE, "files": {"a": "0"}},  # pushed directly
        {"date": days_ago(50), "author": BOB, "merge": True, "message": "Merge pull request #3 from bob/feature"},  # Bob merges Bob's work
        {"date": days_ago(40), "author": BOB, "merge": True, "message": "Merge pull request #4 from bob/fix"},
        {"date": days_ago(30), "author": ALICE, "merge": True, "message": "Merge pull request #5 from bob/doc", "side_author": BOB},
    ])
    res = run(ctx_for(r), "maintenance.review")
    v = res.evidence[0].value
    assert (v["via_merge_request"], v["self_merged"], v["direct"]) == (1, 2, 1)
    assert "merged by the author of all their commits" in res.message["en"]
    assert res.status.value == "fail" and res.score < 5, res.message
    # the remediation counts what was seen and says where this forge turns reviews on
    assert "1 modification(s) poussée(s) directement et 2 fusionnée(s) par leur auteur" in res.remediation["fr"]
    assert "protect the main branch" in res.remediation["en"]


def test_review_remediation_names_the_forges_own_settings():
    from auditor.checks.maintenance.forge import _review_todo

    assert "Require a pull request before merging" in _review_todo("github", 3, 0)["en"]
    assert "Branches protégées" in _review_todo("gitlab", 3, 0)["fr"] and "3 modification(s) poussée(s) directement dans" in _review_todo("gitlab", 3, 0)["fr"]


def test_bots_ai_assistants_and_placeholder_addresses(repo):
    assert is_bot("Claude", "noreply@anthropic.com") and is_bot("Copilot", "198982749+Copilot@users.noreply.github.com")
    assert is_bot("Paul Martin (aider)", "paul@lyon.fr") and is_bot("renovate[bot]", "bot@renovateapp.com")
    assert not is_bot("Claude Martin", "claude.martin@nantesmetropole.fr")  # a person named Claude
    assert organisation_of("dev@example.com") == (None, "individual") and organisation_of("jean@exemple.com") == (None, "individual")
    assert organisation_of("me@localhost.localdomain")[0] is None
    r = repo([
        {"date": days_ago(30), "author": ALICE, "files": {"a": "1"}},
        {"date": days_ago(20), "author": ("Claude", "noreply@anthropic.com"), "files": {"a": "2"}},
        {"date": days_ago(10), "author": ("Dev", "dev@example.com"), "files": {"a": "3"}},
        {"date": days_ago(5), "author": ("Copilot", "198982749+Copilot@users.noreply.github.com"), "files": {"a": "4"}},
    ])
    res = run(ctx_for(r), "maintenance.organisations")
    orgs = {o["domain"] for o in res.evidence[0].value["organisations"]}
    assert orgs == {"grenoble.fr"} and res.evidence[0].value["individuals"] == 1  # the example.com author is a person, no organisation
    ctx = ctx_for(r)
    people = ctx.fact("contributors")
    assert sorted(people["bots_365d"]) == ["Claude", "Copilot"]


# -- dependency updates --------------------------------------------------------------------------
def test_dependency_updates(repo):
    base = {"package.json": '{"name": "x"}'}
    ok = repo([{"date": days_ago(90), "author": ALICE, "files": {**base, ".github/dependabot.yml": "version: 2\n"}},
               {"date": days_ago(20), "author": DEPENDABOT, "files": {"package.json": '{"name": "x", "v": 2}'},
                "message": "Bump lodash from 4.17.20 to 4.17.21"}])
    res = run(ctx_for(ok), "maintenance.dependency-updates")
    assert res.status.value == "pass" and res.evidence[0].path == ".github/dependabot.yml"
    idle = repo([{"date": days_ago(90), "author": ALICE, "files": {**base, "renovate.json": "{}"}},
                 {"date": days_ago(500), "author": RENOVATE, "files": {"a": "1"}, "committer_date": days_ago(500)}], name="idle")
    res = run(ctx_for(idle), "maintenance.dependency-updates")
    assert res.status.value == "warn" and "renovate" in res.message["en"]
    declared = {"package.json": '{"name": "x", "dependencies": {"lodash": "^4.17.21"}}'}
    none = repo([{"date": days_ago(90), "author": ALICE, "files": declared}], name="none")
    assert run(ctx_for(none), "maintenance.dependency-updates").status.value == "fail"
    empty = repo([{"date": days_ago(90), "author": ALICE, "files": base}], name="empty")  # a manifest declaring nothing: nothing to update
    assert run(ctx_for(empty), "maintenance.dependency-updates").status.value == "not_applicable"
    nomanifest = repo([{"date": days_ago(90), "author": ALICE, "files": {"README.md": "x"}}], name="nm")
    assert run(ctx_for(nomanifest), "maintenance.dependency-updates").status.value == "not_applicable"


def test_forge_checks_inconclusive_offline(repo):
    r = repo(_weekly(2))
    ctx = ctx_for(r)
    for cid in ("maintenance.responsiveness", "maintenance.closure-ratio", "maintenance.not-archived"):
        res = run(ctx, cid)
        assert res.status.value == "inconclusive" and "offline" in res.message["en"], cid


@pytest.mark.parametrize("cid", sorted(k for k in load_checks() if k.startswith("maintenance.")))
def test_texts_in_both_languages(cid):
    spec = load_checks()[cid]
    for text in (spec.title, spec.rationale, spec.remediation):
        assert text["fr"].strip() and text["en"].strip() and text["fr"] != text["en"]


def test_activity_busy_then_silent_is_a_warning(repo):
    # Thirty active weeks, releases, then silence for seven months: no longer "active".
    r = repo([{"date": days_ago(210 + 5 * i), "author": ALICE, "files": {"f": str(i)}, **({"tag": f"v1.{i}.0", "tag_date": days_ago(210 + 5 * i)} if i % 10 == 0 else {})}
              for i in reversed(range(30))])
    res = run(ctx_for(r), "maintenance.activity")
    assert res.status.value == "warn" and res.score == 5 and "210 days" in res.message["en"]


def test_same_local_part_on_two_domains_is_one_person(repo):
    r = repo([{"date": days_ago(30), "author": ("Alexis A.", "alexis.athlani@gmail.com"), "files": {"a": "1"}},
              {"date": days_ago(20), "author": ("Alexis Athlani", "alexis.athlani@beta.gouv.fr"), "files": {"a": "2"}},
              {"date": days_ago(10), "author": ("Dev", "dev@octo.com"), "files": {"a": "3"}},
              {"date": days_ago(9), "author": ("Other", "dev@lametro.fr"), "files": {"a": "4"}}])  # short, generic: not merged
    assert ctx_for(r).fact("contributors")["active_365d"] == 3
    orgs = ctx_for(r).fact("organisations")
    assert sorted(o["domain"] for o in orgs["organisations"]) == ["beta.gouv.fr", "lametro.fr", "octo.com"]
    assert orgs["individuals"] == 0


def test_bot_update_and_its_merge_count_once(repo):
    r = repo([{"date": days_ago(90), "author": ALICE, "files": {"package.json": "{}", ".github/dependabot.yml": "version: 2\n"}},
              {"date": days_ago(21), "author": DEPENDABOT, "files": {"package.json": '{"a": 1}'}, "message": "Bump lodash from 4.17.20 to 4.17.21"},
              {"date": days_ago(20), "author": BOB, "merge": True, "side_files": {"package.json": '{"a": 2}'},
               "message": "Merge pull request #9 from org/dependabot/npm_and_yarn/lodash-4.17.21"}])
    d = ctx_for(r).fact("dependency_updates")
    assert d["bot_updates_365d"] == 1


def test_dependabot_requests_merged_years_ago_are_no_absence_of_bot(repo):
    """GIP-RECIA/extended-uportal-footer (session 9 reads): six Dependabot requests merged in 2023, no dependabot.yml (GitHub's
    security updates need none); the check failed 'Neither Dependabot nor Renovate'. Used, but not in the year: a warning."""
    pkg = '{"name": "footer", "devDependencies": {"terser": "^5.9.0"}}'
    r = repo([{"date": days_ago(700), "author": ALICE, "files": {"package.json": pkg}},
              {"date": days_ago(650), "author": DEPENDABOT, "files": {"package-lock.json": '{"a": 1}'},
               "message": "chore(deps): bump terser from 5.9.0 to 5.16.6"},
              {"date": days_ago(650), "author": BOB, "merge": True, "side_files": {"package-lock.json": '{"a": 2}'},
               "message": "Merge pull request #5 from org/dependabot/npm_and_yarn/terser-5.16.6"}])
    d = ctx_for(r).fact("dependency_updates")
    assert d["bot_updates_365d"] == 0 and d["last_bot_update_date"]
    res = run(ctx_for(r), "maintenance.dependency-updates")
    assert res.status.value == "warn" and "none in the year" in res.message["en"], res.message
    assert "Neither" not in res.message["en"]
    r2 = repo([{"date": days_ago(700), "author": ALICE, "files": {"package.json": pkg}}], name="r2")
    assert run(ctx_for(r2), "maintenance.dependency-updates").status.value == "fail"


def test_active_weeks_are_calendar_weeks_the_same_whatever_the_audits_day(repo):
    """s11 re-audits: a communauté de communes' plugin had '2 active weeks' audited on one day and '3' the next, with the same
    five commits in the year: weeks were counted back from the audit's day, so a Thursday-evening and a Friday-morning commit
    fell in two weeks when the audit was on a Thursday. They are one ISO week, whatever the day."""
    r = repo([{"date": "2025-12-18T21:39:17Z", "author": ALICE, "files": {"f": "1"}},
              {"date": "2025-12-19T07:16:20Z", "author": ALICE, "files": {"f": "2"}}])
    for day in (25, 26):  # a Thursday, then a Friday
        as_of = datetime(2026, 6, day, 23, 59, 59, tzinfo=timezone.utc)
        assert ctx_for(r, as_of=as_of).fact("history_activity")["active_weeks_365d"] == 1, day

"""Forge clients against answers shaped as GitHub's and GitLab's REST documentation shows them,
replayed with ``responses`` (no network): public and private repositories, 401, 403/429 rate limits,
404, time-outs, pagination, ETag revalidation, the request bound, self-hosted GitLab with nested
groups — and no token anywhere in outputs, logs or cache files."""

from __future__ import annotations

import json
import logging
import re
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import requests
import responses

from auditor.checks import load_checks
from auditor.context import AuditConfig, AuditContext
from auditor.engine import run_check
from auditor.snapshot import GitSnapshot
from auditor.target import parse_target
from tests.gitrepo import git

AS_OF = datetime.now(timezone.utc).replace(microsecond=0)  # forge data describes today
GH = "https://api.github.com"
SECRET = "ghp_S3cr3tT0kenValue0123456789abcdefXYZ"
GL_SECRET = "glpat-S3cr3tGitLabValue987654321"


def ts(days: float, hours: float = 0) -> str:
    return (AS_OF - timedelta(days=days) + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def local(repo):
    return repo([{"date": ts(10), "files": {"README.md": "# x\n"}}])


def make_ctx(local_repo, target: str, tmp_path: Path, as_of=None, **extra) -> AuditContext:
    head = git(local_repo, "rev-parse", "HEAD").strip()
    snap = GitSnapshot(str(local_repo / ".git"), head)
    cfg = AuditConfig(cache_dir=tmp_path / "cache", network=True, fact_cache=False, extra=extra)
    return AuditContext(snap, parse_target(target), as_of or AS_OF, cfg)


def run(ctx, cid):
    spec = load_checks()[cid]
    return run_check(spec, ctx, dict(spec.params))


def u(login: str, bot: bool = False) -> dict:
    return {"login": login, "id": abs(hash(login)) % 10**6, "type": "Bot" if bot else "User"}


def url(path: str, base: str = GH) -> re.Pattern:
    """The URL of ``path`` under ``base``, with or without the explicit :443 PyGithub adds."""
    from urllib.parse import urlsplit

    b = urlsplit(base)
    return re.compile(re.escape(f"{b.scheme}://{b.hostname}") + r"(:443)?" + re.escape(b.path + path) + r"(\?.*)?$")


REPO = {"id": 1, "name": "n", "full_name": "o/n", "owner": u("o"), "private": False, "fork": False, "archived": False,
        "url": f"{GH}/repos/o/n", "description": "Suivi des îlots de fraîcheur", "topics": ["climat"], "homepage": "https://x.fr",
        "stargazers_count": 12, "forks_count": 3, "open_issues_count": 2, "default_branch": "main",
        "created_at": "2021-01-01T00:00:00Z", "pushed_at": ts(1), "license": {"spdx_id": "EUPL-1.2"}, "has_issues": True}

ISSUES = [  # /issues lists pull requests too: they carry a "pull_request" key and are skipped
    {"number": 1, "user": u("citizen"), "created_at": ts(10), "updated_at": ts(9), "state": "open"},
    {"number": 2, "user": u("citizen2"), "created_at": ts(20), "updated_at": ts(19), "state": "open"},
    {"number": 3, "user": u("contrib"), "created_at": ts(30), "updated_at": ts(28), "state": "closed", "pull_request": {"url": "x"}},
]
PULLS = [
    {"number": 6, "user": u("contrib2"), "created_at": ts(5), "updated_at": ts(5), "closed_at": None, "merged_at": None, "state": "open"},
    {"number": 5, "user": u("dependabot[bot]", True), "created_at": ts(12), "updated_at": ts(11), "closed_at": ts(11), "merged_at": ts(11), "state": "closed"},
    {"number": 4, "user": u("contrib"), "created_at": ts(15), "updated_at": ts(14), "closed_at": ts(14), "merged_at": None, "state": "closed"},
    {"number": 3, "user": u("contrib"), "created_at": ts(30), "updated_at": ts(28), "closed_at": ts(28), "merged_at": ts(28), "state": "closed"},
    {"number": 1, "user": u("old"), "created_at": ts(500), "updated_at": ts(480), "closed_at": ts(480), "merged_at": ts(480), "state": "closed"},
]
COMMENTS = [
    {"id": 11, "issue_url": f"{GH}/repos/o/n/issues/1", "user": u("maint"), "created_at": ts(10, 5)},
    {"id": 12, "issue_url": f"{GH}/repos/o/n/issues/2", "user": u("citizen2"), "created_at": ts(20, 1)},  # the author
    {"id": 13, "issue_url": f"{GH}/repos/o/n/issues/2", "user": u("stale[bot]", True), "created_at": ts(19)},  # a bot
    {"id": 14, "issue_url": f"{GH}/repos/o/n/issues/4", "user": u("maint"), "created_at": ts(15, 2)},
]
REVIEWS_3 = [{"id": 31, "user": u("maint"), "state": "APPROVED", "submitted_at": ts(29)}]


def add_github(rs, base=GH, repo=REPO, issues_pages=None):
    if repo is not None:
        rs.add("GET", url("/repos/o/n", base), json=repo, headers={"ETag": '"r1"', "X-RateLimit-Remaining": "59",
                                                                  "X-RateLimit-Reset": str(int(time.time()) + 3600)})
    rs.add("GET", url("/repos/o/n/releases", base), json=[
        {"id": 1, "tag_name": "v1.2.0", "draft": False, "prerelease": False, "created_at": ts(40), "published_at": ts(40)},
        {"id": 2, "tag_name": "v1.1.0", "draft": False, "prerelease": False, "created_at": ts(400), "published_at": ts(400)}])
    rs.add("GET", url("/repos/o/n/pulls", base), json=PULLS)
    rs.add("GET", url("/repos/o/n/issues/comments", base), json=COMMENTS)
    if issues_pages:
        issues_pages(rs)
    else:
        rs.add("GET", url("/repos/o/n/issues", base), json=ISSUES)
    rs.add("GET", url("/repos/o/n/pulls/3/reviews", base), json=REVIEWS_3)
    rs.add("GET", url("/repos/o/n/community/profile", base), json={
        "health_percentage": 71, "description": "x", "documentation": None, "updated_at": ts(3),
        "files": {"code_of_conduct": None, "contributing": {"url": "c"}, "license": {"spdx_id": "EUPL-1.2"},
                  "readme": {"url": "r"}, "issue_template": None, "pull_request_template": None}})
    rs.add("GET", url("/repos/o/n/branches/main", base), json={"name": "main", "protected": True})
    rs.add("GET", url("/repos/o/n/forks", base), json=[  # sort=oldest: the first reusers
        {"id": 91, "full_name": "geo2france/n", "owner": u("geo2france") | {"type": "Organization"}, "fork": True},
        {"id": 92, "full_name": "someone/n", "owner": u("someone"), "fork": True}])


def test_github_public_repository(local, tmp_path):
    with responses.RequestsMock() as rs:
        add_github(rs)
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path)
        f = ctx.fact("forge")
        assert f["available"] and not f["authenticated"] and f["api_url"] == GH
        assert f["repo"]["stars"] == 12 and f["repo"]["topics"] == ["climat"]
        assert f["releases"] == {"seen": 2, "count_365d": 1, "last_date": (AS_OF - timedelta(days=40)).isoformat()}
        ch = f["changes"]
        assert (ch["opened_365d"], ch["closed_365d"], ch["merged_365d"]) == (3, 2, 1)  # the bot's pull request is left out
        assert ch["median_hours_to_merge"] == 48.0 and ch["share_reviewed"] == 1.0
        r = f["responsiveness"]
        assert (r["items_365d"], r["responded"], r["unanswered"]) == (5, 3, 2)
        assert r["median_hours_to_first_response"] == 5.0
        assert f["community"]["health_percentage"] == 71 and f["branch_protection"]["protected"] is True
        assert f["requests"]["requests"] == 9 and f["partial"] == {}
        assert f["forks"]["total"] == 3 and [x["owner"] for x in f["forks"]["listed"]] == ["geo2france", "someone"]
        for call in rs.calls:
            assert "Authorization" not in call.request.headers
        assert run(ctx, "maintenance.not-archived").status.value == "pass"
        res = run(ctx, "maintenance.responsiveness")
        assert res.status.value == "pass" and res.score == 8 and "5 h" in res.message["en"]
        res = run(ctx, "maintenance.closure-ratio")
        assert res.status.value == "pass" and res.score == pytest.approx(8.33, abs=0.01)
        res = run(ctx, "maintenance.review")
        assert res.status.value == "pass" and res.details["source"] == "forge"


def test_github_archived_and_slow(local, tmp_path):
    archived = {**REPO, "archived": True}
    slow_comments = [{**c, "created_at": ts(1)} for c in COMMENTS]  # answers a week to weeks later
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        rs.add("GET", url("/repos/o/n/issues/comments"), json=slow_comments)
        add_github(rs, repo=archived)
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path)
        res = run(ctx, "maintenance.not-archived")
        assert res.status.value == "fail" and "archived" in res.message["en"]
        res = run(ctx, "maintenance.responsiveness")
        assert res.status.value in ("warn", "fail") and res.score < 8


def test_github_pagination_follows_link(local, tmp_path):
    page2 = f"{GH}/repositories/1/issues?page=2&per_page=100"

    def pages(rs):
        rs.add("GET", url("/repos/o/n/issues"), json=ISSUES[:1], headers={"Link": f'<{page2}>; rel="next", <{page2}>; rel="last"'})
        rs.add("GET", re.compile(r"https://api\.github\.com(:443)?/repositories/1/issues\?page=2.*"), json=ISSUES[1:])

    with responses.RequestsMock() as rs:
        add_github(rs, issues_pages=pages)
        f = make_ctx(local, "https://github.com/o/n", tmp_path).fact("forge")
        assert f["responsiveness"]["issues_365d"] == 2
        assert any("/repositories/1/issues?page=2" in c.request.url for c in rs.calls)


def test_github_private_repository_with_token(local, tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_TOKEN", SECRET)

    def private(request):
        if SECRET not in request.headers.get("Authorization", ""):
            return (404, {}, json.dumps({"message": "Not Found"}))
        return (200, {}, json.dumps({**REPO, "private": True}))

    with responses.RequestsMock() as rs:
        rs.add_callback("GET", url("/repos/o/n"), callback=private)
        add_github(rs, repo=None)
        f = make_ctx(local, "https://github.com/o/n", tmp_path).fact("forge")
        assert f["available"] and f["authenticated"] and f["repo"]["private"]
        # The token went to api.github.com only, as a header.
        assert all(SECRET in c.request.headers["Authorization"] and SECRET not in c.request.url for c in rs.calls)
    # Without the token the same project is "not found", which is inconclusive, never zero.
    monkeypatch.delenv("GITHUB_TOKEN")
    with responses.RequestsMock() as rs:
        rs.add_callback("GET", url("/repos/o/n"), callback=private)
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path / "2")
        f = ctx.fact("forge")
        assert not f["available"] and "404" in f["reason"]["en"] and "GITHUB_TOKEN" in f["reason"]["en"]
        res = run(ctx, "maintenance.not-archived")
        assert res.status.value == "inconclusive" and res.score is None


@pytest.mark.parametrize("status,body,needle", [
    (401, {"message": "Bad credentials"}, "401"),
    (403, {"message": "Resource not accessible by integration"}, "403"),
    (404, {"message": "Not Found"}, "404"),
])
def test_github_errors_are_inconclusive(local, tmp_path, monkeypatch, status, body, needle):
    monkeypatch.setenv("GITHUB_TOKEN", SECRET)
    with responses.RequestsMock() as rs:
        rs.add("GET", url("/repos/o/n"), status=status, json=body)
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path)
        for cid in ("maintenance.not-archived", "maintenance.responsiveness", "maintenance.closure-ratio"):
            res = run(ctx, cid)
            assert res.status.value == "inconclusive" and needle in res.message["en"], cid
            assert SECRET not in json.dumps(res.message)


def test_github_rate_limit_long_wait_stops(local, tmp_path, monkeypatch):
    slept = []
    monkeypatch.setattr("auditor.forge.http._sleep", lambda s: slept.append(s))
    reset = int(time.time()) + 3000
    with responses.RequestsMock() as rs:
        rs.add("GET", url("/repos/o/n"), status=403, json={"message": "API rate limit exceeded for 192.0.2.1."},
               headers={"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(reset)})
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path)
        f = ctx.fact("forge")
        assert not f["available"] and "rate limit" in f["reason"]["en"] and "50 min" in f["reason"]["en"]
        assert slept == [] and len(rs.calls) == 1
        assert run(ctx, "maintenance.responsiveness").status.value == "inconclusive"


def test_github_rate_limit_short_wait_is_honoured(local, tmp_path, monkeypatch):
    slept = []
    monkeypatch.setattr("auditor.forge.http._sleep", lambda s: slept.append(s))
    with responses.RequestsMock() as rs:
        rs.add("GET", url("/repos/o/n"), status=429, json={"message": "You have exceeded a secondary rate limit."},
               headers={"Retry-After": "3"})
        add_github(rs)
        f = make_ctx(local, "https://github.com/o/n", tmp_path).fact("forge")
        assert f["available"] and slept == [3.0] and f["requests"]["waited_s"] == 3.0


def test_rate_limit_mid_collection_keeps_what_was_read(local, tmp_path, monkeypatch):
    monkeypatch.setattr("auditor.forge.http._sleep", lambda s: None)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        rs.add("GET", url("/repos/o/n/issues/comments"), status=403, json={"message": "API rate limit exceeded"},
               headers={"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": str(int(time.time()) + 1800)})
        add_github(rs)
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path)
        f = ctx.fact("forge")
        assert f["available"] and "releases" in f and "rate limit" in f["partial"]["comments"]["en"]
        assert "community" in f["partial"]  # every later request refused without asking
        assert run(ctx, "maintenance.not-archived").status.value == "pass"
        res = run(ctx, "maintenance.responsiveness")
        assert res.status.value == "inconclusive" and "rate limit" in res.message["en"]


def test_timeout_is_inconclusive(local, tmp_path):
    with responses.RequestsMock() as rs:
        rs.add("GET", url("/repos/o/n"), body=requests.exceptions.ConnectTimeout("timed out"))
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path)
        res = run(ctx, "maintenance.not-archived")
        assert res.status.value == "inconclusive" and "timed out" in res.message["en"]


def test_request_bound(local, tmp_path):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        add_github(rs)
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path, forge_max_requests=3)
        f = ctx.fact("forge")
        assert len(rs.calls) == 3 and f["requests"]["requests"] == 3
        assert "bound of 3" in f["partial"]["changes"]["en"]
        assert run(ctx, "maintenance.closure-ratio").status.value == "inconclusive"


def test_etag_revalidation_and_fresh_cache(local, tmp_path):
    seen = []

    def repo_cb(request):
        seen.append(request.headers.get("If-None-Match"))
        if request.headers.get("If-None-Match") == '"r1"':
            return (304, {"ETag": '"r1"'}, "")
        return (200, {"ETag": '"r1"'}, json.dumps(REPO))

    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        rs.add_callback("GET", url("/repos/o/n"), callback=repo_cb)
        add_github(rs, repo=None)
        first = make_ctx(local, "https://github.com/o/n", tmp_path, forge_cache_ttl=0).fact("forge")
        second = make_ctx(local, "https://github.com/o/n", tmp_path, forge_cache_ttl=0).fact("forge")
        assert seen == [None, '"r1"'] and second["repo"] == first["repo"]
        assert second["requests"]["from_cache"] >= 1
        n = len(rs.calls)
        third = make_ctx(local, "https://github.com/o/n", tmp_path).fact("forge")  # within the TTL: no request at all
        assert len(rs.calls) == n and third["requests"]["requests"] == 0 and third["repo"] == first["repo"]


def test_offline_and_unknown_forge(local, tmp_path):
    ctx = make_ctx(local, "https://github.com/o/n", tmp_path)
    ctx.config.network = False
    assert "offline" in ctx.fact("forge")["reason"]["en"]
    ctx = make_ctx(local, str(local), tmp_path)  # a local checkout without an origin remote: nothing to ask
    f = ctx.fact("forge")
    assert not f["available"] and f["no_forge"] and "recognised forge" in f["reason"]["en"]
    # not measured (it lowers coverage), never "not applicable": the project may well live on a forge
    assert run(ctx, "maintenance.not-archived").status.value == "inconclusive"


def test_local_checkout_uses_its_origin_and_enterprise_host(local, tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_GITHUB_HOSTS", "ghe.example.org")
    monkeypatch.setenv("GITHUB_TOKEN", SECRET)
    git(local, "remote", "add", "origin", "git@ghe.example.org:o/n.git")
    base = "https://ghe.example.org/api/v3"
    with responses.RequestsMock() as rs:
        add_github(rs, base=base, repo={**REPO, "url": f"{base}/repos/o/n"})
        f = make_ctx(local, str(local), tmp_path).fact("forge")
        assert f["available"] and f["api_url"] == base and f["authenticated"]


def test_api_override_and_token_not_sent_to_undeclared_host(local, tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_TOKEN", SECRET)
    monkeypatch.setenv("AUDITOR_API_GITHUB_EXAMPLE_NET", "https://api.github.example.net")
    with responses.RequestsMock() as rs:
        add_github(rs, base="https://api.github.example.net", repo={**REPO, "url": "https://api.github.example.net/repos/o/n"})
        f = make_ctx(local, "https://github.example.net/o/n", tmp_path).fact("forge")
        assert f["available"] and not f["authenticated"]
        assert all("Authorization" not in c.request.headers for c in rs.calls)


# -- GitLab ------------------------------------------------------------------------------------------
GLB = "https://gitlab.example.org/api/v4"
PROJ = r"(42|group%2Fsub%2Fproject)"


def gl(path: str) -> re.Pattern:
    return re.compile(re.escape(GLB) + path + r"(\?.*)?$")


def glu(name: str, bot: bool = False) -> dict:
    return {"id": abs(hash(name)) % 10**6, "username": name, "name": name, "bot": bot}


def add_gitlab(rs, archived=False, mr_pages=False):
    rs.add("GET", gl(r"/projects/group%2Fsub%2Fproject"), json={
        "id": 42, "path_with_namespace": "group/sub/project", "archived": archived, "visibility": "public",
        "description": "Plateforme territoriale", "topics": ["energie"], "star_count": 4, "forks_count": 1,
        "open_issues_count": 3, "default_branch": "main", "created_at": "2020-05-01T00:00:00Z",
        "last_activity_at": ts(2), "issues_enabled": True})
    rs.add("GET", gl(rf"/projects/{PROJ}/releases"), json=[{"tag_name": "v2.0.0", "released_at": ts(60), "created_at": ts(60)}])
    mrs = [
        {"iid": 7, "author": glu("agent.metropole"), "created_at": ts(8), "updated_at": ts(6), "merged_at": ts(6), "closed_at": None, "state": "merged"},
        {"iid": 6, "author": glu("project_42_bot_x", True), "created_at": ts(9), "updated_at": ts(9), "merged_at": ts(9), "closed_at": None, "state": "merged"},
        {"iid": 5, "author": glu("agent.ville"), "created_at": ts(20), "updated_at": ts(20), "merged_at": None, "closed_at": None, "state": "opened"},
    ]
    if mr_pages:
        rs.add("GET", gl(rf"/projects/{PROJ}/merge_requests"), json=mrs[:1],
               headers={"X-Next-Page": "2", "X-Page": "1", "X-Total-Pages": "2",
                        "Link": f'<{GLB}/projects/42/merge_requests?page=2&per_page=100>; rel="next"'})
        rs.add("GET", re.compile(re.escape(GLB) + r"/projects/42/merge_requests\?page=2.*"), json=mrs[1:],
               headers={"X-Page": "2", "X-Total-Pages": "2"})
    else:
        rs.add("GET", gl(rf"/projects/{PROJ}/merge_requests"), json=mrs)
    rs.add("GET", gl(rf"/projects/{PROJ}/issues"), json=[
        {"iid": 3, "author": glu("habitant"), "created_at": ts(15), "updated_at": ts(14), "state": "opened"}])
    rs.add("GET", gl(rf"/projects/{PROJ}/issues/3/notes"), json=[
        {"id": 1, "system": True, "author": glu("mainteneur"), "created_at": ts(15, 1)},  # system notes are no answer
        {"id": 2, "system": False, "author": glu("mainteneur"), "created_at": ts(15, 30)}])
    rs.add("GET", gl(rf"/projects/{PROJ}/merge_requests/7/notes"), json=[
        {"id": 3, "system": False, "author": glu("mainteneur"), "created_at": ts(8, 2)}])
    rs.add("GET", gl(rf"/projects/{PROJ}/merge_requests/5/notes"), json=[])
    rs.add("GET", gl(rf"/projects/{PROJ}/merge_requests/7/approvals"), json={
        "approved": True, "approved_by": [{"user": glu("mainteneur")}]})
    rs.add("GET", gl(rf"/projects/{PROJ}/repository/branches/main"), json={"name": "main", "protected": True})


def test_gitlab_self_hosted_nested_groups_with_token(local, tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_GITLAB_HOSTS", "gitlab.example.org")
    monkeypatch.setenv("GITLAB_TOKEN", GL_SECRET)
    with responses.RequestsMock() as rs:
        add_gitlab(rs, mr_pages=True)
        ctx = make_ctx(local, "https://gitlab.example.org/group/sub/project", tmp_path)
        f = ctx.fact("forge")
        assert f["available"] and f["kind"] == "gitlab" and f["project"] == "group/sub/project" and f["authenticated"]
        assert f["repo"]["archived"] is False and f["releases"]["count_365d"] == 1
        ch = f["changes"]
        assert (ch["opened_365d"], ch["closed_365d"], ch["share_reviewed"]) == (2, 1, 1.0)
        r = f["responsiveness"]
        assert (r["sampled"], r["responded"], r["unanswered"]) == (3, 2, 1) and r["median_hours_to_first_response"] == 16.0
        assert all(c.request.headers.get("PRIVATE-TOKEN") == GL_SECRET for c in rs.calls)
        assert any("page=2" in c.request.url for c in rs.calls)
        assert run(ctx, "maintenance.closure-ratio").score == pytest.approx(6.25)
        assert run(ctx, "maintenance.not-archived").status.value == "pass"


def test_gitlab_recognised_by_its_api_and_429(local, tmp_path, monkeypatch):
    slept = []
    monkeypatch.setattr("auditor.forge.http._sleep", lambda s: slept.append(s))
    base = "https://code.example.org/api/v4"
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        rs.add("GET", re.compile(re.escape(base) + r"/projects/grp%2Fproj$"), json={
            "id": 9, "path_with_namespace": "grp/proj", "archived": True, "visibility": "public", "default_branch": "main"})
        rs.add("GET", re.compile(re.escape(base) + r"/projects/9/.*"), status=429, json={"message": "Retry later"},
               headers={"Retry-After": "600", "RateLimit-Remaining": "0"})
        ctx = make_ctx(local, "https://code.example.org/grp/proj", tmp_path)
        f = ctx.fact("forge")
        assert f["available"] and f["kind"] == "gitlab" and f["repo"]["archived"] is True
        assert "rate limit" in f["partial"]["releases"]["en"] and slept == []
        assert run(ctx, "maintenance.not-archived").status.value == "fail"
        assert run(ctx, "maintenance.responsiveness").status.value == "inconclusive"


def test_no_token_in_report_logs_or_cache(local, tmp_path, monkeypatch, caplog):
    """Run the whole audit with tokens set and every logger at DEBUG: no token value anywhere."""
    from auditor.engine import AuditOptions, audit_snapshot
    from auditor.ruleset import load_ruleset
    from auditor.checks import load_checks as lc

    monkeypatch.setenv("GITHUB_TOKEN", SECRET)
    monkeypatch.setenv("GITLAB_TOKEN", GL_SECRET)
    monkeypatch.setenv("AUDITOR_TOKEN_GITLAB_EXAMPLE_ORG", GL_SECRET)
    caplog.set_level(logging.DEBUG)
    cache = tmp_path / "cache"
    reports = []
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        add_github(rs)
        add_gitlab(rs)
        rs.add("GET", url("/repos/o/bad"), status=401, json={"message": "Bad credentials"})
        for target in ("https://github.com/o/n", "https://gitlab.example.org/group/sub/project", "https://github.com/o/bad"):
            head = git(local, "rev-parse", "HEAD").strip()
            snap = GitSnapshot(str(local / ".git"), head)
            cfg = AuditConfig(cache_dir=cache, network=True, fact_cache=True)
            opts = AuditOptions(cache_dir=cache, config=cfg, only=[k for k in lc() if k.startswith("maintenance.")])
            report = audit_snapshot(snap, parse_target(target), load_ruleset(None, known_checks=set(lc())), opts)
            reports.append(json.dumps(report, ensure_ascii=False))
        sent = [c.request.headers.get("Authorization", "") + c.request.headers.get("PRIVATE-TOKEN", "") for c in rs.calls]
    assert any(SECRET in s for s in sent) and any(GL_SECRET in s for s in sent)  # the tokens were really used
    assert '"authenticated": true' in reports[0] and "401" in reports[2]
    for secret in (SECRET, GL_SECRET):
        assert all(secret not in text for text in reports)
        assert secret not in caplog.text
        files = [p for p in cache.rglob("*") if p.is_file()]
        assert files, "the cache was written"
        for p in files:
            assert secret not in str(p) and secret not in p.read_text(errors="replace")


# -- a real loopback server (no mock of the transport) -----------------------------------------------
def test_loopback_server_base_url_override_and_real_timeout(local, tmp_path, monkeypatch):
    import http.server
    import socket
    import threading

    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            path = self.path.split("?", 1)[0]
            routes = {"/api/repos/o/n": {**REPO, "url": f"http://127.0.0.1:{port}/api/repos/o/n"},
                      "/api/repos/o/n/branches/main": {"name": "main", "protected": False},
                      "/api/repos/o/n/community/profile": {"health_percentage": 10, "files": {}}}
            body = json.dumps(routes.get(path, [])).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("AUDITOR_GITHUB_API", f"http://127.0.0.1:{port}/api")
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path)
        f = ctx.fact("forge")
        assert f["available"] and f["repo"]["description"] == REPO["description"] and f["partial"] == {}
        assert hits[0] == "/api/repos/o/n" and len(hits) == f["requests"]["requests"] == 8  # forks included
        assert run(ctx, "maintenance.closure-ratio").status.value == "not_applicable"  # no pull request at all
    finally:
        server.shutdown()
        server.server_close()

    # A server that accepts the connection and never answers: a real read time-out, then inconclusive.
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)
    try:
        monkeypatch.setenv("AUDITOR_GITHUB_API", f"http://127.0.0.1:{sock.getsockname()[1]}/api")
        t0 = time.monotonic()
        ctx = make_ctx(local, "https://github.com/o/n", tmp_path / "silent", forge_timeout=1)
        res = run(ctx, "maintenance.not-archived")
        assert res.status.value == "inconclusive" and "unreachable" in res.message["en"]
        assert time.monotonic() - t0 < 10
    finally:
        sock.close()


def test_past_audit_with_truncated_lists_is_inconclusive(local, tmp_path):
    many = [{"number": 1000 - i, "user": u(f"c{i}"), "created_at": ts(1 + i / 100), "updated_at": ts(i / 100),
             "closed_at": None, "merged_at": None, "state": "open"} for i in range(300)]
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rs:
        for _ in range(2):  # one answer per audit; responses serves matching answers in order
            rs.add("GET", url("/repos/o/n/pulls"), json=many)
        add_github(rs)
        now = make_ctx(local, "https://github.com/o/n", tmp_path)
        assert now.fact("forge")["changes"]["truncated"] is True
        assert run(now, "maintenance.closure-ratio").status.value == "fail"  # 300 opened, none closed: today's view holds
        past = make_ctx(local, "https://github.com/o/n", tmp_path / "p", as_of=AS_OF - timedelta(days=200))
        assert past.fact("forge")["as_of_in_past"] is True
        res = run(past, "maintenance.closure-ratio")
        assert res.status.value == "inconclusive" and "bounded" in res.message["en"]


def test_gitlab_401_and_per_host_config_token(local, tmp_path):
    with responses.RequestsMock() as rs:
        rs.add("GET", gl(r"/projects/group%2Fsub%2Fproject"), status=401, json={"message": "401 Unauthorized"})
        ctx = make_ctx(local, "https://gitlab.example.org/group/sub/project", tmp_path)
        ctx.config.tokens = {"gitlab.example.org": GL_SECRET}
        res = run(ctx, "maintenance.responsiveness")
        assert res.status.value == "inconclusive" and "401" in res.message["en"] and "GITLAB_TOKEN" in res.message["en"]
        assert rs.calls[0].request.headers.get("PRIVATE-TOKEN") == GL_SECRET
        assert GL_SECRET not in json.dumps(ctx.fact("forge"))

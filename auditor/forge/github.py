"""GitHub (github.com and GitHub Enterprise) through PyGithub, over :mod:`auditor.forge.http`.

Requests per audit (bound ``LIST_PAGES``=3 pages of 100, ``SAMPLE``=10), at most 25:
``GET /repos/{o}/{n}`` (1), ``/releases`` (1 page), ``/pulls?state=all&sort=updated`` (≤3),
``/issues?state=all&since=…`` (≤3), ``/issues/comments?since=…`` (≤3), ``/pulls/{n}/reviews`` for the
10 most recent merged pull requests (≤10), ``/community/profile`` (1), ``/branches/{default}`` (1),
``/branches/{default}/protection`` when a token is set (1), and ``/forks?sort=oldest`` (1 page).

Values are read from each object's raw JSON (never through PyGithub's lazy completion, which would
spend one more request per object).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urlsplit

from auditor.forge.common import (LIST_PAGES, SAMPLE, WINDOW_DAYS, first_response, in_window, is_bot_login,
                                  median_hours, parse_dt, section_runner)
from auditor.forge.http import ForgeStopped


def _raw(obj) -> dict:
    data = getattr(obj, "_rawData", None)
    return data if isinstance(data, dict) else {}


def _user(d: dict | None) -> tuple[str | None, bool]:
    d = d or {}
    login = d.get("login")
    return login, is_bot_login(login, d.get("type"))


def _take(paginated, limit: int):
    for i, obj in enumerate(paginated):
        if i >= limit:
            return
        yield _raw(obj)


def make_client(endpoint, session_adapter, timeout: float):
    """A PyGithub client whose every request goes through ``session_adapter``."""
    from github import Auth, Github
    from github.Requester import HTTPRequestsConnectionClass, HTTPSRequestsConnectionClass

    auth = Auth.Token(endpoint.token) if endpoint.token else None
    gh = Github(auth=auth, base_url=endpoint.api_url, timeout=int(timeout), retry=None, per_page=100,
                seconds_between_requests=None, seconds_between_writes=None, user_agent="readiness-auditor")
    o = urlsplit(endpoint.api_url)
    cls = HTTPSRequestsConnectionClass if o.scheme == "https" else HTTPRequestsConnectionClass
    conn = cls(o.hostname, o.port, retry=0, timeout=int(timeout))
    conn.session.mount("https://", session_adapter)
    conn.session.mount("http://", session_adapter)
    requester = gh.requester
    if not hasattr(requester, "_Requester__connection"):
        raise RuntimeError("unsupported PyGithub version: cannot route requests through the cache")
    requester._Requester__connection = conn
    return gh


def collect(endpoint, adapter, as_of: datetime, timeout: float) -> dict:
    """Collect the GitHub facts; sections that could not be collected carry a reason."""
    gh = make_client(endpoint, adapter, timeout)
    partial: dict[str, dict] = {}
    repo = gh.get_repo(endpoint.project)
    r = _raw(repo)
    out: dict = {
        "repo": {
            "archived": bool(r.get("archived")), "fork": bool(r.get("fork")), "private": bool(r.get("private")),
            "description": r.get("description"), "topics": r.get("topics") or [], "homepage": r.get("homepage") or None,
            "stars": r.get("stargazers_count"), "forks": r.get("forks_count"), "open_issues": r.get("open_issues_count"),
            "default_branch": r.get("default_branch"), "created_at": r.get("created_at"), "pushed_at": r.get("pushed_at"),
            "license": (r.get("license") or {}).get("spdx_id"), "has_issues": r.get("has_issues"),
        },
    }
    start = as_of - timedelta(days=WINDOW_DAYS)

    section = section_runner(out, partial, "github")

    def releases():
        items = [x for x in _take(repo.get_releases(), 100) if not x.get("draft")]
        dates = [parse_dt(x.get("published_at") or x.get("created_at")) for x in items]
        dates = [d for d in dates if d and d <= as_of]
        return {"seen": len(items), "count_365d": sum(1 for d in dates if in_window(d, as_of)),
                "last_date": max(dates).isoformat() if dates else None}

    comments: dict[int, list] = {}
    comments_complete = True

    def load_comments():
        nonlocal comments_complete
        n = 0
        for c in _take(repo.get_issues_comments(sort="created", direction="asc", since=start), LIST_PAGES * 100 + 1):
            n += 1
            if n > LIST_PAGES * 100:
                comments_complete = False
                break
            try:
                number = int(str(c.get("issue_url", "")).rstrip("/").rsplit("/", 1)[-1])
            except ValueError:
                continue
            login, bot = _user(c.get("user"))
            comments.setdefault(number, []).append((parse_dt(c.get("created_at")), login, bot))
        return {"read": n if comments_complete else LIST_PAGES * 100, "complete": comments_complete}

    def changes():
        prs = []
        truncated = True
        for p in _take(repo.get_pulls(state="all", sort="updated", direction="desc"), LIST_PAGES * 100):
            if (parse_dt(p.get("updated_at")) or as_of) <= start:
                truncated = False
                break
            prs.append(p)
        truncated = truncated and len(prs) >= LIST_PAGES * 100
        opened = [p for p in prs if in_window(parse_dt(p.get("created_at")), as_of) and not _user(p.get("user"))[1]]
        closed = [p for p in prs if in_window(parse_dt(p.get("closed_at")), as_of) and not _user(p.get("user"))[1]]
        merged = [p for p in closed if in_window(parse_dt(p.get("merged_at")), as_of)]
        to_merge = [parse_dt(p["merged_at"]) - parse_dt(p["created_at"]) for p in merged]
        sample = sorted(merged, key=lambda p: p["merged_at"], reverse=True)[:SAMPLE]
        reviewed = 0
        reviews_by_pr: dict[int, list] = {}
        sampled = 0
        for p in sample:
            try:
                revs = list(_take(_reviews(repo, p["number"]), 100))
            except ForgeStopped:
                break
            sampled += 1
            author = _user(p.get("user"))[0]
            entries = [(parse_dt(v.get("submitted_at")), _user(v.get("user"))[0], _user(v.get("user"))[1]) for v in revs]
            reviews_by_pr[p["number"]] = entries
            if any(who and who != author and not bot for _, who, bot in entries):
                reviewed += 1
        return {"opened_365d": len(opened), "closed_365d": len(closed), "merged_365d": len(merged),
                "closure_ratio": round(len(closed) / len(opened), 3) if opened else None,
                "median_hours_to_merge": median_hours(to_merge), "sampled_for_review": sampled,
                "reviewed": reviewed, "share_reviewed": round(reviewed / sampled, 3) if sampled else None,
                "truncated": truncated, "_prs": opened, "_reviews": reviews_by_pr}

    def issues():
        items = []
        for it in _take(repo.get_issues(state="all", sort="created", direction="desc", since=start), LIST_PAGES * 100):
            if "pull_request" in it:
                continue
            created = parse_dt(it.get("created_at"))
            if created is not None and created <= start:
                continue
            items.append(it)
        return [it for it in items if in_window(parse_dt(it.get("created_at")), as_of) and not _user(it.get("user"))[1]]

    section("releases", releases)
    section("comments", load_comments)
    section("changes", changes)
    section("issues_raw", issues)

    # Time to first response over issues and pull requests opened in the window.
    if "comments" in out and ("issues_raw" in out or "changes" in out):
        deltas, unanswered = [], 0
        items = [(it, {}) for it in out.get("issues_raw", [])]
        ch = out.get("changes") or {}
        items += [(p, ch.get("_reviews", {})) for p in ch.get("_prs", [])]
        for it, reviews in items:
            created = parse_dt(it.get("created_at"))
            author = _user(it.get("user"))[0]
            responses = comments.get(it["number"], []) + reviews.get(it["number"], [])
            d = first_response(created, author, [x for x in responses if x[0]], as_of)
            if d is None:
                unanswered += 1
            else:
                deltas.append(d)
        out["responsiveness"] = {"items_365d": len(items), "responded": len(deltas), "unanswered": unanswered,
                                 "median_hours_to_first_response": median_hours(deltas),
                                 "issues_365d": len(out.get("issues_raw", [])), "changes_365d": len(ch.get("_prs", [])),
                                 "comments_complete": out["comments"]["complete"]}
    else:
        partial.setdefault("responsiveness", partial.get("comments") or partial.get("issues_raw") or partial.get("changes"))
    if "changes" in out:
        out["changes"] = {k: v for k, v in out["changes"].items() if not k.startswith("_")}
    out.pop("issues_raw", None)

    def community():
        _, data = gh.requester.requestJsonAndCheck("GET", f"/repos/{endpoint.project}/community/profile")
        files = data.get("files") or {}
        return {"health_percentage": data.get("health_percentage"),
                "files": sorted(k for k, v in files.items() if v)}

    def protection():
        branch = out["repo"]["default_branch"] or "main"
        _, data = gh.requester.requestJsonAndCheck("GET", f"/repos/{endpoint.project}/branches/{branch}")
        result = {"branch": branch, "protected": bool(data.get("protected")), "required_reviews": None}
        if endpoint.token and result["protected"]:
            try:
                _, prot = gh.requester.requestJsonAndCheck("GET", f"/repos/{endpoint.project}/branches/{branch}/protection")
                rev = prot.get("required_pull_request_reviews") or {}
                result["required_reviews"] = rev.get("required_approving_review_count", 0) if rev else 0
            except ForgeStopped:
                raise
            except Exception:  # noqa: BLE001 - needs admin rights: unknown, not absent
                pass
        return result

    def forks():
        # One page of the oldest forks (the first reusers), with their owners' account type.
        if out["repo"]["forks"] == 0:
            return {"total": 0, "listed": []}
        _, data = gh.requester.requestJsonAndCheck("GET", f"/repos/{endpoint.project}/forks",
                                                   parameters={"sort": "oldest", "per_page": 100})
        items = [f for f in (data if isinstance(data, list) else []) if isinstance(f, dict)][:100]
        return {"total": out["repo"]["forks"], "listed": [
            {"full_name": f.get("full_name"), "owner": (f.get("owner") or {}).get("login"),
             "owner_type": (f.get("owner") or {}).get("type")} for f in items]}

    section("community", community)
    section("branch_protection", protection)
    section("forks", forks)
    out["partial"] = {k: v for k, v in partial.items() if v}
    return out


def _reviews(repo, number: int):
    """``GET /repos/{o}/{n}/pulls/{number}/reviews`` without first fetching the pull request."""
    from github.PaginatedList import PaginatedList
    from github.PullRequestReview import PullRequestReview

    return PaginatedList(PullRequestReview, repo.requester, f"{repo.url}/pulls/{number}/reviews", None)

"""GitLab (gitlab.com and self-hosted instances, nested groups) through python-gitlab, over
:mod:`auditor.forge.http`.

Requests per audit, at most 30: ``GET /projects/{path}`` (1), ``/releases`` (1 page),
``/merge_requests?state=all&updated_after=…`` (≤3 pages of 100), ``/issues?created_after=…`` (≤3),
``/{issues|merge_requests}/{iid}/notes`` for the 10 most recent issues and merge requests (≤10),
``/merge_requests/{iid}/approvals`` for the 10 most recent merged ones (≤10), ``/repository/branches/{default}`` (1), ``/forks`` (1 page).
GitLab has no project-wide notes list, so the time to first response is measured on that sample.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from auditor.forge.common import (LIST_PAGES, SAMPLE, WINDOW_DAYS, first_response, in_window, is_bot_login,
                                  median_hours, parse_dt, section_runner)
from auditor.forge.http import ForgeStopped


def _user(d: dict | None) -> tuple[str | None, bool]:
    d = d or {}
    login = d.get("username")
    return login, bool(d.get("bot")) or is_bot_login(login)


def _take(listing, limit: int):
    for i, obj in enumerate(listing):
        if i >= limit:
            return
        yield obj.attributes


def make_client(endpoint, session, timeout: float):
    import gitlab

    base = endpoint.api_url
    api_version = "4"
    if base.endswith("/api/v4"):
        base = base[: -len("/api/v4")]
    gl = gitlab.Gitlab(url=base, private_token=endpoint.token, session=session, timeout=timeout,
                       api_version=api_version, retry_transient_errors=False, per_page=100, user_agent="readiness-auditor")
    return gl


def collect(endpoint, session, as_of: datetime, timeout: float) -> dict:
    gl = make_client(endpoint, session, timeout)
    partial: dict[str, dict] = {}
    project = gl.projects.get(endpoint.project)
    a = project.attributes
    out: dict = {
        "repo": {
            "archived": bool(a.get("archived")), "fork": a.get("forked_from_project") is not None,
            "private": a.get("visibility") not in (None, "public"), "description": a.get("description") or None,
            "topics": a.get("topics") or a.get("tag_list") or [], "homepage": None,
            "stars": a.get("star_count"), "forks": a.get("forks_count"), "open_issues": a.get("open_issues_count"),
            "default_branch": a.get("default_branch"), "created_at": a.get("created_at"),
            "pushed_at": a.get("last_activity_at"), "license": (a.get("license") or {}).get("key"),
            "has_issues": a.get("issues_enabled"),
        },
    }
    start = as_of - timedelta(days=WINDOW_DAYS)

    section = section_runner(out, partial, "gitlab")

    def releases():
        items = list(_take(project.releases.list(per_page=100, get_all=False), 100))
        dates = [parse_dt(x.get("released_at") or x.get("created_at")) for x in items if not x.get("upcoming_release")]
        dates = [d for d in dates if d and d <= as_of]
        return {"seen": len(items), "count_365d": sum(1 for d in dates if in_window(d, as_of)),
                "last_date": max(dates).isoformat() if dates else None}

    def notes_of(kind: str, iid: int) -> list:
        mgr = (project.issues if kind == "issue" else project.mergerequests).get(iid, lazy=True)
        notes = _take(mgr.notes.list(sort="asc", order_by="created_at", per_page=20, get_all=False), 20)
        return [(parse_dt(n.get("created_at")), *_user(n.get("author"))) for n in notes if not n.get("system")]

    mrs_opened: list = []
    issues_opened: list = []

    def changes():
        mrs = list(_take(project.mergerequests.list(state="all", updated_after=start.isoformat(), order_by="updated_at",
                                                    sort="desc", per_page=100, iterator=True), LIST_PAGES * 100))
        humans = [m for m in mrs if not _user(m.get("author"))[1]]
        opened = [m for m in humans if in_window(parse_dt(m.get("created_at")), as_of)]
        closed = [m for m in humans if in_window(parse_dt(m.get("merged_at") or m.get("closed_at")), as_of)]
        merged = [m for m in closed if in_window(parse_dt(m.get("merged_at")), as_of)]
        mrs_opened.extend(opened)
        to_merge = [parse_dt(m["merged_at"]) - parse_dt(m["created_at"]) for m in merged]
        sample = sorted(merged, key=lambda m: m["merged_at"], reverse=True)[:SAMPLE]
        reviewed = sampled = 0
        for m in sample:
            try:
                appr = project.mergerequests.get(m["iid"], lazy=True).approvals.get()
            except ForgeStopped:
                break
            except Exception:  # noqa: BLE001 - approvals may be unavailable: count as not reviewed
                appr = None
            sampled += 1
            author = _user(m.get("author"))[0]
            approvers = [(_user((x or {}).get("user"))) for x in ((appr.attributes.get("approved_by") if appr else None) or [])]
            if any(who and who != author and not bot for who, bot in approvers):
                reviewed += 1
        return {"opened_365d": len(opened), "closed_365d": len(closed), "merged_365d": len(merged),
                "closure_ratio": round(len(closed) / len(opened), 3) if opened else None,
                "median_hours_to_merge": median_hours(to_merge), "sampled_for_review": sampled,
                "reviewed": reviewed, "share_reviewed": round(reviewed / sampled, 3) if sampled else None,
                "truncated": len(mrs) >= LIST_PAGES * 100}

    def issues():
        items = list(_take(project.issues.list(created_after=start.isoformat(), order_by="created_at", sort="desc",
                                               per_page=100, iterator=True), LIST_PAGES * 100))
        issues_opened.extend(i for i in items if in_window(parse_dt(i.get("created_at")), as_of) and not _user(i.get("author"))[1])
        return {"opened_365d": len(issues_opened)}

    def responsiveness():
        items = [("issue", i) for i in issues_opened] + [("mr", m) for m in mrs_opened]
        items.sort(key=lambda x: x[1].get("created_at") or "", reverse=True)
        deltas, unanswered, sampled = [], 0, 0
        for kind, it in items[:SAMPLE]:
            try:
                responses = notes_of(kind, it["iid"])
            except ForgeStopped:
                break
            sampled += 1
            d = first_response(parse_dt(it["created_at"]), _user(it.get("author"))[0], [r for r in responses if r[0]], as_of)
            if d is None:
                unanswered += 1
            else:
                deltas.append(d)
        return {"items_365d": len(items), "sampled": sampled, "responded": len(deltas), "unanswered": unanswered,
                "median_hours_to_first_response": median_hours(deltas), "issues_365d": len(issues_opened),
                "changes_365d": len(mrs_opened), "comments_complete": sampled >= len(items)}

    def protection():
        branch = out["repo"]["default_branch"] or "main"
        b = project.branches.get(branch)
        return {"branch": branch, "protected": bool(b.attributes.get("protected")), "required_reviews": None}

    section("releases", releases)
    section("changes", changes)
    section("issues", issues)
    if "changes" in out or "issues" in out:
        section("responsiveness", responsiveness)
    else:
        partial["responsiveness"] = partial.get("changes") or partial.get("issues")
    out.pop("issues", None)
    def forks():
        if out["repo"]["forks"] == 0:
            return {"total": 0, "listed": []}
        items = list(_take(project.forks.list(per_page=100, get_all=False, order_by="created_at", sort="asc"), 100))
        return {"total": out["repo"]["forks"], "listed": [
            {"full_name": f.get("path_with_namespace"), "owner": (f.get("namespace") or {}).get("full_path"),
             "owner_type": (f.get("namespace") or {}).get("kind")} for f in items]}

    section("branch_protection", protection)
    section("forks", forks)
    out["partial"] = {k: v for k, v in partial.items() if v}
    return out

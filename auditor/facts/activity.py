"""``activity``: commit counts in windows ending at ``as_of``, from the history of the audited commit.

Definitions (also in the README):
- commits are those reachable from the audited commit; the counts (``commits``, ``commits_90d``, ``commits_365d``) are the
  authored work, merge commits excluded, while ``last_commit_date`` is the branch's last change, merges included (what the
  forge shows as the last commit: a pull request merged days or months after its last commit is the branch's last activity);
- a commit is placed by its committer date, in UTC;
- ``as_of`` is the end of the given day (UTC), or the audit's own time when no date is given;
- a commit is in the N-day window when its committer date is after ``as_of`` minus N days and not
  after ``as_of``;
- authors are distinct persons, counted as the ``contributors`` fact counts its active people (``active_365d``): e-mails
  after ``.mailmap`` sharing a name, a ``first.last`` local part or a login are one person, and so is a login the README links
  as a full name's profile (``auditor.facts.history.identities``);
  automation accounts and AI assistants (Dependabot, Renovate, ``[bot]``, ``noreply@anthropic.com``…:
  ``auditor.people.is_bot``) are no authors;
- ``tags`` counts the repository's tags on every branch, as the forge lists them, dated up to ``as_of``; ``tags_on_branch``
  those the audited commit contains.
"""

from __future__ import annotations

from datetime import timedelta

from auditor.facts import fact
from auditor.people import is_bot

SHALLOW_REASON = {
    "fr": "historique tronqué (clone superficiel) : relancez avec l'historique complet (fetch-depth: 0 dans actions/checkout, GIT_DEPTH: 0 sur GitLab CI)",
    "en": "truncated history (shallow clone): run again with the full history (fetch-depth: 0 in actions/checkout, GIT_DEPTH: 0 on GitLab CI)",
}
NO_GIT_REASON = {
    "fr": "dossier sans historique git : l'activité ne peut pas être mesurée",
    "en": "folder without git history: activity cannot be measured",
}


def history_unavailable(ctx) -> dict | None:
    """None when the history is usable, else a reason in both languages."""
    if not ctx.snapshot.has_history:
        return NO_GIT_REASON
    if ctx.snapshot.shallow:
        return SHALLOW_REASON
    return None


def in_window(commit_date, as_of, days: int) -> bool:
    return as_of - timedelta(days=days) < commit_date <= as_of


def _persons(ctx, commits) -> int:
    """The persons (not e-mails) among ``commits``' authors, bots apart: the contributors fact's identities and bot rule (a commit
    is a bot's by its author, a person is an identity with a commit of their own), so that "authors in 12 months" and the contributors' "active in 12 months" agree."""
    people = ctx.fact("people")
    ident = people["ident"]

    def key(c) -> str:
        k = c.author_email.lower() or c.author_name.lower()
        return ident.get(k, k)

    tools = set(people.get("tools") or ())  # (a commit a bot wrote under a person's address is the bot's, the person's own stay theirs)
    return len({key(c) for c in commits if not is_bot(c.author_name, c.author_email)} - tools)


@fact("activity", version=23, cache="commit+as_of")
def activity(ctx) -> dict:
    reason = history_unavailable(ctx)
    if reason is not None:
        return {"available": False, "reason": reason, "commits": None, "commits_90d": None, "commits_365d": None,
                "authors_365d": None, "first_commit_date": None, "last_commit_date": None, "tags": None,
                "tags_on_branch": None, "future_commits": None}
    as_of = ctx.as_of
    from auditor.facts.workflow_commits import reattributed

    everything = reattributed(ctx.snapshot.history(), ctx.snapshot)  # (a workflow's commits are its bot's: workflow_commits)
    commits = [c for c in everything if not c.is_merge]
    c90 = [c for c in commits if in_window(c.committer_date, as_of, 90)]
    c365 = [c for c in commits if in_window(c.committer_date, as_of, 365)]
    dates = [c.committer_date for c in commits]
    total, first = len(commits), (min(dates) if dates else None)
    # merges included: the branch's last change; a commit dated after the audit's day (a wrong clock, 2099) is no activity of that
    # day: left out of the last date as of the windows, and counted apart
    last = max((c.committer_date for c in everything if c.committer_date <= as_of), default=None)
    if ctx.snapshot.history_truncated:  # very long histories: totals from git, windows from the newest commits
        total, first = ctx.snapshot.history_totals()
    # The repository's tags, as its forge lists them: releases made on another branch are releases too (a QGIS plugin whose v4
    # line is tagged on master while the default branch carries v5; a history restarted after 50 tags). The ones the audited
    # commit contains are given apart.
    on_branch = [t for t in ctx.snapshot.tags() if t.date <= as_of]
    elsewhere = [t for t in ctx.snapshot.other_tags() if t.date <= as_of]
    return {
        "available": True,
        "commits": total,
        "commits_90d": len(c90),
        "commits_365d": len(c365),
        "authors_365d": _persons(ctx, c365),
        "first_commit_date": first.isoformat() if first else None,
        "last_commit_date": last.isoformat() if last else None,
        "tags": len(on_branch) + len(elsewhere),
        "tags_on_branch": len(on_branch),
        "future_commits": sum(1 for c in everything if c.committer_date > as_of),
    }

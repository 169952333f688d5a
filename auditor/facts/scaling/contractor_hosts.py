"""The company domains the project's committers write from (a contractor's staff committing a city's app from @c2is.fr): a server
the code calls on that domain (appvilledelyon.c2is.fr, the app's whole back end) is that company's, the contractor's, not a neutral
other organisation's (issue 12, s37 fj37 = aympitre/villedelyon-android)."""

from __future__ import annotations

from auditor.facts.scaling.common import email_type


def committers_company_domains(ctx) -> set[str]:
    """The registrable domains of the committers' company e-mail addresses (email_type ``company``), of the last 5,000 commits;
    none without history."""
    if not ctx.snapshot.has_history:
        return set()
    try:
        commits = ctx.fact("people")["commits"]
    except Exception:  # noqa: BLE001 - no history: no committer's company known
        return set()
    out: set[str] = set()
    for c in commits[-5000:]:
        t = email_type(c.author_name or "", (c.author_email or "").strip().lower())
        if t.get("type") == "company" and t.get("domain"):
            out.add(t["domain"])
    return out

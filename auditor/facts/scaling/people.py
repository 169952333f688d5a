"""``contributor_types``: who wrote the year's commits, by type of organisation, and the bus factor.

Each human non-merge commit of the 365 days before ``as_of`` is placed by its author's e-mail
domain with ``organisations.yml``: a public body, a company (a listed contractor, ESN, agency or
vendor, or an unlisted organisation's domain), an individual (personal mailbox, forge no-reply
address), unknown (placeholder or missing address); bots are recognised by the maintenance
checks' rule (:func:`auditor.facts.history.is_bot`) and set apart. People are merged as the
``contributors`` fact does (:func:`auditor.facts.history.identities`). The same is measured over
the whole history, to say when a company wrote all of it."""

from __future__ import annotations

from collections import Counter

from auditor.facts import fact
from auditor.facts.activity import history_unavailable, in_window
from auditor.facts.history import absence_factor
from auditor.facts.scaling.common import data_about, email_type

TYPES = ("public", "company", "individual", "unknown")


def _tally(commits, ident) -> dict:
    by_type: Counter = Counter()
    orgs: dict[str, dict] = {}
    people: Counter = Counter()
    bots = 0
    for c in commits:
        t = email_type(c.author_name, c.author_email)
        if t["type"] == "bot":
            bots += 1
            continue
        by_type[t["type"]] += 1
        people[ident.get(c.author_email.lower() or c.author_name.lower(), c.author_email.lower())] += 1
        if t.get("domain"):
            o = orgs.setdefault(t["domain"], {"domain": t["domain"], "type": t["type"], "name": t.get("name"), "kind": t.get("kind"),
                                              "listed": bool(t.get("listed")), "commits": 0})
            o["commits"] += 1
    total = sum(by_type.values())
    top = people.most_common(1)[0][1] if people else 0
    return {"top_person_share": round(top / total, 3) if total else None, "absence_factor": absence_factor(people),"commits": total, "bot_commits": bots,
            "by_type": {k: by_type.get(k, 0) for k in TYPES},
            "shares": {k: round(by_type.get(k, 0) / total, 3) if total else 0.0 for k in TYPES},
            "organisations": sorted(orgs.values(), key=lambda o: (-o["commits"], o["domain"]))[:15],
            "people": len(people), "_people": people}


@fact("contributor_types", version=1, cache="commit+as_of")
def contributor_types(ctx) -> dict:
    reason = history_unavailable(ctx)
    if reason is not None:
        return {"available": False, "reason": reason, "data": data_about("organisations.yml")}
    p = ctx.fact("people")
    commits, ident = p["commits"], p["ident"]
    year = _tally([c for c in commits if in_window(c.committer_date, ctx.as_of, 365)], ident)
    all_time = _tally(commits, ident)
    year.pop("_people")
    all_time.pop("_people")
    return {"available": True, "year": year, "all_time": all_time, "data": data_about("organisations.yml")}

"""The company domains the project's committers write from (a contractor's staff committing a city's app from @c2is.fr): a server
the code calls on that domain (appvilledelyon.c2is.fr, the app's whole back end) is that company's, the contractor's, not a neutral
other organisation's (issue 12, s37 fj37 = aympitre/villedelyon-android)."""

from __future__ import annotations

import re

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


# the words of a body's kind a domain's label adds to its name (syndicat-reyssouze.fr: the Reyssouze's syndicate), beside
# organisations.yml's owner_affixes (ville, mairie, departement…)
_KIND_WORDS = frozenset({"syndicat", "syndicatmixte", "smiaga", "agglo", "agglomeration", "communaute", "metropole", "eptb", "data"})


def sponsor_tenant(host: str, reg: str, own: set[str] | frozenset) -> str | None:
    """The first label of ``host`` when it names the sponsor (one of ``own``, its domains): the whole label of one of them, or a word of
    5 letters or more of it that is no body's kind (``reyssouze.myliaq.fr`` for ``syndicat-reyssouze.fr``): the sponsor's tenant of a
    service run on ``reg`` — its own instance of a SaaS, which another territory does not have (issue 12, s41 ff41 =
    SBVR-jeremy/sbvr_observatory_myliaq). None when ``host`` is ``reg`` itself or its first label names no sponsor."""
    from auditor.facts.scaling.common import _orgs

    if not host.endswith("." + reg) or reg in own:
        return None
    label = re.sub(r"[^a-z0-9]", "", host[: -len(reg) - 1].split(".")[0].lower())
    if len(label) < 5:
        return None
    affixes = set(_orgs()["affixes"]) | _KIND_WORDS
    for domain in sorted(own):
        words = [w for w in re.split(r"[^a-z0-9]+", domain.split(".")[0].lower()) if w]
        names = {"".join(words)} | {w for w in words if len(w) >= 5 and w not in affixes}
        if label in names:
            return label
    return None


# a sub-domain's first label naming a service, a stage or a device, not a customer: api.<vendor>.com is the vendor's own endpoint
_SERVICE_LABELS = frozenset({"www", "www2", "api", "apis", "app", "apps", "web", "ws", "rest", "soap", "portal", "portail", "service", "services",
                             "data", "geo", "cdn", "static", "assets", "auth", "login", "sso", "oauth", "secure", "admin", "mail", "smtp",
                             "dev", "test", "staging", "preprod", "prod", "sandbox", "demo", "my", "mon", "public", "open", "mobile",
                             "gateway", "backend", "server", "srv", "cloud", "online", "live", "eu", "fr", "us"})


def signed_in_tenant(host: str, reg: str, text: str, path: str) -> str | None:
    """The first label of ``host`` when ``host`` is a sub-domain of ``reg`` named for a customer (no service's, stage's or device's
    word: :data:`_SERVICE_LABELS`) and ``text``, the code of ``path`` that writes the address, signs in there with an account's
    login and password written beside each other (:func:`auditor.facts.secret_members.member_passwords`): the owner's own account
    at a hosted service — its tenant, which another territory does not have (issue 12, s44 fa44 = te-backend's
    ``sydenet2.eudonet.com``, a syndicate's base of a hosted CRM, SubscriberLogin and SubscriberPassword). None otherwise."""
    from auditor.facts.secret_members import member_passwords

    if not host.endswith("." + reg):
        return None
    label = host[: -len(reg) - 1].split(".")[0].lower()
    if len(re.sub(r"[^a-z]", "", label)) < 4 or label in _SERVICE_LABELS or re.sub(r"\d+$", "", label) in _SERVICE_LABELS:
        return None
    return label if member_passwords(path, text) else None

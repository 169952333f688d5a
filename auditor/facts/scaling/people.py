"""``contributor_types``: who wrote the year's commits, by type of organisation, and the bus factor.

Each human non-merge commit of the 365 days before ``as_of`` is placed by its author's e-mail
domain with ``organisations.yml``: a public body, a company (a listed contractor, ESN, agency or
vendor), an organisation of unknown type (``organisation``: an unlisted domain, which may be a company's as well as an
association's or a public body's the data file does not know: smmar.fr, a syndicat mixte), an individual (personal
mailbox, forge no-reply address), unknown (placeholder or missing address); bots are recognised by the maintenance
checks' rule (:func:`auditor.facts.history.is_bot`) and set apart. People are merged as the
``contributors`` fact does (:func:`auditor.facts.history.identities`), and a person's commits from a
personal or no-reply address count for the organisation whose address the same person used. The same is measured over
the whole history, to say when a company wrote all of it."""

from __future__ import annotations

import re
from collections import Counter

from auditor.facts import fact
from auditor.facts.activity import history_unavailable, in_window
from auditor.facts.history import absence_factor, is_public_author, joined_networks, own_login_domains
from auditor.facts.history import registrable_domain
from auditor.facts.identity_names import NOREPLY_LOGIN, team_mailbox
from auditor.facts.named_bodies import commune_domain, named_communes, named_parks, park_domain, public_by_author
from auditor.people import same_organisation_internal
from auditor.facts.scaling.common import _publiccode, data_about, email_type, owner_key, publiccode_hosts, sponsor_named

PUBLIC_SPONSORS = ("state", "local-authority", "opsn")

TYPES = ("public", "company", "organisation", "individual", "unknown")


def _address_types(commits, communes: frozenset = frozenset(), parks: frozenset = frozenset()) -> dict[tuple[str, str], dict]:
    """Each (author name, address)'s type; an address named after its author under one of their names (yassin@siouda.com
    for "Yassin Siouda") is that person's own under the others too (a commit signed "Yassin" alone). An unlisted domain
    one of whose authors is named as a public body ("Mairie de Berre-les-Alpes" <contact@…>), or named after a commune the
    code names as a town hall (``communes``), or after a natural park the repository names (``parks``: parc-haut-jura.fr), is
    public for all its addresses ("Berre Dev" <dev@…>): named_bodies.py."""
    types = {k: email_type(*k) for k in sorted({(c.author_name, c.author_email) for c in commits})}
    own = {e.lower() for (_, e), t in types.items() if t.get("own_name")} | handle_domains(types)
    types = {k: {"type": "individual", "domain": None, "own_name": True} if t["type"] == "company" and k[1].lower() in own else t
             for k, t in types.items()}
    # (an address under an internal suffix whose label is another author's domain's: that organisation's, keroman.local / keroman.fr)
    by_label = {t["domain"].split(".")[0]: t for _, t in sorted(types.items()) if t.get("domain") and t["type"] in ("public", "company")
                and not t.get("internal")}
    types = {k: dict(by_label[lab], internal=True) if t["type"] == "individual" and not t.get("domain") and not t.get("own_name")
             and (lab := same_organisation_internal(k[1], frozenset(by_label))) else t for k, t in types.items()}
    named = public_by_author({k: (t.get("domain"), bool(t.get("by_author_name"))) for k, t in types.items()})
    return {k: {"type": "public", "domain": t["domain"], "listed": False, "by_author_name": True}
            if t["type"] == "company" and not t.get("listed") and (t.get("domain") in named or commune_domain(t.get("domain"), communes)
                                                                   or park_domain(t.get("domain"), parks))
            else t for k, t in types.items()}


def handle_domains(types: dict[tuple[str, str], dict]) -> set[str]:
    """The addresses at a domain named after a handle their author also writes under, beside a person's full name on the same
    address ("Pirhoo" and "Pierre Romera" <hello@pirhoo.com>): the person's own domain, their login made a domain name, not an
    organisation's. A one-word name alone at a domain of its name ("Acme" <hello@acme.io>) may be a company's account: left as it is."""
    names: dict[str, set[str]] = {}
    for (name, email), t in types.items():
        if t["type"] == "company" and not t.get("listed") and "@" in email:
            names.setdefault(email.lower(), set()).add((name or "").strip())
    out = set()
    for email, written in names.items():
        local, domain = email.split("@", 1)
        label = re.sub(r"[^a-z0-9]", "", domain.split(".")[0])
        handle = any(re.fullmatch(r"[\w.-]{5,40}", n) and re.sub(r"[^a-z0-9]", "", n.lower()) == label for n in written)
        # (a person's full name beside it: two to four words of letters, none the domain's)
        person = any(re.fullmatch(r"[^\W\d_]{2,}(?:[ '-][^\W\d_]{2,}){1,3}", n) and label not in re.sub(r"[^a-z]", "", n.lower())
                     for n in written)
        if handle and person and (local in _PERSONAL_LOCALS or local == label or local in {w.lower() for n in written for w in n.split()}):
            out.add(email)
    return out


_PERSONAL_LOCALS = frozenset({"mail", "me", "moi", "hello", "hi", "bonjour", "salut", "perso", "contact", "git", "dev", "code", "web"})


def _person_types(commits, ident, types: dict[tuple[str, str], dict]) -> dict[str, dict]:
    """Each person's organisation when one of their addresses names one (a public body's first, then the address
    they used most): the commits they made from a personal or no-reply address are that organisation's too, as the
    ``organisations`` fact places them (Frédéric Pons's GitHub commits and his frederic.pons@cerema.fr ones). A person who
    wrote most of their commits from their own mailbox (51 from george@moon.org.nz, 1 from an agency's address) stays an
    individual, unless the other address is a public body's (IGN staff committing from gmail.com and ign.fr are IGN's);
    no-reply addresses hide a mailbox and do not count so. A company's address, though, stands for the person's masked
    commits only while the company works on the repository (:func:`_masked_span`): one commit from an employer's address on
    the last day of two years of GitHub no-reply commits (jtrdt/app-CirculationBordeauxMetropole) does not make the two years
    the company's."""
    seen: dict[str, Counter] = {}
    personal: Counter = Counter()  # commits from a mailbox the person says is their own (webmail, own-name domain)
    for (name, email), n in sorted(Counter((c.author_name, c.author_email) for c in commits).items()):  # each address judged once
        t = types[(name, email)]
        who = ident.get(email.lower() or name.lower(), email.lower())
        if t["type"] in ("public", "company") and t.get("domain"):
            seen.setdefault(who, Counter())[(t["type"] == "public", t["domain"])] += n
        elif t["type"] == "individual" and not t.get("placeholder") and "noreply" not in email.lower():
            personal[who] += n
    out = {}
    for who, counts in seen.items():
        (public, domain), _ = max(counts.items(), key=lambda kv: (kv[0][0], kv[1], kv[0][1]))
        if not public and personal[who] > sum(counts.values()):
            continue  # most of their commits from their own mailbox: a company's address used once does not make them its
        out[who] = next(t for t in types.values() if t.get("domain") == domain and (t["type"] == "public") == public)
        if not public and not any(team_mailbox(e) for (_, e), t in types.items() if t.get("domain") == domain
                                  and ident.get(e.lower(), e.lower()) == who):
            # (a team mailbox, contact@, is the organisation's own account: its masked commits are the organisation's always)
            out[who] = {**out[who], "masked_span": _masked_span(commits, types, domain)}
    return out


def _masked_span(commits, types, domain: str) -> tuple:
    """The first and last days anyone committed from a company's addresses: the company's activity on the repository. A
    staff member's masked (no-reply) commits of those days and between are the company's, even outside the days that
    person used its address (OpenSourcePolitics/decidim-cd44: two Open Source Politics employees' no-reply commits before
    their first and after their last @opensourcepolitics.eu commit, while colleagues went on committing from it, on a client
    instance the company built); before the company's first and after its last commit, the address says nothing of who
    they worked for (someone who contributed on their own, then for the firm, or left it and went on alone). With one
    person from the company, that is the days they used its address (jtrdt/app-CirculationBordeauxMetropole)."""
    days = sorted(c.author_date.date() for c in commits if types[(c.author_name, c.author_email)].get("domain") == domain
                  and types[(c.author_name, c.author_email)].get("type") == "company")
    return (days[0], days[-1]) if days else None


def _home_of(homes: dict, ident, c, t: dict) -> dict:
    """The type a personal or masked commit takes from its author's organisation (:func:`_person_types`), or ``t``."""
    home = homes.get(ident.get(c.author_email.lower() or c.author_name.lower(), c.author_email.lower()))
    if not home:
        return t
    if "masked_span" in home:
        span = home["masked_span"]
        if "noreply" in c.author_email.lower() and not (span and span[0] <= c.author_date.date() <= span[1]):
            return t
        home = {k: v for k, v in home.items() if k != "masked_span"}
    return home


def _tally(commits, ident, types: dict[tuple[str, str], dict], sponsor=None, homes: dict[str, dict] | None = None,
           in_name=None, own_org=None) -> dict:
    by_type: Counter = Counter()
    own_commits = moved = 0
    orgs: dict[str, dict] = {}
    people: Counter = Counter()
    bots = 0
    for c in commits:
        t = types[(c.author_name, c.author_email)]
        if t["type"] == "bot":
            bots += 1
            continue
        if t["type"] == "individual" and in_name and in_name(c.author_name):
            # the organisation written in the author's name ("GIP RECIA - Julien Gribonvald" <…@gmail.com> in GIP-RECIA's
            # repository): the sponsor's agent committing from a personal mailbox
            t = {"type": "public", "domain": None, "listed": False, "by_author_name": True}
        elif t["type"] == "individual" and homes:
            t = _home_of(homes, ident, c, t)
            moved += t["type"] == "company"  # (a personal address's commit counted for the person's company: said so)
        elif t["type"] == "company" and not t.get("listed") and homes:
            # a public body's agent's commits from an unlisted organisation's address (an intern's school mailbox,
            # clement.naudy@edu.devinci.fr beside clement.naudy@aude.fr) are that body's: the person is its
            home = homes.get(ident.get(c.author_email.lower() or c.author_name.lower(), c.author_email.lower()))
            t = home if home and home.get("type") == "public" else t
        if sponsor and t["type"] == "company" and not t.get("listed") and sponsor(t["domain"]):
            # The sponsor's own domain (named like its forge account, or its publiccode.yml url) when the sponsor is
            # a public body: its staff, not a contractor ("amsterdam.nl" for the Amsterdam account).
            t = {"type": "public", "domain": t["domain"], "listed": False, "sponsor": True}
        elif own_org and t["type"] == "company" and not t.get("listed") and own_org(t["domain"]):
            # the domain of the organisation holding the repository (an association's les-detritivores.co for its account
            # LES-DETRITIVORES): its own people, no contractor's
            t = {**t, "own": True}
            own_commits += 1
        # an unlisted domain is an organisation of unknown type, never a company by default: the data file types companies
        kind = "organisation" if t["type"] == "company" and not t.get("listed") else t["type"]
        by_type[kind] += 1
        people[ident.get(c.author_email.lower() or c.author_name.lower(), c.author_email.lower())] += 1
        if t.get("domain"):
            o = orgs.setdefault(t["domain"], {"domain": t["domain"], "type": kind, "name": t.get("name"), "kind": t.get("kind"),
                                              "listed": bool(t.get("listed")), "commits": 0, **({"own": True} if t.get("own") else {}),
                                              **({"hired": True} if t.get("hired") else {})})
            o["commits"] += 1
    total = sum(by_type.values())
    top = people.most_common(1)[0][1] if people else 0
    return {"top_person_share": round(top / total, 3) if total else None, "absence_factor": absence_factor(people),"commits": total, "bot_commits": bots,
            "by_type": {k: by_type.get(k, 0) for k in TYPES}, "own_organisation_commits": own_commits,
            "company_commits_from_personal_addresses": moved,
            "shares": {k: round(by_type.get(k, 0) / total, 3) if total else 0.0 for k in TYPES},
            "organisations": sorted(orgs.values(), key=lambda o: (-o["commits"], o["domain"]))[:15],
            "people": len(people), "_people": people}


def publisher_keys(ctx) -> tuple[str, ...]:
    """The names the repository's publisher goes by: its forge account (``owner_key``), or, when the forge is unknown (a local
    clone), the short name publiccode.yml gives as its legal owner or organisation (``legal.repoOwner: SMAVD``, an acronym
    written in capitals inside a longer name: "SMAVD - Syndicat mixte…"). A long name of words alone gives none."""
    owner = owner_key(ctx)
    if owner:
        return (owner,)
    pc = _publiccode(ctx)
    said = [(pc.get("legal") or {}).get("repoOwner") if isinstance(pc.get("legal"), dict) else None,
            (pc.get("organisation") or {}).get("name") if isinstance(pc.get("organisation"), dict) else None]
    out: list[str] = []
    for name in (str(x)[:120].strip() for x in said if isinstance(x, str) and x.strip()):
        words = re.findall(r"[\w-]+", name)
        if len(words) == 1:
            out.append(words[0].lower())
        out += [w.lower() for w in words if len(w) >= 3 and re.fullmatch(r"[A-Z][A-Z0-9-]+", w)]
    return tuple(dict.fromkeys(out))


def sponsor_domains(ctx):
    """A test telling the public sponsor's own domains, or None when the sponsor is not known to be a public body."""
    if (ctx.fact("project") or {}).get("sponsor_type") not in PUBLIC_SPONSORS:
        return None
    owners = publisher_keys(ctx)
    declared = {registrable_domain(h) for h in publiccode_hosts(ctx)}
    return lambda reg: bool(reg) and (reg in declared or any(sponsor_named(reg, o) for o in owners))


# an author name made of an organisation and a person: "GIP RECIA - Julien Gribonvald", "Julien Gribonvald (GIP RECIA)"
_NAME_PARTS = re.compile(r"\s+[-\u2013|/]\s+|\s*[()]\s*")


def own_organisation(ctx):
    """A test telling the domain of the organisation holding the repository when that is no public body (an association, a
    company): named like its forge account (:func:`sponsor_named`: les-detritivores.co for LES-DETRITIVORES, rouelibre.net for
    RoueLibre73), or its publiccode.yml ``url``; with no owner known, the domain its own account writes from with a team
    mailbox (:func:`_account_team_domains`); None when nothing names it."""
    owners = publisher_keys(ctx)
    if (ctx.fact("project") or {}).get("sponsor_type") in PUBLIC_SPONSORS:
        return None
    declared = {registrable_domain(h) for h in publiccode_hosts(ctx)}
    if not owners:  # (a local clone or mirror: the history's own account stands for the owner)
        p = ctx.fact("people")
        declared |= _account_team_domains(p["commits"], p["ident"])
        return (lambda reg: bool(reg) and reg in declared) if declared else None
    return lambda reg: bool(reg) and (reg in declared or any(sponsor_named(reg, o) for o in owners))


def _account_team_domains(commits, ident) -> set[str]:
    """The domains an organisation's own forge account writes from with a team mailbox, when the forge owner is unknown (an
    audit of a local clone): one identity committing as the account RoueLibre73 (its no-reply address) and from
    contact@rouelibre.net, the domain named like the account, is the organisation holding the repository."""
    logins: dict[str, set[str]] = {}
    teams: dict[str, set[str]] = {}
    for name, email in sorted({(c.author_name or "", (c.author_email or "").strip().lower()) for c in commits}):
        who = ident.get(email or name.lower(), email)
        if m := NOREPLY_LOGIN.match(email):
            logins.setdefault(who, set()).add(m.group(1))
        elif "@" in email and team_mailbox(email):
            teams.setdefault(who, set()).add(registrable_domain(email.rsplit("@", 1)[1]))
    return {reg for who, regs in teams.items() for reg in regs if any(sponsor_named(reg, login) for login in logins.get(who, ()))}


def sponsor_in_name(ctx):
    """A test telling an author name that carries, beside the person's, the public sponsor's name (its forge account's, words
    joined: "GIP RECIA" for GIP-RECIA) or a public body's ("Mairie de Méru - Jean Dupont"); None when the sponsor is not
    known to be a public body. A name that is only the account's (a shared login) is left to the address."""
    if (ctx.fact("project") or {}).get("sponsor_type") not in PUBLIC_SPONSORS:
        return None
    flat = re.sub(r"[^a-z0-9]", "", owner_key(ctx))

    def test(name: str) -> bool:
        parts = [x for x in _NAME_PARTS.split((name or "").strip()[:120]) if x.strip()]
        return len(parts) >= 2 and any(
            (len(flat) >= 4 and re.sub(r"[^a-z0-9]", "", x.lower()) == flat) or is_public_author(x) for x in parts)
    return test


def hired_domains(ctx) -> frozenset:
    """The registrable domains of the servers hosting_dependencies classes as the committers' company's (a contractor's host the
    code or the build calls from two places or more)."""
    deps = ctx.fact("hosting_dependencies") or {}
    hosts = deps.get("hosts") or []
    # (and the server the build uploads its artefacts to — a mavenDeployer's repository(url: "http://maven.<company>.net/…") —: no
    # dependency of the project's, but the publishers' own server; issue 12, s48 lead, re-reader va48 = OPEN-ENT-NG/zimbra-connector)
    return frozenset(registrable_domain(h["host"]) for h in hosts if h.get("contractor") and h.get("host")) | frozenset(deps.get("upload_domains") or [])


# Stored per commit and day: the sponsor's type, which comes from the audit's options (--sponsor-type, a
# portfolio's column) as well as the repository, is in the key (the configuration's extra settings); a warm
# audit then reads no history for it (50,000 commits streamed again: half a second).
@fact("contributor_types", version=63, cache="commit+as_of")
def contributor_types(ctx) -> dict:
    reason = history_unavailable(ctx)
    if reason is not None:
        return {"available": False, "reason": reason, "data": data_about("organisations.yml")}
    p = ctx.fact("people")
    commits, ident = p["commits"], p["ident"]
    sponsor = sponsor_domains(ctx)
    types = _address_types(commits, named_communes(ctx), named_parks(ctx))
    home = joined_networks(t.get("domain") for t in types.values())  # (sdis66.local beside sdis66.fr: one organisation)
    types = {k: {**t, "domain": home[t["domain"]]} if t.get("domain") in home else t for k, t in types.items()}
    own = own_login_domains(commits, ident)  # (smogo@maiwann.net for the login maiwann: the person's own domain)
    types = {k: {"type": "individual", "domain": None, "own_name": True} if t.get("type") == "company" and not t.get("listed")
             and t.get("domain") in own else t for k, t in types.items()}
    tools = p.get("tools") or frozenset()  # (an identity that only ran a release tool: automation, like a bot)
    types = {k: {"type": "bot", "domain": None} if ident[k[1].lower() or k[0].lower()] in tools else t for k, t in types.items()}
    # an unlisted domain whose server the project depends on (hosting_dependencies' contractor host: the build's Maven repository,
    # the back end the app reads) is the company the project is bought from, as hosting classes it: one typing of the domain for
    # both checks (issue 12, s42 fi42 = OPEN-ENT-NG/geogebra: maven.opendigitaleducation.com beside @opendigitaleducation.com)
    hired = hired_domains(ctx)
    types = {k: {**t, "listed": True, "hired": True} if t.get("type") == "company" and not t.get("listed") and t.get("domain") in hired
             else t for k, t in types.items()}
    homes = _person_types(commits, ident, types)
    in_name, own_org = sponsor_in_name(ctx), own_organisation(ctx)
    year = _tally([c for c in commits if in_window(c.committer_date, ctx.as_of, 365)], ident, types, sponsor, homes, in_name, own_org)
    all_time = _tally(commits, ident, types, sponsor, homes, in_name, own_org)
    year.pop("_people")
    all_time.pop("_people")
    return {"available": True, "year": year, "all_time": all_time, "data": data_about("organisations.yml")}

"""Facts from the git history of the audited commit: who keeps the project alive, from which
organisations, how often it releases, how its changes get in, and whether bots update its
dependencies.

Definitions (all windows end at ``ctx.as_of`` and reuse :func:`auditor.facts.activity.in_window`):
- commits are placed by their committer date (UTC); commits dated after ``as_of`` are ignored;
- a *contributor* is a distinct author e-mail after ``.mailmap`` (lower-cased); bots (Dependabot,
  Renovate, GitHub Actions, GitLab project/group bots, ``[bot]`` authors, …) are counted apart and
  never as contributors;
- the *contributor absence factor* (CHAOSS) is the fewest human authors who together made at least
  50% of the human non-merge commits of the last 365 days;
- an *organisation* is the registrable domain of the author e-mail (subdomains merged:
  ``dev.grenoble.fr`` and ``grenoble.fr`` are one organisation; ``*.gouv.fr`` keeps one label more,
  so ``beta.gouv.fr`` and ``ademe.gouv.fr`` differ; a domain ``organisations.yml`` lists is one organisation's whole domain:
  ``megalis.bretagne.bzh`` is not the Région's ``bretagne.bzh``, ``bin.gov.pf`` is ``gov.pf``); webmail and ``users.noreply.github.com`` count
  as individuals;
- a *release* is a tag reachable from the audited commit and dated on or before ``as_of``.

Longer than 400 lines: the history facts share one pass over the commits and its helpers (bots,
windows, organisations); each fact is short.
"""

from __future__ import annotations

import functools
import heapq
import re
import statistics
import unicodedata
from collections import Counter
from datetime import timezone

from auditor.facts import fact
from auditor.facts.activity import history_unavailable, in_window
from auditor.facts.inventory import inventory_of, is_manifest, is_vendored, update_tools
from auditor.facts.requirement_files import web_file_list
from auditor.facts.territory_hosts import authority_host
from auditor.facts.identity_names import _forms  # noqa: PLC2701 - (a person's name forms, for identity_marks.short_form_links)
from auditor.facts.identity_given import addressless_given_name_links
from auditor.facts.identity_names import (abbreviated_links, domain_links, extension_links, given_name_links, login_domains, login_links,
                                          name_domain_links, truncated_links, workstation_links)
from auditor.facts.identity_marks import mailbox_spells_owner, short_form_links, without_account_number
from auditor.facts.identity_profiles import profile_links
from auditor.facts.machine_logins import machine_login_links
from auditor.lazyre import lazy_compile

# -- bots --------------------------------------------------------------------------------------
# Bots and AI assistants: the list is data (auditor/people.yml), shared with the forge clients.
from auditor.people import bot_named, internal_mail_domain, is_bot, is_job_account, is_placeholder_domain, public_code_label  # noqa: E402


# -- organisations -----------------------------------------------------------------------------
WEBMAIL = {
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr", "live.com", "live.fr",
    "msn.com", "yahoo.com", "yahoo.fr", "ymail.com", "icloud.com", "me.com", "mac.com", "protonmail.com",
    "protonmail.ch", "proton.me", "pm.me", "gmx.com", "gmx.fr", "gmx.de", "gmx.net", "laposte.net", "orange.fr",
    "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "bbox.fr", "numericable.fr", "aliceadsl.fr", "club-internet.fr",
    "yandex.ru", "yandex.com", "mail.ru", "aol.com", "riseup.net", "tutanota.com", "tuta.io", "posteo.de",
    "posteo.net", "fastmail.com", "fastmail.fm", "zoho.com", "qq.com", "163.com", "hey.com", "disroot.org",
    "mailbox.org", "web.de", "libero.it", "skynet.be", "users.noreply.github.com", "users.noreply.gitlab.com",
    "noreply.github.com", "noreply.gitlab.com", "github.com", "example.com", "example.org", "localhost",
}
# Two-label public suffixes under which the registrable domain keeps three labels.
_SUFFIX2 = {
    "gouv.fr", "asso.fr", "nom.fr", "com.fr", "tm.fr", "presse.fr", "co.uk", "org.uk", "gov.uk", "ac.uk",
    "gc.ca", "gov.br", "com.br", "com.au", "gov.au", "edu.au", "co.jp", "ac.be", "gv.at", "gob.es", "gov.it",
    "admin.ch", "public.lu", "gouv.qc.ca", "gouv.ci", "gouv.sn", "gouv.ml", "gouv.bj", "gouv.tg",
}
# a country's generic second level (org.nz, co.nz, govt.nz, com.mx, ac.za): a registry's suffix under which people register names
_GENERIC_SECOND = {"co", "com", "org", "net", "gov", "govt", "ac", "edu", "gob", "go", "or", "ne", "mil", "ltd", "plc", "sch"}


@functools.lru_cache(maxsize=1)
def _listed_domains() -> frozenset:
    """The domains ``organisations.yml`` names as one body's (``public_domains``, ``public_bodies``' domains)."""
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    d = load("organisations.yml")
    return frozenset(x.lower() for x in [*(d.get("public_domains") or []), *(x for b in d.get("public_bodies") or [] for x in b.get("domains") or [])])


def registrable_domain(domain: str) -> str:
    """The organisation's domain: the longest domain ``organisations.yml`` lists that ``domain`` is or is under (a body listed by
    its host under another's domain is that host: megalis.bretagne.bzh is Mégalis Bretagne's, not the Région's bretagne.bzh; a
    listed domain under a registry-like second level is one body's: bin.gov.pf is the Polynesian government's gov.pf), else the
    public-suffix rules below."""
    labels = [p for p in domain.lower().strip(".").split(".") if p]
    if ":" in domain or (len(labels) == 4 and all(p.isdigit() for p in labels)):
        return domain.lower().strip(".[]")  # an IP address is its own host, whole (127.0.0.1, not "0.1": issue 12, s35 i35)
    listed = _listed_domains()
    for i in range(max(0, len(labels) - 6), len(labels) - 1):
        if ".".join(labels[i:]) in listed:
            return ".".join(labels[i:])
    if len(labels) <= 2:
        return ".".join(labels)
    if ".".join(labels[-2:]) in _SUFFIX2 or (labels[-2] in _GENERIC_SECOND and len(labels[-1]) == 2 and labels[-1].isalpha()):
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


@functools.lru_cache(maxsize=1)
def _listed_names() -> frozenset:
    """The names of the public bodies ``organisations.yml`` lists by a domain of their own, name.tld (insee of insee.fr, cerema of
    cerema.fr); a registry's second level (gouv.nc, gov.pf) names no body."""
    return frozenset(d.split(".")[0] for d in _listed_domains()
                     if d.count(".") == 1 and len(d.split(".")[0]) >= 3 and d.split(".")[0] not in _GENERIC_SECOND | {"gouv"})


def public_network(domain: str) -> bool:
    """An internal network's domain (:func:`auditor.people.internal_mail_domain`) named like a public body: a town hall's words
    (``mairie.crosne``), a commune's, a département's or a region's name as its own Internet domain would be (``maurepas.loc``
    for maurepas.fr, :func:`authority_host`), or a listed public body's name (``ad.insee.intra``, Insee's Active Directory, for
    insee.fr)."""
    labels = (domain or "").lower().split(".")[:-1]
    return bool(labels) and (is_public_author(" ".join(x.replace("-", " ") for x in labels)) or authority_host(labels[-1] + ".fr")
                             or labels[-1] in _listed_names() or public_code_label(labels[-1]))


def organisation_of(email: str, name: str = "") -> tuple[str | None, str]:
    """(registrable domain, kind) where kind is ``organisation``, ``public``, ``individual`` or ``unknown``."""
    email = (email or "").strip().lower()
    if "@" not in email:
        return None, "unknown"
    domain = email.rsplit("@", 1)[1].strip(">. ")
    if not domain or "." not in domain:
        return None, "unknown"
    if (internal := internal_mail_domain(email)) and domain not in WEBMAIL:
        if public_network(internal):
            return internal, "public"
        domain = internal  # (an organisation's mailbox on its own network, j.matrat@maurepas.loc: that organisation's)
    elif domain in WEBMAIL or is_placeholder_domain(domain) or domain.endswith((".local", ".localdomain", ".internal", ".lan", ".home")):
        return None, "individual"
    reg = registrable_domain(domain)
    if reg in WEBMAIL or personal_mailbox(reg) or student_mailbox(domain):  # (a student's university mailbox: theirs)
        return None, "individual"
    if (is_public_domain(reg) or public_by_name(name, reg)) and (firm := contractor_mailbox(email)):
        return firm["domain"], "organisation"  # (astek.jdupont@<public body>: the contractor's person, its mailbox at the body)
    return reg, "public" if is_public_domain(reg) or public_by_name(name, reg) else "organisation"


# Contractor mailboxes a public body opens for the firms' staff working on its premises, their local part starting with the firm's
# name (s23 m1/m2, a transport authority's bundle: astek.vpassama@…, akka.pyclaitte@… at the body's domain): the firm's people.
# The firm's name is a listed company's (organisations.yml), as its domain's first label or its name in one word, four letters or
# more; names that are also common words of a team mailbox are left out.
_CONTRACTOR_LOCAL = re.compile(r"^([a-z0-9]{4,20})[._-][a-z][a-z0-9._-]*$")
_FIRM_WORDS_ASIDE = frozenset({"open", "multi", "smile", "sword", "spie"})


@functools.lru_cache(maxsize=1)
def _firm_labels() -> dict[str, dict]:
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    out: dict[str, dict] = {}
    for c in sorted(load("organisations.yml").get("companies") or [], key=lambda c: c["domain"]):
        for label in (c["domain"].split(".")[0].lower(), re.sub(r"[^a-z0-9]", "", str(c.get("name") or "").lower())):
            if len(label) >= 4 and label not in _FIRM_WORDS_ASIDE:
                out.setdefault(label, {"domain": c["domain"].lower(), "name": c.get("name"), "kind": c.get("kind")})
    return out


def contractor_mailbox(email: str) -> dict | None:
    """The listed company whose name starts the address's local part (``akka.pyclaitte@…``: Akka), None otherwise."""
    m = _CONTRACTOR_LOCAL.match((email or "").strip().lower().split("@", 1)[0])
    return _firm_labels().get(m.group(1)) if m else None


@functools.lru_cache(maxsize=1)
def _personal_lists() -> tuple[frozenset, frozenset]:
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    d = load("organisations.yml")
    return (frozenset(x.lower() for x in d.get("personal_domains") or []), frozenset(x.lower() for x in d.get("personal_domain_labels") or []))


def personal_mailbox(reg: str) -> bool:
    """A webmail's domain (organisations.yml's personal_domains), or a webmail provider's name under any top-level domain (gmail.fr),
    or a typing slip of a long one (noemie@poenmailbox.org beside her 22 commits from openmailbox.org: one letter swapped)."""
    domains, labels = _personal_lists()
    label = reg.split(".")[0]
    if reg in domains or label in labels:
        return True
    # (a short webmail's name slipped through a letter no ASCII name has, an internationalised label no firm registers as a
    # webmail's twin: simon…@æmail.com beside his 25 commits from gmail.com — issue 12, s29)
    if not label.isascii() and any(_one_slip(label, w) for w in labels | {d.split(".")[0] for d in domains}):
        return True
    return len(label) >= 8 and any(_one_slip(label, d.split(".")[0]) for d in domains if len(d.split(".")[0]) >= 8)


@functools.lru_cache(maxsize=1)
def _student_labels() -> frozenset:
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    return frozenset(x.lower() for x in load("organisations.yml").get("student_subdomains") or [])


def student_mailbox(domain: str) -> bool:
    """A university's or a school's mailbox for its students (``etu.u-pec.fr``: a sub-domain organisations.yml's
    student_subdomains names, under the institution's domain): the student's own, not the institution contributing."""
    labels = (domain or "").lower().strip(". >").split(".")
    under = len(labels) - len(registrable_domain(".".join(labels)).split("."))
    return any(label in _student_labels() for label in labels[:max(under, 0)])


def _one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one swap of neighbouring letters, one letter replaced, added or left out."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (a[i + 2:] == b[i + 2:] and a[i:i + 2] == b[i:i + 2][::-1])
    return a[i + 1:] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1:]


def is_public_author(name: str) -> bool:
    """The author's name is a public body's ("Mairie-SJC", "Ville de Méru"): organisations.yml's public_author_name_regex."""
    from auditor.data import load

    plain = unicodedata.normalize("NFKD", (name or "").strip().lower()).encode("ascii", "ignore").decode()
    rx = load("organisations.yml").get("public_author_name_regex")
    return bool(rx and plain and re.search(rx, plain))


# the words of a public body's name that say its kind, not its place ("Mairie de", "Communauté d'agglomération du")
_BODY_WORDS = frozenset({"mairie", "ville", "commune", "metropole", "communaute", "agglo", "agglomeration", "departement", "region",
                         "conseil", "departemental", "regional", "general", "sdis", "syndicat", "prefecture", "collectivite", "de", "du",
                         "des", "d", "la", "le", "les", "l", "et", "en", "sur", "sous", "saint", "sainte", "communes"})


def public_by_name(name: str, reg: str) -> bool:
    """An unlisted domain is a public body's by its commits' author name ("Mairie-SJC", "Mairie de Castelnau-des-Prés") only when the
    domain is that body's own: named after a local authority (territory_hosts.authority_host: saintjustenchaussee.fr) or carrying a
    word of the body's place (castelnaudespres.fr). A company's own domain names the company whatever name its commits carry: a web
    agency committing as "Mairie Montastruc" <…@localisia.fr> is the agency (issue 12, s38 fl38)."""
    if not reg or not is_public_author(name):
        return False
    if authority_host(reg):
        return True
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    label = re.sub(r"[^a-z0-9]", "", reg.lower().split(".")[0])
    return any(len(w) >= 4 and w in label for w in re.split(r"[^a-z0-9]+", plain) if w not in _BODY_WORDS)


@functools.lru_cache(maxsize=1)
def _public_rules() -> tuple:
    """The public-body rules of ``organisations.yml`` (the one list the scaling facts read too): listed
    domains, suffixes, and the collectivity names under French top-level domains."""
    from auditor.data import load

    d = load("organisations.yml")
    listed = {x.lower() for x in d.get("public_domains") or []} | {x.lower() for b in d.get("public_bodies") or [] for x in b.get("domains") or []}
    return (listed, tuple(x.lower() for x in d.get("public_suffixes") or []),
            {x.lower() for x in d.get("public_tlds") or []}, re.compile(d.get("public_name_regex") or r"(?!x)x", re.I),
            re.compile(d.get("public_name_any_tld_regex") or r"(?!x)x", re.I))


def is_public_domain(reg: str, extra: tuple[str, ...] | list[str] = ()) -> bool:
    reg = reg.lower()
    listed, suffixes, tlds, words, any_tld = _public_rules()
    if reg in listed or reg in {d.lower() for d in extra} or reg.endswith(suffixes) or any(reg.endswith("." + d) for d in listed):
        return True
    labels = reg.split(".")
    # (.edu is the United States' colleges and consortia, private as well as public: internet2.edu, a non-profit, is no public body)
    if len(labels) >= 2 and (labels[-2] in ("gouv", "gov", "gob", "admin") or labels[-1] in ("gov", "gouv", "bzh-gouv")):
        return True
    return (labels[-1] in tlds and bool(words.search(labels[0]))) or bool(any_tld.search(labels[0]))


# -- helpers -----------------------------------------------------------------------------------
def _commits_until(ctx) -> list:
    """The commits up to ``as_of``, those a workflow of the repository wrote given to their bot committer (workflow_commits)."""
    from auditor.facts.workflow_commits import reattributed

    return reattributed([c for c in ctx.snapshot.history() if c.committer_date <= ctx.as_of], ctx.snapshot)


def _unavailable(ctx, **fields) -> dict | None:
    reason = history_unavailable(ctx)
    if reason is None:
        return None
    return {"available": False, "reason": reason, **fields}


def absence_factor(counts: Counter) -> int:
    """CHAOSS contributor absence factor: the fewest authors who make up 50% of the contributions."""
    total = sum(counts.values())
    if total == 0:
        return 0
    acc = 0
    for i, (_, n) in enumerate(counts.most_common(), start=1):
        acc += n
        if acc * 2 >= total:
            return i
    return len(counts)  # pragma: no cover - the loop always returns


FIX_SUBJECT = lazy_compile(r"\b(fix(es|ed)?|bug(fix)?|hotfix|correct(ion|if)?|corrig\w*|s[ée]curit[ée]|security|cve-\d+|vuln\w*|patch)\b", re.I)


# a login run together then a short suffix of letters after "-" or "_": "-png", "_fr" (the name's part, 8+ letters, is checked against
# the history's names; a digit, annelefort2, leaves it apart as before, s14)
_SUFFIXED_LOGIN = lazy_compile(r"^([a-z]{8,60})[-_][a-z]{1,4}$")


# -- facts -------------------------------------------------------------------------------------
@fact("history_activity", version=21, cache="commit+as_of")
def history_activity(ctx) -> dict:
    """Commits of people and of bots in the 90/365-day windows, active weeks, ages, recent fixes. The counts are authored work
    (merge commits excluded); the last-commit dates are the branch's last change, merges included (a pull request a person
    merged months after its last commit is that person's act on the branch, and the date the forge shows), as
    ``activity.last_commit_date`` says it."""
    off = _unavailable(ctx)
    if off:
        return off
    as_of = ctx.as_of
    until = _commits_until(ctx)
    commits = [c for c in until if not c.is_merge]
    people = ctx.fact("people")  # (an identity that only ran a release tool is automation too)
    tool = {k for k, v in people["ident"].items() if v in people["tools"]}

    def automated(c) -> bool:
        return is_bot(c.author_name, c.author_email) or (c.author_email.lower() or c.author_name.lower()) in tool

    bots = [c for c in commits if automated(c)]
    humans = [c for c in commits if not automated(c)]
    h365 = [c for c in humans if in_window(c.committer_date, as_of, 365)]
    # calendar weeks (ISO, UTC): weeks counted back from the audit's day would split two commits of one evening and morning
    # on some days and not on others, the same commits giving another count each day
    weeks = {c.committer_date.astimezone(timezone.utc).isocalendar()[:2] for c in h365}
    last_h = max((c.committer_date for c in until if not automated(c)), default=None)  # merges included
    last_any = max((c.committer_date for c in until), default=None)
    first = min((min(c.author_date, c.committer_date) for c in commits), default=None)
    return {
        "available": True,
        "human_commits_90d": sum(1 for c in humans if in_window(c.committer_date, as_of, 90)),
        "human_commits_365d": len(h365),
        "bot_commits_365d": sum(1 for c in bots if in_window(c.committer_date, as_of, 365)),
        "active_weeks_365d": len(weeks),
        "fix_commits_365d": sum(1 for c in h365 if FIX_SUBJECT.search(c.subject)),
        "last_human_commit_date": last_h.isoformat() if last_h else None,
        "days_since_last_human_commit": (as_of - last_h).days if last_h else None,
        "days_since_last_commit": (as_of - last_any).days if last_any else None,
        "first_commit_date": first.isoformat() if first else None,
        "project_age_days": (as_of - first).days if first else None,
        "future_commits": len(ctx.snapshot.history()) - len(until),  # (dated after the audit's day: left out of every count)
    }


def _norm_name(name: str) -> str:
    text = unicodedata.normalize("NFKD", without_account_number(name)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def _name_words(name: str) -> list[str]:
    """A person's name as words, first name first: camel case split ("NicolasPele"), "Last, First" turned round."""
    name = name or ""
    if name.count(",") == 1:
        last, first = name.split(",")
        name = f"{first} {last}"
    return _norm_name(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name)).split()


_LOGIN_NAME = lazy_compile(r"^[A-Za-z0-9][\w-]{2,38}$")
_GENERIC_LOCAL = {"no-reply", "noreply", "do-not-reply", "dev-team", "contact-dev", "root-user", "git-user", "web-flow"}


def identities(commits, documents: tuple[str, ...] = ()) -> dict[str, str]:
    """Map each author e-mail to one identity: e-mails sharing an author name (accents, case and
    punctuation ignored) or a distinctive local part (``first.last``) are one person, as a
    ``.mailmap`` would say; so are a first and last name and an address made of them
    (``Frédéric Pons`` and ``frederic.pons@…``, ``NicolasPele`` and ``nicolas.pele@…``), at least 8 letters. ``documents``: the
    project's README and AUTHORS texts, whose forge-profile links say which login is which name (:func:`identity_profiles.profile_links`)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    authors = dict.fromkeys((c.author_name, c.author_email) for c in commits)
    # the GitHub logins of the history's no-reply addresses, and the words of its full names (a first name is no login)
    noreply_logins = {m.group(1) for _, em in authors if (m := _NOREPLY.match(em.lower()))}
    login_owners: dict[str, set[str]] = {}  # a no-reply login → the words of the full names it commits under
    for n, em in authors:
        if (m := _NOREPLY.match(em.lower())) and len(w := _name_words(n)) >= 2:
            login_owners.setdefault(m.group(1), set()).update(w)
    full_names = [w for w in (_name_words(n) for n, _ in authors) if len(w) >= 2]
    name_words = {x for w in full_names for x in w}
    said_words = {x for n, _ in authors if "@" not in (n or "") for w in [_name_words(n)] if len(w) >= 2 for x in w}  # (an address as a name says no name)
    joined_names = {"".join(w) for w in full_names} | {w[-1] + "".join(w[:-1]) for w in full_names}
    # a first name alone that two people write under: "FLORENT" from florent.hunkeler@ and from florent.nisseron@ (one firm's
    # first.last addresses of two surnames) is no one's name, whoever else shares it
    surnames: dict[str, set[str]] = {}
    for author_name, author_email in authors:
        n, local_words = _norm_name(author_name), _norm_name(author_email.lower().split("@", 1)[0].split("+")[-1]).split()
        if n and " " not in n and len(local_words) == 2 and local_words[0] == n and len(local_words[1]) >= 3:
            surnames.setdefault(n, set()).add(local_words[1])
    shared_first = {n for n, last in surnames.items() if len(last) >= 2}
    for author_name, author_email in authors:
        e = "e:" + (author_email.lower() or author_name.lower())
        find(e)
        keys = []
        n = _norm_name(author_name)
        if n and len(n) >= 3 and n not in shared_first:
            keys.append("n:" + n)
        local = author_email.lower().split("@", 1)[0].split("+")[-1]
        if len(local) >= 6 and re.search(r"[._-]", local) and local not in _GENERIC_LOCAL:
            keys.append("l:" + local)  # alexis.martin@gmail.com and alexis.martin@beta.gouv.fr
            keys.append("c:" + "".join(sorted(_norm_name(local).split())))
        # a first and last name written together or in either order: "NicolasPele" (a GitHub web commit) is
        # nicolas.pele@cerema.fr, "Frédéric Pons" (noreply) is fpons <frederic.pons@cerema.fr>, "YannickComba" is
        # "comba, yannick" <y.comba@…> (an initial alone, m.meriot, is no one: two Martins may share it)
        words = _name_words(author_name)
        if len(words) >= 2:
            keys.append("c:" + "".join(sorted(words)))
        # the same words run together in the order written or last word first: a GitHub login "antoinebugeia"
        # (no-reply address) is antoine.bugeia@… or "Antoine Bugeia"; the login is joined below as "j:"
        local_words = _norm_name(local).split() if re.search(r"[._-]", local) and local not in _GENERIC_LOCAL else []
        for w in (words, local_words):
            if len(w) >= 2:
                keys += ["j:" + "".join(w), "j:" + w[-1] + "".join(w[:-1])]
        # a local part of letters only that is a full name of the history run together: clairedupont@… is "Claire Dupont"
        # (8+ letters, below; two such local parts at two domains, informatique@…, are joined by no name, so stay apart)
        if local in joined_names and "noreply" not in author_email.lower():
            keys.append("j:" + local)
        # a GitHub login: the one in a no-reply address ("Sylvain J. <45880189+sj35@users.noreply.github.com>") and an author
        # name written as that login ("sj35 <>", committed without an address; "sj-35 <…>") are one account. A one-word name
        # counts as a login when it has no address or holds a digit, "-" or "_" (a bare first name, "julien", is no one's)
        if m := _NOREPLY_ID.match(author_email.lower()):  # one forge account by its number, whatever its login was then (renamed:
            keys.append("u:" + "@".join(g for g in m.groups() if g))  # 36068509+old@ and 36068509+new@users.noreply.github.com; GitLab's 12-login@)
        if m := _NOREPLY.match(author_email.lower()):
            keys.append("g:" + m.group(1))
        elif _LOGIN_NAME.match(author_name or "") and (not author_email.strip("<> ") or re.search(r"[\d_-]", author_name)):
            keys.append("g:" + author_name.lower())
        elif (_LOGIN_NAME.match(author_name or "") and author_name.lower() in noreply_logins
              and (len(author_name) >= 8 or mailbox_spells_owner(author_email, author_name.lower(), login_owners))
              and author_name.lower() not in name_words and organisation_of(author_email)[1] == "individual"):
            # a one-word name that is a no-reply address's login in the same history, written from a personal mailbox
            # ("clairedup" <claire.d@webmail> beside 12+clairedup@users.noreply.github.com): that account's, when 8+
            # characters long and no word of a full name (an organisation's address under a name is left to the name); a
            # shorter one when the mailbox spells a word of the account's full name (identity_marks; s43 fb43 = lecoqal/pphook)
            keys.append("g:" + author_name.lower())
        # a personal mailbox whose local part is a no-reply address's login in the same history, 8+ characters and no word of a
        # full name (an address written as the name is none): that account's owner ("bisonfrites@gmail.com
        # <bisonfrites@gmail.com>" beside "bisonfrites <73542804+bisonfrites@users.noreply.github.com>", s31 c31 = s31 m23o3)
        if not _NOREPLY.match(author_email.lower()) and local in noreply_logins and len(local) >= 8 and local not in said_words \
                and organisation_of(author_email)[1] == "individual":
            keys.append("g:" + local)
        keys = [k for k in keys if not k.startswith("g:") or (len(k) >= 2 + 4 and k[2:] not in _GENERIC_LOCAL)]
        keys += ["j:" + re.sub(r"[\W_]+", "", k[2:]) for k in keys if k.startswith("g:") and not re.search(r"\d", k)]
        # a login that is a full name of the history run together, in either order, then a short suffix of letters after "-" or "_"
        # ("dubreybrice-png", "bricedubrey_fr" are "Brice DUBREY"; issue 12, s38 fo38); letters run on, "jeanmartinez", are no suffix
        keys += ["j:" + m.group(1) for k in keys if k.startswith("g:") and (m := _SUFFIXED_LOGIN.match(k[2:])) and m.group(1) in joined_names]
        keys = [k for k in keys if not k.startswith(("c:", "j:")) or len(k) >= 2 + 8]
        for k in keys:
            a, b = find(e), find(k)
            if a != b:
                parent[max(a, b)] = min(a, b)
    # "Lucie B" (a GitHub display name) is lucie.bechu@… when no other full name in the history fits (:mod:`.identity_names`)
    people = [("e:" + (em.lower() or n.lower()), n, em) for n, em in dict.fromkeys((c.author_name, c.author_email) for c in commits)]
    # "ryahiaoui" (a login: an initial and a surname) is rafik.yahiaoui@… when no other full name in the history gives it
    for x, y in [*abbreviated_links(people, find), *login_links(people, find)]:
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)
    # "DorineLam" (a login: a first name and the start of a surname) is "Dorine Lambinet" when no other full name fits; a login
    # the README links as the profile of a full name of the history is that person (the README's author table)
    # "Romaric" <Rhmaric@users.noreply…> (a first name alone, its login a variant of it) is "Romaric Haldenwang" when no other fits
    # "DELALANDE Michael" is delalande.mike@… (a given name and its usual short form, the surname no third identity's: identity_marks)
    for x, y in [*truncated_links(people, find), *profile_links(people, find, documents), *given_name_links(people, find),
                 *short_form_links(people, find, _forms), *addressless_given_name_links(people, find)]:
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)
    # stephen.perrin@… is stephen.perrin.freelance@…, whose GitHub login is "stephenfreelance" (one more word, or the first
    # and last of three): when no other identity fits
    for x, y in extension_links(people, find):
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)
    # the login "maiwann" (no-reply address) is the author writing from …@maiwann.net, the one address at that unlisted domain
    for x, y in domain_links(people, find, registrable_domain, _open_domain):
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)
    # cseon@L5440-CSEON.EOHS.LOCAL (a workstation in the organisation's Active Directory domain) is "Christian SEON" <c.seon@eohs.fr>
    for x, y in workstation_links(people, find, registrable_domain):
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)
    # dphil@bertel.local (an unconfigured machine's address) is d.philippe@otisud.com, whose initial and surname's start it is
    for x, y in machine_login_links(people, find):
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)
    # hello@benoitpaquier.com (as "benpaquier" or "Fuzz") is Benoit Paquier, the one address at an unlisted domain named with a
    # full name of the history that one identity holds (identity_names.name_domain_links)
    for x, y in name_domain_links(people, find, registrable_domain, _open_domain):
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {k[2:]: find(k) for k in list(parent) if k.startswith("e:")}


@functools.lru_cache(maxsize=1)
def _company_domains() -> frozenset:
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    return frozenset(c["domain"].lower() for c in load("organisations.yml").get("companies") or [] if c.get("domain"))


def _open_domain(reg: str) -> bool:
    """An organisation's domain no list names: no webmail, no public body's, no listed company's."""
    return organisation_of("x@" + reg)[1] == "organisation" and reg not in _company_domains()


def joined_networks(domains) -> dict[str, str]:
    """An organisation's internal network and its Internet domain, both in the history under one name (``sdis66.local`` beside
    ``sdis66.fr``), are one organisation: each such network's domain → the Internet domain."""
    domains = {d for d in domains if d}
    internet: dict[str, str] = {}
    for d in sorted(domains):
        if not internal_mail_domain("a.b@" + d):
            internet.setdefault(d.split(".")[0], d)
    return {d: internet[d.split(".")[0]] for d in domains if d.count(".") == 1 and d.split(".")[0] in internet
            and internal_mail_domain("a.b@" + d)}


def _networks_joined(typed: dict) -> dict:
    home = joined_networks(d for d, _ in typed.values())
    return {k: (home[d], "public" if kind == "public" or is_public_domain(home[d]) else kind) if d in home else (d, kind)
            for k, (d, kind) in typed.items()}


def own_login_domains(commits, ident: dict[str, str]) -> frozenset[str]:
    """The registrable domains named like the GitHub login of the person writing from them (``maiwann.net`` for the login
    ``maiwann``) or with their full name (``benoitpaquier.com``): that person's own, an individual's, not an organisation's
    (:func:`identity_names.login_domains`)."""
    people = [("e:" + (em.lower() or n.lower()), n, em) for n, em in dict.fromkeys((c.author_name, c.author_email) for c in commits)]
    return login_domains(people, lambda k: ident.get(k[2:], k), registrable_domain)


# A release tool's own commit: the maven-release-plugin's "[maven-release-plugin] prepare release lutece-core-2.3.7" and "prepare for
# next development iteration", the Gradle release plugin's, Lutece's site release tool's "[site-release] Update plugin version to
# 2.0.3": the tool wrote it, whoever launched it.
RELEASE_TOOL_SUBJECT = lazy_compile(r"^\[(?:maven-release-plugin|gradle release plugin|site-release|release-plugin)\]", re.I)
# A release or version job's commit, whoever's name it bears: semantic-release's and standard-version's "chore(release): version 1.11.0",
# "chore(release): 2.0.0 [skip ci]", "release: v1.2.0", "Bump version to 1.2.3", a bare "v1.2.3": read only under a name that calls
# itself a bot (:func:`auditor.people.bot_named`), for a person writes such commits too
AUTOMATION_SUBJECT = lazy_compile(r"^(?:(?:chore|build|ci)\(release\)!?:|(?:chore|build|ci|release)(?:\([\w./-]{0,40}\))?!?:[ \t]*(?:release|publish|v?\d+\.\d+|"
                                  r"(?:bump|update)[ \t]+(?:the[ \t]+)?(?:version|changelog))|release[ \t:]+v?\d+\.\d+|bump(?:ed)?[ \t]+version|v?\d+\.\d+(?:\.\d+){0,2}"
                                  r"(?:[-+][\w.]{1,20})?[ \t]*$|\[(?:skip ci|ci skip)\])", re.I)


def release_tools(commits, ident: dict[str, str]) -> frozenset[str]:
    """The identities every commit of which is a release tool's (an account that only ever ran the release): automation, as a
    bot is, in the contributors, the organisations and the bus factor. So is an account whose name calls itself a bot and whose
    every commit is a release's ("SocialGroovyBot <45039513+SocialGroovyBot@users.noreply.github.com>": "chore(release): version
    1.11.0", the account an organisation's release workflow commits with; issue 12, s36 o36, SocialGouv/matomo-next), never a
    person named so (Talbot, whose commits say their changes)."""
    shapes: dict[str, bool] = {}
    for c in commits:
        key = ident[c.author_email.lower() or c.author_name.lower()]
        shapes[key] = shapes.get(key, True) and bool(RELEASE_TOOL_SUBJECT.match(c.subject) or (
            bot_named(c.author_name) and AUTOMATION_SUBJECT.match(c.subject)))
    return frozenset(k for k, tool in shapes.items() if tool)


@fact("people", version=22, public=False, cache="none")
def people(ctx) -> dict:
    """The non-merge commits up to ``as_of`` and who is who (:func:`identities`), computed once for
    the contributors and organisations facts (in memory only: it holds commit records); ``tools``: the identities that only
    ran a release tool (:func:`release_tools`)."""
    commits = [c for c in _commits_until(ctx) if not c.is_merge]
    ident = identities(commits, _people_documents(ctx))
    return {"commits": commits, "ident": ident, "tools": release_tools(commits, ident)}


# the files where a project says who its people are: the README's author table, an AUTHORS or CONTRIBUTORS list at the root
_PEOPLE_FILE = lazy_compile(r"^(?:authors|contributors|contributeurs|maintainers|credits)(?:\.[a-z]{1,8})?$", re.I)


def _people_documents(ctx) -> tuple[str, ...]:
    """The texts of the README and of the root's AUTHORS/CONTRIBUTORS/MAINTAINERS files (200 kB each at most)."""
    listed = sorted(p for p, e in ctx.snapshot.files.items() if e.dir == "" and _PEOPLE_FILE.match(e.name))
    paths = [ctx.fact("files").get("readme"), *listed]
    texts = (ctx.snapshot.read_text(p, limit=200_000) for p in dict.fromkeys(x for x in paths if x))
    return tuple(t for t in texts if t)


@fact("contributors", version=26, cache="commit+as_of")
def contributors(ctx) -> dict:
    """Active people of the last year, the absence factor, newcomers; bots apart. One person with
    several e-mail addresses under the same name counts once."""
    off = _unavailable(ctx)
    if off:
        return off
    as_of = ctx.as_of
    people = ctx.fact("people")
    commits, ident = people["commits"], people["ident"]
    first_seen: dict[str, object] = {}
    names: dict[str, str] = {}
    bot_names: dict[str, str] = {}
    # a commit is a bot's by its own author (name and address) or its identity's release-tool use; a person is an identity with a
    # commit of their own: one commit a bot wrote under a person's address ("Bot espace-membre <julien.…@beta.gouv.fr>", a
    # membership tool's job run with its maintainer's address) is that bot's, the person's other commits stay theirs (issue 12,
    # s36 o36: betagouv/doc.incubateur.net-communaute's maintainer, 42 commits in the year, was counted a bot)
    robot = [is_bot(c.author_name, c.author_email) or ident[c.author_email.lower() or c.author_name.lower()] in people["tools"] for c in commits]
    for c, auto in zip(commits, robot):
        key = ident[c.author_email.lower() or c.author_name.lower()]
        if auto:
            bot_names.setdefault(key, c.author_name)
            continue
        if key not in first_seen or c.committer_date < first_seen[key]:
            first_seen[key] = c.committer_date
        names.setdefault(key, c.author_name)
    human_counts: Counter = Counter()
    bot_counts: Counter = Counter()
    for c, auto in zip(commits, robot):
        if not in_window(c.committer_date, as_of, 365):
            continue
        key = ident[c.author_email.lower() or c.author_name.lower()]
        (bot_counts if auto else human_counts)[key] += 1
    all_humans = set(first_seen)
    new = [k for k in human_counts if in_window(first_seen[k], as_of, 365)]
    total = sum(human_counts.values())
    top = [{"name": names[k], "commits": n, "share": round(n / total, 3)} for k, n in human_counts.most_common(10)]
    return {
        "available": True,
        "active_365d": len(human_counts),
        "human_commits_365d": total,
        "absence_factor": absence_factor(human_counts),
        "new_365d": len(new),
        "new_names": sorted(names[k] for k in new)[:20],
        "all_time": len(all_humans),
        "top": top,  # names only: e-mail addresses are personal data and stay out of reports
        "bots_365d": sorted({bot_names[k] for k in bot_counts}),
        "bot_commits_365d": sum(bot_counts.values()),
    }


@fact("organisations", version=53, cache="commit+as_of")
def organisations(ctx) -> dict:
    """Organisations behind the human commits of the last year, from author e-mail domains. Each
    person (see :func:`identities`) is placed in one organisation: a public body's domain if they used
    one, else the domain they committed with most; people with only webmail/noreply addresses are
    individuals."""
    off = _unavailable(ctx)
    if off:
        return off
    as_of = ctx.as_of
    people = ctx.fact("people")
    commits, ident = people["commits"], people["ident"]
    per_person: dict[str, Counter] = {}
    kinds: dict[str, str] = {}
    known: dict[str, Counter] = {}  # each person's organisations' addresses, whenever used (a no-reply year of a cerema.fr person)
    mine: Counter = Counter()
    every, year = Counter(), Counter()  # commits by (author name, address): the whole history is read once, each address judged once
    for c in commits:
        every[(c.author_name, c.author_email)] += 1
        if in_window(c.committer_date, as_of, 365):
            year[(c.author_name, c.author_email)] += 1
    # one typing of a domain for all its addresses, as contributor_types reads it (named_bodies.py): public when one
    # author on it is named as a public body, when it is named after a commune the code names as a town hall, or after a
    # local authority (territory_hosts.authority_host: meaux.fr, paysdelourcq.fr)
    from auditor.facts.named_bodies import commune_domain, named_communes, named_parks, park_domain, public_by_author
    from auditor.facts.territory_hosts import authority_host

    typed = {k: organisation_of(k[1], k[0]) for k in sorted(every) if not is_bot(*k)}
    own = own_login_domains(commits, ident)  # a person's own domain named like their GitHub login: theirs, no organisation
    typed = {k: (None, "individual") if d in own else (d, kind) for k, (d, kind) in typed.items()}
    typed = _networks_joined(typed)
    by_name = public_by_author({k: (d, kind == "public" and public_by_name(k[0], d or "")) for k, (d, kind) in typed.items()})
    communes = named_communes(ctx) if any(kind == "organisation" for _, kind in typed.values()) else frozenset()
    parks = named_parks(ctx) if any(kind == "organisation" for _, kind in typed.values()) else frozenset()  # (parc-haut-jura.fr)
    for (name, email), n in sorted(every.items()):
        if is_bot(name, email) or ident[email.lower() or name.lower()] in people["tools"]:
            continue
        who = ident[email.lower() or name.lower()]
        domain, kind = typed[(name, email)]
        if kind == "organisation" and (domain in by_name or commune_domain(domain, communes) or park_domain(domain, parks) or authority_host(domain)):
            kind = "public"
        if domain:
            kinds[domain] = kind
            known.setdefault(who, Counter())[domain] += n
        elif kind == "individual" and "noreply" not in email.lower() and not is_placeholder_domain(email.rsplit("@", 1)[-1]):
            mine[who] += n  # their own mailbox's commits: a company's address used less often is not their home
        if year[(name, email)]:
            per_person.setdefault(who, Counter())[domain or f"<{kind}>"] += year[(name, email)]
    for who, counts in per_person.items():  # a person who wrote the year's commits from a personal address only: their organisation
        if all(d.startswith("<") for d in counts) and who in known:
            home = max(known[who], key=lambda d: (kinds[d] == "public", known[who][d], d))
            if kinds[home] == "public" or sum(known[who].values()) >= mine[who]:
                per_person[who] = Counter({home: sum(counts.values())})
    orgs: dict[str, dict] = {}
    individuals = unknown = 0
    for who, counts in per_person.items():
        domains = [d for d in counts if not d.startswith("<")]
        if not domains:
            if counts.get("<individual>"):
                individuals += 1
            else:
                unknown += 1
            continue
        public = [d for d in domains if kinds[d] == "public"]
        home = max(public or domains, key=lambda d: (counts[d], d))
        o = orgs.setdefault(home, {"domain": home, "public": kinds[home] == "public", "commits": 0, "authors": 0})
        o["commits"] += sum(counts.values())
        o["authors"] += 1
    listed = sorted(orgs.values(), key=lambda o: (-o["commits"], o["domain"]))
    return {
        "available": True,
        "organisations": listed,
        "count": len(listed),
        "public_count": sum(1 for o in listed if o["public"]),
        "individuals": individuals,
        "unknown": unknown,
    }


SEMVER_TAG = lazy_compile(r"^(?:[A-Za-z][\w.-]*?[-_/@])?[vV]?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+.][0-9A-Za-z.+-]*)?$")
# A tag named for a delivery to production, whatever follows: "mep" (mise en production: mep.sprint-19.hf3, mep.2026-01-20.hf1),
# "prod", "release", "livraison", "deploy": a team's releases when it tags deliveries, not versions. Pre-production ("mepp",
# "preprod") and other words are no releases.
PRODUCTION_TAG = lazy_compile(r"^(?:mep|mise[-_]en[-_]prod(?:uction)?|prod|production|release|livraison|deploy|deployment)(?:[-._/]|$)", re.I)
# A pre-release marker (alpha, beta, rc, pre, dev, snapshot) belongs to the version: anywhere after its number begins
# (1.0.0-rc1, 2.0.0rc2, 1.2.0.dev3, 3.0.0-SNAPSHOT), or as a word of its own before it (beta-1.0.0, rc1/2.0.0, release-preprod);
# letters inside the project's name that prefixes the tag ("rc" of ressources-diffusables-api-1.0.0) are no marker.
PRE_RELEASE = lazy_compile(r"alpha|beta|rc|pre|dev|snapshot", re.I)
PRE_RELEASE_WORD = lazy_compile(r"(?:alpha|beta|rc|pre|dev|snapshot|preview|preprod|prerelease)\d*", re.I)


def pre_release(name: str) -> bool:
    """Whether a tag names a pre-release: its marker in the version part, or a whole word before it."""
    m = SEMVER_TAG.match(name)
    head, version = (name[:m.start(1)], name[m.start(1):]) if m else (name, "")
    return bool(PRE_RELEASE.search(version)) or any(PRE_RELEASE_WORD.fullmatch(w) for w in re.split(r"[^A-Za-z0-9]+", head))


@fact("releases", version=11, cache="commit+as_of")
def releases(ctx) -> dict:
    """Tags as releases: counts, semantic versions, cadence over two years, time since the last one. Tags on other branches
    than the audited commit's count too (a repository whose plugins live and are released on their own branches), dated
    on or before the as-of date; ``last_release_elsewhere`` says when the last release is one of them."""
    off = _unavailable(ctx)
    if off:
        return off
    as_of = ctx.as_of
    elsewhere = {t.name for t in ctx.snapshot.other_tags() if t.date <= as_of}
    tags = [t for t in ctx.snapshot.tags() + ctx.snapshot.other_tags() if t.date <= as_of]
    tags.sort(key=lambda t: (t.date, t.name))
    semver = [t for t in tags if SEMVER_TAG.match(t.name)]
    stable = [t for t in semver if not pre_release(t.name)]
    # (a team whose semantic versions stopped while it tags each delivery to production: mep.* are its releases)
    delivered = [t for t in tags if PRODUCTION_TAG.match(t.name) and not SEMVER_TAG.match(t.name) and not pre_release(t.name)]
    rel = sorted(stable + delivered, key=lambda t: (t.date, t.name)) or semver or tags
    last2y = [t for t in rel if in_window(t.date, as_of, 730)]
    last1y = [t for t in rel if in_window(t.date, as_of, 365)]
    gaps = [(b.date - a.date).days for a, b in zip(last2y, last2y[1:])]
    last = rel[-1] if rel else None
    # (a pre-release tagged after the last release, plugin-x-2.1.3-beta-01 after plugin-x-2.1.2: not counted as a release, said
    # all the same — issue 12, s48 ff48 = lutece-secteur-public/gru-plugin-crmclient)
    later = [t for t in semver if last and pre_release(t.name) and (t.date, t.name) > (last.date, last.name)]
    return {
        "available": True,
        "tags": len(tags),
        "semver_tags": len(semver),
        "releases_365d": len(last1y),
        "releases_730d": len(last2y),
        "median_days_between_releases_730d": statistics.median(gaps) if gaps else None,
        "last_release": last.name if last else None,
        "last_release_date": last.date.isoformat() if last else None,
        "days_since_last_release": (as_of - last.date).days if last else None,
        "last_release_elsewhere": bool(last and last.name in elsewhere),
        "tags_elsewhere": len(elsewhere),
        "work_elsewhere": _work_elsewhere(ctx, [t for t in last1y if t.name in elsewhere]),
        "recent": [{"name": t.name, "date": t.date.date().isoformat()} for t in rel[-5:]],
        "later_pre_release": {"name": later[-1].name, "date": later[-1].date.isoformat(), "days": (as_of - later[-1].date).days} if later else None,
        "commits_since_last_release": _commits_since(ctx, last.sha) if last else None,
    }


def _commits_since(ctx, sha: str) -> int | None:
    """How many commits of the audited branch (up to ``as_of``) the tagged commit ``sha`` does not reach: 0 when the audited commit
    is that release; None when the tag is not on the audited branch's history as read (another branch, or history cut)."""
    commits = [c for c in ctx.snapshot.history() if c.committer_date <= ctx.as_of]
    by_sha = {c.sha: c for c in commits}
    if sha not in by_sha:
        return None
    reached, todo = set(), [sha]
    while todo:
        x = todo.pop()
        if x in reached or x not in by_sha:
            continue
        reached.add(x)
        todo.extend(by_sha[x].parents)
    return len(by_sha) - len(reached)


def _work_elsewhere(ctx, tagged: list) -> dict | None:
    """Why the people and activity of the audited branch say nothing of the project: no person committed on it for a
    year, while releases of that year were tagged on other branches (a default branch kept as a stub, the application
    developed and released on ``master``). The activity checks are then inconclusive, never "nobody works on it"."""
    if not tagged:
        return None
    act = ctx.fact("history_activity")
    if not act.get("available") or act.get("human_commits_365d"):
        return None
    last = tagged[-1]
    n = len(tagged)
    return {"fr": f"aucune personne n'a fait de commit sur la branche auditée depuis un an, mais {n} version(s) de l'année "
                  f"ont été publiées sur une autre branche (dernière : {last.name}, {last.date.date().isoformat()}) : le projet "
                  f"est développé sur une branche que cet audit n'a pas lue ; auditez-la avec --ref <branche>",
            "en": f"no person committed on the audited branch for a year, but {n} release(s) of the year were tagged on another "
                  f"branch (last: {last.name}, {last.date.date().isoformat()}): the project is developed on a branch this audit "
                  f"did not read; audit it with --ref <branch>"}


REVIEW_TRAILER = lazy_compile(r"^(reviewed-by|acked-by|approved-by|reviewed-on|tested-by)\s*:", re.I)
# Gerrit's commit-msg hook writes a Change-Id trailer ("I" + 40 hex digits) on every commit pushed for review (refs/for/…):
# such a commit reached the branch as a Gerrit change, the change request of that forge.
GERRIT_CHANGE = lazy_compile(r"^change-id\s*:\s*I[0-9a-f]{40}\s*$", re.I)
PR_SUBJECT = lazy_compile(r"^Merge (pull request #\d+|branch '.+' into '.+')|\(#\d+\)\s*$|\(!\d+\)\s*$|See merge request", re.I)


def _first_parents(by_sha: dict, sha: str | None) -> set[str]:
    out: set[str] = set()
    while sha in by_sha and sha not in out and len(out) < 200_000:
        out.add(sha)
        sha = by_sha[sha].parents[0] if by_sha[sha].parents else None
    return out


_NOREPLY = lazy_compile(r"^(?:\d+\+)?([\w.-]+)@users\.noreply\.github\.com$")
# a forge account's number in its no-reply address: GitHub's <id>+<login>@users.noreply.github.com, GitLab's <id>-<login>@users.noreply.gitlab.com
_NOREPLY_ID = lazy_compile(r"^(\d+)\+[\w.-]+@users\.noreply\.(github)\.com$|^(\d+)-[\w.-]+@users\.noreply\.(gitlab)\.com$")


def _identities(name: str, email: str) -> set[str]:
    """The keys one person is known by: the address, the name without spaces or case, and the login of GitHub's no-reply
    address ("Quentin Vintras <q.v@parc.fr>" and "QuentinVintras <57936946+QuentinVintras@users.noreply.github.com>" are one)."""
    email = (email or "").strip().lower()
    keys = {k for k in (email, "n:" + re.sub(r"[\W_]+", "", (name or "").lower())) if k not in ("", "n:")}
    login = _NOREPLY.match(email)
    return keys | ({"n:" + re.sub(r"[\W_]+", "", login.group(1))} if login else set())


# A merge of the same branch's remote copy (`git pull`: "Merge branch 'main' of github.com:owner/repo") or of another local branch
# ("Merge remote-tracking branch 'origin/develop'"): made on a workstation, no merge request
PULL_MERGE = lazy_compile(r"^Merge (?:branch '[^'\n]+' of \S+|remote-tracking branch '[^'\n]+')", re.I)


def _merged_commits(merge, by_sha: dict, limit: int = 2000) -> list[str]:
    """What a merge brought: the commits its other parents reach and its first parent does not (git log A..B), found by
    walking both sides newest first until every commit still queued is the first parent's (a branch that merged main in
    earlier reaches commits of others that main already had). Bounded to ``limit`` steps, in a fixed order."""
    flags: dict[str, int] = {}
    heap: list[tuple[float, str]] = []

    def push(sha: str, flag: int) -> None:
        if sha in by_sha and flags.get(sha, 0) | flag != flags.get(sha, 0):
            flags[sha] = flags.get(sha, 0) | flag
            heapq.heappush(heap, (-by_sha[sha].committer_date.timestamp(), sha))

    push(merge.parents[0], 1)
    for p in merge.parents[1:]:
        push(p, 2)
    steps = 0
    while heap and steps < limit and any(flags[sha] == 2 for _, sha in heap):
        steps += 1
        sha = heapq.heappop(heap)[1]
        for parent in by_sha[sha].parents:
            push(parent, flags[sha])
    return sorted(sha for sha, flag in flags.items() if flag == 2)


def _branch_commits(merge, by_sha: dict, mainline: set[str]) -> list:
    """The commits a merge brings that the main line did not have, merges left out."""
    return [by_sha[sha] for sha in _merged_commits(merge, by_sha) if sha not in mainline and not by_sha[sha].is_merge]


def _merged_by_its_author(merge, by_sha: dict, mainline: set[str], ident: dict[str, str]) -> bool:
    """A merge commit whose author (who merged) wrote every commit of the merged branch (:func:`_merged_commits`): the same
    keys (:func:`_identities`) or the same person as the people facts read it (:func:`identities` over the whole history:
    "Lucie B" merging lucie.bechu@…'s commits)."""
    def person(c) -> str | None:
        return ident.get(c.author_email.lower() or c.author_name.lower())

    who = _identities(merge.author_name, merge.author_email)
    merged = _branch_commits(merge, by_sha, mainline)
    return bool(merged) and all(_identities(c.author_name, c.author_email) & who or (person(c) is not None and person(c) == person(merge))
                                for c in merged)


def _bots_only(merge, by_sha: dict, mainline: set[str]) -> bool:
    """A merge whose merged branch holds commits by bots only (github-actions' version bump that github-actions[bot] merges)."""
    merged = _branch_commits(merge, by_sha, mainline)
    return bool(merged) and all(is_bot(c.author_name, c.author_email) for c in merged)


@fact("review_history", version=26, cache="commit+as_of")
def review_history(ctx) -> dict:
    """How the changes of the last year reached the main line: through a merge/pull request (merge
    commit, squash-merge ``(#123)``/``(!12)`` subject, Gerrit change's Change-Id) or review trailers, or pushed
    directly. Walks the first-parent chain from the audited commit; bot changes are left out. A merge
    commit made by the author of every commit it merges is *self-merged*: not a review."""
    off = _unavailable(ctx)
    if off:
        return off
    as_of = ctx.as_of
    by_sha = {c.sha: c for c in ctx.snapshot.history()}
    mainline = _first_parents(by_sha, ctx.snapshot.commit)
    ident = identities(list(by_sha.values()))  # (merges' authors included: who merged may have written no commit)
    sha = ctx.snapshot.commit
    integrated = trailers = direct = self_merged = gerrit = 0
    examples: list[dict] = []
    steps = 0
    while sha in by_sha and steps < 100_000:
        steps += 1
        c = by_sha[sha]
        sha = c.parents[0] if c.parents else None
        if c.committer_date > as_of:
            continue
        if not in_window(c.committer_date, as_of, 365):
            break
        # GitHub's web-flow committer alone proves nothing (web edits have it too): squash merges are
        # recognised by their "(#123)" subject.
        if c.is_merge and is_bot(c.author_name, c.author_email) and _bots_only(c, by_sha, mainline):
            continue  # (a release workflow merging its own version bump: a bot's change, left out like the others)
        if c.is_merge and _merged_by_its_author(c, by_sha, mainline, ident):
            self_merged += 1  # a merge by the author of every commit it brings: nobody else read it
            if len(examples) < 5:
                examples.append({"sha": c.sha[:12], "subject": c.subject[:80], "date": c.committer_date.date().isoformat(), "self_merged": True})
        elif c.is_merge and PULL_MERGE.match(c.subject) and not PR_SUBJECT.search(c.subject):
            direct += 1  # (a `git pull` or local merge: what it brings was pushed without a merge request)
            if len(examples) < 5:
                examples.append({"sha": c.sha[:12], "subject": c.subject[:80], "date": c.committer_date.date().isoformat()})
        elif c.is_merge or PR_SUBJECT.search(c.subject):
            integrated += 1
        elif any(GERRIT_CHANGE.match(t) for t in c.trailers):
            integrated += 1
            gerrit += 1
        elif is_bot(c.author_name, c.author_email):
            continue
        elif any(REVIEW_TRAILER.match(t) for t in c.trailers):
            trailers += 1
        else:
            direct += 1
            if len(examples) < 5:
                examples.append({"sha": c.sha[:12], "subject": c.subject[:80], "date": c.committer_date.date().isoformat()})
    total = integrated + trailers + direct + self_merged
    return {
        "available": True,
        "changes_365d": total,
        "via_merge_request": integrated,
        "via_gerrit_change": gerrit,
        "with_review_trailer": trailers,
        "direct": direct,
        "self_merged": self_merged,
        "share_reviewed": round((integrated + trailers) / total, 3) if total else None,
        "direct_examples": examples,
    }


DEP_SUBJECT = lazy_compile(r"^(build|chore|fix)\(deps(-dev)?\)|^bump .+ from .+ to |^update (dependency|module) |^(chore|fix)\(deps\)|^\[snyk\]", re.I)


@fact("dependency_updates", version=12, cache="commit+as_of")
def dependency_updates(ctx) -> dict:
    """Dependabot/Renovate configuration in the audited tree and their changes merged in the last year."""
    files = ctx.snapshot.files
    tools = update_tools(ctx.snapshot, 512 * 1024)
    config = [t["path"] for t in tools]
    # (and git submodules, which Dependabot updates too: package-ecosystem gitsubmodule)
    # (not the manifest of a third-party package copied whole into the repository, a Drupal module's fontawesome/composer.json stamped
    # by drupal.org's packaging script beside the project's own module, s29 j29: no dependency of the project's, as the manifests fact)
    inv = inventory_of(ctx)
    manifests = sorted(p for p in files if (is_manifest(p) or p.rsplit("/", 1)[-1].lower() == "dockerfile" or p == ".gitmodules")
                       and not is_vendored(p) and inv.category(p) != "vendored" and not web_file_list(ctx.snapshot, p, 512 * 1024))[:20]
    out = {"config": sorted(config), "tools": sorted({t["tool"] for t in tools}),
           "manifests": manifests,
           # (a dependabot.yml's updates pointed at a directory holding no manifest of their ecosystem: it can propose nothing there)
           "misdirected": [{"path": t["path"], **m} for t in tools for m in t.get("misdirected") or []][:5]}
    reason = history_unavailable(ctx)
    if reason is not None:
        return {**out, "history_available": False, "reason": reason, "bot_updates_365d": None, "last_bot_update_date": None}
    as_of = ctx.as_of
    # (the last bot update at any time: Dependabot's merged requests of an inactive repository show the tool was used; not a build
    # or release account's "update dependency version of parent pom", lutece-core's "release" of 2010: no update tool)
    updates, last = [], None
    for c in _commits_until(ctx):
        name = c.author_name.lower() + " " + c.author_email.lower()
        if ("dependabot" in name or "renovate" in name or "snyk" in name) or (
                DEP_SUBJECT.search(c.subject) and (c.is_merge or (is_bot(c.author_name, c.author_email) and not is_job_account(c.author_name, c.author_email)))) or (
                c.is_merge and re.search(r"(dependabot|renovate)/", c.subject, re.I)):
            last = c.committer_date if last is None or c.committer_date > last else last
            if in_window(c.committer_date, as_of, 365):
                updates.append(c)
    # A bot's commit and the merge of its branch are one update: count the larger of the two kinds.
    n = max(sum(1 for c in updates if not c.is_merge), sum(1 for c in updates if c.is_merge))
    return {**out, "history_available": True, "bot_updates_365d": n,
            "last_bot_update_date": last.isoformat() if last else None}



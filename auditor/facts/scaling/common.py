"""Helpers shared by the scaling facts: host and domain classes read from the data files.

Longer than 400 lines: the classes of hosts, domains and forge accounts read one set of data files together (a host is judged by
its domain, its owner and its provider at once); split, each part would load and cache the same lists."""

from __future__ import annotations

import functools
import re
import unicodedata

from auditor.data import about, load
from auditor.facts.history import (contractor_mailbox, is_public_author, is_public_domain, personal_mailbox, public_by_name, public_network,
                                   registrable_domain, student_mailbox)
from auditor.facts.identity_names import NOREPLY_LOGIN, TEAM_MAILBOXES
from auditor.facts.inventory import inventory_of
from auditor.facts.scaling.java_namespace import framework_domains
from auditor.facts.scaling.plugin_authors import plugin_author_domains
from auditor.facts.sponsor_forge import named_like_public_body
from auditor.facts.territory_hosts import DEPARTEMENTS, REGIONS, authority_host
from auditor.lazyre import lazy_compile
from auditor.people import internal_mail_domain, is_bot, is_placeholder_domain

# Where a hit counts as what the project runs (docs, tests and examples describe, they do not run).
RUNNING = ("code", "template", "config", "other", "style")


NOT_THE_PROJECTS = ("vendored", "generated", "build")


def project_files(ctx, *, tests: bool = True) -> list:
    """The snapshot's file entries that are the project's own, sorted by path: what the inventory
    (the one classification, path rules and first bytes) calls vendored, generated or build output is
    left out, and tests too unless ``tests``."""
    inv = inventory_of(ctx)
    skip = NOT_THE_PROJECTS if tests else NOT_THE_PROJECTS + ("test",)
    files = ctx.snapshot.files
    return [files[p] for p in sorted(files) if files[p].kind in ("file", "executable") and inv.category(p) not in skip]


# Settings for a developer's machine or the tests (Django's settings/local.py, *-dev.properties, .env.development)
# and a dev server's proxy table (proxy.conf.json, proxyConfig.js, setupProxy.js, a service worker's mock proxy):
# what they name is not where the service runs.
DEV_ONLY = lazy_compile(r"(^|/)(local|dev|develop|development|test|tests|testing)([._-]settings)?\.(py|ya?ml|json|js|ts|properties|conf|toml|ini)$"
                      r"|[._-](local|dev|develop|development|test|testing)\.(py|ya?ml|json|properties|conf|toml|ini|env)$"
                      r"|(^|/)\.env\.(local|dev|development|test)$"
                      # Symfony's development front controller (web/app_dev.php: the IPs allowed to reach the debug toolbar)
                      r"|(^|/)(app|index)_dev\.php(\.example|\.dist)?$"
                      r"|(^|/)(proxy\.conf(ig)?|proxyConfig|setupProxy|[\w.-]*proxy[-_]config)\.(json|[cm]?[jt]s)$"
                      # the configuration of a developer's editor or AI assistant: its folder (.vscode/, .cursor/, .claude/, .continue/)
                      # or an MCP client's list of servers (.mcp.json, an mcp_dbhub_config.json giving a database connector sample
                      # sqlserver://user:password@localhost DSNs): the developer's tools, not what the product runs on
                      r"|(^|/)\.(vscode|cursor|claude|continue|windsurf|roo|zed|idea)/"
                      r"|(^|/)\.?(?:[\w-]+[_-])?mcp(?:[_-][\w-]+)?\.json$|(^|/)claude_desktop_config\.json$", re.I)


def is_dev_only(path: str) -> bool:
    return bool(DEV_ONLY.search(path))


def data_about(*names: str) -> list[dict]:
    return [about(n) for n in names]


def norm_field(name: str) -> str:
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", text)


# -- organisations -----------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _orgs():
    d = load("organisations.yml")
    companies = {c["domain"].lower(): c for c in d.get("companies") or []}
    return {
        "personal": {x.lower() for x in d.get("personal_domains") or []},
        "placeholder": {x.lower() for x in d.get("placeholder_domains") or []},
        "placeholder_suffixes": tuple(x.lower() for x in d.get("placeholder_suffixes") or []),
        "companies": companies,
        "owners": {x.lower() for x in d.get("public_forge_owners") or []}
        | {o.lower() for b in d.get("public_bodies") or [] for o in b.get("forge_owners") or []},
        "bodies": tuple((frozenset(x.lower() for x in b.get("domains") or []), frozenset(x.lower() for x in b.get("forge_owners") or []))
                        for b in d.get("public_bodies") or []),
        "affixes": tuple(sorted({x.lower() for x in d.get("owner_affixes") or []})),
    }


def _under(domain: str, base: str) -> bool:
    return domain == base or domain.endswith("." + base)


def domain_type(domain: str) -> dict:
    """``{"type": public|company|individual|unknown, "domain", "name", "kind", "listed"}`` for an
    e-mail or web domain, from ``organisations.yml``."""
    return dict(_domain_type((domain or "").strip(" .>").lower()))


@functools.lru_cache(maxsize=1 << 16)  # one answer per domain: a history of 50,000 commits has a few hundred
def _domain_type(domain: str) -> dict:
    o = _orgs()
    if not domain or "." not in domain:
        return {"type": "unknown", "domain": None}
    if domain in o["placeholder"] or domain.endswith(o["placeholder_suffixes"]) or is_placeholder_domain(domain):
        # As the history facts say (auditor/people.yml): a person with no organisation.
        return {"type": "individual", "domain": None, "placeholder": True}
    if domain in o["personal"] or domain.endswith((".noreply.github.com", ".noreply.gitlab.com")):
        return {"type": "individual", "domain": None}
    reg = registrable_domain(domain)
    if personal_mailbox(reg):  # (organisations.yml's personal domains, or a webmail's name under any top-level domain)
        return {"type": "individual", "domain": None}
    for base in (domain, reg):
        c = o["companies"].get(base)
        if c:
            return {"type": "company", "domain": reg, "name": c.get("name"), "kind": c.get("kind"), "listed": True}
    if is_public_domain(domain) or is_public_domain(reg):  # organisations.yml's public rules, through the one function
        return {"type": "public", "domain": reg, "listed": True}
    return {"type": "company", "domain": reg, "name": None, "kind": None, "listed": False}


def email_type(name: str, email: str) -> dict:
    """The type of a commit author: ``bot`` first (the maintenance checks' rule), then the domain's."""
    if is_bot(name or "", email or ""):
        return {"type": "bot", "domain": None}
    email = (email or "").strip().lower()
    if "@" not in email:
        return {"type": "unknown", "domain": None}
    if student_mailbox(email.rsplit("@", 1)[1]):
        return {"type": "individual", "domain": None, "student": True}  # (seri.yolou@etu.u-pec.fr: an intern's school mailbox)
    t = domain_type(email.rsplit("@", 1)[1])
    if (internal := internal_mail_domain(email)) and t["type"] == "individual":
        # an organisation's mailbox on its own network (j.matrat@maurepas.loc, an Active Directory domain): an unlisted organisation
        t = {"type": "company", "domain": registrable_domain(internal), "name": None, "kind": None, "listed": False, "internal": True}
        if public_network(internal):  # (a town hall's: mairie.crosne, maurepas.loc)
            return {"type": "public", "domain": t["domain"], "listed": False, "by_place_name": True, "internal": True}
    if t["type"] == "public" and (firm := contractor_mailbox(email)):  # (astek.jdupont@<public body>: the contractor's person)
        return {"type": "company", "domain": firm["domain"], "name": firm["name"], "kind": firm["kind"], "listed": True,
                "mailbox_at": t.get("domain")}
    if t["type"] == "company" and not t.get("listed") and _named_after(name or "", t.get("domain") or "", email.split("@", 1)[0]):
        return {"type": "individual", "domain": None, "own_name": True}  # Benjamin Bach <mail@benjaminbach.fr>: a person's own domain
    if t["type"] == "company" and not t.get("listed") and public_by_name(name or "", t.get("domain") or ""):
        return {"type": "public", "domain": t.get("domain"), "listed": False, "by_author_name": True}  # "Mairie-SJC" <informatique@…>
    if t["type"] == "individual" and (login := NOREPLY_LOGIN.match(email)) and (is_public_author(name or "") or place_account(name or "", login.group(1))):
        # a forge account of a public body, its no-reply address hiding the body's mailbox: "Département de Loire-Atlantique"
        # <…+Loire-Atlantique@users.noreply.github.com>, "PIM-LoireAtlantique" (issue 12, s35 ab35, the Département's accounts on
        # the orthophoto viewer Makina Corpus built for it: 143 commits read as personal or masked)
        return {"type": "public", "domain": None, "listed": False, "by_author_name": True, "account": login.group(1)}
    if t["type"] == "company" and not t.get("listed") and authority_host(t.get("domain") or ""):
        # a domain named after a commune, a département or a region (seinesaintdenis.fr, var.fr, geobretagne.fr): the local
        # authority's own (AFNIC reserves those names under .fr to it; under .com/.org only with an authority word, grandlyon.com)
        return {"type": "public", "domain": t.get("domain"), "listed": False, "by_place_name": True}
    return t


# a département's or a region's name: a compound one alone names no person (loire-atlantique, hauts-de-france, seine-saint-denis; not
# lorraine, savoie, gironde, which people bear too); any, but the shortest, beside a service's acronym (SIG-Gironde, CD-Vendee)
_COMPOUND_PLACES = frozenset(n for d in (*DEPARTEMENTS, *REGIONS) if "-" in d for n in (d, d.replace("-", "")))
_ANY_PLACES = frozenset(n for d in (*DEPARTEMENTS, *REGIONS) if len(d.replace("-", "")) >= 4 for n in (d, d.replace("-", "")))
_ACRONYM = re.compile(r"(?:[A-Z]{2,5}|\d{2,3}[AB]?|[A-Z]{2,4}\d{2,3})")


def place_account(name: str, login: str) -> bool:
    """A forge account named after a département or a region (a login ``Loire-Atlantique``), alone or beside a service's
    acronym written in capitals (``PIM-LoireAtlantique``, ``SIG-Gironde``, ``CD-Vendee``): a local authority's own account. Read
    on the author name when it is the login (its capitals kept), on the login alone otherwise (then the place's name only)."""
    text = name.strip() if re.sub(r"[^a-z0-9]", "", name.lower()) == re.sub(r"[^a-z0-9]", "", login.lower()) else login
    parts = [p for p in re.split(r"[-_. ]+", text) if p][:6]
    flat = [unicodedata.normalize("NFKD", p).encode("ascii", "ignore").decode().lower() for p in parts]
    if "".join(flat) in _COMPOUND_PLACES or "-".join(flat) in _COMPOUND_PLACES:
        return True
    places = [i for i, f in enumerate(flat) if f in _ANY_PLACES]
    return text is not login and len(places) == 1 and 2 <= len(parts) <= 3 \
        and all(_ACRONYM.fullmatch(p) for i, p in enumerate(parts) if i != places[0])


_PERSONAL_LOCAL = {"mail", "me", "moi", "hello", "hi", "bonjour", "perso", "git", "dev", "code", "web"}


def _named_after(name: str, domain: str, local: str = "") -> bool:
    """The domain's first label is the author's own name and the address a person's (``mail@benjaminbach.fr`` for
    "Benjamin Bach", ``jean@jdupont.net`` for "Jean Dupont"): a personal domain, not an organisation's."""
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    parts = [p for p in re.split(r"[^a-z]+", plain) if len(p) >= 2]
    label = re.sub(r"[^a-z]", "", domain.split(".")[0])
    local = re.sub(r"[^a-z]", "", local.lower())
    if (local in _orgs()["affixes"] and local not in _PERSONAL_LOCAL) or local in TEAM_MAILBOXES:
        return False  # a team's address ("SIG du SDMIS" <sig@sdmis.fr>, "DSI de X" <dsi@x.fr>): an organisation's, whatever its name
    if len(parts) == 1 and len(label) >= 5 and label == parts[0] and local in ("gpg", "pgp", "me", "moi", "perso", "mail"):
        return True  # Phorcys <gpg@phorcys.net>: a pseudonym's own domain
    if len(parts) == 1 and len(label) >= 5 and re.fullmatch(r"[a-z]{3,20}", local) and _login_of(parts[0], local, label):
        return True  # fphg <fabrice@phung.fr>: a login made of the first name's initial and the surname's letters
    # (a name written surname first in capitals, the French way: "MBOUP Ligair" <mboup@ligair.fr> is Mr Mboup at his employer's
    # domain, the organisation's name put after his own — no family names a domain after a first name; "DUPONT Jean"
    # <jean@dupont.fr> is a family's)
    first, last = (parts[-1], parts[0]) if len(parts) >= 2 and _surname_first(name) else (parts[0], parts[-1]) if parts else ("", "")
    if len(parts) >= 2 and len(label) >= 4 and label == last and local == first:
        return True  # nicolas@damiens.info for "Nicolas Damiens", george@moon.org.nz for "George Moon": a family's own domain
    # (a surname of several words, run together with or without its hyphens: sebastien@da-rocha.net for "Sébastien DA ROCHA",
    # jean@delafontaine.fr for "Jean de La Fontaine", and the surname written first, "DA ROCHA Sébastien")
    if len(parts) >= 3 and len(label) >= 5 and local and any(
            (label == "".join(parts[k:]) and local == "".join(parts[:k])) or (label == "".join(parts[:k]) and local == "".join(parts[k:]))
            for k in range(1, len(parts))):
        return True
    if len(parts) < 2 or len(label) < 5:
        return False
    full = "".join(parts)
    named = label in (full, "".join(reversed(parts)), parts[0][0] + "".join(parts[1:]), parts[0] + parts[-1])
    return named and (local in _PERSONAL_LOCAL or local in parts or local in (full, parts[0][0] + parts[-1]))


def _surname_first(name: str) -> bool:
    """The name is written surname first: its first word in capitals (3+ letters), its last word not ("MBOUP Ligair", "DUPONT Jean")."""
    words = re.findall(r"[^\W\d_]+", name)
    return len(words) >= 2 and len(words[0]) >= 3 and words[0].isupper() and not words[-1].isupper()


def _login_of(login: str, first: str, surname: str) -> bool:
    """``login`` is the initial of ``first`` followed by letters of ``surname`` in order, from its first one (fphg: f + p…h…g)."""
    rest = iter(surname)
    return 4 <= len(login) <= 12 and login[0] == first[0] and login[1] == surname[0] and all(c in rest for c in login[1:])


def owner_type(login: str, account_type: str | None) -> str:
    """A forge account: ``public`` (listed or named like a public body), ``organisation`` or ``individual``."""
    o = _orgs()
    low = (login or "").lower()
    if low in o["owners"] or named_like_public_body(low):  # (the sponsor reads the same patterns: sponsor_forge)
        return "public"
    if (account_type or "").lower() in ("organization", "group"):
        return "organisation"
    return "individual"


# -- hosts -------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def _hosts():
    d = load("hosting.yml")
    return {
        "neutral": {x.lower() for x in d.get("neutral") or []},
        "placeholder": re.compile(d.get("placeholder_hosts") or r"(?!x)x", re.I),
        "placeholder_registrable": re.compile(d.get("placeholder_registrable") or r"(?!x)x", re.I),
        "cdn": {x.lower() for x in d.get("cdn") or []},
        "national": {x.lower() for x in d.get("public_national") or []},
        "personal": [(p["host"].lower(), p.get("kind"), p.get("note"), re.compile(p["path"]) if p.get("path") else None) for p in d.get("personal_platforms") or []],
        "commercial": {x.lower() for x in d.get("commercial") or []},
        "internal_suffixes": tuple(x.lower() for x in d.get("internal_suffixes") or []),
        "internal_words": re.compile(d.get("internal_words") or r"(?!x)x", re.I),
        "restricted": d.get("restricted_data") or [],
        "int_short": {x.lower() for x in d.get("int_short_organisations") or []},
    }


@functools.lru_cache(maxsize=1)
def _platform_domains() -> frozenset[str]:
    """The registrable domains of hosting.yml's commercial hosts and app platforms, those not public themselves (a platform whose
    customers' servers are its sub-domains; a company's own services, graph.microsoft.com, are read by their host as before)."""
    d = load("hosting.yml")
    hosts = [*(d.get("commercial") or []), *(d.get("app_platforms") or [])]
    regs = {registrable_domain(h.lower()) for h in hosts if "." in h}
    return frozenset(r for r in regs if not is_public_domain(r))


_PRIVATE_IP = lazy_compile(r"^(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)$")
_ANY_IP = lazy_compile(r"^\d+\.\d+\.\d+\.\d+$")


def platform_host(host: str, path: str | None = None) -> bool:
    """``host`` is on a platform where each account has its own space (hosting.yml's ``personal_platforms``): what is read
    there is one account's, even under a domain listed neutral for its other services (gist.github.com under github.com, a
    uMap instance's maps under openstreetmap.fr). An entry scoped to a path counts only for an address whose path it matches
    (api.github.com/repos/<account>/<repo>/contents/… is one account's file, a release download on the same host is not). A host
    listed neutral more specifically than the platform (composer.github.io, a known tool's publisher's pages) is none."""
    host = host.lower()
    neutral = max((len(n) for n in _hosts()["neutral"] if _under(host, n)), default=0)
    return any(_under(host, base) and len(base) >= neutral and (scope is None or (path is not None and bool(scope.match(path))))
               for base, _kind, _note, scope in _hosts()["personal"])


def is_neutral_host(host: str, path: str | None = None) -> bool:
    h = _hosts()
    host = host.lower()
    if host in ("localhost",) or host.startswith(("127.", "0.0.0.0")) or host.endswith((".example", ".test", ".invalid", ".localhost")):
        return True
    if any(_under(host, n) for n in h["neutral"]) and not platform_host(host, path) and not cdn_over_neutral(host):
        return True
    labels = host.split(".")
    if len(labels) >= 4 and any(label in ("region", "your-region", "your_region") for label in labels[1:-2]):
        return True  # a cloud endpoint's region left as the word (Grouper's default sqs.region.amazonaws.com): a placeholder
    return len(labels) >= 2 and (bool(h["placeholder"].match(labels[-2])) or bool(h["placeholder"].match(labels[0]))
                                 or (len(labels[-1]) == 2 and bool(h["placeholder_registrable"].match(labels[-2]))))


def cdn_over_neutral(host: str) -> bool:
    """A host hosting.yml lists as a CDN more specifically than any neutral entry it is under: the most specific listed host decides
    (use.fontawesome.com, Font Awesome's CDN every page loads its script from, whatever fontawesome.com, its documentation site, is;
    issue 12, s40 fp40 = AnthoC97/Exemple_Symfony_1)."""
    h = _hosts()
    cdn = max((len(c) for c in h["cdn"] if _under(host, c)), default=0)
    return cdn > max((len(n) for n in h["neutral"] if _under(host, n)), default=0)


def _names_project(account: str, project: str) -> bool:
    """A pages or storage account named after the repository ("projet-agirisk" for AgiRisk): the project's own."""
    a, p = re.sub(r"[^a-z0-9]", "", account.lower()), re.sub(r"[^a-z0-9]", "", project.lower())
    return len(p) >= 5 and len(a) >= 5 and (p in a or a in p)


def same_name(segment: str, project: str) -> bool:
    """A path segment spelling the repository's name (case, "-" and "_" aside)."""
    norm = lambda x: re.sub(r"[^a-z0-9]", "", x.lower())  # noqa: E731
    return len(norm(project)) >= 3 and norm(segment) == norm(project)


def national_platform(host: str) -> bool:
    """``host`` is a national public platform's (hosting.yml's ``public_national``, or any host under gouv.fr): shared infrastructure
    any territory may use; the public-building-blocks check reads the same list for the national APIs the code calls."""
    host = host.lower().strip(".")
    return any(_under(host, n) for n in _hosts()["national"]) or host.endswith(".gouv.fr")


def own_suffixed(reg: str, own: set[str] | frozenset) -> bool:
    """``reg`` is an own domain's name with a short word after a hyphen, under the same ending: ``tisseo-ru.fr`` beside ``tisseo.fr``
    (Tisséo's urban network's tile server). The own name must be 5 letters or more (a shorter one is a word of other names: ``gers-sud.fr``
    is no server of ``gers.fr``) and the word 1 to 3 letters (a longer one names another thing: ``tisseo-voyages.fr``) — issue 12,
    s42 ff42 = Tisseo/CoreBundle."""
    label, _, ending = reg.partition(".")
    head, _, tail = label.rpartition("-")
    letters = head.replace("-", "")
    if not (1 <= len(tail) <= 3 and tail.isalpha()) or len(letters) < 5 or not letters.isalpha():
        return False
    return f"{head}.{ending}" in own


def private_int_name(host: str, url: str) -> bool:
    """A host under .int read over plain http whose registered label has one or two letters and which lies deeper (virtualia.pn.int,
    an intranet's HR page): a private network's name copying the ending reserved to treaty organisations, whose names are acronyms
    of three letters or more (who.int, itu.int, nato.int) save un.int and eu.int (hosting.yml's int_short_organisations). A two-label
    name (x.int), a name read over https, or a longer label stays another organisation's (issue 12, s42 fn42 = PnGuadeloupe/toolbox)."""
    labels = host.lower().strip(".").split(".")
    return (len(labels) >= 3 and labels[-1] == "int" and len(labels[-2]) <= 2 and url.lower().startswith("http://")
            and ".".join(labels[-2:]) not in _hosts()["int_short"])


def host_class(host: str, path: str = "", own: set[str] | frozenset = frozenset(), owner: str = "", project: str = "") -> dict:
    """Class of a host met in code or configuration (see ``hosting.yml``): own, public-national, public-other, personal, commercial, cdn, internal, other or neutral."""
    h = _hosts()
    host = host.lower().strip(".")
    owner = (owner or "").lower()
    if is_neutral_host(host, path):
        return {"class": "neutral"}
    if _PRIVATE_IP.match(host) or host.endswith(h["internal_suffixes"]) or ("." not in host and not _ANY_IP.match(host)):
        return {"class": "internal"}
    if _ANY_IP.match(host):
        return {"class": "other", "note": "IP"}
    for base, kind, note, scope in h["personal"]:
        if scope is not None and _under(host, base) and (m := scope.match(path or "")):  # a provider's API host: one account's files (www.googleapis.com/drive/…)
            # (the account, where the path names it: api.github.com/repos/<account>/…; the project's own or a public body's as on a pages host)
            account, repo = m.groupdict().get("account"), m.groupdict().get("repo")
            if (account and ((owner and account.lower() == owner) or (project and _names_project(account, project)))) \
                    or (repo and project and same_name(repo, project)):  # (the project's own repository read through the API)
                return {"class": "own", "account": account}
            if account and owner_type(account, None) == "public":
                return {"class": "public-other", "account": account}
            return {"class": "personal", "account": account, "kind": kind, "note": note, "api": True}
        if scope is None and _under(host, base):
            sub = host[: -len(base) - 1].split(".")[-1] if host != base else ""
            first = (path.strip("/").split("/") or [""])[0]
            account = sub or (first if kind in ("file",) or base.startswith(("s3.", "storage.")) else "")
            if account and ((owner and account.lower() == owner) or (project and _names_project(account, project))):
                return {"class": "own", "account": account}
            if sub and kind == "pages" and project and same_name(first, project):
                # the Pages site of a repository named as this one (<account>.github.io/<repository>/): published from it,
                # whoever the forge owner (a clone's unknown owner: the documentation URL of a package's pyproject.toml)
                return {"class": "own", "account": account}
            if account and owner_type(account, None) == "public":
                return {"class": "public-other", "account": account}
            return {"class": "personal", "account": account or None, "kind": kind, "note": note}
    if h["internal_words"].search(host.split(".")[0]):
        return {"class": "internal"}
    reg = registrable_domain(host)
    if reg in own or host in own:
        return {"class": "own"}
    label = reg.split(".")[0]
    if len(label) >= 4 and any(o.split(".")[0] == label and o.count(".") == 1 for o in own):
        return {"class": "own"}  # the sponsor's name under another top-level domain (recia.dev beside recia.fr: its test servers)
    if own_suffixed(reg, own):
        return {"class": "own"}  # (the sponsor's name and a short word of its own, tisseo-ru.fr beside tisseo.fr: its urban network's servers)
    if national_platform(host):
        return {"class": "public-national"}
    if any(_under(host, c) for c in h["cdn"]):
        return {"class": "cdn"}
    if any(_under(host, c) for c in h["commercial"]):
        return {"class": "commercial"}
    # a platform's domain (a cloud's, a proprietary service's: <db>.firebasedatabase.app, <site>.web.app): the sub-domains it gives its
    # customers are the platform's servers, whatever a customer named them ("mairie-lestiac-2026-default-rtdb"), never a public
    # body's — the public rules are read on such a host's registrable domain only (s40 fi40)
    if reg in _platform_domains():
        return {"class": "commercial", "note": "a platform's server, whatever its sub-domain says"}
    t = domain_type(host)
    if t["type"] == "public":
        return {"class": "public-other"}
    if t["type"] == "company" and t.get("listed"):
        return {"class": "commercial", "name": t.get("name")}
    if authority_host(host):  # a domain named after a commune, an EPCI, a département or a region (meaux.fr): AFNIC keeps it for that body
        return {"class": "public-other"}
    return {"class": "other"}


def _publiccode(ctx) -> dict:
    from auditor import safeyaml

    for name in ("publiccode.yml", "publiccode.yaml"):
        text = ctx.snapshot.read_text(name, limit=256 * 1024) if name in ctx.snapshot.files else None
        if text:
            try:
                pc = safeyaml.load(text)
            except Exception:  # noqa: BLE001 - a broken publiccode.yml is the documentation family's finding
                pc = None
            if isinstance(pc, dict):
                return pc
    return {}


def publiccode_hosts(ctx) -> set[str]:
    """Hosts of the publiccode.yml ``url`` and ``landingURL`` (the forges themselves left out)."""
    from urllib.parse import urlsplit

    out: set[str] = set()
    pc = _publiccode(ctx)
    for key in ("url", "landingURL"):
        v = pc.get(key)
        if isinstance(v, str) and "://" in v:
            try:
                host = (urlsplit(v).hostname or "").lower()
            except ValueError:
                host = ""
            if host and host not in ("github.com", "gitlab.com"):
                out.add(host)
    return out


def publiccode_contact_domains(ctx) -> set[str]:
    """The public bodies' domains of the publiccode.yml maintainers' addresses (``maintenance.contacts[].email``): the body
    maintaining the software declares itself; a contractor's address (``maintenance.type: contract``) is no public body's."""
    m = _publiccode(ctx).get("maintenance")
    contacts = m.get("contacts") if isinstance(m, dict) else None
    out: set[str] = set()
    for c in (contacts if isinstance(contacts, list) else [])[:20]:
        email = str(c.get("email") or "").strip().lower() if isinstance(c, dict) else ""
        t = email_type("", email) if "@" in email else {}
        if t.get("type") == "public" and t.get("domain"):
            out.add(t["domain"])
    return out


_JAVA_ROOT = lazy_compile(r"(?:^|/)(?:java|classes|src)/(fr|eu|bzh|re|org|net|com)/([a-z][a-z0-9-]{1,40})/[^/]+/")


def own_domains(ctx) -> set[str]:
    """Registrable domains that are the sponsor's: the publiccode.yml ``url``/``landingURL`` hosts,
    the public bodies of the year's committers, domains named like the forge owner, the contact e-mail a QGIS
    plugin's metadata.txt declares (``email=contact@datagrandest.fr``), a WordPress plugin's public ``Author URI``, the domain
    its Java packages are named after."""
    out: set[str] = {registrable_domain(h) for h in publiccode_hosts(ctx)} | publiccode_contact_domains(ctx)
    out |= body_domains(owner_key(ctx))  # the public body holding the forge account: all its domains (organisations.yml)
    # the project's Java packages name its organisation's domain backwards (WEB-INF/classes/fr/cg44/plugin/… : cg44.fr) when that
    # domain is a public body's or named like the forge owner: an overlay's classes sit in the packages of the software they
    # override (org/apereo/cas/… in a CAS overlay: apereo.org is the upstream project's, not the sponsor's)
    owner = owner_key(ctx)
    inherited = framework_domains(ctx.snapshot)  # (fr/paris/lutece/… in any Lutece plugin: the framework's namespace, java_namespace.py)
    for path in sorted(p for p in ctx.snapshot.files if p.endswith(".java") and inventory_of(ctx).category(p) != "vendored")[:200]:
        m = _JAVA_ROOT.search(path)
        domain = f"{m.group(2)}.{m.group(1)}" if m else ""
        if m and ((domain_type(domain)["type"] == "public" and domain not in inherited) or (owner and owner_named(domain, owner))):
            out.add(domain)
    # a QGIS plugin's metadata e-mail; a WordPress plugin's Author URI on a public body's domain (plugin_authors.py)
    out |= plugin_author_domains(ctx.snapshot, lambda reg: domain_type(reg)["type"] == "public")
    if ctx.snapshot.has_history:
        try:
            commits = ctx.fact("people")["commits"]
        except Exception:  # noqa: BLE001 - no history: fewer own domains, not an error
            commits = []
        from auditor.facts.named_bodies import commune_domain, named_communes, named_parks, park_domain  # (one typing with the people facts)

        towns, parks = named_communes(ctx), named_parks(ctx)
        accounts = set()  # (no forge owner: the forge accounts the no-reply addresses name, and the author names of one word)
        for c in commits[-5000:]:
            t = email_type(c.author_name, c.author_email)
            if t.get("domain") and (t["type"] == "public" or (t["type"] == "company" and not t.get("listed") and (commune_domain(t["domain"], towns)
                                                                                                                   or park_domain(t["domain"], parks)))):
                out.add(t["domain"])
            if not owner and (login := NOREPLY_LOGIN.match((c.author_email or "").strip().lower())):
                accounts.add(re.sub(r"[^a-z0-9]", "", login.group(1)))
            if not owner and re.fullmatch(r"[\w.-]{5,60}", (c.author_name or "").strip()):
                accounts.add(re.sub(r"[^a-z0-9]", "", c.author_name.lower()))
        out |= account_named_domains(commits[-5000:], accounts) if accounts else set()
        # (no forge owner: the account the README gives as the repository's own address, "le contenu est poussé sur le
        # [GitHub](https://github.com/ISPF/Truc)" in a clone named Truc: the committers' domains named like it are the publisher's,
        # ispf.pf for ISPF — issue 12, s42 lead after fj42's note on ISPF/Truc)
        if not owner and (named := readme_forge_owner(ctx)):
            for c in commits[-5000:]:
                t = email_type(c.author_name, c.author_email)
                if t.get("domain") and t["type"] == "company" and not t.get("listed") and owner_named(t["domain"], named):
                    out.add(t["domain"])
    # (a public body's domain among them brings its other domains, organisations.yml's: a committer writing from cus.fr makes the
    # Eurométropole de Strasbourg's strasbourg.eu the sponsor's too, not another public body's; issue 12, s43 fl43)
    return out | {d for domains, _ in _orgs()["bodies"] if domains & out for d in domains}


_OWN_REPO_LINK = lazy_compile(r"https?://(?:www\.)?(?:github\.com|gitlab\.com|framagit\.org|codeberg\.org)/([A-Za-z0-9][\w.-]{0,60})/"
                              r"([A-Za-z0-9][\w.-]{0,100}?)(?:\.git)?(?=[/#?)\]>\s\"'`]|$)")


def readme_forge_owner(ctx) -> str:
    """The forge account the README links as the repository's own (``github.com/<account>/<the clone's name>``), lower case; "" when
    none (read from the README's first 64 KB, the first such link)."""
    name = (getattr(ctx.target, "name", None) or "").lower()
    path = (ctx.fact("readme") or {}).get("path")
    if not name or not path:
        return ""
    text = ctx.snapshot.read_text(path, limit=65536) or ""
    return next((m.group(1).lower() for m in _OWN_REPO_LINK.finditer(text) if m.group(2).lower() == name), "")


def account_named_domains(commits, accounts: set[str]) -> set[str]:
    """The unlisted company domains the commits' authors write from whose label (5 letters or more) one of ``accounts`` holds: with no
    forge owner known, the GitHub account SemKeromanLorient (its no-reply address, or an author's name of one word) names keroman.fr,
    the domain its IT service commits from — the publisher's own, no contractor's (issue 12, s42 fh42 = SemKeromanLorient/AppWeb)."""
    out = set()
    for c in commits:
        t = email_type(c.author_name, c.author_email)
        label = re.sub(r"[^a-z0-9]", "", (t.get("domain") or "").split(".")[0])
        if t["type"] == "company" and not t.get("listed") and len(label) >= 5 and any(label in a for a in accounts):
            out.add(t["domain"])
    return out


def body_domains(owner: str) -> set[str]:
    """The domains of the public bodies (``organisations.yml``'s ``public_bodies``) whose forge account is ``owner``, or one of
    whose domains ``owner`` is named like: ``crigepaca`` holds datasud.fr, the regional platform CRIGE PACA runs; ``interpretable``
    (an account of the Métropole de Lyon) erasme.org, its lab's; ``datatlas-erasme`` (named like erasme.org) grandlyon.com too."""
    owner = (owner or "").lower()
    if not owner:
        return set()
    return {d for domains, owners in _orgs()["bodies"] if owner in owners or any(owner_named(x, owner) for x in domains) for d in domains}


def sponsor_named(reg: str, owner: str) -> bool:
    """``reg`` is the forge owner's own domain: named like the owner, or a domain of the public body holding the account."""
    return bool(owner) and (owner_named(reg, owner) or reg in body_domains(owner))


def project_subdomain(host: str, reg: str, owner: str, project: str) -> bool:
    """A server named after the forge account or the repository on a public body's domain (``interpretable.erasme.org`` for the
    account ``interpretable``, ``dansmarue.paris.fr`` for DansMaRue): the one that body set up for this project, its own. The
    whole label must be the name (5+ letters, hyphens dropped): a service word (``geoserver.``, ``carto.``) names no project."""
    labels = host[: -len(reg) - 1].split(".") if host.endswith("." + reg) else []
    names = {re.sub(r"[^a-z0-9]", "", (x or "").lower()) for x in (owner, project)} - {""}
    return any(len(n) >= 5 and re.sub(r"[^a-z0-9]", "", label) == n for label in labels for n in names)


def owner_key(ctx) -> str:
    return (getattr(ctx.target, "owner", None) or "").split("/")[0].lower()


def owner_named(reg: str, owner: str) -> bool:
    """``reg`` is named like the forge account ``owner``, word for word: the domain's first label and the account's name are
    the same once the words a team or a body type adds are set aside (organisations.yml's ``owner_affixes``):
    ``rennesmetropole.fr`` for ``sigrennesmetropole`` (the GIS team), ``nyon.ch`` for ``sitnyon``, ``ville-noumea.nc`` and
    ``noumea.nc`` for ``DSI-Ville-Noumea``, ``mairie-labastidedengras.fr`` for ``labastidedengras``,
    ``vanoise-parcnational.fr`` for ``PnVanoise``; or the account's name is whole words of the domain's label (``tisseo-ru.fr``
    for ``Tisseo``). A name inside another is not that name: ``paris.fr`` is not named by
    ``grandparissud`` (Grand Paris Sud), nor ``erasme.org`` by ``datatlas-erasme`` (organisations.yml's public_bodies lists
    the accounts whose names do not spell their domains). An account's last word that is the domain's country or territory code
    is that domain's ending, not another word: ``opt-nc`` is named like ``opt.nc`` (OPT-NC, New Caledonia's post office); a
    number closing the account's name is not a word of it (``RoueLibre73``, an association of Savoie, for ``rouelibre.net``)."""
    words = [w for w in re.split(r"[^a-z0-9]+", reg.split(".")[0].lower()) if w]
    label, flat = "".join(words), re.sub(r"[^a-z0-9]", "", (owner or "").lower())
    if len(label) < 3 or len(flat) < 3:
        return False
    tld, owner_words = reg.rsplit(".", 1)[-1].lower(), [w for w in re.split(r"[^a-z0-9]+", (owner or "").lower()) if w]
    if len(tld) == 2 and len(owner_words) >= 2 and owner_words[-1] == tld and _cores(label) & _cores("".join(owner_words[:-1])):
        return True  # (the name and the ending, as the domain reads: opt-nc for opt.nc; never optnc, where "nc" may be a word's end)
    # the account's name as whole words of the domain's label (tisseo-ru.fr for Tisseo), never the label inside the name
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)} if len(words) <= 6 else {label}
    # (a number closing the account's name is no word of it: a département's code, RoueLibre73 for rouelibre.net; 5+ letters left)
    bare = flat.rstrip("0123456789")
    names = _cores(flat) | (_cores(bare) if bare != flat and len(bare) >= 5 else set())
    return bool(_cores(label) & names) or any(len(c) >= 4 and c in runs for c in names)


def _cores(name: str, depth: int = 3) -> set[str]:
    """``name`` and what is left of it without affix words at its start or end (4+ characters left), up to ``depth`` words."""
    out = {name}
    if depth:
        for word in _orgs()["affixes"]:
            if len(name) - len(word) >= 4:
                if name.startswith(word):
                    out |= _cores(name[len(word):], depth - 1)
                if name.endswith(word):
                    out |= _cores(name[: -len(word)], depth - 1)
    return out

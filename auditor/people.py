"""Who is not a person (bots, AI assistants) and which e-mail domains name no organisation.

The lists live in ``people.yml`` beside this module (data, not code); history facts and forge
clients ask :func:`is_bot`, :func:`is_bot_login` and :func:`is_placeholder_domain`.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path


@functools.lru_cache(maxsize=1)
def _people_yml() -> dict:
    """people.yml, read and parsed once for every list below."""
    import yaml  # noqa: PLC0415 - our own data file, not the audited repository's

    return yaml.load((Path(__file__).with_name("people.yml")).read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@functools.lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern, frozenset[str], frozenset[str], frozenset[str]]:
    data = _people_yml()
    bots = data["bots"]
    return (re.compile("|".join(f"(?:{p})" for p in bots["patterns"]), re.I), frozenset(e.lower() for e in bots["emails"]),
            frozenset(x.lower() for x in bots["logins"]), frozenset(d.lower() for d in data["placeholder_domains"]))


@functools.lru_cache(maxsize=65536)
def is_bot(name: str, email: str) -> bool:
    """True for automation accounts and AI assistants (never counted as people)."""
    return _listed_bot(name, email) or _job_account(name or "", (email or "").strip().lower().split("@", 1)[0])


def is_job_account(name: str, email: str) -> bool:
    """An account that only the build or release job rule (:func:`_job_account`) finds, no listed bot: its commits are no
    dependency tool's updates (lutece-core's "release <release@…>": "update dependency version of parent pom")."""
    return not _listed_bot(name, email) and _job_account(name or "", (email or "").strip().lower().split("@", 1)[0])


def _listed_bot(name: str, email: str) -> bool:
    rx, emails, _, _ = _data()
    email = (email or "").strip().lower()
    if email in emails:
        return True
    if email == "noreply@github.com" and (name or "").strip().lower() in ("github", "github action", "github actions"):
        return True
    local = email.split("@", 1)[0]
    return bool(rx.search((name or "").strip()) or rx.search(local)) or _ci_account(name or "", local) or \
        _named_bot(name or "", local) or _assistant(name or "", email)


_ONE_WORD_BOT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{1,40}[bB]ot")


def _named_bot(name: str, local: str) -> bool:
    """A one-word author name ending in "bot" ("BetaBot", "deploybot") writing from a team's or a service's address (people.yml's
    ``team_local_words``): the identity a repository's workflow sets with ``git config user.name`` to commit its results
    ("BetaBot <infra@…>": betagouv/gitscan's scan workflow), not a person ("Talbot <jean.talbot@…>")."""
    _, team = _ci_words()
    return bool(_ONE_WORD_BOT.fullmatch(name.strip()[:64])) and bool(_words(local[:200]) & team)


# a one-word name that calls itself a bot: "SocialGroovyBot" (a capital B after a letter or digit), "deploy-bot", "ci_bot",
# "release bot", "groovybot" in lower case; not "Talbot" nor "Abbot" written as names are
_BOT_NAMED = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,40}(?:(?<=[a-z0-9])Bot|[-_ ][bB]ot|\[bot\])|[a-z0-9][a-z0-9_-]{0,40}bot")


def bot_named(name: str) -> bool:
    """An author name that calls itself a bot (see ``_BOT_NAMED``); alone no proof of automation (a person may be named
    "abbot"): the history's release-tool rule wants its commits to be a release job's as well."""
    return bool(_BOT_NAMED.fullmatch((name or "").strip()[:64]))


def _job_account(name: str, local: str) -> bool:
    """A CI server's address under a name that is not the person's holding it ("Artefak version changer <lutece_jenkins@…>"),
    or an author name made only of a build or release job's words ("release", "Build Server"): people.yml's ``ci_address_words``
    and ``job_name_words``."""
    ci_address, job = _job_words()
    words = _words(name[:200])
    if "." not in local and _words(local[:200]) & ci_address and not (words & ci_address):  # (not a first.last address)
        return True
    return bool(words) and len(words) <= 4 and words <= job


def _assistant(name: str, email: str) -> bool:
    """An AI assistant under its vendor's address (people.yml's ``assistants``): "Claude Design <design@anthropic.com>"."""
    domain = email.rsplit("@", 1)[-1] if "@" in email else ""
    first = name.strip().lower()
    return any((domain == d or domain.endswith("." + d)) and any(first == a or first.startswith(a + " ") for a in names)
               for d, names in _assistants().items())


@functools.lru_cache(maxsize=1)
def _assistants() -> dict[str, tuple[str, ...]]:
    bots = _people_yml()["bots"]
    return {str(d).lower(): tuple(str(a).lower() for a in names) for d, names in (bots.get("assistants") or {}).items()}


def _words(text: str) -> set[str]:
    """Lower-case words of a name or an address's local part: camel case split (``jenkinsEdificePublic``), any other
    character a separator."""
    return set(re.split(r"[^a-z0-9]+", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).lower())) - {""}


def _ci_account(name: str, local: str) -> bool:
    """A CI server's account under a longer name writing from a team's address (people.yml's ``ci_server_words`` and
    ``team_local_words``): "jenkinsEdificePublic <sre@…>", "jenkins cgi <ent.support@…>"."""
    ci, team = _ci_words()
    return bool(_words(name[:200]) & ci) and bool(_words(local[:200]) & team)


@functools.lru_cache(maxsize=1)
def _ci_words() -> tuple[frozenset[str], frozenset[str]]:
    bots = _people_yml()["bots"]
    return frozenset(w.lower() for w in bots["ci_server_words"]), frozenset(w.lower() for w in bots["team_local_words"])


@functools.lru_cache(maxsize=1)
def _job_words() -> tuple[frozenset[str], frozenset[str]]:
    bots = _people_yml()["bots"]
    return frozenset(w.lower() for w in bots["ci_address_words"]), frozenset(w.lower() for w in bots["job_name_words"])


def is_bot_login(login: str | None, user_type: str | None = None) -> bool:
    """A forge account that is automation: type Bot, ``…[bot]``, ``…-bot``, or a listed login."""
    _, _, logins, _ = _data()
    login = (login or "").lower()
    return (user_type or "").lower() == "bot" or login.endswith(("[bot]", "-bot")) or login in logins or \
        (login.startswith(("project_", "group_")) and "_bot" in login)


def is_placeholder_domain(domain: str) -> bool:
    """``example.com``, ``exemple.fr``, ``localhost``, GitHub/GitLab noreply…: no organisation behind it. So is a domain
    whose last label is no top-level domain of the Internet (``auditor/data/tlds.yml``): git's ``user@host.(none)`` when no
    address is set, a machine's name on an internal network (``pc12.ressources.paris.mdp``)."""
    domain = (domain or "").strip(">. ").lower()
    return domain in _data()[3] or any(domain.endswith("." + d) for d in _data()[3]) or not_on_the_internet(domain) or \
        bool(_RENTED_HOST.search("." + domain + "."))


# The last labels of a network's private names: an Active Directory or intranet domain (``maurepas.loc``, ``ville.intra``) beside
# the suffixes a machine's own name takes (``.local``, ``.lan``: git's default address, gildas@hermes.local).
_INTERNAL_TLDS = frozenset({"loc", "intra", "intranet", "corp", "internal", "priv", "private", "ad", "lan", "local", "home"})
_MACHINE_TLDS = frozenset({"local", "lan", "home", "localdomain"})
_NOT_A_NETWORK = frozenset({"localhost", "localdomain", "invalid", "test", "example", "none", "arpa"})


def internal_mail_domain(email: str) -> str | None:
    """The domain of an organisation's internal mailbox, on a network of its own that is not the Internet's (an Active Directory
    domain: j.matrat@maurepas.loc, a town hall's intranet: stagedg2@mairie.crosne), or None: an organisation whose name the domain
    says, not a person's address. A machine's name is none (git's default ``user@host``: a number, a computer word in it, the
    user's login as its name, more than three labels); under the suffixes a computer names itself with (``.local``, ``.lan``)
    the mailbox must be a person's at an organisation (first.last), gildas@hermes.local staying a machine's."""
    local, _, domain = (email or "").strip().lower().rpartition("@")
    labels = domain.strip(">. ").split(".")
    coded = len(labels) == 2 and public_code_label(labels[0])  # (a public body's network named by its code: 3434@sdis66.local)
    if not local or len(labels) not in (2, 3) or not (coded or all(re.fullmatch(r"[a-z](?:[a-z-]{0,40}[a-z])?", x) for x in labels)):
        return None
    tld = labels[-1]
    if tld in _NOT_A_NETWORK or domain in _data()[3] or (tld not in _INTERNAL_TLDS and not not_on_the_internet(domain)):
        return None
    words = {w for x in labels[:-1] for w in x.split("-")}
    login = re.sub(r"[^a-z]", "", local)
    if words & _machine_words() or any(login and (x == login or x.startswith(login)) for x in labels[:-1]):
        return None
    if tld in _MACHINE_TLDS and not coded and not re.fullmatch(r"[a-z]+[._][a-z][a-z-]+", local):
        return None
    return domain.strip(">. ")


_CODE_LABEL = re.compile(r"([a-z]{2,12})-?(\d{1,3})")


def public_code_label(label: str) -> bool:
    """A network label that is a public body's short name and number (``sdis66``, ``sdis-66``: the Pyrénées-Orientales fire
    service's Active Directory domain), as organisations.yml's public author names read them ("SDIS 66"); a machine's name and
    number (``pc01``, ``ubuntu20``) is none."""
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    m = _CODE_LABEL.fullmatch(label or "")
    rx = load("organisations.yml").get("public_author_name_regex") if m else None
    return bool(rx and re.search(rx, f"{m.group(1)} {m.group(2)}"))


@functools.lru_cache(maxsize=1)
def _machine_words() -> frozenset[str]:
    data = _people_yml()
    return frozenset(w.lower() for w in data["machine_name_words"])


# git's default ``user@hostname`` on a rented server: a reverse-DNS or cloud name holding the machine's IPv4 address
# (``46-rainloop.ip-5-39-66.eu``, ``static.88-198-1-2.clients.your-server.de``) or a hosting company's machine name
# (``vps1234.ovh.net``): a machine at a host, not the author's organisation. (A machine in the organisation's own domain,
# ``sig.agglo-x.fr``, still says which organisation it belongs to.)
_RENTED_HOST = re.compile(r"[.-]\d{1,3}(?:[-.]\d{1,3}){2,}[.-]|\.(?:ovh|kimsufi|your-server|contaboserver|secureserver|amazonaws|"
                          r"googleusercontent|compute)\.")


def not_on_the_internet(domain: str) -> bool:
    """A dotted name whose last label is not one of the Internet's top-level domains."""
    return "." in domain and domain.rsplit(".", 1)[1] not in _tlds()


@functools.lru_cache(maxsize=1)
def _tlds() -> frozenset[str]:
    from auditor.data import load  # noqa: PLC0415 - the auditor's own data file

    return frozenset(str(t).lower() for t in load("tlds.yml")["tlds"])


def same_organisation_internal(email: str, labels: set[str] | frozenset) -> str | None:
    """The label of ``email``'s domain when it sits under a suffix of no Internet (``.local``, ``.lan``, ``.internal``, ``.corp``…)
    and that label is one of ``labels`` (the first labels of the Internet domains other authors write from): the same
    organisation's internal directory (sdegasne@keroman.local beside service.si@keroman.fr), not a machine's nor a person's
    address (issue 12, s42 fh42 = SemKeromanLorient/AppWeb). None otherwise."""
    domain = (email or "").strip().lower().rpartition("@")[2].strip(">. ")
    parts = domain.split(".")
    if len(parts) != 2 or parts[1] not in (_INTERNAL_TLDS | _MACHINE_TLDS) or len(parts[0]) < 4:
        return None
    return parts[0] if parts[0] in labels else None

"""The sponsor type read from where the repository is published: its forge account, or a forge the body itself serves.

A repository under a public body's account (``github.com/datagrandest``, ``gitlab.com/<group>``) or on a forge served from one
of that body's own domains (``gitlab.<body's domain>/…``) is that body's: the account or the server is the body's, which no file
of the repository can claim in its place. The bodies ``organisations.yml`` lists under ``public_bodies`` with a ``type`` count
first (each with its source), then an account named like a public body by a typed ``public_owner_names`` pattern (``SDIS62``,
``region-bretagne``, ``Mairie-de-…``: the same patterns that make the account public for the scaling facts,
:func:`owner_name_patterns`); nothing is inferred from commit addresses or a README (a contractor's repository names the
authority it works for, and is not the authority's).
"""

from __future__ import annotations

import functools
import re

from auditor.data import load

# Shared forges where an account's name is the owner's (organisations.yml's forge_owners are GitHub and GitLab accounts):
# elsewhere (framagit, a university's GitLab) the same name may be anyone's.
SHARED_FORGES = frozenset({"github.com", "www.github.com", "gitlab.com", "www.gitlab.com"})
TYPES = frozenset({"state", "local-authority", "opsn"})


@functools.lru_cache(maxsize=1)
def _bodies() -> tuple[tuple[str, str, frozenset[str], frozenset[str]], ...]:
    """(proper name, type, domains, forge accounts) of each typed public body, in the file's order."""
    out = []
    for b in load("organisations.yml").get("public_bodies") or []:
        if isinstance(b, dict) and b.get("type") in TYPES and b.get("name"):
            # (the body's proper name, shown in either language: its English gloss in brackets left out)
            out.append((str(b["name"]).split(" (")[0].strip(), str(b["type"]), frozenset(str(x).lower() for x in b.get("domains") or []),
                        frozenset(str(x).lower() for x in b.get("forge_owners") or [])))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def owner_name_patterns() -> tuple[tuple[str | None, tuple[str, ...], re.Pattern], ...]:
    """(sponsor type or None, the words it quotes, pattern) of each ``public_owner_names`` entry of ``organisations.yml``: the one
    list of account names that are public bodies', read by the sponsor here and by ``scaling.common.owner_type``."""
    out = []
    for p in load("organisations.yml").get("public_owner_names") or []:
        if isinstance(p, dict) and p.get("regex"):
            kind = p.get("type") if p.get("type") in TYPES else None
            out.append((kind, tuple(str(w).lower() for w in p.get("words") or []), re.compile(str(p["regex"]), re.I)))
    return tuple(out)


def named_like_public_body(account: str) -> tuple[str | None, str] | None:
    """(sponsor type or None, the word of the name that says it: "sdis" for SDIS62) when the forge account is named like a
    public body; None otherwise."""
    low = (account or "").lower()
    for kind, words, rx in owner_name_patterns():
        if low and (m := rx.search(low)):
            return kind, next((w for w in words if w in m.group(0)), m.group(0).strip("-_"))
    return None


def _under(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def forge_sponsor(target) -> tuple[str, str] | None:
    """(sponsor type, evidence) when the repository's forge account, or the forge's own host, is a listed public body's;
    None otherwise (a local folder with no forge origin, an account nobody listed)."""
    host = (getattr(target, "host", None) or "").lower().strip(".")
    owner = (getattr(target, "owner", None) or "").strip("/")
    if not host:
        return None
    if host in SHARED_FORGES:
        account = owner.split("/")[0].lower()  # (a GitLab subgroup is the top group's)
        if not account:
            return None
        for name, kind, _domains, owners in _bodies():
            if account in owners:
                return kind, f"{host}/{owner.split('/')[0]}: {name}"
        named = named_like_public_body(account)
        if named and named[0]:
            return named[0], f"{host}/{owner.split('/')[0]} (« {named[1]} »)"
        return None
    host = host.split(":")[0]
    for name, kind, domains, _owners in _bodies():
        domain = next((d for d in sorted(domains) if _under(host, d)), None)
        if domain:
            return kind, f"{host} ({domain}): {name}"
    return None

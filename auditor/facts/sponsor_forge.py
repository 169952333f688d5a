"""The sponsor type read from where the repository is published: its forge account, or a forge the body itself serves.

A repository under a public body's account (``github.com/datagrandest``, ``gitlab.com/<group>``) or on a forge served from one
of that body's own domains (``gitlab.<body's domain>/…``) is that body's: the account or the server is the body's, which no file
of the repository can claim in its place. Only the bodies ``organisations.yml`` lists under ``public_bodies`` with a ``type``
count (each with its source); nothing is inferred from commit addresses or a README (a contractor's repository names the
authority it works for, and is not the authority's).
"""

from __future__ import annotations

import functools

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
        return None
    host = host.split(":")[0]
    for name, kind, domains, _owners in _bodies():
        domain = next((d for d in sorted(domains) if _under(host, d)), None)
        if domain:
            return kind, f"{host} ({domain}): {name}"
    return None

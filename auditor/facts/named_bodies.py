"""Committers' domains the repository itself says are a local government's, read once for the two facts that type them
(``organisations`` for maintenance.organisations, ``contributor_types`` for scaling.contributor-organisations), so that one
report never calls the same domain public in one check and a company's in the other.

- A domain one of whose authors is named as a public body ("Mairie de Berre-les-Alpes" <contact@berrelesalpes.fr>) is that
  body's for every address on it ("Berre Dev" <dev@berrelesalpes.fr> is the same town hall's developer, not a contractor).
- A domain named after a commune the code or templates name as a town hall ("Mairie de Berre-les-Alpes" in a sign-in screen;
  berrelesalpes.fr, mairie-x.fr, ville-x.fr) under a French top-level domain: AFNIC reserves a commune's name under .fr to it,
  and the repository says which commune it was written for. A small commune (under the 5,000 inhabitants of
  ``communes.yml``'s domain names) is found so.
"""

from __future__ import annotations

import re
import unicodedata

_TOWN_HALL = re.compile(r"^(?:Ville|Mairie|Commune)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?(.{3,60})$")
_FRENCH_TLDS = frozenset({"fr", "bzh", "corsica", "alsace", "paris", "re", "gp", "mq", "gf", "yt", "pm", "nc", "pf", "wf"})
_PREFIXES = ("", "mairie", "mairiede", "ville", "villede", "commune", "communede")


def slug(text: str) -> str:
    """Letters and digits only, without accents, lower case (Berre-les-Alpes: berrelesalpes)."""
    plain = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", plain)


def named_communes(ctx) -> frozenset[str]:
    """The slugs of the communes the code and templates name as a town hall (the text scan's ``territory.name`` hits)."""
    from auditor.facts import FactError

    try:
        scan = ctx.fact("textscan") or {}
    except FactError:
        return frozenset()
    out = set()
    for h in ((scan.get("signals") or {}).get("territory.name") or [])[:500]:
        m = _TOWN_HALL.match(str(h[2]).strip(" '\"`<>"))
        s = slug(m.group(1)) if m else ""
        if len(s) >= 5:
            out.add(s)
    return frozenset(sorted(out)[:50])


def commune_domain(reg: str, communes: frozenset[str]) -> bool:
    """``reg`` (a registrable domain) is named after one of ``communes`` under a French top-level domain."""
    label, _, tld = (reg or "").lower().partition(".")
    if tld not in _FRENCH_TLDS or not communes:
        return False
    flat = re.sub(r"[^a-z0-9]", "", label)
    return any(flat == p + s for s in communes for p in _PREFIXES)


def public_by_author(typed: dict[tuple[str, str], tuple[str | None, bool]]) -> set[str]:
    """The domains of ``typed`` ((author name, address) -> (registrable domain, public by the author's name)) on which
    at least one author is named as a public body."""
    return {d for d, by_name in typed.values() if d and by_name}

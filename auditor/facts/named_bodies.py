"""Committers' domains the repository itself says are a local government's, read once for the two facts that type them
(``organisations`` for maintenance.organisations, ``contributor_types`` for scaling.contributor-organisations), so that one
report never calls the same domain public in one check and a company's in the other.

- A domain one of whose authors is named as a public body ("Mairie de Berre-les-Alpes" <contact@berrelesalpes.fr>) is that
  body's for every address on it ("Berre Dev" <dev@berrelesalpes.fr> is the same town hall's developer, not a contractor).
- A "parc-<name>" domain named after a natural park the repository's README, licence or publiccode.yml names ("Parc Naturel
  Régional du Haut-Jura" beside parc-haut-jura.fr): a park is managed by a syndicat mixte (a national park by a public body);
  "parc-" alone also opens amusement parks' and car parks' firms' domains, so the park must be named (s36 e36).
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


# A natural park named in the repository's own text: "Parc Naturel Régional du Haut-Jura", "PNR des Monts d'Ardèche", "Parc national
# des Écrins" (accents folded, lower case, punctuation as spaces), then up to five words of its name
_PARK = re.compile(r"\b(?:parc naturel regional|parc national|pnr)[^\S\n]+((?:[a-z0-9]+[^\S\n]+){0,5}[a-z0-9]+)")
_ARTICLES = frozenset({"du", "de", "des", "la", "le", "les", "l", "d", "et"})
# the files where a repository names who it is written for or by: its README, licence, authors and publiccode.yml
_NAMING_FILES = re.compile(r"^(?:readme|lisezmoi|license|licence|copying|copyright|notice|authors|contributors|maintainers|publiccode)(?:\.[a-z]{1,8})?$", re.I)


def named_parks(ctx) -> frozenset[str]:
    """The names of the natural parks (Parcs naturels régionaux, Parcs nationaux) the repository's own root README, licence,
    authors or publiccode.yml names, each as its words' run without articles ("hautjura", "montsardeche") and every shorter lead
    of them: at most 50."""
    snap = ctx.snapshot
    out: set[str] = set()
    for path in sorted(p for p in snap.files if "/" not in p and _NAMING_FILES.match(p))[:10]:
        text = snap.read_text(path, limit=200_000) or ""
        plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        for m in list(_PARK.finditer(re.sub(r"[^a-z0-9\n]+", " ", plain)))[:50]:
            words = [w for w in m.group(1).split() if w not in _ARTICLES]
            out |= {"".join(words[:k]) for k in range(1, len(words) + 1) if len("".join(words[:k])) >= 4}
    return frozenset(sorted(out)[:50])


def park_domain(reg: str, parks: frozenset[str]) -> bool:
    """``reg`` (a registrable domain) is "parc-<name>" or "pnr-<name>" (articles aside: parc-du-vercors.fr) for one of ``parks``
    (:func:`named_parks`): the park's own. A "parc-" domain the repository names no park of, or whose name goes on past the park's
    (parc-vaudrey-aventure.fr beside the Parc naturel régional de Vaudrey: a leisure park), is no park's."""
    label = (reg or "").lower().split(".")[0]
    parts = [p for p in label.split("-") if p]
    if not parks or len(parts) < 2 or parts[0] not in ("parc", "pnr"):
        return False
    return "".join(p for p in parts[1:] if p not in _ARTICLES) in parks

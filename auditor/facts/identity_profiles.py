"""A history's login joined to a person's full name by the forge profile the project's own README or AUTHORS file links beside that
name (``identities`` of :mod:`auditor.facts.history`), as a .mailmap would say it; words are :mod:`auditor.facts.identity_names`'."""

from __future__ import annotations

import re

from auditor.facts.identity_names import _words


# A person's forge profile named beside their name in the project's README or AUTHORS file ("| Charlotte **JOUVE** |
# [![GitHub](…badge…)](https://github.com/charlottelabeaumont-cmyk) |", "- Justine MARTIN ([@jmartin-pro](https://github.com/
# jmartin-pro))", "[Jérôme Desboeufs](https://github.com/jdesboeufs)"): the project says that login is that person, as a .mailmap
# would.
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_PROFILE_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*<?https?://(?:www\.)?github\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/?>?\s*\)")
_PROFILE_URL = re.compile(r"https?://(?:www\.)?github\.com/([A-Za-z0-9][A-Za-z0-9-]{0,38})/?(?=[\s|>)\]\"',;]|$)")
_ANY_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)|https?://\S+")
_NOT_PEOPLE = frozenset({"orgs", "features", "settings", "marketplace", "sponsors", "apps", "topics", "about", "login", "join", "pricing",
                         "explore", "notifications", "new", "users", "collections", "trending", "search", "site", "security",
                         "enterprise", "github"})


def _profile_pairs(line: str) -> list[tuple[str, str]]:
    """(text naming the person, login) for each forge profile a line links: the link's own text when it is a name, else the
    rest of the line when the line links one profile only (a table row, a list item whose link is a badge or the @login)."""
    line = _IMAGE.sub(" ", line[:2000])
    links = [(m.group(1), m.group(2)) for m in _PROFILE_LINK.finditer(line)]
    bare = [m.group(1) for m in _PROFILE_URL.finditer(_PROFILE_LINK.sub(" ", line))]
    logins = [(t, x) for t, x in links if x.lower() not in _NOT_PEOPLE] + [("", x) for x in bare if x.lower() not in _NOT_PEOPLE]
    out = []
    for text, login in logins:
        plain = re.sub(r"[*_`@\s]+", " ", text).strip()
        if plain and plain.lower() not in (login.lower(), "github", "profil github", "github profile"):
            out.append((plain, login))
        elif len(logins) == 1:
            out.append((_ANY_LINK.sub(" ", line), login))
    return out


def profile_links(people: list[tuple[str, str, str]], root, documents) -> list[tuple[str, str]]:
    """Pairs of keys to join: a login of the history (an author name written as the login, a no-reply address's) that the
    project's own documents (``documents``: texts) link as a forge profile beside a full name of the history (two words or more,
    either order) is that person. The text must name one identity only and the login be one identity's."""
    names: dict[tuple[str, ...], set[str]] = {}
    logins: dict[str, set[str]] = {}
    for key, name, email in people:
        w = tuple(_words(name))
        if len(w) >= 2 and all(x.isalpha() and len(x) >= 2 for x in w):
            names.setdefault(w, set()).add(key)
            names.setdefault(w[::-1], set()).add(key)
        if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9-]{2,38}", (name or "").strip()):
            logins.setdefault(name.strip().lower(), set()).add(key)
        if m := _NOREPLY_ANY.match((email or "").strip().lower()):
            logins.setdefault(m.group(1), set()).add(key)
    links = []
    for text in documents:
        for line in text.splitlines():
            if "github.com/" not in line:
                continue
            for said, login in _profile_pairs(line):
                holders = {root(k) for k in logins.get(login.lower(), ())}
                words = _words(said)
                named = {root(k) for w, keys in names.items() for k in keys
                         if any(tuple(words[i:i + len(w)]) == w for i in range(len(words) - len(w) + 1))}
                if len(holders) == 1 and len(named) == 1 and holders != named:
                    links.append((next(iter(holders)), next(iter(named))))
    return links


_NOREPLY_ANY = re.compile(r"^(?:\d+\+)?([a-z0-9][a-z0-9-]*)@users\.noreply\.github\.com$")

"""Lists of people written in the code, read for the ``personal_records`` fact (:mod:`.personal_records`): an array of records,
one a line, whose name field holds a person's full name the way a staff list writes it, ``{ nom: 'DURAND Lucie', centre: … }``
(a script filling a spreadsheet with a service's agents), or a surname beside a first name (``{"nom": "Durand", "prenom":
"Lucie"}``). Such a list publishes those people's names to everyone who clones the repository.

The rule is kept narrow, so that a list of places or things is never taken for people: a record line opens with ``{``, ``[``
or ``(``; its name field is called so (nom, name, fullname, agent, personne…) and its value is "SURNAME Firstname" or
"Firstname SURNAME" (the surname in capitals, one to three words; the first name one capitalised word, or two joined by a hyphen),
or the line has both a surname and a first-name field; at least :data:`MIN_RECORDS` such lines in one file, and their surnames
mostly distinct (a repeated prefix, "CIS Perpignan", "RUE Pasteur", is a kind of place, not a family), few of them a commune's
name (communes.yml: INSEE's communes of 5,000 inhabitants or more) and no first name a place's word ("LYON Nord", "PAU Gare"):
a list of towns' sectors or stations is no list of people. A line may hold several records (a site's contacts,
``referents: [{nom: "Christophe BOUTET", tel: "07 …", email: "…"}, {nom: …}]``, one site a line of a React component's constant:
issue 12, s32 j32): each person counts; ``contacts`` counts the phone numbers and e-mail addresses written beside them (a personal
way to reach each one, published). Only counts, the field names and the first record's line leave the fact, never the names.

Read: the project's code files outside tests, examples and copies, in path order, at most :data:`MAX_FILES` files of
:data:`MAX_BYTES` each."""

from __future__ import annotations

import functools
import re
import unicodedata

from auditor.data import load
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_LINE = 400, 512 * 1024, 4000
MIN_RECORDS = 10
DISTINCT_SHARE = 0.8
COMMUNE_SHARE = 0.2  # surnames that are communes' names beyond this share: places
# words that name a part of a place, never a first name (a sector "LYON Nord", a station "PAU Gare")
_PLACE_WORDS = frozenset({"nord", "sud", "est", "ouest", "centre", "ville", "gare", "port", "plage", "bourg", "village", "haut", "bas",
                          "rive", "zone", "secteur", "quartier", "campus", "site", "aeroport", "aéroport", "cathedrale", "cathédrale"})
CODE_EXT = ("js", "mjs", "cjs", "ts", "jsx", "tsx", "vue", "svelte", "gs", "py", "php", "rb", "r", "java", "kt", "cs")
_OPENS = lazy_compile(r"^[ \t]*(?:array[ \t]*)?[\[{(]")
_UP = r"[A-ZÀ-ÖØ-Þ]"
_LOW = r"[a-zß-öø-ÿ]"
_SURNAME = rf"{_UP}[A-ZÀ-ÖØ-Þ'’-]+(?: {_UP}[A-ZÀ-ÖØ-Þ'’-]+){{0,2}}"
_FIRST = rf"{_UP}{_LOW}+(?:-{_UP}{_LOW}+)?"
_FULL_NAME = lazy_compile(rf"^(?:({_SURNAME}) {_FIRST}|{_FIRST} ({_SURNAME}))$")
_NAME_FIELD = lazy_compile(r"""(?<![\w$])["']?(?i:nom|name|full_?name|nom_?complet|nom_?prenom|prenom_?nom|agent|personne|person|identite)["']?"""
                           r"""[ \t]*(?::|=>|=)[ \t]*(["'])([^"'\n]{3,80})\1""")
_SURNAME_FIELD = lazy_compile(r"""(?<![\w$])["']?(?i:nom|last_?name|surname|family_?name|nom_?de_?famille)["']?[ \t]*(?::|=>|=)[ \t]*(["'])"""
                              rf"""({_UP}[\w'’ -]{{1,40}})\1""")
_FIRST_FIELD = lazy_compile(r"""(?<![\w$])["']?(?i:pr[eé]nom|first_?name|given_?name)["']?[ \t]*(?::|=>|=)[ \t]*(["'])"""
                            rf"""({_UP}[\w'’-]{{1,30}})\1""")
# a person's phone number or e-mail address given to its field (tel: "06 62 32 71 31", email: "x.y@orange.fr")
_CONTACT_FIELD = lazy_compile(r"""(?<![\w$])["']?(?i:t[eé]l(?:[eé]phone)?|phone|mobile|portable|e-?mail|mail|courriel)["']?[ \t]*(?::|=>|=)[ \t]*(["'])"""
                              r"""(\+?\d[\d .-]{7,18}\d|[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+)\1""")
_NOT_REAL = lazy_compile(r"exemple|example|sample|fictif|fictive|fake|dummy|test|demo|mock|fixture|faker|seed", re.I)


# a UTF-8 text read as Windows-1252 ("VÃ©ronique"), or whose accented letters were lost to the replacement character ("V\ufffdronique":
# a shapefile's Latin-1 attributes exported as UTF-8 without conversion): a name all the same (issue 12, s45 fa45 =
# ADTPAspres/Compostage.individuel.Thuir.github.io, 119 of 477 residents' names missed)
_MOJIBAKE = lazy_compile(r"[\u00c2\u00c3\u00c5][\u0080-\u00bf\u2018-\u201e\u2020-\u2026\u2030\u2039\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2122]")


def repaired_name(value: str) -> str:
    """``value`` with its mis-encoded accents made letters again, for matching a name's shape only: a double-encoded UTF-8
    ("Ã©") decoded back ("é"); a replacement character ("\ufffd") read as an ``e`` of its neighbours' case (lower case beside a
    lower-case letter: "Ren\ufffd" → "Rene", "CAVANHI\ufffd" → "CAVANHIE"); runs of spaces made one."""
    if _MOJIBAKE.search(value):
        try:
            value = value.encode("cp1252").decode("utf-8")
        except UnicodeError:
            pass  # (a real "Ã" beside a letter that the round trip does not make UTF-8: kept)
    if "\ufffd" in value:
        value = "".join(("e" if value[i - 1: i].islower() or value[i + 1: i + 2].islower() else "E") if c == "\ufffd" else c
                        for i, c in enumerate(value))
    return " ".join(value.split())


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()


@functools.lru_cache(maxsize=1)
def _communes() -> frozenset:
    return frozenset(_plain(c) for c in load("communes.yml").get("communes") or [])


def people_in(text: str) -> tuple[int, int, list[str], int]:
    """``(records, line of the first, field names, contacts)`` of a list of people in one file's text, or ``(0, 0, [], 0)``."""
    surnames: list[str] = []
    first_line, fields, contacts = 0, set(), 0
    for n, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE or not _OPENS.match(line):
            continue
        found = []
        for m in _NAME_FIELD.finditer(line):
            full = _FULL_NAME.match(m.group(2).strip())
            if full and _plain(m.group(2).strip().split(" ")[-1 if full.group(1) else 0]) not in _PLACE_WORDS:
                found.append((full.group(1) or full.group(2)).upper())
                fields.add(m.group(0).split(":")[0].split("=")[0].strip(" \t\"'").lower())
        surname = None
        if found:
            surnames += found[:-1]  # (each record of the line; the last one below)
            surname = found[-1]
            contacts += sum(1 for _ in _CONTACT_FIELD.finditer(line))
        if surname is None:
            s, f = _SURNAME_FIELD.search(line), _FIRST_FIELD.search(line)
            if s and f:
                surname = s.group(2).strip()
                fields.update({"nom/last name", "prénom/first name"})
        if surname:
            surnames.append(surname.upper())
            first_line = first_line or n
    if len(surnames) < MIN_RECORDS or len(set(surnames)) < DISTINCT_SHARE * len(surnames) \
            or sum(_plain(x) in _communes() for x in surnames) > COMMUNE_SHARE * len(surnames):
        return 0, 0, [], 0
    return len(surnames), first_line, sorted(fields), contacts


def code_people_lists(snap, files: list) -> list[dict]:
    """``[{"path", "line", "records", "fields", "contacts"}]``: the code files holding a list of people (see the module)."""
    out = []
    paths = [e.path for e in files if e.ext.lower() in CODE_EXT and not _NOT_REAL.search(e.path)]
    for path in paths[:MAX_FILES]:
        text = snap.read_text(path, limit=MAX_BYTES) or ""
        records, line, fields, contacts = people_in(text)
        if records:
            out.append({"path": path, "line": line, "records": records, "fields": fields, "contacts": contacts})
    return out

"""``territory_name_echoes``: once the project's territory is known from a name the text scan already trusts — a town hall's or a
commune's ("Mairie de Saint-Symphorien"), an intercommunality's ("la communauté de communes Ponthieu-Marquenterre"), a municipal place's
— the other lines of the code and page templates that write that same name, bare, are values of the same territory (issue 12, s39
fc39 = re-reader vg38, NatureEnLigne/ccpm and adminnono/annuaire-mairie-saint-symphorien): « Observations naturalistes :
Ponthieu-Marquenterre », ``<h1>Saint-Symphorien</h1>`` as an element's whole text, « … communautaire de Saint-Symphorien. » in a string.
So is the intercommunality's acronym, its kind's and its name's initials (CC + Ponthieu-Marquenterre = CCPM), when a line of the code
writes it with the name (``title: 'CCPM - Cartographie Ponthieu-Marquenterre'``, the text defining it): « Communes CCPM », « Fiche CCPM ».

A name is echoed when it is distinctive: a compound name (Saint-Symphorien, Ponthieu-Marquenterre), a commune INSEE lists that is no
common word (auditor/data/communes.yml), or an intercommunality's own name; a single word the list does not hold ("Mairie de Rue", a
street's word) is not. Names read in a file holding three such names or more (a directory) are not the project's own. Not in a comment,
an example or a placeholder (territory_values.in_code), nor a developer's log message (console.log), nor inside a longer name (Saint-Symphorien-de-Marmagne), nor in a file that
lists three communes or more (a list of communes is data). Bounded: :data:`MAX_NAMES` names, :data:`MAX_FILES` files in path order of
:data:`MAX_BYTES`, :data:`PER_FILE` lines a file. The check cites them as ``territory.name-echo``.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_NAMES = 5
MAX_FILES = 400
MAX_BYTES = 512 * 1024
PER_FILE = 10
SOURCES = ("territory.name-in-text", "territory.name", "territory.authority-name", "territory.municipal-name", "territory.settings-commune",
           "territory.postal-address", "territory.name-bare")
# a postal address's code before its town ("62360 Echinghen", "06390 - Berre-les-Alpes"): the town is the name (issue 12, s43 fe43 =
# Guklam/Echinghen: the town hall's footer address, its town a small commune the repository names its logo and mock-ups after)
_POSTCODE = lazy_compile(r"^\d{5}(?:[ \t]*[-–—][ \t]*|[ \t]+)")
_CEDEX = lazy_compile(r"[ \t]+CEDEX(?:[ \t]+\d{1,2})?$")
_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "en", "sur", "sous", "et", "lès", "lez", "aux", "l", "d"})
# the kind of body before its name, and its preposition ("Mairie de ", "communauté de communes ", "Ville d'")
_KIND = lazy_compile(r"^(?:©[ \t]*\d{4}[ \t]*)?(?P<kind>[Mm]airie|[Vv]ille|[Cc]ommune|[Cc]ommunaut[ée][ \t]+(?:de[ \t]+communes|d['’]agglom[ée]ration|urbaine)|"
                     r"[Mm][ée]tropole|[Aa]gglo(?:m[ée]ration)?)[ \t]+(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|de[ \t]+|du[ \t]+|des[ \t]+|d['’])?(?P<name>\S.*)$")
_INITIALS = {"communaute de communes": "CC", "communaute d'agglomeration": "CA", "communaute urbaine": "CU"}
_QUOTED = lazy_compile(r"""["'`>]([A-ZÀ-Ý][\w'’ -]{1,40}?)["'`<]""")
_TRAILING_COMMENT = lazy_compile(r"(?:^|\s)(?://|#)\s|\{/\*")
# a developer's trace, not the program's text ("console.log('Zoom automatique vers la zone CCPM...')")
_IDENT_PREFIX = lazy_compile(r"_[A-Za-z]\w*")
_TEXT_DOMAIN = lazy_compile(r"\b(?:__|_e|_x|_ex|_n|_nx|_n_noop|_nx_noop|esc_html__|esc_html_e|esc_html_x|esc_attr__|esc_attr_e|esc_attr_x|"
                            r"load_theme_textdomain|load_plugin_textdomain|load_textdomain)[ \t]*\((?:.*,)?[ \t]*['\"]$")
_LOG_CALL = lazy_compile(r"\b(?:console\.(?:log|debug|info|warn|error|trace)|logger\.\w+|logging\.\w+|log\.(?:debug|info|warn|warning|error))[ \t]*\(")


def _bare(value: str) -> str:
    return str(value).strip().strip("<>\"'`|·•—–-: \t\r\n")  # (a hit taken across an element's lines: ">\n   Mairie de X <")


def _slug_forms(name: str) -> set[str]:
    """``name`` and its slugs: without accents, its spaces and apostrophes as hyphens or underscores (Saint-Rémy: saint-remy, saint_remy)."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [w for w in re.split(r"[-'’ ]+", ascii_name) if w]
    return {name} | ({"-".join(words), "_".join(words)} if words else set())


def _distinctive(name: str, own_words: frozenset = frozenset()) -> bool:
    from auditor.facts.territory_hosts import epci_name, known_commune

    return len(name) >= 4 and ("-" in name or " " in name or known_commune(name) or epci_name(name) or name.lower() in own_words)


# the words of a file's name: split at separators and at camelCase (decouvrir_friesen.jsx, EditeurDecouvrirFriesen.jsx, LogoFriesen.png)
_NAME_WORD = lazy_compile(r"[A-ZÀ-Ý]?[a-zà-ÿ]+|[A-ZÀ-Ý]+(?![a-zà-ÿ])")


def path_words(paths) -> frozenset:
    """The words (lower-cased, 4 letters or more) that two files' names or more hold (see :func:`name_of`): what the repository names
    its pages, components and images after. Bounded: the first 5,000 paths."""
    seen: dict[str, set[str]] = {}
    for p in list(paths)[:5000]:
        name = p.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        for w in _NAME_WORD.findall(name):
            if len(w) >= 4:
                seen.setdefault(w.lower(), set()).add(p)
    return frozenset(w for w, ps in seen.items() if len(ps) >= 2)


def _acronym(kind: str, name: str) -> str | None:
    """The intercommunality's initials: its kind's (CC, CA, CU) and its name's words' (Ponthieu-Marquenterre: PM)."""
    k = re.sub(r"\s+", " ", kind.lower().replace("é", "e").replace("’", "'"))
    if k not in _INITIALS:
        return None
    words = [w for w in re.split(r"[\s'’-]+", name) if w and w.lower() not in _LINKS]
    acro = _INITIALS[k] + "".join(w[0].upper() for w in words)
    return acro if 3 <= len(acro) <= 8 and all(w[:1].isupper() for w in words) else None


def name_of(value: str, own_words: frozenset = frozenset()) -> str | None:
    """The territory's name a trusted hit gives (« Mairie de Saint-Symphorien »: Saint-Symphorien; « communauté de communes
    Ponthieu-Marquenterre »: Ponthieu-Marquenterre), when it is distinctive; None otherwise. A single word the list of communes does
    not hold is distinctive when the repository names two files or more after it (``own_words``, :func:`path_words`: a small commune's
    site, « Mairie de Friesen » with decouvrir_friesen.jsx, LogoFriesen.png; issue 12, s42 fl42 = slydertheo/mairie-site-final)."""
    m = _KIND.match(_bare(value))
    bare = _CEDEX.sub("", _POSTCODE.sub("", _bare(value))) if not m else m.group("name")
    name = re.split(r"[ \t]*[|·•—–:,.(<]", bare.strip(), maxsplit=1)[0].strip()
    return name if name and _distinctive(name, own_words) else None


def territory_names(hits, own_words: frozenset = frozenset()) -> tuple[list[str], dict[str, str]]:
    """The territory's distinctive names that ``hits`` (``(signal id, hit)`` pairs of the trusted signals) give (sorted, at most
    :data:`MAX_NAMES`), and the acronyms of the intercommunalities among them (acronym -> name)."""
    by_file: dict[str, set[str]] = {}
    rows = []
    for sid, h in hits:
        if sid not in SOURCES or not (name := name_of(h[2], own_words)):
            continue
        m = _KIND.match(_bare(h[2]))
        by_file.setdefault(h[0], set()).add(name)
        rows.append((h[0], m.group("kind") if m else "", name))
    rows = [r for r in rows if len(by_file[r[0]]) < 3]  # (a file naming three bodies or more is a directory, not the project's own)
    names = sorted({n for _, _, n in rows})[:MAX_NAMES]
    return names, {a: n for _, k, n in sorted(rows) if n in names and (a := _acronym(k, n))}


@fact("territory_name_echoes", version=6, public=False)
def territory_name_echoes(ctx) -> list:
    """``[[path, line, value, class, name]]`` in path order: the lines of code and page templates writing a territory's name the text
    scan's trusted signals give (or its defined acronym) again, with that name (see the module's docstring). The check keeps the rows
    of the names its own findings give, once it has set aside the hits it does not count (demo data, generated pages, tables)."""
    from auditor.facts.territory_hosts import known_commune
    from auditor.facts.territory_publisher import matched_lines
    from auditor.facts.territory_values import _AUTHORSHIP, in_code, is_package_metadata
    from auditor.facts.textscan import file_class, is_scannable
    from auditor.facts.tree import tree_of

    sig = (ctx.fact("textscan") or {}).get("signals") or {}
    names, acronyms = territory_names([(sid, h) for sid in SOURCES for h in sig.get(sid, [])], path_words(e.path for e in tree_of(ctx)))
    if not names:
        return []
    # (the acronyms as written; the names whatever their case and in slug form too, echinghen, foissy-sur-vanne, saint-remy: a town's
    # name in an address's path or query, a keyword list, a table's name news_echinghen, its part after "_" or "/"; issue 12, s44 fc44)
    slugs = {v: n for n in names for v in sorted(_slug_forms(n), key=len, reverse=True)}
    word = re.compile(r"(?<![\w/.-])(" + "|".join(re.escape(a) for a in sorted(acronyms)) + r")(?![\w-])(?!\.\w)" if acronyms else r"(?!x)x()")
    word = re.compile(word.pattern
                      # (and the commune's mailbox, mairie@friesen.fr: its town hall's address, under the name's domain)
                      + r"|(?<![\w.+-])([\w.+-]{1,40}@(?:mairie-|ville-)?(?:" + "|".join(re.escape(n.lower().replace(" ", "-")) for n in names)
                      + r")\.(?:fr|com|org|net|eu)"
                      # (or a mailbox of the town hall at a mail provider, named after it: mairie.echinghen@orange.fr)
                      + r"|(?:mairie|ville|commune|accueil)[._-]?(?:de[._-])?(?:" + "|".join(re.escape(n.lower().replace(" ", "-")) for n in names)
                      + r")@[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|eu))(?![\w-])"
                      + r"|(?<![^\W_])(?<![.@-])((?i:" + "|".join(re.escape(v) for v in slugs) + r"))(?![^\W_])(?![-@])(?!\.\w)")
    folded = {v.casefold(): n for v, n in slugs.items()}
    paths = [e.path for e in tree_of(ctx) if is_scannable(e) and e.size <= MAX_BYTES and file_class(e.path) in ("code", "template")][:MAX_FILES]
    out, pending, defined = [], [], set()
    for path, text in ctx.snapshot.iter_text(paths, limit=MAX_BYTES):
        if not word.search(text):
            continue
        if len({q for q in _QUOTED.findall(text) if known_commune(q.strip())}) >= 3:
            continue  # (a list of communes: data, not the project's own name)
        kept = 0
        for m, line_no, line, before in matched_lines(text, word, 5 * PER_FILE):  # (the matches examined in a file, comments included)
            if not in_code(m) or is_package_metadata(m) or _TRAILING_COMMENT.search(before) or _LOG_CALL.search(before) or _AUTHORSHIP.search(before):
                continue
            value = m.group(1) or m.group(2) or m.group(3)
            if m.group(3) and (before.endswith("/") or text[m.end():m.end() + 1] == "/") and "://" not in re.split(r"[\s'\"`(<>=]", before)[-1]:
                continue  # (a path's segment only in an address, /recherche/echinghen/: a file's folder is no value of the town)
            # (nor the code's own identifiers named after the commune: a theme's function prefix, villeconin_posted_on(), its callbacks'
            # names 'villeconin_header_style', and its WordPress text domain, __( 'Edit', 'villeconin' ): names of the code, not texts it
            # shows; issue 12, s47 fh47 = pboettch/wp-villeconin-theme)
            if m.group(3) and value.islower() and (_IDENT_PREFIX.match(text, m.end()) or _TEXT_DOMAIN.search(before)):
                continue
            if m.group(2):  # (the mailbox: the name its domain is)
                out.append([path, line_no, value, file_class(path), next((n for n in names if n.lower().replace(" ", "-") in value.lower()), value)])
            elif value in acronyms:
                if acronyms[value] in line:
                    defined.add(value)  # (the line writing the acronym with the name: the text defines it)
                pending.append([path, line_no, value, file_class(path), acronyms[value]])
            else:
                out.append([path, line_no, value, file_class(path), folded.get(value.casefold(), value)])
            kept += 1
            if kept >= PER_FILE:
                break
    out += [h for h in pending if h[2] in defined]
    return sorted({(h[0], h[1]): h for h in out}.values(), key=lambda h: (h[0], h[1]))

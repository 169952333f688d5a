"""``territory_publisher``: the publishing body's own acronym written in capitals in the program — a record its set-up command creates
(``n_org = 'SMMAR'``), a heading of the documents it prints ("Numéro du dossier SMMAR :"), a page's text ("Aides proposées par le
SMMAR") — is a value of that one body, which a second territory edits everywhere the code writes it (issue 12, s42 fa42 =
SMMAR11/styx, SMMAR11/smmaranim, left open by s41 vb41).

The tool knows the publisher from what it already reads, never from a list of names: the domains its committers write from that no
list names (the ``contributor_types`` fact's organisations of unknown type: smmar.fr; a listed company's, a mail provider's or a
person's are not the publisher, and a listed public body's may be a State agency's, INSEE or CEREMA, whose name is no territory's),
and the forge account holding the repository unless the sponsor is known to be no local body (its letters, less a trailing
département number: SMMAR11). A name is read as an acronym: the domain's first label (or the account's name) of 4 to 10 letters,
with up to 3 digits after them, written in capitals as a whole word (SMMAR, not SMMAR_SUPPORT), or its logo's file under a logos
folder (pics/logos/smmar.png). Only in code and page templates, not in a comment, a docstring (a triple-quoted string the code
returns or assigns, a page it builds, is a value: :func:`_value_string`), an example or a placeholder (territory_values.in_code),
nor on an authorship line (author=, ``<meta name="author" content=…>``, copyright, rights), nor in a developer's log message: the
README, the licence and the files' copyright headers naming the body are its signature, no lock-in. Counted when two lines or more
write it (one mention is a citation). Bounded: :data:`MAX_NAMES` names, :data:`MAX_FILES` files in path order of :data:`MAX_BYTES`,
:data:`PER_FILE` lines a file.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_NAMES = 5
MAX_FILES = 400
MAX_BYTES = 512 * 1024
PER_FILE = 10
_LABEL = lazy_compile(r"^([a-z]{4,10})(\d{0,3})$")
# (an authorship line in a page: <meta name="author" content="X">, <meta name="rights" …>, a Dublin Core creator or publisher)
_META_AUTHOR = lazy_compile(r"""\bname\s*=\s*\\?["'](?:author|rights|copyright|publisher|owner|dc(?:terms)?\.(?:creator|publisher|rights))\\?["']""", re.I)
_SIGNED = lazy_compile(r"©|\(c\)|\bcopyright\b|\btous droits\b|\ball rights\b", re.I)
_TRAILING_COMMENT = lazy_compile(r"(?:^|\s)(?://|#)\s|\{/\*|<!--|\{#")
_LOG_CALL = lazy_compile(r"\b(?:console\.(?:log|debug|info|warn|error|trace)|logger\.\w+|logging\.\w+|log\.(?:debug|info|warn|warning|error)|print)[ \t]*\(")


_BLOCK_OPENER = lazy_compile(r"[ \t]*(?:async[ \t]+)?(?:def|class|if|elif|else|for|while|try|except|finally|with)\b")


def _value_string(m) -> bool:
    """The match sits in a triple-quoted string the code gives as a value (``return '''<table>…'''``, ``'key': '''…'''``, an
    argument), a page or a message the program builds, not a docstring: its opening quotes follow an assignment, a key, a bracket, a
    comma, an operator or ``return``."""
    before = m.string[: m.start()]
    for q in ('"""', "'''"):
        if before.count(q) % 2 == 1:
            lead = before[: before.rfind(q)].rstrip()
            block = _BLOCK_OPENER.match(lead[lead.rfind("\n") + 1:])  # (a def's or a class's colon: its docstring follows)
            return lead.endswith(("=", ":", "(", ",", "[", "+", "return")) and not lead.endswith(("==", "!=")) and not (block and lead.endswith(":"))
    return False


def publisher_acronyms(organisations, owner: str) -> list[str]:
    """The acronyms the publisher may write itself by (upper case, sorted, at most :data:`MAX_NAMES`): the first label of each domain
    of ``organisations`` (the committers' ``{"domain", "type"}``) typed ``organisation`` (unlisted) and shaped as one word of 4 to
    10 letters (smmar.fr: SMMAR; cdg47.fr: CDG47), and the forge account ``owner`` so shaped, also without its trailing number
    (SMMAR11: SMMAR11 and SMMAR)."""
    out = set()
    for o in organisations or []:
        if o.get("type") == "organisation" and o.get("domain"):
            m = _LABEL.match(str(o["domain"]).lower().split(".")[0])
            if m:
                out.add(m.group(0).upper())
    m = _LABEL.match((owner or "").lower())
    if m:
        out |= {m.group(0).upper(), m.group(1).upper()}
    return sorted(out)[:MAX_NAMES]



def matched_lines(text: str, word, most: int):
    """``(match, line number, line, text before the match on its line)`` of the first ``most`` matches of ``word`` in ``text`` (comments
    included: the caller sets them aside), in order — the scan the publisher's name and a commune's name echoes share."""
    lines = text.splitlines()
    for k, m in enumerate(word.finditer(text)):
        if k >= most:
            return
        line_no = text.count("\n", 0, m.start()) + 1
        line = lines[line_no - 1] if line_no <= len(lines) else ""
        yield m, line_no, line, line[:m.start() - (text.rfind("\n", 0, m.start()) + 1)]

@fact("territory_publisher", version=3, public=False, cache="commit+as_of")
def territory_publisher(ctx) -> list:
    """``[[path, line, value, class]]`` in path order: the lines of code and page templates writing the publisher's acronym (see the
    module's docstring), when two lines or more write it."""
    from auditor.facts import FactError
    from auditor.facts.territory_values import _AUTHORSHIP, in_code, is_package_metadata
    from auditor.facts.textscan import file_class, is_scannable
    from auditor.facts.tree import tree_of

    try:
        types = ctx.fact("contributor_types") or {}
    except FactError:  # (no history: the forge account alone)
        types = {}
    organisations = ((types.get("all_time") or {}).get("organisations") or []) if isinstance(types, dict) else []
    sponsor = (ctx.fact("project") or {}).get("sponsor_type")
    if sponsor not in (None, "unknown", "local-authority", "opsn"):  # (a State service's, a company's: its name is no territory's)
        return []
    names = publisher_acronyms(organisations, (getattr(ctx.target, "owner", None) or "").split("/")[0])
    if not names:
        return []
    word = re.compile(r"(?<![\w/.@-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w@-])(?!\.\w)"
                      # (and its logo, a file named after it under a logos folder: pics/logos/smmar.png, in its pages' footer)
                      r"|(?<=/)(?:logos?|logotypes?)/(?:[\w-]{1,40}/)?((?i:" + "|".join(re.escape(n) for n in names) + r")\.(?i:png|jpe?g|svg|gif|webp))\b")
    paths = [e.path for e in tree_of(ctx) if is_scannable(e) and e.size <= MAX_BYTES and file_class(e.path) in ("code", "template")][:MAX_FILES]
    out = []
    for path, text in ctx.snapshot.iter_text(paths, limit=MAX_BYTES):
        if not word.search(text):
            continue
        kept = 0
        for m, line_no, line, before in matched_lines(text, word, 5 * PER_FILE):
            if not (in_code(m) or _value_string(m) and not line.lstrip().startswith("#")) or is_package_metadata(m) or _TRAILING_COMMENT.search(before) or _LOG_CALL.search(before) \
                    or _AUTHORSHIP.search(before) or _META_AUTHOR.search(line) or _SIGNED.search(line):
                continue
            out.append([path, line_no, m.group(1) or m.group(2), file_class(path)])
            kept += 1
            if kept >= PER_FILE:
                break
    rows = sorted({(h[0], h[1]): h for h in out}.values(), key=lambda h: (h[0], h[1]))
    return rows if len(rows) >= 2 else []

"""Communes the code holds by their name, in a list it declares (interoperability.identifiers: local governments kept with no INSEE code
to join on; issue 12, s44 fc44):

- ``ident.commune-enum``: an enumeration (a PHP 8.1 ``enum``, a TypeScript, Java or C# ``enum``, a Python ``Enum`` class) whose cases or
  values name :data:`MIN_COMMUNES` communes or more (``case SAINTJEANDEBRAYE = 'saint-jean-de-braye';``: the communes of one métropole
  as the code's own type, geoffroycochard/vom-metadata's City);
- ``ident.commune-keyed-map``: a table of the code (``const FEEDS = ['Limours' => 'https://…', …]``, a dict, an object) keyed by the
  names of :data:`MIN_COMMUNES` communes or more, which the same file walks with the key as the commune (``foreach (FEEDS as $commune =>
  $url)``, ``for commune, url in FEEDS.items()``) or copies into a record's commune field (``'commune' => $key``): each record carries
  the commune's name as its identifier (nicolasaunai/ccpl-news's CCPL_NEWS_FEEDS).

A name counts when the tool knows it as a commune's (territory_options.known_place, communes.yml compared without accents or case, a
slug of either, or the letters of a compound name INSEE's COG gives); a case's bare name when it is a listed commune's, or a compound
name's letters (BOIGNYSURBIONNE). A list naming three large cities or more spans France (a national choice of cities, examples), no one
territory's. Bounded: a declaration's first :data:`MAX_BODY` characters, its first :data:`MAX_NAMES` names.
"""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

MIN_COMMUNES = 5
MAX_BODY = 20_000
MAX_NAMES = 200
_QUOTED = lazy_compile(r"""['"]([^'"\n\\]{2,60})['"]""")
_CASE_NAME = lazy_compile(r"\bcase[ \t]+([A-Za-z_]\w{1,60})[ \t]*[;=]")  # (PHP's case NAME; or case NAME = 'value';)
_KEY = lazy_compile(r"""['"]([^'"\n\\]{2,60})['"][ \t]*(?:=>|:)""")
_PLACE_VAR = lazy_compile(r"commune|ville|city|town|municipalit|localite|locality", re.I)


def _letters(name: str) -> str:
    import unicodedata

    return re.sub(r"[^a-z0-9]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower())


def _known(name: str, bare: bool = False) -> bool:
    """``name`` is a commune's the tool knows (``bare``: a case's identifier, its words joined: a listed commune or a compound name's
    letters of 10 or more)."""
    from auditor.facts.commune_lists import _communes, _norm
    from auditor.facts.territory_options import _slugs, compound_place, known_place

    if bare:
        return _norm(name) in _communes() or (len(name) >= 10 and compound_place(_letters(name)))
    return _norm(name) in _communes() or known_place(name) or name.lower() in _slugs()


def communes_of(names, bare=()) -> list[str]:
    """The distinct communes (by their letters) that the quoted ``names`` and the identifiers ``bare`` name, in order; empty when three
    large cities or more are among them (France's cities, no territory's)."""
    from auditor.facts.territory_hosts import CITY_NAMES

    out: dict[str, str] = {}
    for name, is_bare in [(n, False) for n in list(names)[:MAX_NAMES]] + [(n, True) for n in list(bare)[:MAX_NAMES]]:
        key = _letters(name)
        if key and key not in out and _known(name.strip(), is_bare):
            out[key] = name
    cities = {_letters(c) for c in CITY_NAMES}
    return [] if sum(k in cities for k in out) >= 3 else list(out.values())


def _body(text: str, start: int, opener: str) -> str:
    """The text of a bracketed declaration from its opener (at ``start`` - 1) to its matching closer, bounded (strings not parsed)."""
    closer = {"{": "}", "[": "]", "(": ")"}[opener]
    depth = 1
    end = min(len(text), start + MAX_BODY)
    for i in range(start, end):
        c = text[i]
        if c == opener:
            depth += 1
        elif c == closer:
            depth -= 1
            if depth == 0:
                return text[start:i]
    return text[start:end]


def _python_block(text: str, start: int) -> str:
    """A Python class's indented body after its header's end (``start``), bounded."""
    lines = []
    for line in text[start: start + MAX_BODY].split("\n")[1:]:
        if line.strip() and not line[:1].isspace():
            break
        lines.append(line)
    return "\n".join(lines)


# an enumeration's header: PHP/TypeScript/Java/C#/Kotlin's enum NAME … { (its cases and values inside the braces)
_ENUM = (r"""^[ \t]*(?:export[ \t]+)?(?:(?:public|private|internal|protected|static|const|declare)[ \t]+)*(enum[ \t]+(?:class[ \t]+)?[A-Za-z_]\w*)"""
         r"""[^{;\n]{0,200}(?:\r?\n[ \t]*)?\{""")  # (the brace on the next line too: PHP's PSR-12)
# ... or a Python class deriving from Enum (its values in the indented block)
_ENUM_CLASS = r"""^[ \t]*(class[ \t]+[A-Za-z_]\w*)[ \t]*\([^)\n]{0,80}\b(?:Str|Int)?Enum\)[ \t]*:"""


def _commune_enum(m) -> bool:
    from auditor.facts.territory_values import in_code

    if not in_code(m):
        return False
    # (a PHP enum's methods, label() matching each case to its name, are no cases: the body up to its first function)
    body = re.split(r"\bfunction\b", _body(m.string, m.end(), "{"), maxsplit=1)[0]
    return len(communes_of(_QUOTED.findall(body), _CASE_NAME.findall(body))) >= MIN_COMMUNES


def _commune_class(m) -> bool:
    from auditor.facts.territory_values import in_code

    return in_code(m) and len(communes_of(_QUOTED.findall(_python_block(m.string, m.end())))) >= MIN_COMMUNES


signal("ident.commune-enum", _ENUM, ("enum",), flags=re.M, exts={"php", "ts", "tsx", "java", "cs", "kt"}, classes=("code",), group=1,
       accept=_commune_enum)
signal("ident.commune-enum-class", _ENUM_CLASS, ("enum",), flags=re.M, exts={"py"}, classes=("code",), group=1, accept=_commune_class)


# a table keyed by names: PHP's const NAME = [ / $name = [ / define('NAME', [ (or array(), JavaScript's const NAME = {, Python's NAME = {
_MAP = (r"""(?:\bconst[ \t]+|(?<![\w>:$])\$|\bdefine\([ \t]*['"]|^[ \t]*(?:export[ \t]+)?(?:const|let|var)[ \t]+|^)([A-Za-z_]\w{0,60})"""
        r"""(?:['"][ \t]*,|[ \t]*=)[ \t]*(?:array[ \t]*\(|\[|\{)[ \t]*(?=\r?\n)""")


def _walked_as_commune(text: str, name: str) -> bool:
    """Whether ``text`` walks the table ``name`` with its key as a commune: the key's variable named so (commune, ville, city…), or
    copied into a record's commune field."""
    n = re.escape(name)
    loops = [r"foreach[ \t]*\([ \t]*(?:self::|static::|\$this->)?\$?" + n + r"[ \t]+as[ \t]+\$(\w+)[ \t]*=>",
             r"\bfor[ \t]+(\w+)[ \t]*,[ \t]*\w+[ \t]+in[ \t]+(?:self\.)?" + n + r"\.items\(\)",
             r"\bfor[ \t]*\([ \t]*(?:const|let|var)[ \t]*\[[ \t]*(\w+)[ \t]*,[^\]\n]*\][ \t]+of[ \t]+Object\.entries\([ \t]*" + n + r"[ \t]*\)",
             r"\bfor[ \t]*\([ \t]*(?:const|let|var)[ \t]+(\w+)[ \t]+in[ \t]+" + n + r"[ \t]*\)",
             r"\bfor[ \t]+(\w+)[ \t]+in[ \t]+(?:self\.)?" + n + r"(?:\.keys\(\))?[ \t]*:"]
    for pattern in loops:
        for loop in re.finditer(pattern, text[:400_000]):
            var = loop.group(1)
            if _PLACE_VAR.search(var) or re.search(r"""['"](?:commune|ville|city|town|nom_?commune|communeName|cityName)['"][ \t]*(?:=>|:)[ \t]*\$?"""
                                                   + re.escape(var) + r"\b", text[:400_000]):
                return True
    return False


def _commune_map(m) -> bool:
    from auditor.facts.territory_values import in_code

    if not in_code(m):
        return False
    opener = m.group(0).rstrip()[-1]
    keys = _KEY.findall(_body(m.string, m.end(), opener))
    return len(communes_of(keys)) >= MIN_COMMUNES and _walked_as_commune(m.string, m.group(1))


signal("ident.commune-keyed-map", _MAP, ("=>", ":"), flags=re.M, exts={"php", "py", "js", "ts", "mjs"}, classes=("code",), group=1,
       accept=_commune_map)

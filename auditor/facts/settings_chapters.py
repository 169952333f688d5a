"""A README configuration chapter that names no setting (issue 12, s47 fg47 = OPEN-ENT-NG/flashquizz-connector): counted as no
description of the settings."""

from __future__ import annotations

import re

from auditor.facts.install_commands import _CODE_SPAN, _SETTING_NAMED
from auditor.facts.readme_uses import _FENCED_BLOCK as _FENCE
from auditor.lazyre import lazy_compile

# A configuration chapter holding no setting (issue 12, s47 fg47 = OPEN-ENT-NG/flashquizz-connector: "## Configuration" over an empty
# `"config": { }` block and "vous devez inclure des variables d'environnement :" before an empty block): its blocks' keys open only
# empty objects or lists, its short text names no file, variable or code; a README template's chapter left unfilled describes nothing
_PRE_BLOCK = lazy_compile(r"<pre\b[^>\n]*>((?:(?!<pre\b).)*?)</pre>", re.S | re.I)  # (tempered by its opener: linear)
_HTML_TAG = lazy_compile(r"</?[A-Za-z][^>\n]{0,200}>")
# a key whose value opens an object or a list ("config": {, sources: [), and the structure of a block: braces, brackets, commas, ellipses
_OPENING_KEY = lazy_compile(r"""["']?[A-Za-z_$][\w.$-]{0,80}["']?[ \t]*[:=][ \t]*(?=[{\[])""")
_STRUCTURE = lazy_compile(r"""[{}\[\](),;]|\.\.\.|…|\s""")
_LIST_OR_TABLE = lazy_compile(r"^[ \t]*(?:[-*+][ \t]+\S|\d+[.)][ \t]+\S|\|.*\|)", re.M)


def empty_settings_chapter(body: str) -> bool:
    """A configuration chapter that names no setting (see above): every block empty but for keys opening empty objects or lists,
    no code span, no list or table, at most three lines of text naming no settings file nor variable."""
    head = body[:20000]
    blocks = _FENCE.findall(head) + _PRE_BLOCK.findall(head)
    prose = _HTML_TAG.sub("", _PRE_BLOCK.sub("", _FENCE.sub("", head)))
    if any(_STRUCTURE.sub("", _OPENING_KEY.sub("", b)) for b in blocks):
        return False
    lines = [x for x in prose.splitlines() if x.strip()]
    return len(lines) <= 3 and not _CODE_SPAN.search(prose) and not _LIST_OR_TABLE.search(prose) and not _SETTING_NAMED.search(prose)

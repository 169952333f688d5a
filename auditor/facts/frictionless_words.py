"""The word "frictionless" as the Frictionless Data tool (its package, command or name), not the English adjective."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile


# the English adjective "frictionless" (a smooth and frictionless development cycle) names no Frictionless Data tool: a word after it must
# be one of the tool's (Frictionless Data, frictionless validate, a frictionless schema)
_FRICTIONLESS_PROSE = lazy_compile(r"[^\S\n]+(?!(?:data|validate|validation|framework|standards?|table|schema|package|specs?|py|cli|tools?)\b)[a-z]")


# and with no word after it, the bare lowercase word is the package only where code or a manifest names one: an import, an install, a
# manifest or command line it opens (frictionless>=5, - frictionless), a quoted name, a version or an attribute after it
# (frictionless.validate); a comment's gloss ("2 = glissante (frictionless)", a sliding layer interface) names no tool
_FRICTIONLESS_BEFORE = lazy_compile(r"""(?:^[^\S\n]*(?:-[^\S\n]+)?|\b(?:import|from|install|add|require\(?|requires)[^\S\n]*|['"])$""", re.I)
_FRICTIONLESS_AFTER = lazy_compile(r"""[^\S\n]*(?:[<>=~!;\[]|\.\w)|[^\S\n]+[A-Za-z]""")


def not_frictionless_prose(m) -> bool:
    word = m.group(0)
    if word.lower() != "frictionless":
        return True
    if _FRICTIONLESS_PROSE.match(m.string, m.end()):
        return False
    if word[0] == "F" or _FRICTIONLESS_AFTER.match(m.string, m.end()):
        return True  # the proper name (validé avec Frictionless), a tool word (frictionless validate), a version or an attribute
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return bool(_FRICTIONLESS_BEFORE.search(m.string[max(line_start, m.start() - 80): m.start()]))

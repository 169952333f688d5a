"""Whether a match stands inside a regular expression's string: ``\\\\bclass\\s`` in ``"/(\\\\bclass\\s)/"`` is a regex's word boundary, no
Windows network share (``territory.unc-share``)."""

from __future__ import annotations

import re

# a regex's string: passed to a regex call on its line, or delimited as PHP's and JavaScript's are ("/(…)/", "~…~u", "#…#i") or
# holding a group or an alternation (issue 12, s42 fh42 = KeolisAix/MDMKPA: phpPgAdmin's highlight.php)
_REGEX_CALL = re.compile(r"\b(?:preg_\w+|RegExp|re\.(?:compile|sub|match|search|findall|finditer|split|fullmatch)|regexp?|Regex|gsub|sub|grepl?|str_detect|str_replace_all|mb_ereg\w*)\s*\(|=~")
_REGEX_STRING = re.compile(r"""^(?:([/~#@%!|]).*\1[imsxuADSUXJ]*|.*[(|].*)$""", re.S)


def in_regex(m) -> bool:
    """The match stands in a string a regex call on its line takes, or in a string shaped as a regex."""
    s = m.string
    start, end = s.rfind("\n", 0, m.start()) + 1, s.find("\n", m.end())
    line = s[start: end if end != -1 else len(s)][:1000]
    if _REGEX_CALL.search(line):
        return True
    col = m.start() - start
    for q in ('"', "'", "`"):
        opened, closed = line.rfind(q, 0, col), line.find(q, col)
        if opened != -1 and closed != -1 and _REGEX_STRING.match(line[opened + 1: closed]):
            return True
    return False

"""A gettext catalogue's header entry (.po, .pot): the first entry, ``msgid ""`` then ``msgstr ""`` and its quoted "Field: value\\n"
lines (Project-Id-Version, Report-Msgid-Bugs-To, Last-Translator, Language-Team…) up to the first blank line. It says who translated
and for which team, metadata a translation tool (Poedit, xgettext) writes; the application never shows nor uses it (issue 12, s42
fe42 = frague59/django-buttons: "Last-Translator: … <…@ville-tourcoing.fr>" is an author's line, no territory value)."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# the header sits at the file's top, after its comment lines: read no further than this many characters
HEADER_READ = 8192
_FIELD = lazy_compile(r'^[ \t]*"[^"\n]*"[ \t]*$')
_COMMENT = lazy_compile(r"^[ \t]*#")
_MSGID, _MSGSTR = lazy_compile(r'msgid[ \t]+""'), lazy_compile(r'msgstr[ \t]+""')


def in_gettext_header(m) -> bool:
    """The match ``m`` (over a whole file's text) lies on one of the quoted lines of a gettext catalogue's header entry."""
    s, start = m.string, m.start()
    if start > HEADER_READ:
        return False
    lines = s[: s.find("\n", start) if s.find("\n", start) >= 0 else len(s)].split("\n")
    at = len(lines) - 1  # the match's line
    if not _FIELD.match(lines[at].rstrip("\r")):
        return False
    state = "top"
    for i, line in enumerate(lines):
        line = line.rstrip("\r").strip()
        if state == "top":
            if not line or _COMMENT.match(line):
                continue
            if not _MSGID.fullmatch(line):
                return False
            state = "msgid"
        elif state == "msgid":
            if not _MSGSTR.fullmatch(line):
                return False
            state = "fields"
        elif i < at and not _FIELD.match(line):  # (a blank line or another entry ends the header before the match)
            return False
        if i == at:
            return state == "fields"
    return False

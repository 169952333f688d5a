"""A library's settings given in code: the README tells to override or implement its configuration hook and shows, in the code that
follows, the values each user sets (issue 12, s37 fa37 = CEREMA/dsi.adutils: "you only need to declare @EnableActiveDirectoryClient
in a @Configuration spring component extending ActiveDirectoryClientConfigurer and to override the configureLdapConnection method",
then `.configureLdapHost("…").configureLdapPort(389).configureDn("…").configureCredentials("password")`). The chapter's heading
("### Components used") names no topic: the paragraph and its code are the configuration section.

Not a usage example calling the library (`client.findUser("jdoe")`), nor a hook overridden to register the program's own parts
(`registry.addHandler(handler)`): the values written must be settings, given to two or more ``configure…``/``set…``/``with…``
calls."""

from __future__ import annotations

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

# the hook named as code: a method or a type whose name holds "configur" after or before another word (configureLdapConnection,
# ActiveDirectoryClientConfigurer, WebMvcConfigurer, configureServer), not Spring's bare @Configuration marker alone
_IDENT = lazy_compile(r"\b[A-Za-z]\w{5,80}")


def _hook(name: str) -> bool:
    at = name.find("Configur")
    return (at > 0 and name[at - 1].islower()) or (name.startswith("configure") and len(name) > 9 and name[9].isupper())


# what the reader does to the hook: override, implement, extend it (in English or French)
_OVERRIDE = lazy_compile(r"\b(?:overrid\w*|implement\w*|extend\w*|surcharg\w*|redefini\w*|heriter|heritant|etend\w*)\b")
# a call giving a setting its literal value: .configureLdapPort(389), setHost("db"), withPassword('…')
_SETTING_CALL = lazy_compile(r"""\b(?:configure|set|with)([A-Z]\w{0,60})\([ \t]*(?:"[^"\n]{0,200}"|'[^'\n]{0,200}'|-?\d[\d.]{0,20})""")
_FENCE = lazy_compile(r"^[ \t]*(?:```|~~~)")
MIN_SETTINGS = 2
MAX_CODE_LINES = 80


def _code_after(lines: list[str], start: int, end: int) -> str:
    """The fenced code block opening on the first non-blank line from ``start`` (0-based) before ``end``, at most MAX_CODE_LINES."""
    i = start
    while i < end and not lines[i].strip():
        i += 1
    if i >= end or not _FENCE.match(lines[i]):
        return ""
    body = []
    for line in lines[i + 1:min(end, i + 1 + MAX_CODE_LINES)]:
        if _FENCE.match(line):
            break
        body.append(line)
    return "\n".join(body)


def code_settings(blocks: list, lines: list[str], skip=frozenset()):
    """The first paragraph (not in ``skip``) that tells to override or implement a configuration hook it names and is followed by a
    fenced code block giving :data:`MIN_SETTINGS` settings or more their values; None when there is none."""
    for k, b in enumerate(blocks):
        if b.kind != "paragraph" or b.line in skip or not any(_hook(m.group(0)) for m in _IDENT.finditer(b.text)) or not _OVERRIDE.search(norm(b.text)):
            continue
        end = blocks[k + 1].line - 1 if k + 1 < len(blocks) else len(lines)
        start = b.line - 1  # (the paragraph's own lines, then the code)
        while start < end and lines[start].strip() and not _FENCE.match(lines[start]):
            start += 1
        code = _code_after(lines, start, end)
        if len({m.group(1).lower() for m in _SETTING_CALL.finditer(code)}) >= MIN_SETTINGS:
            return b
    return None

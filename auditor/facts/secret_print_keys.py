"""A service's key written in a URL of a printed template (issue 12, s45 fh45 = merryspankersltd/fiches-sport: each facility's record
template, rendered and printed to PDF by the project's own program, drew its map from tiles.stadiamaps.com/static/…?api_key= <a
UUID>&center=…). A map key in a page a site serves is public by design (sent to every visitor, restricted by the site's address:
the browser keys of ``secret_assignments``); a template that only the project's program fills and prints on its author's machine
(``kind_roles.printed_templates``) sends its key to no visitor: it is the account's private key, committed. A placeholder (xxx,
YOUR_KEY, a template variable) is none. Bounded: the printed templates among the scanned candidates, :data:`MAX_BYTES` of each."""

from __future__ import annotations

import re

from auditor.facts.secret_values import PLACEHOLDER, REDACTED
from auditor.lazyre import lazy_compile

KIND = "Service key in a printed template's URL"
MAX_BYTES = 256 * 1024
_TEMPLATE_EXT = frozenset({"html", "htm", "j2", "jinja", "jinja2", "tpl", "mustache", "hbs", "njk"})
# a key parameter of a URL on the Internet given a literal value (whitespace allowed after "=", as a hand-edited attribute has it)
_KEYED = lazy_compile(r"""https?://[A-Za-z0-9.-]+\.[a-z]{2,}(?::\d+)?/[^\s"'<>]*?[?&](?:amp;)?(?:api_?key|apikey|key|access_?token|token|app_?key)"""
                      r"""=[ \t]*([A-Za-z0-9_-]{16,})(?![\w-])""", re.I)


def printed_template_keys(ctx, candidates) -> list[tuple[str, int]]:
    """``(path, line)`` of each literal key (:data:`_KEYED`: letters and digits, 16 characters or more, no placeholder) in a template
    the project's own programs print to PDF."""
    pages = [e.path for e in candidates if e.ext.lower() in _TEMPLATE_EXT]
    if not pages:
        return []
    from auditor.facts.kind_roles import printed_templates

    files = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable")]
    _, printed = printed_templates(ctx, files, pages)
    out = []
    for path in sorted(printed):
        for number, line in enumerate((ctx.snapshot.read_text(path, limit=MAX_BYTES) or "").split("\n"), 1):
            if any(not PLACEHOLDER.match(v) and not REDACTED.match(v) and re.search(r"\d", v) and re.search(r"[A-Za-z]", v)
                   for v in (m.group(1) for m in _KEYED.finditer(line[:4000]))):
                out.append((path, number))
    return out

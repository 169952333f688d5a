"""A site keyed in the code by a place's name, in a table of such sites most of which are public bodies' (issue 12, s43 fh43 =
nicolasaunai/ccpl-news).

A news aggregator's feed table, ``'Briis-sous-Forges' => 'https://www.briis.fr/…'``, ``'Les Molières' => 'https://www.lesmolieres.fr/
feed/'`` beside ``'Limours' => 'https://www.mairie-limours.fr/feed/'``: each site is the one of the commune its key names, even when
its domain is a short form (briis.fr) or drops the accent and the hyphen (lesmolieres.fr), which no list of communes' names tells. A
host is read so when its line keys it by a capitalised name (a PHP array's ``'Name' =>``, a dict's or an object's ``"Name":``) and
the run of such keyed lines around it (at most 60 each way) keys three hosts or more, more than half of them public bodies' by their
own class: the host takes that class. A table of companies' sites, or one where public bodies' sites are not the majority, is none."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

_KEYED = re.compile(r"""^\s*['"]([A-ZÀ-Ý][^'"\n]{1,60})['"]\s*(?:=>|:)\s*['"](https?://[^'"\s]{1,300})['"]""")
_SPAN = 60


def _same_host(a: str, b: str) -> bool:
    return bool(a and b) and (a == b or a.endswith("." + b) or b.endswith("." + a))


def keyed_table_class(lines: list[str], line: int | None, class_of, host: str = "") -> str | None:
    """The public class (``class_of(host)``'s, public-*) that the host on line ``line`` (1-based) of ``lines`` takes from the table
    of place-keyed sites it sits in (see the module's text), or None. When that line keys nothing (the host met first in a
    User-Agent string, ``(+https://courson-monteloup.fr/)``), the first line of the file keying the same ``host`` decides: a host's
    class is its class over its occurrences in the file, not at the first one."""
    if not line or not 0 < line <= len(lines):
        return None
    if not _KEYED.match(lines[line - 1][:400]):
        line = next((n for n, text in enumerate(lines[:5000], 1) if host and host in text.lower() and (m := _KEYED.match(text[:400]))
                     and _same_host((urlsplit(m.group(2)).hostname or "").lower(), host)), None)
        if line is None:
            return None
    i = line - 1
    start, end = i, i
    while start > 0 and i - start < _SPAN and _KEYED.match(lines[start - 1][:400]):
        start -= 1
    while end + 1 < len(lines) and end - i < _SPAN and _KEYED.match(lines[end + 1][:400]):
        end += 1
    hosts = {(urlsplit(m.group(2)).hostname or "").lower() for text in lines[start:end + 1] if (m := _KEYED.match(text[:400]))}
    classes = [class_of(h) for h in sorted(hosts) if h]
    public = [c for c in classes if c.startswith("public")]
    if len(classes) < 3 or len(public) * 2 <= len(classes):
        return None
    return sorted(Counter(public).items(), key=lambda kv: (-kv[1], kv[0]))[0][0]

"""A territory's name inside one record of a content list: content, not the code's territory (read by the ``territory.name``
and ``territory.region-text`` signals).

A list of records written one per line with the same keys (a quiz's cartels ``{ id: "artName", text: "Ville de Bordeaux -
Médaille " }``, a generated page's list of new books ``{t:"…",a:"…",d:"Quand Suzette … débarquent en Normandie…"}``) is the
content of a site or a catalogue: a name inside one of its records' values is the subject of that item (an artwork's title, a
book's summary), not a setting another territory would change (issue 12, s42 fp42 = nuit-musee-musba/experience-2025,
ThomasLafargue/mediatheque-arcachon). At least :data:`MIN_RECORDS` records of the same keys, and the name in few of them (a
branding repeated in every record, a menu's "Mairie de X – …" labels, stays a territory value). Bounded: the file's first
:data:`SCAN_BYTES`, :data:`MAX_LINES` lines."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

MIN_RECORDS = 8
SCAN_BYTES = 400_000
MAX_LINES = 20_000
_RECORD_LINE = lazy_compile(r"""^[ \t]*[\[,(]?[ \t]*\{.*\}[ \t]*[,\]);]*[ \t]*$""")
_KEY = lazy_compile(r"""[{,][ \t]*["']?([A-Za-z_]\w{0,40})["']?[ \t]*:[ \t]*(?=["'`\d\[{tfn-])""")


def _keys(line: str) -> tuple[str, ...]:
    return tuple(k.group(1) for k in _KEY.finditer(line[:20_000]))


def in_content_record(m, group: int = 1) -> bool:
    """The match lies in a record of a content list (see the module's docstring)."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    line = s[start: end if end != -1 else len(s)]
    if not _RECORD_LINE.match(line):
        return False
    keys = _keys(line)
    if len(keys) < 2:
        return False
    name = (m.group(group) or "").strip()
    if not name:
        return False
    same = with_name = 0
    for other in s[:SCAN_BYTES].split("\n")[:MAX_LINES]:
        if _RECORD_LINE.match(other) and _keys(other) == keys:
            same += 1
            with_name += name in other
    return same >= MIN_RECORDS and with_name <= max(1, same // 5)


__all__ = ["in_content_record"]

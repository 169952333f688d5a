"""A media type tested against the type of a file received (an upload's check), for the format signals: a type accepted, no format
the project writes (issue 12, s48 fh48)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a media type compared with the type of a file received (`data.type !== "application/vnd.ms-excel"` in an upload's check, `file.mimetype
# == '…'`, or the other way round): the types the project accepts from its users, no format it writes (issue 12, s48 fh48)
_TYPE_TESTED_BEFORE = lazy_compile(r"""(?:\.|\b)(?:type|mime_?type|mimeType|content_?type|contentType)\s*[!=]==?\s*['"]$""", re.I)
_TYPE_TESTED_AFTER = lazy_compile(r"""^[\w.+-]*['"]\s*[!=]==?\s*[\w.\[\]'"]*(?:\.|\b)(?:type|mime_?type|mimeType|content_?type|contentType)\b""", re.I)


def type_tested(m) -> bool:
    """The media type matched is compared with a variable's type (before or after it, on its line, 200 characters each side)."""
    s = m.string
    start = s.rfind("\n", 0, m.start()) + 1
    end = s.find("\n", m.end())
    before, after = s[max(start, m.start() - 200): m.start()], s[m.end(): min(end if end != -1 else len(s), m.end() + 200)]
    return bool(_TYPE_TESTED_BEFORE.search(before) or _TYPE_TESTED_AFTER.match(after))

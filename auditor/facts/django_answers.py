"""Whether a Django view's ``return HttpResponse(…)`` answers data to another program (issue 12, s40 fp40 = yougis/sudBoard): a page
application whose views render templates may answer a maintenance URL with a plain string (``HttpResponse("Cleaned")``), which is no
API answering JSON or data. The response answers data when the call or the value it returns holds a data format: JSON (json.dumps,
serialize, a JSON/XML/CSV/GeoJSON content type), a serializer's output, a CSV writer."""

from __future__ import annotations

import re

_DATA = re.compile(r"""json|dumps\s*\(|serializ|geojson|\bxml\b|\.to_csv\s*\(|csv\.writer|\.to_dict\s*\(|\bdata\s*=|"""
                   r"""(?:content_type|mimetype)\s*=\s*['"](?:application/(?!xhtml)|text/(?:csv|xml))""", re.I)
_FIRST_ARG = re.compile(r"""\s*([A-Za-z_]\w*)\s*[,)]""")
_LOOK_BACK = 4000  # (the view's body above the return, in characters)


def http_response_answers_data(m) -> bool:
    """``m`` a match ending with ``HttpResponse(`` (any other answer stays true): true when the call's arguments (its first three
    lines) hold a data format, or when its first argument is a name assigned such a value in the lines above (``response =
    json.dumps(rows)``); a plain string, or a name assigned one, is a page application's answer."""
    if not m.group(0).rstrip().endswith("HttpResponse("):
        return True
    s = m.string
    end = m.end()
    call = "\n".join(s[end:end + 600].split("\n")[:3])
    if _DATA.search(call):
        return True
    arg = _FIRST_ARG.match(s, end)
    if not arg:
        return False
    above = s[max(0, m.start() - _LOOK_BACK):m.start()]
    assigned = re.findall(rf"""^[^\S\n]*{re.escape(arg.group(1))}\s*(?:=|\+=)(?!=)([^\n]*)""", above, re.M)
    return any(_DATA.search(a) for a in assigned)

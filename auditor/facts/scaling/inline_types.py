"""A TypeScript model's inline object type (``owner: { userId: string, displayName: string }``): its members are fields of
the object the member names (the owner's), read as a flattened lookup path ``owner__displayName``, as Django's are.

Only one line is read (bounded), and only members typed with a primitive (string, number, Date, boolean): a function type or
a nested object is no column.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# (readonly) name(?|!): { member: type, member?: type; … } (| null) ;
_INLINE = lazy_compile(r"^[ \t]*(?:(?:public|private|protected|readonly)[ \t]+){0,2}([A-Za-z_$][\w$]{0,60})[ \t]*[?!]?[ \t]*:[ \t]*"
                       r"\{([^{}\n]{3,400})\}[ \t]*(?:\[\])?[ \t]*(?:\|[ \t]*(?:null|undefined)[ \t]*)?[;,]?[ \t]*(?://.*)?$")
_MEMBER = lazy_compile(r"^\s*(?:readonly\s+)?[\"']?([A-Za-z_$][\w$]{0,60})[\"']?\s*\??\s*:\s*(?:string|number|Date|boolean)\s*(?:\|\s*(?:null|undefined)\s*)?$")


def inline_type_fields(line: str, most: int = 20) -> list[str]:
    """The members of an inline object type a model's field declares on this line, as ``field__member`` names."""
    m = _INLINE.match(line)
    if not m:
        return []
    out = []
    for part in re.split(r"[,;]", m.group(2))[:most]:
        mm = _MEMBER.match(part)
        if mm:
            out.append(f"{m.group(1)}__{mm.group(1)}")
    return out

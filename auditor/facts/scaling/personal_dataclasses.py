"""Python data classes read as models by ``personal_data``: a ``@dataclass`` class's annotated fields (``sender: str``,
``recipients: List[str]``) are the record it keeps, like a Kotlin data class's properties (issue 12, s39 ff39: a commune's mail
converter's EmailMessage(subject, sender, recipients, cc, bcc, body) filled from each uploaded message). So are the annotated
fields of a pydantic model, a SQLModel or a TypedDict (``class JsonLogRecord(BaseModel): first_name: str``), the records a FastAPI
service takes in and returns (issue 12, s40 fm40 = georchestra/maelstro)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the decorator (dataclasses.dataclass, with its options), then the class statement under it
DATACLASS = lazy_compile(r"^([ \t]*)(?:@(?:dataclasses\.)?dataclass\b[^\n]*\n(?:[ \t]*@[^\n]*\n)*[ \t]*class[ \t]+(\w+)[^\n]*"
                         r"|class[ \t]+(\w+)[ \t]*\([^)\n]*\b(?:pydantic\.)?(?:BaseModel|SQLModel|TypedDict)\b[^)\n]*\)[ \t]*):[ \t]*(?:#[^\n]*)?\n", re.M)
_FIELD = lazy_compile(r"^([ \t]+)([A-Za-z_]\w*)[ \t]*:[ \t]*[^=\s][^\n]*$")
MAX_FIELDS = 500


def dataclass_fields(text: str) -> list[tuple[str, str, int]]:
    """(class, field, line) of each annotated field in the body of each ``@dataclass`` class (at the body's first indentation,
    up to the first method or the end of the body)."""
    lines = text.split("\n")
    out: list[tuple[str, str, int]] = []
    for m in DATACLASS.finditer(text):
        start = text.count("\n", 0, m.end())  # (the index of the body's first line)
        indent, in_doc = None, False
        for i in range(start, min(len(lines), start + 400)):
            line = lines[i]
            quotes = line.count('"""') + line.count("'''")
            if in_doc or quotes:  # (a docstring's lines, "sender: the address…" in its text, are no fields)
                in_doc = in_doc != (quotes % 2 == 1)
                continue
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            width = len(line) - len(line.lstrip())
            if indent is None:
                indent = width
            if width < indent or width <= len(m.group(1)):
                break
            if width > indent:
                continue
            if line.lstrip().startswith(("def ", "async def ", "@", "class ")):
                break
            if f := _FIELD.match(line):
                out.append((m.group(2) or m.group(3), f.group(2), i + 1))
        if len(out) > MAX_FIELDS:
            break
    return out

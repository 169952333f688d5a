"""XML Schemas (``.xsd``) read as models for the ``personal_data`` fact.

An XML Schema describing the records a project exchanges (an export of pupils' and teachers' identities to a national service:
``<complexType name="Identite">`` holding ``<element name="PersonNom">``, ``<element name="PersonDateNaissance">``, each with
its ``<annotation><documentation>Nom de famille</documentation>``) is a model of the data the project processes, as a database
schema is. Its complex types and named elements are the tables, the elements and attributes they hold the fields, and each
field's documentation is read as a ``COMMENT ON`` would be. Read with regular expressions over bounded text, tags spanning
lines included; nothing is run or resolved (no import, no include).
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_FIELDS = 500
# an opening, closing or self-closing tag of a schema's structure, prefixed or not (<xs:element …/>, </complexType>)
_TAG = lazy_compile(r"<(/?)(?:[\w-]{1,20}:)?(complexType|element|attribute|group|attributeGroup|schema)\b([^<>]{0,1200}?)(/?)>")
_NAME = lazy_compile(r"""\bname\s*=\s*["']([A-Za-z_][\w.-]{0,80})["']""")
_DOC = lazy_compile(r"<(?:[\w-]{1,20}:)?documentation\b[^<>]{0,200}>\s*([^<]{1,300}?)\s*</", re.S)
_NEXT = lazy_compile(r"</?(?:[\w-]{1,20}:)?(?:complexType|element|attribute|group|attributeGroup)\b")
_SCHEMA = lazy_compile(r"<(?:[\w-]{1,20}:)?schema\b[^<>]{0,2000}?http://www\.w3\.org/2001/XMLSchema\b")


def xsd_fields(text: str) -> tuple[list[tuple[str, str, int]], dict]:
    """``(type or element, field, line)`` of the elements and attributes an XML Schema's complex types and elements hold, and
    their documentation as labels ``{(table, field): (text, line)}``; nothing for another XML file."""
    if not _SCHEMA.search(text[:8192]):
        return [], {}
    out: list[tuple[str, str, int]] = []
    labels: dict = {}
    stack: list[tuple[str, str]] = []  # (tag, name or "") of the open structure tags
    for m in _TAG.finditer(text):
        closing, tag, attrs = m.group(1), m.group(2), m.group(3)
        selfclosing = bool(m.group(4) or attrs.endswith("/"))
        if closing:
            while stack:
                if stack.pop()[0] == tag:
                    break
            continue
        if tag == "schema":
            continue
        nm = _NAME.search(attrs)
        name = nm.group(1) if nm else ""
        owner = next((n for t, n in reversed(stack) if n and t in ("complexType", "element", "group", "attributeGroup")), "")
        if name and owner and tag in ("element", "attribute") and len(out) < MAX_FIELDS:
            line = text.count("\n", 0, m.start(3) + nm.start()) + 1  # (the line of its name)
            out.append((owner, name, line))
            if not selfclosing:  # (its annotation, before the next structure tag)
                after = text[m.end():m.end() + 1500]
                nxt = _NEXT.search(after)
                doc = _DOC.search(after[:nxt.start()] if nxt else after)
                if doc:
                    labels[(owner, name)] = (re.sub(r"\s+", " ", doc.group(1)), line)
        if not selfclosing:
            stack.append((tag, name))
            if len(stack) > 64:
                return out, labels
    return out, labels


_WORD_START = lazy_compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_")


def unprefixed(fields: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """The fields of each type with the longest run of words another field of the type starts with too removed (a type's
    GARStructureUAI, GARStructureEmail: UAI, Email), so that what they hold is read as a bare column's name is (an organisation's
    registry code beside its e-mail)."""
    by_table: dict[str, list[list[str]]] = {}
    for f in fields[:MAX_FIELDS]:
        by_table.setdefault(f[0], []).append([w for w in _WORD_START.split(f[1]) if w])
    out = []
    for table, name, line in fields[:MAX_FIELDS]:
        words = [w for w in _WORD_START.split(name) if w]
        others = [o for o in by_table[table] if o != words]
        n = max((k for o in others for k in range(1, min(len(o), len(words)))
                 if o[:k] == words[:k]), default=0)
        out.append((table, "".join(words[n:]), line))
    return out

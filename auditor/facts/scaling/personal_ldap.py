"""LDAP schemas read as data models (issue 12, s48 ff48 = GIP-RECIA/docker-openldap-test): an OpenLDAP ``.schema`` file (or its
``cn=config`` form in LDIF, ``olcAttributeTypes:`` / ``olcObjectClasses:``) declares attribute types (``attributetype ( OID NAME
'ENTPersonDateNaissance' DESC 'Date de naissance' … )``) and object classes gathering them (``objectclass ( OID NAME 'ENTPerson' …
MUST ( … ) MAY ( a $ b $ c ) )``): the entries the directory keeps about people, pupils' birth dates and addresses among them.
Each class is a table, each attribute of its MUST and MAY lists a field, the attribute's DESC its description (read as a COMMENT ON
would be), its line the line of its definition."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

LDAP_SCHEMA = lazy_compile(r"^[ \t]*(?:attributetypes?|objectclass(?:es)?|olcAttributeTypes|olcObjectClasses)[ \t]*:?[ \t]*\(", re.I | re.M)
_DEFINITION = lazy_compile(r"^[ \t]*(attributetypes?|objectclass(?:es)?|olcAttributeTypes|olcObjectClasses)[ \t]*:?[ \t]*(?:\{\d+\})?[ \t]*\(", re.I | re.M)
_NAME = lazy_compile(r"\bNAME\s+(?:\(\s*)?'([\w;-]{1,100})'")
_DESC = lazy_compile(r"\bDESC\s+'([^']{1,300})'")
_LIST = lazy_compile(r"\b(MUST|MAY)\s+(?:\(([^)]{0,4000})\)|([\w;-]{1,100}))")
MAX_DEFINITIONS = 2000


def _body(text: str, start: int) -> str:
    """The parenthesised definition opening at ``start`` (its first parenthesis), comments left out, at most 16 KB."""
    depth, out = 0, []
    for line in text[start:start + 16384].splitlines(keepends=True):
        if line.lstrip().startswith("#"):
            continue
        for ch in line:
            out.append(ch)
            depth += ch == "("
            depth -= ch == ")"
            if depth == 0 and ch == ")":
                return "".join(out)
    return "".join(out)


def ldap_fields(text: str) -> tuple[list[tuple[str, str, int]], dict]:
    """``(object class, attribute, line)`` for each attribute an LDAP schema's object classes gather, and each attribute's DESC
    read as its description (``{(class, attribute): (description, line)}``); nothing for a file of another kind."""
    if not LDAP_SCHEMA.search(text):
        return [], {}
    attributes: dict[str, tuple[int, str | None]] = {}
    classes: list[tuple[str, int, list[str]]] = []
    for m in list(_DEFINITION.finditer(text))[:MAX_DEFINITIONS]:
        body = _body(text, m.end() - 1)
        name = _NAME.search(body)
        if not name:
            continue
        line = text.count("\n", 0, m.start()) + 1
        desc = _DESC.search(body)
        if m.group(1).lower().startswith(("attributetype", "olcattributetype")):
            attributes.setdefault(name.group(1).lower(), (line, desc.group(1) if desc else None))
        else:
            members = []
            for lst in _LIST.finditer(body):
                members += [a.strip() for a in (lst.group(2) or lst.group(3) or "").split("$") if a.strip()]
            classes.append((name.group(1), line, members))
    fields, labels = [], {}
    for cls, line, members in classes:
        for attr in members:
            where, desc = attributes.get(attr.lower(), (line, None))
            fields.append((cls, attr, where))
            if desc:
                labels[(cls, attr)] = (desc, where)
    return fields[:2000], labels

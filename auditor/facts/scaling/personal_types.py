"""A model's field whose declared type cannot hold a person's name, address, e-mail or correspondents (issue 12, s42 fk42 =
GIP-RECIA/GLC): a number or a flag (Java's ``private int value;``, an alert threshold; Kotlin's ``val value: Int``; TypeScript's
``value: number``) or an enumeration (JPA's ``@Enumerated`` over ``private ExternalIdSource destinataire;``, whose values are the
external systems an identifier is meant for; a type the repository declares as an ``enum``). Read by ``personal_data`` for the
categories of text only; a phone number, a birth date or a national identifier may be stored as a number and stay."""

from __future__ import annotations

import re

TEXT_ONLY = frozenset({"identity", "address", "correspondents", "email"})
_SCALARS = frozenset({"int", "integer", "long", "short", "byte", "double", "float", "boolean", "bool", "bigdecimal", "biginteger",
                      "number", "uint", "uuid", "localdate", "localdatetime", "instant", "date", "zoneddatetime", "offsetdatetime"})
MAX_ENUM_FILES = 2000  # repository files looked at for the enum a type names, by file name


def _declaration(text: str, field: str) -> tuple[str, int] | None:
    """``(type, offset)`` of the field's declaration: Java/C# ``private int value;``, Kotlin ``val value: Int``, TypeScript
    ``value: number;`` / ``value?: boolean``."""
    f = re.escape(field)
    m = re.search(rf"^[ \t]*(?:(?:private|protected|public|internal|static|final|readonly|transient)\s+)*([A-Za-z_][\w.]*)(?:<[^<>;\n]{{0,80}}>)?"
                  rf"(?:\[\])?\s+{f}\s*(?:[;=,)]|$)", text, re.M)
    if m and m.group(1) not in ("return", "new", "class", "import", "package", "val", "var", "let", "const"):
        return m.group(1), m.start()
    m = re.search(rf"^[ \t]*(?:(?:private|protected|public|internal|override|readonly|open)\s+)*(?:val\s+|var\s+)?{f}\??\s*:\s*([A-Za-z_][\w.]*)\??\s*[;,=)\n]",
                  text, re.M)
    return (m.group(1), m.start()) if m else None


def non_text_field(snap, text: str, field: str, _cache: dict | None = None) -> bool:
    """The field is declared in ``text`` with a number, flag, date or enum type (see the module's docstring)."""
    found = _declaration(text[:200_000], field)
    if not found:
        return False
    typ, at = found
    base = typ.rsplit(".", 1)[-1]
    if base.lower() in _SCALARS:
        return True
    before = text[max(0, at - 300):at]
    if re.search(r"@Enumerated\b", before.rsplit(";", 1)[-1]):
        return True
    if not base[:1].isupper():
        return False
    if re.search(rf"\benum\s+(?:class\s+)?{re.escape(base)}\b", text):
        return True
    key = ("enum", base)
    if _cache is not None and key in _cache:
        return _cache[key]
    found_enum = False
    for n, e in enumerate(snap.files.values()):
        if n >= MAX_ENUM_FILES * 10:
            break
        if e.path.rsplit("/", 1)[-1] in (f"{base}.java", f"{base}.kt", f"{base}.ts", f"{base}.cs"):
            other = snap.read_text(e.path, limit=64 * 1024) or ""
            found_enum = bool(re.search(rf"\benum\s+(?:class\s+)?{re.escape(base)}\b", other))
            break
    if _cache is not None:
        _cache[key] = found_enum
    return found_enum

"""Enumerations of territories the code branches on (``territory-enums``).

A product built for a few local governments often names them in an enumeration and branches on it: ``enum Environnement
{ CRLR, CRC, Aquitaine }`` (three regions, their councils named in the constants' comments), then ``if (Environnement.CRC ==
env)`` in a dozen classes. A further territory needs the code changed: each constant is a territory value, and each branch on
one of them a place to edit.

An enumeration counts when two of its constants or more, and at least half of them, name a territory: the constant is a
place's name (``AQUITAINE``, ``LOIRE_ATLANTIQUE``), or its comment or arguments name a local government ("Conseil Régional
Centre", "Région Bretagne", ``("Province Sud")``); and when the code refers to one of those constants outside the declaration.
An enumeration of five territories or more is a reference table (all regions): not one product's territories.

Read as text (never run): Java, Kotlin, C#, TypeScript, PHP and Python (``class X(Enum)``); not tests, not copies; the first
:data:`MAX_FILES` source files in path order, :data:`MAX_BYTES` each.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_BODY, MAX_USES = 2000, 256 * 1024, 8000, 40
_EXTS = {"java", "kt", "cs", "ts", "tsx", "php", "py"}
_BRACE_ENUM = lazy_compile(r"\benum\s+(?:class\s+)?([A-Za-z_]\w{0,60})\s*(?:\([^()]{0,200}\)\s*)?(?::\s*[\w.]{1,60}\s*)?\{")
_PY_ENUM = lazy_compile(r"^class\s+([A-Za-z_]\w{0,60})\s*\(\s*(?:\w{1,20}\s*,\s*)?(?:\w{1,40}\.)?(?:Str|Int)?Enum\s*\)\s*:", re.M)
_CONSTANT = lazy_compile(r"^[ \t]*(?:case[ \t]+)?([A-Za-z_]\w{0,60})[ \t]*(?=[(=,;{}]|$)")
_BODY_BODY = lazy_compile(r"^\s*(?:public|private|protected|static|final|abstract|fun|val|var|def|function|const|override|get|set)\b")
# a local government named in a constant's comment or arguments
_GOVERNMENT = lazy_compile(r"\b(?:[Cc]onseil[\s_-]+(?:[Rr][ée]gional|[Dd][ée]partemental|[Gg][ée]n[ée]ral)|[Rr][ée]gion[\s_-]+[A-ZÀ-Ý]|"
                           r"[Dd][ée]partement[\s_-]+(?:de[\s_-]+(?:la[\s_-]+|l')?|du[\s_-]+|des[\s_-]+|d')?[A-ZÀ-Ý]|[Pp]rovince[\s_-]+[A-ZÀ-Ý]|"
                           r"[Mm][ée]tropole[\s_-]+(?:de[\s_-]+|du[\s_-]+|d')?[A-ZÀ-Ý]|[Cc]ommunaut[ée][\s_-]+(?:de[\s_-]+communes|d'agglom[ée]ration|urbaine)|"
                           r"[Cc]ollectivit[ée][\s_-]+(?:territoriale[\s_-]+)?(?:de[\s_-]+|d')?[A-ZÀ-Ý])")


def _place(name: str) -> bool:
    from auditor.facts.territory_hosts import place_named

    return place_named(name.replace("_", "-"), 5)


def _constants(body: str, brace: bool) -> list[tuple[str, int, str]]:
    """(constant, offset in the body, its comment and arguments) of an enumeration's body."""
    out, notes = [], []
    depth, offset = 0, 0
    for raw in body.splitlines(keepends=True):
        line = raw.strip()
        start = offset
        offset += len(raw)
        if brace and depth == 0 and line.startswith((";",)):
            break  # (Java: the constants end at the first ";" of the body's top level)
        if line.startswith(("/*", "*", "//", "#", "\"\"\"")):
            notes.append(line)
            continue
        if depth == 0 and not _BODY_BODY.match(raw):
            m = _CONSTANT.match(raw)
            if m and m.group(1) not in ("case", "default", "return"):
                out.append((m.group(1), start, " ".join(notes) + " " + line))
        notes = []
        if brace:
            depth += line.count("{") + line.count("(") - line.count("}") - line.count(")")
            depth = max(depth, 0)
            if depth == 0 and line.endswith(";") and out and not line.startswith("case"):
                break
    return out


def enum_territories(text: str, ext: str) -> list[dict]:
    """``[{"name", "line", "constants": [names of territories], "all": n}]`` for the enumerations of a source text that name
    two territories or more (and at least half of their constants), fewer than five."""
    found = []
    for m in (_PY_ENUM if ext == "py" else _BRACE_ENUM).finditer(text):
        start = m.end()
        if ext == "py":
            lines = []
            for line in text[start:start + MAX_BODY].splitlines(keepends=True)[1:]:
                if line.strip() and not line[:1].isspace():
                    break
                lines.append(line)
            body = "".join(lines)
        else:
            end = text.find("}", start, start + MAX_BODY)
            # (the body to its closing brace: a constant's own braces and parentheses are skipped by the depth count)
            body = text[start:end if end >= 0 else start + MAX_BODY]
        consts = _constants(body, ext != "py")
        named = [c for c, _o, note in consts if _place(c) or _GOVERNMENT.search(note)]
        if 2 <= len(named) < 5 and 2 * len(named) >= len(consts):
            found.append({"name": m.group(1), "line": text.count("\n", 0, m.start()) + 1, "constants": named,
                          "end": text.count("\n", 0, start + len(body)) + 1})
    return found


@fact("territory-enums", version=1, public=False)
def territory_enums(ctx) -> dict:
    """``{"enums": [{"path", "line", "name", "constants", "uses": [[path, line, "Name.CONSTANT"]], "use_count", "use_files"}]}``: the
    enumerations of territories (:func:`enum_territories`) the code refers to outside their declaration."""
    from auditor.facts.inventory import inventory_of, is_test, is_vendored

    inv = inventory_of(ctx)
    entries = sorted((ctx.snapshot.files[p] for p in inv.paths("source")
                      if p.rsplit(".", 1)[-1].lower() in _EXTS and not is_test(p) and not is_vendored(p)), key=lambda e: e.path)
    read = [e for e in entries[:MAX_FILES] if e.size <= MAX_BYTES]
    enums = []
    for e in read:
        text = ctx.snapshot.read_text(e.path, limit=MAX_BYTES) or ""
        if "enum" in text.lower():
            for en in enum_territories(text, e.ext.lower()):
                enums.append(dict(en, path=e.path))
    if not enums:
        return {"enums": []}
    found: dict[int, list] = {i: [[], 0, set()] for i in range(len(enums))}  # uses shown, use count, files
    for e in read:  # (a second reading, of the files naming an enumeration, for the code referring to its constants)
        text = ctx.snapshot.read_text(e.path, limit=MAX_BYTES) or ""
        for i, en in enumerate(enums):
            if en["name"] not in text:
                continue
            use = re.compile(r"\b" + re.escape(en["name"]) + r"\s*(?:::|\.)\s*(" + "|".join(map(re.escape, en["constants"])) + r")\b")
            for m in use.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                if e.path == en["path"] and en["line"] <= line <= en["end"]:
                    continue  # (the declaration itself)
                found[i][1] += 1
                found[i][2].add(e.path)
                if len(found[i][0]) < MAX_USES:
                    found[i][0].append([e.path, line, f"{en['name']}.{m.group(1)}"])
    out = [{"path": en["path"], "line": en["line"], "name": en["name"], "constants": en["constants"], "uses": found[i][0],
            "use_count": found[i][1], "use_files": len(found[i][2])} for i, en in enumerate(enums) if found[i][1]]
    return {"enums": sorted(out, key=lambda x: (x["path"], x["line"]))}

"""The licence the source files' own headers state, for the ``license`` fact.

A header states a licence in one of three ways: a ``@license`` tag (PHPDoc, JSDoc: ``@license AGPL 3.0 or later``), a
Python module's ``__license__ = "GPL"``, or the licence written in words in the leading comment — the full text of a
short licence (the BSD text atop every file of a Lutece plugin: "Redistribution and use in source and binary forms…")
or the notice that grants it ("Licensed under the Apache License, Version 2.0", the license-maven-plugin header; "Moodle
is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License… either
version 3"). None of them is a REUSE ``SPDX-License-Identifier`` tag, but each states the licence of its file.

Bounded and deterministic: :data:`HEADER_FILES` source files taken evenly in path order, :data:`HEADER_BYTES` of each, and
at most :data:`MAX_IDENTIFIED` distinct leading comments (years and numbers aside) identified against the licence texts.
"""

from __future__ import annotations

import re

from auditor.facts.kind_apps import EXAMPLE_DIRS
from auditor.lazyre import lazy_compile

HEADER_FILES = 200  # source files whose first bytes are read, in path order
HEADER_BYTES = 4096
MAX_IDENTIFIED = 40  # distinct leading comments matched against the licence texts
_COPYRIGHT_YEAR = lazy_compile(r"copyright[ \t]*(?:\(c\)|©)?[ \t]*\d{4}\b", re.I)
MAX_NAMED = 5  # files stating the headers' licence named in the source (``paths``), in path order
MIN_FILES = 2  # one file's header (a snippet copied beside documentation: proxy.php "License: LGPL") speaks for that file only
LANGUAGES = ("PHP", "JavaScript", "TypeScript", "Java", "Python", "Vue", "Kotlin", "C#", "Groovy", "Scala", "Go", "C", "C++", "Ruby")
# (a shell pipeline's scripts, when they are the whole program — no file of the languages above —, state their licence in their "#"
# header too; beside a program in another language they are its wrappers: issue 12, s45 fd45)
SCRIPT_LANGUAGES = ("Shell",)

_LICENSE_TAG = lazy_compile(r"@licen[cs]e\s+([^\n*]{2,120})", re.I)
# a header's licence field saying the file is in the public domain (a vendored PHP shim's docblock, "license: Public Domain", then
# "compatible to ALL open source licenses … republish this under your favorite license (GNU LGPL/GPL, BSDL, MPL/CDDL…)"): the file
# is under no licence, and the licences its prose names are a re-publisher's choices, not its own (issue 12, s29 f29)
_PUBLIC_DOMAIN = lazy_compile(r"^[ \t]*(?:/\*+|\*+|//+|#+|--)?[ \t]*@?licen[cs]e[ \t]*(?:[:=][ \t]*|[ \t]+)(?:the[ \t]+)?(?:public[ \t-]domain|domaine[ \t]+public)\b",
                              re.I | re.M)
_LICENSE_WORD = lazy_compile(r"\b(A?GPL|LGPL|MPL|EUPL|CeCILL(?:-[BC])?)\s+licen[cs]e\s+(v?\d)", re.I)
# A Python module's metadata (__author__, __email__, __license__ = "GPL"): the modules that carry such a block state the licence
# (annotated too: a QGIS plugin template's __about__.py, `__license__: str = "GPLv2+"`)
_DUNDER_LICENSE = lazy_compile(r"""^__license__(?:[ \t]*:[ \t]*[\w.]+)?\s*=\s*['"]([^'"\n]{2,80})['"]""", re.M)
_DUNDER_META = lazy_compile(r"^__(?:author|copyright|email|license|maintainer|credits|status)__(?:[ \t]*:[ \t]*[\w.\[\], ]+?)?\s*=", re.M)
# what makes a leading comment worth matching against the licence texts
_WORDS = lazy_compile(r"licen[cs]|Redistribution and use|Permission is hereby granted|free software|logiciel libre", re.I)
# a Java/Kotlin/Scala/Groovy/Go ``package`` line: license-maven-plugin's header may be placed after it
_PACKAGE = lazy_compile(r"^[ \t]*package[ \t]+[\w.]+[ \t]*;?[ \t]*$")
# and PHP's declare(strict_types=1) statement, which many PHP files put before their licence notice (a WordPress plugin's 13 files,
# "<?php" then "declare( strict_types=1 );" then the GPL notice in words)
_PHP_DECLARE = lazy_compile(r"^[ \t]*declare[ \t]*\([ \t]*\w+[ \t]*=[ \t]*\w+[ \t]*\)[ \t]*;[ \t]*$")
_IDE_STUB = lazy_compile(r"To change this (?:license header|template)", re.I)  # NetBeans' stub atop a new file
MAX_COMMENTS = 3  # leading comments looked at, in order, for the one stating the licence
_GUTTER = lazy_compile(r"^[ \t]*(?:/\*+!?|\*+/|\*+|//+!?|#+!?|--|<!--|-->|;+)?[ \t]?")
# the right edge of a boxed comment (" *   This program is free software; …   *"), which would split the licence's words
_FRAME = lazy_compile(r"[ \t]+\*+[ \t]*$")
# a Python module's docstring opening (r/u prefixes): QGIS Plugin Builder writes the GPL notice of every file it generates there
_DOCSTRING = lazy_compile(r"^[ \t]*[rRuU]?(\"{3}|'{3})")


def leading_comment(head: str, i: int = 0, docstring: bool = False) -> tuple[str, int, int] | None:
    """The first comment of a file (from line index ``i``), without its comment markers, the line it starts on and the index of
    the line after it: a ``/* … */`` block or a run of ``//``, ``#`` or ``--`` lines, after an opening ``<?php``, a shebang, an
    encoding line, a ``package`` line, a PHP ``declare(…);`` line or blank lines; with ``docstring`` (a Python module), also a triple-quoted module
    docstring, read within the same bounds as a comment."""
    lines = head.split("\n")
    while i < len(lines) and i < 40 and ((not lines[i].strip() or lines[i].lstrip().startswith(("<?php", "#!", "# -*-", "# vim:", "'use strict'", '"use strict"'))
                                         and not _WORDS.search(lines[i])) or _PACKAGE.match(lines[i]) or _PHP_DECLARE.match(lines[i])):
        i += 1
    if i >= len(lines):
        return None
    first = lines[i].lstrip()
    body: list[str] = []
    opening = _DOCSTRING.match(lines[i]) if docstring else None
    if opening:
        quote, rest = opening.group(1), lines[i][opening.end():]
        for j in range(i, min(len(lines), i + 120)):
            line = rest if j == i else lines[j]
            if quote in line:
                body.append(line[:line.find(quote)])
                break
            body.append(line)
    elif first.startswith(("/*", "<!--")):
        close = "*/" if first.startswith("/*") else "-->"
        for j in range(i, min(len(lines), i + 120)):
            body.append(lines[j])
            if close in lines[j][(lines[j].find(first[:2]) + 2) if j == i else 0:]:
                break
    else:
        marker = next((m for m in ("//", "#", "--") if first.startswith(m)), None)
        if marker is None:
            return None
        for j in range(i, min(len(lines), i + 120)):
            if not lines[j].lstrip().startswith(marker):
                break
            body.append(lines[j])
    text = "\n".join(_FRAME.sub("", _GUTTER.sub("", ln.replace("*/", "").replace("-->", ""))).rstrip() for ln in body)
    blank = len(text) - len(text.lstrip("\n"))  # (a "/****" or '"""' line of its own: the text starts below it)
    return text.strip("\n"), i + 1 + blank, i + len(body)


def licence_comment(head: str, docstring: bool = False) -> tuple[str, int] | None:
    """The first of the file's leading comments (at most :data:`MAX_COMMENTS`, separated by blank or ``package`` lines) that
    speaks of a licence, and its line: license-maven-plugin's header after an empty javadoc or an IDE's "To change this license
    header" stub placed before the ``package`` line; ``docstring``: a Python module, whose docstring counts as a comment."""
    i = 0
    for _ in range(MAX_COMMENTS):
        found = leading_comment(head, i, docstring)
        if not found:
            return None
        comment, start, i = found
        if _WORDS.search(comment) and not (_IDE_STUB.search(comment) and len(comment) < 400):
            return comment, start
        if i <= start - 1:
            return None
    return None


def _words_line(comment: str, start: int) -> tuple[str, int]:
    """The comment's line that names or grants the licence, and its line in the file."""
    from auditor.licenses.notices import names_in

    lines = comment.split("\n")
    for k, ln in [*((k, ln) for k, ln in enumerate(lines) if names_in(ln)), *enumerate(lines)]:
        if _WORDS.search(ln) and "copyright" not in ln.lower():
            return ln.strip()[:120], start + k
    return comment.split("\n")[0].strip()[:120], start


def header_source(ctx, identify, declared_value) -> tuple[dict | None, dict, dict | None]:
    """The licence the source files' headers state, when at least half of the files read, and two or more, state it:
    ``{"kind": "file-headers", "path", "line", "value", "ids", "expression", "share", "files", "read", "how"}`` (``how``: tag or
    words), or None; a summary of every header licence found (``{"read": n, "licences": {expression: files}, "words":
    files stating one in words, "notices": [{"expression", "ids", "path", "line", "value", "files"}]}``), whatever its share; and,
    when fewer files state it than that rule asks, the project's own headers' licence (:func:`_own_headers`, kind
    ``file-header``), which the caller takes only when nothing else states a licence. ``identify(text)`` names the licence of
    a text (the licence-file matcher), ``declared_value(value)`` reads a declared value (``(expression, ids)``)."""
    from auditor.facts.inventory import inventory_of

    snap = ctx.snapshot
    language_of = {i.path: i.language for i in inventory_of(ctx).items if i.category == "source" and i.language in LANGUAGES}
    if not language_of:
        language_of = {i.path: i.language for i in inventory_of(ctx).items if i.category == "source" and i.language in SCRIPT_LANGUAGES}
    paths = spread(list(language_of))
    per_expr: dict[str, list] = {}
    dunders: dict[str, list] = {}
    memo: dict[str, tuple] = {}
    read = with_meta = words = py_read = 0
    dated: set[str] = set()
    languages: dict[str, int] = {}  # files read per language
    for path, text in snap.iter_text(paths, 512 * 1024):
        read += 1
        py_read += path.endswith(".py")
        languages[language_of[path]] = languages.get(language_of[path], 0) + 1
        head = (text or "")[:HEADER_BYTES].replace("\r\n", "\n")  # (a Windows file's CRLF lines: a boxed comment's right edge is "*\r")
        found = None if _PUBLIC_DOMAIN.search(head) else (_tag(head, declared_value) or _words(head, identify, memo, path.endswith((".py", ".pyw"))))
        if found:
            expr, ids, value, line, how = found
            words += how == "words"
            if how == "words" and _COPYRIGHT_YEAR.search(head):  # (a dated copyright notice above the licence's words)
                dated.add(path)
            per_expr.setdefault(expr, []).append((path, line, value, ids, how))
        if path.endswith(".py") and _DUNDER_META.search(head):
            with_meta += 1
            d = _DUNDER_LICENSE.search(head)
            if d:
                dunders.setdefault(d.group(1).strip(), []).append((path, head.count("\n", 0, d.start()) + 1))
    summary = {"read": read, "licences": {e: len(w) for e, w in sorted(per_expr.items())}, "words": words,
               # (each licence a header states, with its first file: one file's notice speaks for that file, a finding for
               # licensing.consistent when it is not the project's licence, though it never decides the project's licence)
               "notices": [{"expression": e, "ids": list(min(w)[3]), "path": min(w)[0], "line": min(w)[1], "value": min(w)[2],
                            "files": len(w)} for e, w in sorted(per_expr.items())]}
    # (and the licence the package's metadata states, __license__ = "GPLv2+": with the headers' notices, what says "or later")
    metadata = [{"value": value, "ids": ids, "path": where[0][0], "line": where[0][1]} for value, where in sorted(dunders.items())
                for _, ids in [declared_value(value)] if ids]
    if metadata:
        summary["metadata"] = metadata[:10]
    # __license__ = "GPL" in (at least half of) the modules that carry a metadata block: two or more decide as headers do; one, the
    # project's own program's (a harvester script's __license__ = "MIT" beside the library it copied), is its own header's licence
    # (_own_headers: only when nothing else states one, and that module holds most of the project's code)
    if not per_expr and dunders:
        for value, where in dunders.items():
            expr, ids = declared_value(value)
            if ids:
                per_expr.setdefault(expr, []).extend((p, ln, value, ids, "tag") for p, ln in where)
        # (the share is of the modules carrying a metadata block; the Python modules read are said beside it, s41 ft41)
        basis = {"basis": "metadata", "python_read": py_read, "all_read": read}
        read = with_meta
    else:
        basis = {}
    if not per_expr:
        return None, summary, None
    expr, where = max(per_expr.items(), key=lambda kv: (len(kv[1]), kv[0]))
    # (one file may speak for a project of fewer than 2 × MIN_FILES source files when it gives the licence in words under a dated
    # copyright notice, not a bare "License:" line: a Lutece module's only Java class under the BSD-3 text, beside a JS helper)
    # (and no other file of the project's states another licence: a GPL script beside an MIT one gives no project licence — s41 fq41)
    tiny = read < 2 * MIN_FILES and all(w[0] in dated for w in where) and _one_licence(per_expr, expr, where)
    if len(where) * 2 < read:
        return None, summary, _consistent_headers(per_expr, expr, where, read, languages, language_of)
    first = min(where)
    if len(where) < MIN_FILES and not tiny:
        return None, summary, _own_headers(ctx, per_expr, expr, where, read)
    return ({"kind": "file-headers", "path": first[0], "line": first[1], "value": first[2], "ids": list(first[3]), "expression": expr,
             "share": round(len(where) / read, 3), "files": len(where), "read": read, "how": first[4],
             "paths": sorted({w[0] for w in where})[:MAX_NAMED], **basis}, summary, None)


# folders of examples and snippets (a documentation's _snippets/proxy.php, copied with its "License: LGPL" line): their files
# are code to copy, not the project's own program, and their headers speak for themselves
_NOT_OWN_DIRS = EXAMPLE_DIRS | {"snippet", "snippets", "doc", "docs", "documentation", "vendor", "vendors", "third_party", "thirdparty"}


def _own_headers(ctx, per_expr: dict, expr: str, where: list, read: int) -> dict | None:
    """Too few files state the licence for the rule of :func:`header_source` (two, half of those read), but the headers of the
    project's own program state it (Rennes Métropole's statistics batch: one 640-line Python script, "Licence: GPL 3" in its
    header, beside two shell wrappers and SQL scripts): every header licence found agrees (one licence), none of the files
    stating it is in a folder of examples, snippets or documentation, at least half of the files read state it, and they hold
    at least half of the bytes of the project's program (its source code in a programming language, copies aside: markup, style
    sheets, templates and SQL are no program). That is
    evidence of the project's licence, weaker than a licence file: ``{"kind": "file-header", "path", "line", "value", "ids",
    "expression", "files", "read", "bytes_share"}``, or None."""
    from auditor.facts.inventory import PROGRAMMING, inventory_of

    first = min(where)
    ids = _agreeing_own(per_expr, expr, where)
    if ids is None:
        return None
    files = ctx.snapshot.files
    # (the program's code: a static site's pages and style sheets — index.html, style.css beside its one script js/main.js under
    # the GPL notice — are no program and carry no header; issue 12, s41 fq41)
    code = [i.path for i in inventory_of(ctx).items if i.category == "source" and i.language in PROGRAMMING
            and not set(p.lower().lstrip("_") for p in i.path.split("/")[:-1]) & _NOT_OWN_DIRS]
    total = sum(files[p].size for p in code if p in files)
    stating = sum(files[p].size for p in {w[0] for w in where} if p in files)
    if not total or stating * 2 < total:
        return None
    return {"kind": "file-header", "path": first[0], "line": first[1], "value": first[2], "ids": ids, "expression": expr,
            "files": len(where), "read": read, "bytes_share": round(stating / total, 3), "how": first[4]}


def _one_licence(per_expr: dict, expr: str, where: list) -> bool:
    """Every header licence found agrees with the one stated most."""
    from auditor.licenses.notices import agree

    return all(agree(list(w[0][3]), list(min(where)[3])) for e, w in per_expr.items() if e != expr)


def _agreeing_own(per_expr: dict, expr: str, where: list) -> list[str] | None:
    """The ids of the licence the headers state when every header licence found agrees with it (one licence), it is a known
    licence, and none of the files stating it is in a folder of examples, snippets or documentation; else None."""
    from auditor.licenses.notices import agree

    ids = list(min(where)[3])
    if not ids or any(i.startswith("LicenseRef") for i in ids):
        return None
    if any(not agree(list(w[0][3]), ids) for e, w in per_expr.items() if e != expr):
        return None  # two licences in the headers: none of them is the project's
    if any(set(p.lower().lstrip("_") for p in path.split("/")[:-1]) & _NOT_OWN_DIRS for path, *_ in where):
        return None
    return ids


CONSISTENT_FILES = 2 * MIN_FILES  # files stating the one licence, when they are fewer than half of those read


def _consistent_headers(per_expr: dict, expr: str, where: list, read: int, languages: dict[str, int],
                        language_of: dict[str, str]) -> dict | None:
    """Fewer than half of the files read state the licence, but every licence header there is states the same one (a Lutece
    plugin: the BSD-3-Clause text atop each of its 16 Java classes, its 28 JavaScript files without any header, no LICENSE
    file): that licence, stated wherever the project states one, is its licence by notices, weaker than a licence file and
    taken only when nothing else states one (``file-header``, with ``files`` and ``read``: coverage is partial). Asked of the
    headers: :func:`_agreeing_own`, at least :data:`CONSISTENT_FILES` files and a quarter of those read, and in every language
    where a file states it, at least half of that language's files read state it (a few copied scripts with their library's
    header among a language's own files without one decide nothing)."""
    if len(where) < CONSISTENT_FILES or len(where) * 4 < read:
        return None
    ids = _agreeing_own(per_expr, expr, where)
    if ids is None:
        return None
    stating: dict[str, int] = {}
    for path, *_ in where:
        stating[language_of[path]] = stating.get(language_of[path], 0) + 1
    if any(n * 2 < languages.get(lang, 0) for lang, n in stating.items()):
        return None
    first = min(where)
    return {"kind": "file-header", "path": first[0], "line": first[1], "value": first[2], "ids": ids, "expression": expr,
            "files": len(where), "read": read, "share": round(len(where) / read, 3), "how": first[4]}


def spread(paths: list[str], n: int = HEADER_FILES) -> list[str]:
    """At most ``n`` of the paths (in path order), taken evenly across them: the first ``n`` of a large tree are one folder's
    (a C++ server's packages/admin/ web pages, before its src/ whose 2,000 files all state the licence)."""
    paths = sorted(paths)
    return paths if len(paths) <= n else [paths[i * len(paths) // n] for i in range(n)]


def _tag(head: str, declared_value) -> tuple | None:
    m = _LICENSE_TAG.search(head)
    if not m:
        return None
    value = m.group(1).strip()
    expr, ids = declared_value(_LICENSE_WORD.sub(r"\1 \2", value))  # "AGPL License 3.0 or later" -> "AGPL 3.0 or later"
    if ids:
        expr, ids = _granted_choice(head, value, expr, list(ids))
    return (expr, ids, value, head.count("\n", 0, m.start()) + 1, "tag") if ids else None


def _granted_choice(head: str, value: str, expr: str, ids: list[str]) -> tuple[str, list[str]]:
    """A tag naming a GNU licence without a choice ("@license AGPL-3.0", SPDX's deprecated id, read "-only") in a comment that
    grants it "either version 3 of the License, or (at your option) any later version" (an OX App Suite plugin's header): the
    grant beside the tag makes the choice. A tag stating one ("GPL-2.0+", "AGPL-3.0-only") keeps it."""
    from auditor.licenses import notices

    if notices.version_choice(value) or not any(notices.family(i) in notices.VERSIONED for i in ids):
        return expr, ids
    found = licence_comment(head)
    choice = notices.version_choice(found[0]) if found and value in found[0] else None
    if choice != "or-later":
        return expr, ids
    for old in [i for i in ids if notices.family(i) in notices.VERSIONED]:
        new = notices.with_choice(old, choice)
        expr = re.sub(r"(?<![\w.-])" + re.escape(old) + r"(?![\w.+-])", new, expr)
        ids = [new if x == old else x for x in ids]
    return expr, ids


def _words(head: str, identify, memo: dict, docstring: bool = False) -> tuple | None:
    """The licence the leading comment (or a Python module's docstring) writes out or grants in words (identified once per
    distinct comment)."""
    found = licence_comment(head, docstring)
    if not found:
        return None
    comment, start = found
    # (from its first words on a licence: the lines above, "User class header. @file User.h", a copyright holder, name each
    # file, and a project of 2,000 such headers would use up the comments identified on its first files)
    lines = comment.split("\n")
    at = next((k for k, ln in enumerate(lines) if _WORDS.search(ln)), 0)
    key = re.sub(r"\d+", "0", "\n".join(lines[at:]))
    if key not in memo:
        if len(memo) >= MAX_IDENTIFIED:
            return None
        info = identify(comment)
        memo[key] = (info.get("expression"), tuple(info.get("ids") or ())) if info.get("ids") and not info.get("bundled") else None
    if not memo[key] or not memo[key][0]:
        return _address(lines, start)
    value, line = _words_line(comment, start)
    return memo[key][0], memo[key][1], value, line, "words"


# a header line that gives the licence by the address of its text alone ("# https://creativecommons.org/licenses/by-sa/4.0/deed.fr",
# "License: https://www.gnu.org/licenses/gpl-3.0.html") under the author's name and the project's address: the licence of the file
_ADDRESS_LINE = lazy_compile(r"^[ \t]*(?:(?:licen[cs]e|licence)[ \t]*:?[ \t]*)?(https?://\S+)[ \t]*$", re.I)


def _address(lines: list[str], start: int) -> tuple | None:
    """The licence a line of the leading comment names by its text's address alone, one licence on one such line (issue 12, s45 fd45:
    a shell pipeline's two scripts, "Created By : <author>" then the project's address and the CC BY-SA 4.0 deed's)."""
    from auditor.licenses.notices import names_in

    found = []
    for k, ln in enumerate(lines[:40]):
        m = _ADDRESS_LINE.match(ln)
        named = names_in(m.group(1)) if m else []
        if len(named) == 1:
            found.append((named[0][0], ln.strip()[:120], start + k))
    if len({f[0] for f in found}) != 1:
        return None
    lid, value, line = found[0]
    return lid, (lid,), value, line, "address"

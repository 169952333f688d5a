"""Files of a test folder that are a copied library's, told by the banner they open with: jQuery Cycle's ``/*! jQuery Cycle Plugin …
Copyright (c) 2007-2010 M. Alsup … Version: 2.9999``, Cufón's ``/*! Copyright (c) 2011 Simo Kinnunen. Licensed under the MIT
license. @version …`` under a prototype page's test/style/js/ (issue 12, s42 fh42 = KeolisAix/MDMKPA). A library keeps its
author's notice in a ``/*!`` comment (minifiers preserve it) or in a first comment naming a copyright, a licence and a version:
neither is a test of the project, whatever its folder or the words of its code (``context.getElementsByTagName(``). Bounded: the
first :data:`HEAD_BYTES` of at most :data:`MAX_FILES` JavaScript files, in path order."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

HEAD_BYTES = 1024
MAX_FILES = 300
_EXT = (".js", ".mjs", ".cjs")
_FIRST_COMMENT = lazy_compile(r"\A\ufeff?\s*/\*(!?)([\s\S]{0,1000}?)\*/")
_COPYRIGHT = lazy_compile(r"\bcopyright\b|©|\(c\)\s*\d{4}", re.I)
_LICENCE = lazy_compile(r"\blicen[cs]e[ds]?\b", re.I)
_VERSION = lazy_compile(r"@version\b|\bversion\s*:?\s*v?\d|\bv\d+\.\d+", re.I)


def library_banner(head: str) -> bool:
    """The text's first comment is a library's banner: a ``/*!`` notice naming a copyright or a version, or a comment naming a
    copyright, a licence and a version."""
    m = _FIRST_COMMENT.match(head)
    if not m:
        return False
    body = m.group(2)
    if m.group(1):
        return bool(_COPYRIGHT.search(body) or _VERSION.search(body))
    return bool(_COPYRIGHT.search(body) and _LICENCE.search(body) and _VERSION.search(body))


def banner_files(snap, paths) -> set[str]:
    """The JavaScript files among ``paths`` (a test folder's) that open with a library's banner."""
    probed = sorted(p for p in set(paths) if p.lower().endswith(_EXT))[:MAX_FILES]
    return {path for path in probed if library_banner(snap.read_head(path, HEAD_BYTES) or "")}

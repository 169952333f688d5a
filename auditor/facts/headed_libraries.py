"""A one-file library copied in, told by the header it ships with: its leading comment names the product (the file's own name, as a
title or after a label: "SortTable" atop .sorttable.js, "Class: prettyPhoto" atop jquery.prettyPhoto.js; or a title ending on its
release: "Easy Upload Plugin 8.2.3"), its author with a web site ("Author: Stephane Caron (http://www.no-margin-for-errors.com)",
"Stuart Langridge, http://www.kryogenix.org/…", "Copyright 2010, Sebastian Tschan" over "https://blueimp.net"), and its licence or
its version ("Licensed under the MIT license", "Licenced as X11", "Version: 3.1"). Such a
header is a published script's, copied with it: the file is that library's, not the project's code.

The project's own files stay its own: an author the root README or licence names, one of the repository's commit authors, or a title
that is one of the project's names. Scripts only: a server-side file copied so (blueimp's UploadHandler.php with its example
index.php) is the endpoint the deployed application serves, which interoperability.api-spec judges. Bounded: at most
:data:`MAX_FILES` scripts, :data:`HEAD_BYTES` of each, path order.
"""

from __future__ import annotations

import re

from auditor.facts.vendored import leading_comments, squeeze
from auditor.lazyre import lazy_compile

MAX_FILES = 400
HEAD_BYTES = 4096
MAX_HISTORY = 2000
_NAME = r"[A-ZÀ-Ý][\w'À-ÿ-]+(?:[ \t]+[A-ZÀ-Ý][\w'À-ÿ.-]*){1,3}"
# the author and the site: "Author: Stephane Caron (http://…)", "Stuart Langridge, http://…", "@author Jane Doe <https://…>"
_AUTHOR_SITE = lazy_compile(r"^[ \t*/#!]*(?:@?author[ \t]*:?[ \t]*)?(?P<name>" + _NAME + r")[ \t]*[,(<-]?[ \t]*(?:https?://|www\.)[\w.-]+\.[a-z]{2,}",
                            re.I | re.M)
# a copyright line naming a person or body ("Copyright 2010, Sebastian Tschan"), a web site on one of the next lines
_COPYRIGHT = lazy_compile(r"^[ \t*/#!]*copyright[ \t]*(?:\(c\)|©)?[ \t]*(?:\d{4}(?:[ \t]*[-–,][ \t]*\d{4})*)?,?[ \t]*(?:by[ \t]+)?(?P<name>" + _NAME + r")",
                          re.I | re.M)
_SITE = lazy_compile(r"(?:https?://|www\.)[\w.-]+\.[a-z]{2,}", re.I)
_LICENCE_OR_VERSION = lazy_compile(r"\blicen[cs]ed?\b|\blicen[cs]es?\b|\bMIT\b|\bGPL\b|\bX11\b|\bBSD\b|^[ \t*/#!]*(?:@?version)\b[ \t:]*v?\d", re.I | re.M)
# a label before the product's name ("Class: prettyPhoto", "Plugin: x", "Name: x")
_LABEL = lazy_compile(r"^(?:class|name|plugin|script|library|module|title)[ \t]*:[ \t]*", re.I)
# a title ending on its release ("jQuery File Upload Plugin PHP Class 8.2.3")
_TITLE_RELEASE = lazy_compile(r"^[A-Za-z][\w.+-]*(?:[ \t]+[A-Za-z][\w.+-]*){1,7}[ \t]+v?\d+\.\d+(?:\.\d+)?[ \t]*$")


def _stem(name: str) -> str:
    base = re.sub(r"(\.min)?\.(js|php)$", "", name.lstrip("."), flags=re.I)
    return squeeze(re.sub(r"^jquery[.-]", "", base, flags=re.I))


def header_author(name: str, text: str) -> str | None:
    """The author (squeezed) when a file's leading comment is a one-file library's header (see the module's docstring), else None."""
    lead = leading_comments(re.sub(r"\A\ufeff?<\?php[ \t]*\r?\n", "", text[:HEAD_BYTES]), 2048)
    lines = [re.sub(r"^[ \t*/#!-]+|[ \t*/-]+$", "", line) for line in lead.splitlines()]
    lines = [line for line in lines if line][:4]
    stem = _stem(name)
    titled = any((len(stem) >= 4 and squeeze(_LABEL.sub("", line)) == stem) or _TITLE_RELEASE.match(line) for line in lines)
    if not titled or not _LICENCE_OR_VERSION.search(lead):
        return None
    if m := _AUTHOR_SITE.search(lead):
        return squeeze(m.group("name"))
    if (m := _COPYRIGHT.search(lead)) and _SITE.search(lead, m.end()):
        return squeeze(m.group("name"))
    return None


def headed_libraries(snap, items: list, own_texts: str, own: set[str]) -> set[str]:
    """The paths of the project's scripts (category source) that are one-file libraries by their header, by an author
    the project never names (``own_texts``: its root README and licence, squeezed; ``own``: its names, squeezed)."""
    files = sorted(i.path for i in items if i.category == "source" and i.path.rsplit(".", 1)[-1].lower() == "js")[:MAX_FILES]
    found: dict[str, str] = {}
    for path in files:
        author = header_author(path.rsplit("/", 1)[-1], snap.read_head(path, HEAD_BYTES) or "")
        if author and len(author) >= 6 and author not in own_texts and not any(len(k) >= 4 and (k in author or author in k) for k in own):
            found[path] = author
    if not found:
        return set()
    history = snap.history()[:MAX_HISTORY] if getattr(snap, "has_history", False) else []
    committers = {squeeze(c.author_name) for c in history} - {""}
    return {p for p, a in found.items() if not any(len(c) >= 4 and (c in a or a in c) for c in committers)}

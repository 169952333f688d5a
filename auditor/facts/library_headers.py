"""One reader of the header a one-file library is copied in with, its leading comment (besides :mod:`auditor.facts.vendored`'s
``banner``), from shared parts: the first comment, a line naming the file as its title, a person followed by a web site, a copyright
line, the licence phrase, the version line. Three rules read it; each accepts what its place needs (issue 12, s42 fg42, fm42, fh42):

- :func:`authored_library` (the inventory, any script): a banner signed by its author rather than a copyright line, the file's name
  as its title, an ``Author:`` line giving a person and their web site, and the licence it is released under ("Color picker / Author:
  Stefan Petre www.eyecon.ro / Dual licensed under the MIT and GPL licenses" atop js/colorpicker/colorpicker.js); the other scripts
  of its folder signed by the same author and site (:func:`banner_author`: "Utilities / Author: Stefan Petre www.eyecon.ro" atop
  utils.js) are the same distribution's parts, licence or not.
- :func:`header_author` (:func:`headed_libraries`, the inventory): the product named (the file's name, as a title or after a label:
  "SortTable" atop .sorttable.js, "Class: prettyPhoto" atop jquery.prettyPhoto.js; or a title ending on its release: "Easy Upload
  Plugin 8.2.3"), its author with a web site, labelled or not ("Stuart Langridge, http://www.kryogenix.org/…", or "Copyright 2010,
  Sebastian Tschan" over "https://blueimp.net"), and its licence or its version ("Licenced as X11", "Version: 3.1"); or a JSDoc-style
  banner, the file's name before a tagline, an ``@version`` tag, an ``@author`` tag and the licence it is released under ("Coin Slider
  - Unique jQuery Image Slider / @version: 1.0 / @author Ivan Lazarevic / Licensed under MIT licence", s43 fd43), the author's mailbox
  and site after the name ("/**! easyPieChart … @license Dual licensed under the MIT … @author Robert Fleischmann <…@…> (http://…)
  @version 2.1.3", s43 fi43). Scripts only: a
  server-side file copied so (blueimp's UploadHandler.php) is the endpoint the deployed application serves (interoperability.api-spec).
- :func:`library_banner` (:func:`banner_files`, a test folder's scripts): the first comment a library keeps its notice in, a ``/*!``
  one (minifiers preserve it) naming a copyright or a version, or one naming a copyright, a licence and a version (jQuery Cycle's
  "/*! jQuery Cycle Plugin … Copyright (c) 2007-2010 M. Alsup … Version: 2.9999" under a prototype page's test/style/js/): no test.

The project's own files stay its own: the callers judge the author (one the root README or licence names, a commit author, a name of
the project). Bounded: at most :data:`MAX_FILES` scripts, :data:`HEAD_BYTES` of each (a test folder's: :data:`TEST_MAX_FILES`,
:data:`TEST_HEAD_BYTES`), path order.
"""

from __future__ import annotations

import re

from auditor.facts.vendored import leading_comments, squeeze
from auditor.lazyre import lazy_compile

MAX_FILES, HEAD_BYTES, MAX_HISTORY = 400, 4096, 2000
TEST_MAX_FILES, TEST_HEAD_BYTES = 300, 1024
_SITE = r"(?:https?://|www\.)[\w.-]+\.[a-z]{2,}"
_MARKS = r"^[ \t*/#!]*"  # a comment line's marks
# a person: one to four words after an "Author:" label (authored banners), two to four words, labelled or not (headers)
_SIGNER = r"[A-Za-zÀ-ÿ][\w.'À-ÿ-]*(?:[ \t]+[A-Za-zÀ-ÿ][\w.'À-ÿ-]*){0,3}?"
_NAME = r"[A-ZÀ-Ý][\w'À-ÿ-]+(?:[ \t]+[A-ZÀ-Ý][\w'À-ÿ.-]*){1,3}"


def _signature(label: str, name: str):
    """A person then their web site on a line: "Author: Stefan Petre www.eyecon.ro", "Stuart Langridge, http://…", "@author Jane Doe
    <https://…>"."""
    return lazy_compile(_MARKS + label + "(?P<name>" + name + r")[ \t]*[,(<-]?[ \t]*(?P<site>" + _SITE + ")", re.I | re.M)


_SIGNED = _signature(r"@?author[ \t]*:?[ \t]+", _SIGNER)
_CREDITED = _signature(r"(?:@?author[ \t]*:?[ \t]*)?", _NAME)
# a copyright line naming a person or body ("Copyright 2010, Sebastian Tschan"), a web site on one of the next lines
_COPYRIGHT_LINE = lazy_compile(_MARKS + r"copyright[ \t]*(?:\(c\)|©)?[ \t]*(?:\d{4}(?:[ \t]*[-–,][ \t]*\d{4})*)?,?[ \t]*(?:by[ \t]+)?"
                               r"(?P<name>" + _NAME + ")", re.I | re.M)
_SITE_RX = lazy_compile(_SITE, re.I)
_LICENCE = r"\blicen[cs]e[ds]?\b"
# the licence the banner releases the file under ("Dual licensed under the MIT and GPL licenses", "Released under the MIT license")
_RELEASED = lazy_compile(r"\b(?:licen[cs]ed|released|distributed|available)[ \t]+under[ \t]+(?:the[ \t]+)?[\w .,/-]{0,60}?licen[cs]es?\b", re.I)
_LICENCE_OR_VERSION = lazy_compile(_LICENCE + r"|\bMIT\b|\bGPL\b|\bX11\b|\bBSD\b|" + _MARKS + r"@?version\b[ \t:]*v?\d", re.I | re.M)
# a label before the product's name ("Class: prettyPhoto", "Plugin: x", "Name: x")
_LABEL = lazy_compile(r"^(?:class|name|plugin|script|library|module|title)[ \t]*:[ \t]*", re.I)
# a title ending on its release ("jQuery File Upload Plugin PHP Class 8.2.3")
_TITLE_RELEASE = lazy_compile(r"^[A-Za-z][\w.+-]*(?:[ \t]+[A-Za-z][\w.+-]*){1,7}[ \t]+v?\d+\.\d+(?:\.\d+)?[ \t]*$")
# a JSDoc-style banner's parts: the title's tagline after a dash, the release tag, the author tag, "Licensed under MIT"
_TAGLINE = lazy_compile(r"[ \t]+[-–—|][ \t]+")
_JSDOC_VERSION = lazy_compile(_MARKS + r"@version\b[ \t]*:?[ \t]*v?\d+\.\d+", re.I | re.M)
# (its name alone, or followed by the author's mailbox and web site: "@author Robert Fleischmann <rendro87@…> (http://…)")
# (or followed by the company after a dash: "@author Jane Doe - Some Studio")
_JSDOC_AUTHOR = lazy_compile(_MARKS + r"@author[ \t]*:?[ \t]+(?P<name>" + _NAME + r")[ \t]*(?:<[\w.+-]+@[\w.-]+>[ \t]*)?"
                             r"(?:[(<]?(?:https?://|www\.)[^\s)>]+[)>]?[ \t]*)?(?:[-–—][ \t]+[A-Z][\w&.' -]{1,60})?$", re.M)
# a licence named in prose ("Licensed under MIT") or by a JSDoc tag ("@license For open source use: GPLv3", "@license MIT")
_LICENSED = lazy_compile(r"\blicen[cs]ed[ \t]+under[ \t]+(?:the[ \t]+)?(?:MIT|BSD|GPL|LGPL|Apache|MPL|ISC)\b"
                         r"|@licen[cs]e\b[^\n]{0,60}?\b(?:MIT|BSD|A?GPL|LGPL|Apache|MPL|ISC|CC[ -]BY|WTFPL|Unlicense)", re.I)
_FIRST_COMMENT = lazy_compile(r"\A\ufeff?\s*/\*(!?)([\s\S]{0,1000}?)\*/")
_COPYRIGHT_WORD = lazy_compile(r"\bcopyright\b|©|\(c\)\s*\d{4}", re.I)
_LICENCE_WORD = lazy_compile(_LICENCE, re.I)
_VERSION_WORD = lazy_compile(r"@version\b|\bversion\s*:?\s*v?\d|\bv\d+\.\d+", re.I)


def header_lines(lead: str, count: int) -> list[str]:
    """The first ``count`` lines of leading comments that hold words, without their comment marks."""
    lines = (re.sub(r"^[ \t*/#!-]+|[ \t*/-]+$", "", line) for line in lead.splitlines())
    return [line for line in lines if line][:count]


def names_file(lines: list[str], name: str, plugin: bool = False) -> bool:
    """A line names the file as its title, alone or after a label ("Color picker", "Class: prettyPhoto"): its name without its
    extension nor a hidden copy's leading dot (nor, ``plugin``, a "jquery." prefix), four characters at least."""
    stem = re.sub(r"(\.min)?\.(js|css|php)$", "", name, flags=re.I)
    key = squeeze(re.sub(r"^\.*jquery[.-]", "", stem, flags=re.I) if plugin else stem)
    return len(key) >= 4 and any(squeeze(_LABEL.sub("", line)) == key for line in lines)


def signature(lead: str) -> tuple[str, str] | None:
    """``(author, site)`` squeezed, when leading comments give an ``Author:`` line with a web site ("www." and the scheme left out)."""
    m = _SIGNED.search(lead)
    author = squeeze(m.group("name")) if m else ""
    return (author, squeeze(m.group("site").split("//")[-1].removeprefix("www."))) if len(author) >= 4 else None


def banner_author(text: str) -> tuple[str, str] | None:
    """``(author, site)`` of a script's ``Author:`` line with a web site in its leading comments (see :func:`signature`)."""
    return signature(leading_comments(text, 2048))


def authored_library(name: str, text: str) -> tuple[str, str] | None:
    """``(author, site)`` when the leading comments are a one-file library's banner signed by its author (see the module's
    docstring): a line of them names the file itself as a title, an author with a site, and a licence it is released under."""
    lead = leading_comments(text, 2048)
    return signature(lead) if _RELEASED.search(lead) and names_file(header_lines(lead, 20), name) else None


def _jsdoc_author(lead: str, lines: list[str], name: str) -> str | None:
    """A JSDoc-style banner's author (squeezed): the first line names the file before a tagline ("Coin Slider - Unique jQuery Image
    Slider" atop coin-slider.js), the comment gives the release by an ``@version`` tag, the person by an ``@author`` tag (no site)
    and the licence it is released under ("Licensed under MIT licence")."""
    title = _TAGLINE.split(lines[0], 1)[0] if lines else ""
    if not (names_file([title], name, plugin=True) and _JSDOC_VERSION.search(lead) and (_RELEASED.search(lead) or _LICENSED.search(lead))):
        return None
    m = _JSDOC_AUTHOR.search(lead)
    return squeeze(m.group("name")) if m else None


def header_author(name: str, text: str) -> str | None:
    """The author (squeezed) when a file's leading comment is a one-file library's header (see the module's docstring), else None."""
    lead = leading_comments(re.sub(r"\A\ufeff?<\?php[ \t]*\r?\n", "", text[:HEAD_BYTES]), 2048)
    lines = header_lines(lead, 4)
    if jsdoc := _jsdoc_author(lead, lines, name):
        return jsdoc
    if not (names_file(lines, name, plugin=True) or any(_TITLE_RELEASE.match(line) for line in lines)) or not _LICENCE_OR_VERSION.search(lead):
        return None
    if m := _CREDITED.search(lead):
        return squeeze(m.group("name"))
    m = _COPYRIGHT_LINE.search(lead)
    return squeeze(m.group("name")) if m and _SITE_RX.search(lead, m.end()) else None


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


def library_banner(head: str) -> bool:
    """The text's first comment is a library's banner: a ``/*!`` notice naming a copyright or a version, or a comment naming a
    copyright, a licence and a version."""
    m = _FIRST_COMMENT.match(head)
    body = m.group(2) if m else ""
    if m and m.group(1):
        return bool(_COPYRIGHT_WORD.search(body) or _VERSION_WORD.search(body))
    return bool(m and _COPYRIGHT_WORD.search(body) and _LICENCE_WORD.search(body) and _VERSION_WORD.search(body))


def banner_files(snap, paths) -> set[str]:
    """The JavaScript files among ``paths`` (a test folder's) that open with a library's banner."""
    probed = sorted(p for p in set(paths) if p.lower().endswith((".js", ".mjs", ".cjs")))[:TEST_MAX_FILES]
    return {path for path in probed if library_banner(snap.read_head(path, TEST_HEAD_BYTES) or "")}

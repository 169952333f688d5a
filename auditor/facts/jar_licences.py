"""The licence a Java archive states inside itself (issue 12, s46 fa46 = PatPercot/cd56-connecteur-asalae-executables: lib/
commons-codec-1.11.jar holds META-INF/LICENSE.txt, the Apache-2.0 text, and its MANIFEST.MF says ``Bundle-License:
https://www.apache.org/licenses/LICENSE-2.0.txt``; the copied jars were all called "without a stated licence").

Read in this order, the first that gives one licence wins: the manifest's ``Bundle-License`` (an SPDX expression, a licence's
name or the address of its text), the ``<licenses>`` of the Maven pom.xml the jar carries (``META-INF/maven/<group>/<artifact>/
pom.xml``: each licence's ``<name>``, else its ``<url>``), the licence text at ``META-INF/`` (LICENSE, LICENSE.txt, COPYING…) as
the licence index recognises it; a text holding several licences (a bundled part's beside the library's) gives none. The archive is
opened in memory, never run or extracted; at most :data:`MAX_MEMBERS` members of :data:`MEMBER_BYTES` each are read.
"""

from __future__ import annotations

import io
import re
import zipfile

from auditor.facts.addon_licences import licence_url
from auditor.lazyre import lazy_compile
from auditor.licenses import notices

MAX_MEMBERS, MEMBER_BYTES = 4, 64 * 1024
_LICENCE_TEXT = lazy_compile(r"^META-INF/(?:LICEN[CS]E|COPYING)(?:\.(?:txt|md))?$", re.I)
_POM = lazy_compile(r"^META-INF/maven/[^/]+/[^/]+/pom\.xml$")
_LICENSES = lazy_compile(r"<licenses>(.{0,4000}?)</licenses>", re.S)
_LICENSE = lazy_compile(r"<license>(.{0,2000}?)</license>", re.S)
_TAG = {k: lazy_compile(rf"<{k}>\s*([^<]{{1,300}}?)\s*</{k}>") for k in ("name", "url")}


def declared(value: str) -> str | None:
    """One licence a short declaration gives: an SPDX expression, a licence's address, or one licence named with its version."""
    value = value.strip()
    if not value:
        return None
    if by_url := licence_url(value.split(";", 1)[0].split(",", 1)[0]):  # (Bundle-License: <url>;description=…, a list's first)
        return by_url
    named = notices.names_in(value)
    if any(notices.is_unversioned(i) for i, _ in named):  # ("GPL", "BSD License": a family without its version, no licence)
        return None
    expr, ids, valid = notices.parse_expression(value)
    if valid and ids:
        return expr
    return named[0][0] if len(named) == 1 and not notices.is_unversioned(named[0][0]) else None


def _manifest_value(text: str, key: str) -> str | None:
    """A MANIFEST.MF header's value, its continuation lines (a leading space) joined."""
    unfolded = re.sub(r"\r?\n ", "", text)
    m = re.search(rf"^{key}:[ \t]*(.+?)\s*$", unfolded, re.M | re.I)
    return m.group(1) if m else None


def _pom_licence(text: str) -> str | None:
    block = _LICENSES.search(text)
    if not block:
        return None
    found = []
    for lic in _LICENSE.findall(block.group(1))[:5]:
        name, url = (m.group(1) if (m := _TAG[k].search(lic)) else "" for k in ("name", "url"))
        one = declared(name) or declared(url)
        if not one:
            return None  # (a licence this audit cannot name: the whole declaration unknown rather than half of it)
        found.append(one)
    return " OR ".join(dict.fromkeys(found)) if found else None  # (Maven lists the licences one may choose between)


def jar_licence(data: bytes) -> str | None:
    """The SPDX expression a jar's own metadata or licence text states, None when it states none this audit can read."""
    return jar_statement(data)[0]


_ADDRESS = lazy_compile(r"^https?://[\w.-]{1,200}(?:/[\w./%~+-]{0,300})?$", re.I)


def jar_statement(data: bytes) -> tuple[str | None, str | None]:
    """(licence, address): the SPDX expression a jar states, as :func:`jar_licence`; else, when its manifest's ``Bundle-License``
    gives the address of a licence page this audit does not recognise (H2's ``https://h2database.com/html/license.html``), that
    address: the licence is stated, by its address, not read (the audit never fetches it). (None, None) when the jar states none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = sorted(z.namelist())
            wanted = (["META-INF/MANIFEST.MF"] if "META-INF/MANIFEST.MF" in names else []) + [n for n in names if _POM.match(n)][:1] \
                + [n for n in names if _LICENCE_TEXT.match(n)][:2]
            texts = {}
            for n in wanted[:MAX_MEMBERS]:
                with z.open(n) as f:
                    texts[n] = f.read(MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return None, None
    read = {n: b.decode("utf-8", "replace") for n, b in texts.items()}
    value = _manifest_value(read.get("META-INF/MANIFEST.MF", ""), "Bundle-License")
    if value and (one := declared(value)):
        return one, None
    for n, text in read.items():
        if _POM.match(n) and (one := _pom_licence(text)):
            return one, None
    from auditor.licenses.matcher import get_index

    for n, text in read.items():
        if _LICENCE_TEXT.match(n) and len(texts[n]) <= MEMBER_BYTES:  # (a whole text only: a longer one's end may add a bundled part's)
            ids = set(get_index().match(text).ids)
            if len(ids) == 1:
                return ids.pop(), None
    address = value.split(";", 1)[0].split(",", 1)[0].strip() if value else ""
    return None, (address if _ADDRESS.match(address) else None)

"""A copied library's version and licence read from the licence files it was copied with, when its own files' banners say none:

- a minified bundle's companion ``<bundle>.LICENSE.txt`` (webpack's extracted licence comments: ``html2pdf.bundle.min.js.LICENSE.txt``
  beside ``html2pdf.bundle.min.js``), whose banner naming the library (``html2pdf.js v0.10.1 … Released under the MIT License``) gives
  its version and licence; the other banners there are the libraries bundled with it;
- the licence file at the top of the library's own copied folder, the folder named after it (``ckan-idgo-2.7.6/LICENSE.txt``, "CKAN
  - Data Catalogue Software … GNU Affero General Public License … either version 3 … or (at your option) any later version"): the
  first licence its notice names, with the version and choice it states. A licence file of a folder named otherwise (the project's
  root, another copied application holding the library in its static/libs/) is not that library's. With none at its top, a Java
  runtime image's ``legal/<module>/LICENSE`` (``javafx-sdk-17.0.2/legal/javafx.base/LICENSE``) is the library's; the GPL followed by
  its "CLASSPATH" EXCEPTION TO THE GPL is ``GPL-2.0-only WITH Classpath-exception-2.0``.

Bounded: at most :data:`MAX_READS` files read, :data:`READ_BYTES` each, in the libraries' order.
"""

from __future__ import annotations

import re

from auditor.facts.copied_folders import TOP_LICENCE, library_key
from auditor.facts.vendored import describe, squeeze
from auditor.licenses import notices
from auditor.lazyre import lazy_compile

MAX_READS = 20
READ_BYTES = 64 * 1024
NOTICE_BYTES = 1600  # (a licence file's own notice opens it; the bundled parts' licences follow: CKAN's WebHelpers, BSD)
# a licence file that opens on the third-party parts the library bundles, each under its own licence ("X bundles the following
# third-party components, each under its own licence"): the first licence it names is a part's, not the library's (s38 fa38's near
# miss, kept: s39 lead)
OPENING_BYTES = 300
_PLAIN_LICENCE = lazy_compile(r"^(?:licen[cs]e|copying)(?:\.\w+)?$", re.I)
_LEGAL_MODULE = lazy_compile(r"^(.+)/legal/[^/]+$")
_CLASSPATH = lazy_compile(r"^[ \t]*[\"“]?CLASSPATH[\"”]?[ \t]+EXCEPTION[ \t]+TO[ \t]+THE[ \t]+GPL\b", re.I | re.M)
_BUNDLED_OPENING = lazy_compile(r"\b(?:third[- ]party|bundles?\b[^\n]{0,40}\bcomponents?|each under its own|composants? tiers|chacun sous sa propre)", re.I)


def _banners(text: str, limit: int = 200):
    """The comment blocks (``/*! … */``) of a licence file, in order, at most ``limit``."""
    start = text.find("/*")
    while start >= 0 and limit > 0:
        end = text.find("*/", start + 2)
        if end < 0:
            return
        yield text[start:end + 2]
        limit -= 1
        start = text.find("/*", end + 2)


def _companion(snap, lib: dict, read) -> dict | None:
    name = squeeze(lib["name"])
    for p in lib["paths"][:5]:
        for companion in (p + ".LICENSE.txt", p + ".LICENSE"):
            if companion in snap.files and name:
                text = read(companion)
                block = next((b for b in _banners(text) if name in squeeze(b[:300])), None)
                if block:
                    found = describe(p, block)
                    return {"version": found.get("version"), "license": found.get("license")}
    return None


def _folder_licence(snap, lib: dict, folders: dict[str, list[str]], read) -> str | None:
    name = squeeze(lib["name"])
    segs = lib["paths"][0].split("/")[:-1]
    chain = ["/".join(segs[:k]) for k in range(len(segs), 0, -1) if name and library_key(segs[k - 1]) == name]  # innermost first
    # (a Java runtime image's legal/<module>/LICENSE, the JDK's and the JavaFX SDK's layout: the image's folder named after the library,
    # wherever its copies listed first sit — lib/javafx.base.jar copied beside the application)
    images = sorted({m.group(1) for f in folders if (m := _LEGAL_MODULE.match(f)) and name and library_key(m.group(1).rpartition("/")[2]) == name})
    for folder in chain + [f for f in images if f not in chain][:2]:
        # (a module's LICENSE first, before its ADDITIONAL_LICENSE_INFO)
        legal = sorted((p for f, ps in folders.items() if (m := _LEGAL_MODULE.match(f)) and m.group(1) == folder for p in ps),
                       key=lambda p: (not _PLAIN_LICENCE.match(p.rpartition("/")[2]), p))
        for path in (sorted(folders.get(folder, [])) or legal)[:2]:
            whole = read(path)
            text = whole[:NOTICE_BYTES]
            if _BUNDLED_OPENING.search(text[:OPENING_BYTES]):  # (a file opening on the parts it bundles gives their licences, not its own)
                continue
            named = notices.names_in(text)
            if named:
                lid = notices.with_choice(notices.stated_version(named[0][0], text), notices.version_choice(text))
                # (the GPL with its "Classpath" exception appended, OpenJDK's and JavaFX's: linking it binds no other module)
                return f"{lid} WITH Classpath-exception-2.0" if lid.startswith("GPL-") and _CLASSPATH.search(whole) else lid
    return None


def from_licence_files(snap, libraries: list[dict]) -> None:
    """Fill in place the missing version and licence of ``libraries`` (the inventory's copied libraries) from their licence files."""
    missing = [lib for lib in libraries if not lib.get("license") and lib.get("paths")]
    if not missing:
        return
    folders: dict[str, list[str]] = {}
    for p, e in snap.files.items():
        folder, _, file = p.rpartition("/")
        if folder and TOP_LICENCE.match(file) and e.kind == "file":
            folders.setdefault(folder, []).append(p)
    reads: dict[str, str] = {}

    def read(path: str) -> str:
        if path not in reads:
            reads[path] = (snap.read_head(path, READ_BYTES) or "")[:READ_BYTES] if len(reads) < MAX_READS else ""
        return reads[path]
    for lib in missing:
        found = _companion(snap, lib, read)
        if found and found["license"]:
            lib["license"] = found["license"]
            lib["version"] = lib.get("version") or found["version"]
            continue
        lib["license"] = _folder_licence(snap, lib, folders, read)

"""Licences declared by a project's descriptive metadata files, which say what the software is for the catalogues and tools that
read them, like a package's manifest:

- ``CITATION.cff`` at the root (Citation File Format: ``license: LGPL-3.0``, an SPDX id or a list of them, read by GitHub's "Cite
  this repository", Zenodo and Software Heritage);
- ``codemeta.json`` at the root (CodeMeta: ``"license": "https://spdx.org/licenses/LGPL-3.0"``, the SPDX page's address or a list
  of them; the address stands for its id);
- a QGIS plugin's ``metadata.txt`` (its folder at the root or two levels down, the file naming ``qgisMinimumVersion``): the
  ``license=GNU AGPL v3`` line the plugin's author writes beside its name and version, the manifest QGIS reads to install it;
- a Debian package's ``debian/copyright`` in the machine-readable format (DEP-5, its ``Format:`` line naming copyright-format) at the
  root, or the one a folder one level down holds (the project's code in src/, src/debian/copyright): the licence of its
  ``Files: *`` paragraph, what the package says of the whole work (Debian's name "Expat" read as MIT).

Each gives (path, value, line); the value as written, an SPDX page's address as its id."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

# a top-level key only (an author's or a reference's nested "license:" is another work's)
_CFF_SCALAR = lazy_compile(r"^licen[cs]e[ \t]*:[ \t]*['\"]?([^'\"\n#]*?)['\"]?[ \t]*(?:#.*)?$", re.M)
_CFF_ITEM = lazy_compile(r"[ \t]+-[ \t]+['\"]?([^'\"\n#]+?)['\"]?[ \t]*(?:#.*)?$", re.M)
_SPDX_PAGE = lazy_compile(r"^https?://(?:www\.)?spdx\.org/licenses/([A-Za-z0-9.+-]+?)(?:\.html?|\.json)?/?$", re.I)
_CODEMETA_LINE = lazy_compile(r'"licen[sc]e"\s*:')
_QGIS_LICENCE = lazy_compile(r"^licen[cs]e[ \t]*[=:][ \t]*(\S[^\n]{0,119}?)[ \t]*$", re.M | re.I)
_QGIS_MANIFEST = lazy_compile(r"^qgisMinimumVersion[ \t]*[=:]", re.M | re.I)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _spdx_page(value: str) -> str:
    """An SPDX licence page's address as its id ("https://spdx.org/licenses/LGPL-3.0" -> "LGPL-3.0"); any other value as it is."""
    m = _SPDX_PAGE.match(value.strip())
    return m.group(1) if m else value.strip()


def _cff(text: str) -> tuple[str, int] | None:
    m = _CFF_SCALAR.search(text)
    if not m:
        return None
    if m.group(1).strip():
        return m.group(1).strip(), _line_of(text, m.start())
    items = []  # license:\n  - MIT\n  - Apache-2.0: a choice among them (CFF's list)
    at = m.end() + 1
    while (item := _CFF_ITEM.match(text, at)) is not None:
        items.append(item.group(1).strip())
        at = item.end() + 1
    return (" OR ".join(items), _line_of(text, m.start())) if items else None


def _codemeta(text: str) -> tuple[str, int] | None:
    try:
        data = safejson.loads(text)
    except ValueError:
        return None
    lic = data.get("license") if isinstance(data, dict) else None
    values = lic if isinstance(lic, list) else [lic]
    values = [_spdx_page(v) for v in values if isinstance(v, str) and v.strip()]
    if not values:
        return None
    m = _CODEMETA_LINE.search(text)
    return " OR ".join(values) if len(values) > 1 else values[0], _line_of(text, m.start()) if m else 1


_DEP5_FORMAT = lazy_compile(r"\A\s*Format:[ \t]*<?https?://(?:www\.)?debian\.org/doc/packaging-manuals/copyright-format/", re.I)
_FILES_ALL = lazy_compile(r"^Files:[ \t]*\*[ \t]*$", re.M | re.I)
_DEP5_LICENCE = lazy_compile(r"^License:[ \t]*(\S[^\n]*?)[ \t]*$", re.M | re.I)


def _debian_copyright(snap) -> tuple[str, str, int] | None:
    """(path, value, line) of the ``Files: *`` paragraph's licence of the root's debian/copyright, else of the only one a folder one
    level down holds (a plugin set packaged from src/: src/debian/copyright "Files: * / License: CC-BY-NC-SA-3.0", issue 12, s31 j31);
    never a vendored package's (``is_vendored``), nor a file without DEP-5's Format line (a free-text copyright names no licence
    by a field)."""
    from auditor.facts.inventory import is_vendored

    found = sorted(p for p in snap.files if p.endswith("debian/copyright") and (p == "debian/copyright" or (p.count("/") == 2
                   and p.split("/")[1] == "debian")) and not is_vendored(p))
    path = "debian/copyright" if "debian/copyright" in found else (found[0] if len(found) == 1 else None)
    text = (snap.read_text(path, limit=256 * 1024) or "").replace("\r\n", "\n") if path else ""
    files = _FILES_ALL.search(text) if _DEP5_FORMAT.match(text) else None
    m = _DEP5_LICENCE.search(text, files.end()) if files else None
    if not m or re.search(r"\n[ \t]*\n", text[files.end():m.start()]):  # (the License field of the same paragraph)
        return None
    return path, re.sub(r"^Expat\b", "MIT", m.group(1)), _line_of(text, m.start())


def metadata_licences(snap) -> list[tuple[str, str, int]]:
    """(path, value, line) of the licences the root CITATION.cff and codemeta.json, a QGIS plugin's metadata.txt and a Debian
    package's debian/copyright declare."""
    files = snap.files
    out: list[tuple[str, str, int]] = []
    for path, read in (("CITATION.cff", _cff), ("codemeta.json", _codemeta)):
        found = read(snap.read_text(path, limit=256 * 1024) or "") if path in files else None
        if found:
            out.append((path, *found))
    plugins = sorted((p for p in files if p.rsplit("/", 1)[-1] == "metadata.txt" and p.count("/") <= 2), key=lambda p: (p.count("/"), p))
    for path in plugins[:5]:
        text = snap.read_text(path, limit=64 * 1024) or ""
        m = _QGIS_LICENCE.search(text) if _QGIS_MANIFEST.search(text) else None
        if m:
            out.append((path, m.group(1), _line_of(text, m.start())))
            break
    debian = _debian_copyright(snap)
    if debian:
        out.append(debian)
    return out

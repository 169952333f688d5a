"""Licences declared by a project's descriptive metadata files, which say what the software is for the catalogues and tools that
read them, like a package's manifest:

- ``CITATION.cff`` at the root (Citation File Format: ``license: LGPL-3.0``, an SPDX id or a list of them, read by GitHub's "Cite
  this repository", Zenodo and Software Heritage);
- ``codemeta.json`` at the root (CodeMeta: ``"license": "https://spdx.org/licenses/LGPL-3.0"``, the SPDX page's address or a list
  of them; the address stands for its id);
- a QGIS plugin's ``metadata.txt`` (its folder at the root or two levels down, the file naming ``qgisMinimumVersion``): the
  ``license=GNU AGPL v3`` line the plugin's author writes beside its name and version, the manifest QGIS reads to install it.

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


def metadata_licences(snap) -> list[tuple[str, str, int]]:
    """(path, value, line) of the licences the root CITATION.cff and codemeta.json and a QGIS plugin's metadata.txt declare."""
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
    return out

"""Licences declared by a project's descriptive metadata files, which say what the software is for the catalogues and tools that
read them, like a package's manifest:

- ``CITATION.cff`` at the root (Citation File Format: ``license: LGPL-3.0``, an SPDX id or a list of them, read by GitHub's "Cite
  this repository", Zenodo and Software Heritage);
- ``codemeta.json`` at the root (CodeMeta: ``"license": "https://spdx.org/licenses/LGPL-3.0"``, the SPDX page's address or a list
  of them; the address stands for its id), and an application's JSON manifest ``app.manifest`` at the root read the same way
  (Omneedia's: namespace, title, version, copyright, ``"license": "BSD"``, author; an XML or appcache app.manifest reads as none);
- a QGIS plugin's ``metadata.txt`` (its folder at the root or two levels down, the file naming ``qgisMinimumVersion``): the
  ``license=GNU AGPL v3`` line the plugin's author writes beside its name and version, the manifest QGIS reads to install it;
- a Debian package's ``debian/copyright`` in the machine-readable format (DEP-5, its ``Format:`` line naming copyright-format) at the
  root, or the one a folder one level down holds (the project's code in src/, src/debian/copyright): the licence of its
  ``Files: *`` paragraph, what the package says of the whole work (Debian's name "Expat" read as MIT).

- a Frictionless descriptor at the root — a Table Schema (``schema.json``: ``"$schema"`` naming table-schema, or its ``fields``
  list) or a Data Package (``datapackage.json``, its ``resources``) —: its top-level ``licenses`` list (``[{"name": "etalab-2.0",
  "path": "https://spdx.org/licenses/etalab-2.0.html"}]``), what the catalogues (schema.data.gouv.fr) show as the licence of the
  specification the repository publishes; several licences listed apply together.

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


_LICENSES_LINE = lazy_compile(r'"licenses"\s*:')
_FRICTIONLESS = lazy_compile(r"frictionlessdata\.io/schemas/(?:table-schema|data-package|tabular-data-package)|/table-schema\.json", re.I)
MAX_DESCRIPTORS = 20


def _descriptor(text: str) -> tuple[str, int] | None:
    """The licences a Table Schema's or a Data Package's top-level ``licenses`` list names (each by its ``name``, else its
    ``path``), joined by AND, with the line of the key."""
    try:
        data = safejson.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("licenses"), list):
        return None
    shaped = (isinstance(data.get("fields"), list) or isinstance(data.get("resources"), list)
              or (isinstance(data.get("$schema"), str) and _FRICTIONLESS.search(data["$schema"])))
    values = []
    for item in data["licenses"][:10] if shaped else []:
        value = next((item.get(k) for k in ("name", "path") if isinstance(item, dict) and isinstance(item.get(k), str) and item.get(k).strip()), None)
        if value and _spdx_page(value) not in values:
            values.append(_spdx_page(value))
    m = _LICENSES_LINE.search(text)
    return (" AND ".join(values), _line_of(text, m.start()) if m else 1) if values else None


def _descriptors(snap) -> list[tuple[str, str, int]]:
    """(path, value, line) of the root's Frictionless descriptors that list licences (see :func:`_descriptor`)."""
    out = []
    names = sorted(p for p, e in snap.files.items() if "/" not in p and p.lower().endswith(".json") and e.kind in ("file", "executable")
                   and ("schema" in p.lower() or p.lower() == "datapackage.json"))
    for path in names[:MAX_DESCRIPTORS]:
        found = _descriptor(snap.read_text(path, limit=1024 * 1024) or "")
        if found:
            out.append((path, *found))
    return out


def folder_descriptors(snap, copied=frozenset()) -> list[tuple[str, str, int]]:
    """(path, value, line) of the Frictionless descriptors listing licences in folders up to three levels down (a specification kept
    one version a folder, schemas/v1.5/bal_schema_v1.5.json: "licenses": [{"name": "CC BY-NC-ND 4.0"}] — issue 12, s39 fh39 =
    aitf-sig-topo/voies-adresses), never vendored, copied (``copied``) nor test files: the licence of the specification the
    repository publishes, read only when nothing at the root states one (the caller's rule). Bounded: :data:`MAX_DESCRIPTORS` files."""
    from auditor.facts.inventory import is_test, is_vendored

    names = sorted(p for p, e in snap.files.items() if 1 <= p.count("/") <= 3 and p.lower().endswith(".json") and e.kind in ("file", "executable")
                   and ("schema" in p.rsplit("/", 1)[-1].lower() or p.lower().endswith("datapackage.json"))
                   and not (is_vendored(p) or is_test(p) or p in copied))
    out = []
    for path in names[:MAX_DESCRIPTORS]:
        found = _descriptor(snap.read_text(path, limit=1024 * 1024) or "")
        if found:
            out.append((path, *found))
    return out


def metadata_licences(snap) -> list[tuple[str, str, int]]:
    """(path, value, line) of the licences the root CITATION.cff, codemeta.json and app.manifest, a QGIS plugin's metadata.txt, a Debian
    package's debian/copyright and the root's Table Schema or Data Package declare."""
    files = snap.files
    out: list[tuple[str, str, int]] = []
    for path, read in (("CITATION.cff", _cff), ("codemeta.json", _codemeta), ("app.manifest", _codemeta)):
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
    return out + _descriptors(snap)

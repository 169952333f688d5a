"""The licence texts of a REUSE project's ``LICENSES/`` folder, found and judged as ``reuse lint`` (6.2) does
(project.py ``_find_licenses``, report.py ``bad_licenses``, ``deprecated_licenses``, ``licenses_without_extension``)."""

from __future__ import annotations

import posixpath
from functools import lru_cache
from pathlib import PurePosixPath

from auditor.lazyre import lazy_compile

_LICENSEREF = lazy_compile(r"LicenseRef-[a-zA-Z0-9-.]+$")
_MAX_LINKS = 8  # symlinks followed in a row to a licence text


@lru_cache(maxsize=1)
def _spdx_ids() -> tuple[frozenset[str], frozenset[str]]:
    """The identifiers reuse knows (SPDX licences and exceptions, deprecated ones included) and the deprecated ones: the
    SPDX License List of ``licenses.json.gz`` (metadata: see its ``metadata_from``) and license-expression's SPDX exceptions."""
    from auditor.licenses.matcher import get_index  # noqa: PLC0415
    from auditor.spdx import spdx_licensing  # noqa: PLC0415

    meta = get_index().meta
    exceptions = {s.key for s in spdx_licensing().known_symbols.values()
                  if getattr(s, "is_exception", False) and not s.key.startswith("LicenseRef-")}
    return frozenset(meta) | frozenset(exceptions), frozenset(k for k, v in meta.items() if v.get("deprecated"))


def _text_id(name: str, known: frozenset[str]) -> tuple[str, bool]:
    """The licence a text in LICENSES/ is for, as reuse names it (project.py ``_identifier_of_license``), and whether its
    name lacks an extension: the stem (``pathlib``'s: ``Apache-2.0`` has the suffix ``.0``) when it is a known identifier or a
    ``LicenseRef-``; else the whole name when it is a known identifier (``MIT``, ``GPL-2.0``: no extension); else the stem."""
    p = PurePosixPath(name)
    if p.suffix and (p.stem in known or _LICENSEREF.match(p.stem)):
        return p.stem, False
    if name in known:
        return name, True
    return p.stem, False


def _resolve_link(snapshot, path: str):
    """The regular file a symlink of the tree leads to, inside the tree (at most :data:`_MAX_LINKS` links), or None: a link
    out of the repository, to a folder or to nothing is not followed."""
    e = snapshot.files.get(path)
    for _ in range(_MAX_LINKS):
        if e is None or e.kind != "symlink":
            break
        target = snapshot.link_target(e.path)
        if not target or target.startswith("/"):
            return None
        joined = posixpath.normpath(posixpath.join(posixpath.dirname(e.path), target))
        if joined == ".." or joined.startswith("../"):
            return None
        e = snapshot.files.get(joined)
    return e if e is not None and e.kind in ("file", "executable") else None


def licences_folder(snapshot) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The licence texts of LICENSES/ as ``reuse lint`` finds them (project.py ``_find_licenses``): every file under it, at
    any depth (``LICENSES/preferred/GPL-2.0``), but hidden ones (glob's ``**`` skips names starting with a dot) and
    ``.license`` companions; a symlink counts when it leads to a file of the repository (``GPL-2.0-or-later.txt`` ->
    ``GPL-2.0-only.txt``). Returns the texts by licence id, and the texts reuse rejects: ``without_extension`` (an SPDX
    id with no extension), ``bad`` (named by no SPDX id nor a ``LicenseRef-``, case counts: ``mit.txt``), ``deprecated``
    (a deprecated SPDX id: ``GPL-3.0.txt``)."""
    known, deprecated = _spdx_ids()
    texts: dict[str, str] = {}
    rejected: dict[str, list[str]] = {"without_extension": [], "bad": [], "deprecated": []}
    for e in sorted(snapshot.files.values(), key=lambda x: x.path):
        if not e.path.startswith("LICENSES/") or any(part.startswith(".") for part in e.path.split("/")[1:]):
            continue
        if e.ext == "license" or e.name.endswith(".license"):
            continue
        if e.kind not in ("file", "executable") and (e.kind != "symlink" or _resolve_link(snapshot, e.path) is None):
            continue
        lid, no_ext = _text_id(e.name, known)
        if lid in texts:
            continue  # (reuse stops with an error: two texts for one licence; the first in path order is kept)
        texts[lid] = e.path
        if no_ext:
            rejected["without_extension"].append(e.path)
        if lid not in known and not (_LICENSEREF.match(lid) and "Unknown" not in lid):
            rejected["bad"].append(e.path)
        if lid in deprecated:
            rejected["deprecated"].append(e.path)
    return texts, rejected

"""The licence a document build's metadata states for the documents it writes (issue 12, s41 fh41 = opt-nc/template-eae).

A pandoc kit's metadata file (``src/title.yml``: ``title:`` and ``rights: © 2026 …, CC BY-NC``; an EPUB's Dublin Core rights), a
metadata or defaults file pandoc is given (``--metadata-file=``, ``--epub-metadata=``), and MkDocs' ``copyright:`` say under which
terms the book, report or site built from the repository's documents is published: the documentation's own licence statement.
Read: the top-level ``rights:``, ``license:`` or ``licence:`` of a YAML file holding a top-level ``title:`` or named by a pandoc command
line, and ``copyright:`` of ``mkdocs.yml``; the licence named in the value (SPDX id; Creative Commons' names with or without version,
"CC BY-NC" too) and whether it reserves every right. At most :data:`MAX_FILES` files of :data:`MAX_BYTES`, in path order (hidden
folders and copied libraries left out); a value naming no licence nor reserving rights ("© 2026 Ville de X") says nothing.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES = 40, 64 * 1024
_YAML = lazy_compile(r"\.ya?ml$", re.I)
_KEY = lazy_compile(r"^(rights|license|licence)[ \t]*:[ \t]*(\S[^\n]{0,300})$", re.M)
_TITLE = lazy_compile(r"^title[ \t]*:", re.M)
_MKDOCS_COPYRIGHT = lazy_compile(r"^copyright[ \t]*:[ \t]*(\S[^\n]{0,300})$", re.M)
_PANDOC_METADATA = lazy_compile(r"""--(?:metadata-file|epub-metadata)[= ][ \t]*["']?([^\s"'\\;|&]+)""")
_BUILD_FILE = lazy_compile(r"^(?:Taskfile(?:\.dist)?\.ya?ml|Makefile|GNUmakefile|justfile|[\w.-]+\.(?:mk|sh|bash|ya?ml|ps1|bat|cmd))$")
# Creative Commons' licences by their short names: "CC BY-NC", "CC-BY-NC-SA 4.0", "CC BY 3.0 FR"
_CC = lazy_compile(r"\bCC[ \t_-]*(BY(?:[ \t_-]*(?:NC|ND|SA)){0,3})(?:[ \t_-]*v?(\d\.\d))?\b", re.I)
_VENDOR = ("node_modules/", "vendor/", "bower_components/")


def creative_commons(text: str) -> str | None:
    """The Creative Commons licence a short name gives (CC-BY-NC, CC-BY-NC-SA-4.0), None when none is named."""
    m = _CC.search(text)
    if not m:
        return None
    parts = re.split(r"[ \t_-]+", m.group(1).upper())
    return "CC-" + "-".join(parts) + (f"-{m.group(2)}" if m.group(2) else "")


def _named(value: str) -> tuple[list[str], bool]:
    from auditor.licenses.notices import is_proprietary, names_in

    cc = creative_commons(value)
    ids = [cc] if cc else [lid for lid, _ in names_in(value, limit=3)]
    return ids, not ids and is_proprietary(value)


def document_rights_of(snap) -> list[dict]:
    """``[{"path", "line", "value", "ids", "reserved"}]`` for each statement read as said in the module, in path order."""
    files = sorted(e.path for e in snap.files.values() if e.kind == "file" and e.size <= MAX_BYTES
                   and not (e.path.startswith(".") or "/." in e.path or any(v in e.path for v in _VENDOR)))
    named: set[str] = set()
    for path in [p for p in files if _BUILD_FILE.match(p.rsplit("/", 1)[-1])][:MAX_FILES]:
        text = snap.read_text(path, limit=MAX_BYTES) or ""
        if "pandoc" in text:
            named |= {m.group(1).lstrip("./") for line in text.splitlines() if "pandoc" in line for m in _PANDOC_METADATA.finditer(line)}
    out = []
    for path in [p for p in files if _YAML.search(p)][:MAX_FILES]:
        text = snap.read_text(path, limit=MAX_BYTES) or ""
        name = path.rsplit("/", 1)[-1].lower()
        if name in ("mkdocs.yml", "mkdocs.yaml"):
            found = [("copyright", m) for m in _MKDOCS_COPYRIGHT.finditer(text)]
        elif name.startswith("publiccode."):
            continue  # (the software's own metadata: read by the licence facts)
        elif _TITLE.search(text) or path in named:
            found = [(m.group(1), m) for m in _KEY.finditer(text)]
        else:
            continue
        for _key, m in found[:3]:
            value = m.group(m.lastindex).strip().strip("\"'")
            ids, reserved = _named(value)
            if ids or reserved:
                out.append({"path": path, "line": text.count("\n", 0, m.start()) + 1, "value": value[:200], "ids": ids, "reserved": reserved})
    return out


@fact("document_rights", version=1, public=False)
def document_rights(ctx) -> list:
    """The documents' licence statements of a document build's metadata (see the module)."""
    return document_rights_of(ctx.snapshot)

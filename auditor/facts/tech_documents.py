"""Technical documents kept as office or PDF files, for the ``docs`` fact's architecture and deployment (issue 12, s36 t36 =
hefarian/rennes_metropole_effectifs_scolaires: doc/TerriSchool35_Documentation_TechniqueV2.pdf, 28 pages, has a chapter "8. Déploiement
recette et production"; documentation.docs said "missing: deployment", found by file names only).

What is safe to say without reading a PDF (the auditor has no PDF text reader and adds none):

- a document named as an operations file ("dossier d'exploitation", "manuel d'exploitation", DEX) is, by the French IT convention,
  the installation, deployment and running of the service: deployment documentation, in any format;
- a document named as a technical architecture file ("dossier d'architecture technique", DAT) is architecture documentation;
- a document named as the project's technical documentation ("Documentation technique", "technical documentation", "dossier
  technique") usually holds both, but not always: a Word or OpenDocument one is read (:mod:`.office_text`) and its short lines that
  read as chapter titles ("8. Déploiement recette et production", "Architecture technique") say what it covers; a PDF one (or an old
  binary .doc) cannot be read: it is listed as unread, and the docs check says its topics are not measured rather than missing.

Bounded: documents at most three folders deep, :data:`MAX_READ` office documents of at most ``MAX_DOCUMENT_BYTES`` read, in path order.
"""

from __future__ import annotations

import re

from auditor.facts.office_text import MAX_DOCUMENT_BYTES, office_text
from auditor.lazyre import lazy_compile

MAX_READ = 5
MAX_TITLE = 100
_DOCUMENT_EXT = ("pdf", "odt", "docx", "doc")
_SEP = r"[-_ .'’]*"
# an operations file ("Dossier d'exploitation", DEX_v2.pdf, "Manuel_Exploitation.docx", "operations manual", a runbook)
EXPLOITATION_DOCUMENT = lazy_compile(rf"(?:dossier|manuel|guide|document|doc|proc[ée]dures?){_SEP}d?{_SEP}exploitation|(?:operations?|ops){_SEP}(?:manual|guide)"
                                     r"|(?-i:(?:^|[-_ .])DEX(?:[-_ .]|$))", re.I)
# a technical architecture file ("Dossier d'architecture technique", DAT_TerriSchool.pdf)
ARCHITECTURE_DOCUMENT = lazy_compile(rf"dossier{_SEP}d?{_SEP}architecture|(?-i:(?:^|[-_ .])DAT(?:[-_ .]|$))", re.I)
# the project's technical documentation ("TerriSchool35_Documentation_TechniqueV2.pdf", "doc-technique.odt", "Technical documentation")
TECHNICAL_DOCUMENT = lazy_compile(rf"(?:documentation|doc|dossier|notice|manuel){_SEP}techni(?:que|cal)|technical{_SEP}(?:documentation|doc|manual|guide)", re.I)
_NUMBERING = lazy_compile(r"^\s*(?:(?:\d+|[IVX]+|[A-Z])(?:\.\d+)*[.)]?|[-•*])\s+")


def _stem(path: str) -> str:
    return path.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def technical_documents(snap, entries: list, excluded, deploy_title, arch_title) -> dict[str, list[str]]:
    """``{"deployment": [...], "architecture": [...], "unread": [...]}``: the documents named or read as such (see the module's
    docstring); ``excluded(path)``: a document that is no project documentation (a site's served file, a test's, a copy's);
    ``deploy_title`` and ``arch_title``: the docs fact's chapter-title patterns."""
    out: dict[str, list[str]] = {"deployment": [], "architecture": [], "unread": []}
    docs = sorted(e.path for e in entries if e.kind in ("file", "executable") and e.path.count("/") <= 3 and e.size > 0
                  and e.path.rsplit(".", 1)[-1].lower() in _DOCUMENT_EXT and not excluded(e.path))
    read = 0
    for path in docs:
        stem, ext = _stem(path), path.rsplit(".", 1)[-1].lower()
        if EXPLOITATION_DOCUMENT.search(stem):
            out["deployment"].append(path)
        if ARCHITECTURE_DOCUMENT.search(stem):
            out["architecture"].append(path)
        if not TECHNICAL_DOCUMENT.search(stem) or (path in out["deployment"] and path in out["architecture"]):
            continue
        if ext in ("docx", "odt") and read < MAX_READ:
            read += 1
            text = office_text(path, snap.read_bytes(path, limit=MAX_DOCUMENT_BYTES)) or ""
            titles = [_NUMBERING.sub("", line).strip() for line in text.split("\n") if 0 < len(line.strip()) <= MAX_TITLE]
            if any(deploy_title.search(t) for t in titles) and path not in out["deployment"]:
                out["deployment"].append(path)
            if any(arch_title.search(t) for t in titles) and path not in out["architecture"]:
                out["architecture"].append(path)
        elif ext in ("pdf", "doc"):
            out["unread"].append(path)
    return out

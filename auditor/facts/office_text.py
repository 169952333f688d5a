"""The text of the documents kept as zip archives of XML: a Word document (.docx: ``word/document.xml``), an OpenDocument text (.odt:
``content.xml``), and the one archive member a reader asks for (a QGIS .qgz's .qgs project).

Untrusted input: nothing is executed nor written; the archive is read in memory, at most :data:`MAX_MEMBERS` members listed and one
member of at most :data:`MAX_MEMBER_BYTES` (uncompressed, as the archive declares it and as read) opened; nothing the document links to
(an image, another file, an address) is followed. PDF text is not read.
"""

from __future__ import annotations

import html
import io
import zipfile

from auditor.lazyre import lazy_compile

MAX_MEMBERS = 200
MAX_MEMBER_BYTES = 16 * 1024 * 1024
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024  # (a document's archive larger than this, its pictures mostly, is not opened)
OFFICE_TEXT_EXT = {"docx": "word/document.xml", "odt": "content.xml"}


def zip_member_text(data: bytes, wanted, max_bytes: int = MAX_MEMBER_BYTES) -> str | None:
    """The text (UTF-8) of the first member of the zip archive ``data`` whose name ``wanted(name)`` accepts, among the first
    :data:`MAX_MEMBERS`, when it declares at most ``max_bytes``; None when there is none or the archive is unreadable."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            inner = next((m for m in archive.infolist()[:MAX_MEMBERS] if wanted(m.filename) and m.file_size <= max_bytes), None)
            if inner is None:
                return None
            with archive.open(inner) as fh:
                return fh.read(max_bytes).decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
        return None


# the end of a paragraph, a heading or a table cell, and a line break, in WordprocessingML (w:p, w:br, w:cr) and OpenDocument (text:p,
# text:h, text:line-break): a new line of the text; a tab (w:tab, text:tab) and OpenDocument's spaces (text:s) a space
# (a tag's inside stops at the next "<" too: a run of "<" never closed costs one scan, not one per "<")
_BREAK = lazy_compile(r"</w:p>|<w:br\b[^<>]*>|<w:cr\b[^<>]*>|</text:p>|</text:h>|<text:line-break\b[^<>]*>|</table:table-cell>")
_SPACE = lazy_compile(r"<w:tab\b[^<>]*>|<text:tab\b[^<>]*>|<text:s\b[^<>]*>")
_TAG = lazy_compile(r"<[^<>]*>")


def xml_text(xml: str) -> str:
    """The words of a document's XML body, a line per paragraph, heading or table cell (no tag, entities decoded)."""
    text = html.unescape(_TAG.sub("", _SPACE.sub(" ", _BREAK.sub("\n", xml))))
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def office_text(name: str, data: bytes | None) -> str | None:
    """The text of a Word (.docx) or OpenDocument (.odt) document ``name`` of contents ``data``; None for another format (.doc, .pdf),
    an archive over :data:`MAX_DOCUMENT_BYTES` or one that cannot be read."""
    body = OFFICE_TEXT_EXT.get(name.rsplit(".", 1)[-1].lower()) if "." in name else None
    if body is None or not data or len(data) > MAX_DOCUMENT_BYTES:
        return None
    xml = zip_member_text(data, lambda member: member == body)
    return xml_text(xml) if xml is not None else None


# Office's macro-enabled Open XML packages (.xlsm, .docm, .pptm and their templates and add-ins): the extension allows macros, the
# package holds them only in a vbaProject.bin part (xl/vbaProject.bin, word/vbaProject.bin); a workbook saved by openpyxl under
# .xlsm has none (issue 12, s43 fm43 = lamiedepain/st88: "Excel macros" said of a workbook of 12 parts, no macro)
MACRO_ENABLED_EXT = (".xlsm", ".xltm", ".xlam", ".docm", ".dotm", ".pptm", ".potm", ".ppam")
MAX_MACRO_PACKAGE_BYTES = 32 * 1024 * 1024
MAX_PACKAGE_MEMBERS = 2000


def holds_macros(data: bytes | None) -> bool | None:
    """Whether the Open XML package ``data`` holds a VBA project (a member named vbaProject.bin, or any .bin of VBA among the first
    :data:`MAX_PACKAGE_MEMBERS`): True, False, or None when it cannot be read (absent, too large, no zip archive)."""
    if not data or len(data) > MAX_MACRO_PACKAGE_BYTES:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [m.filename.lower() for m in archive.infolist()[:MAX_PACKAGE_MEMBERS]]
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError, EOFError):
        return None
    return any(n.rsplit("/", 1)[-1] in ("vbaproject.bin", "vbadata.xml") for n in names)

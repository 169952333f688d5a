"""Install documents and chapters that write no step: the documentation checks' rules on unfilled templates
(:mod:`auditor.facts.doc_placeholders`) applied to what reusability.install lists (issue 12, s40 fs40 = reader vd40 on
gitreunion/datacup-challenge-eco-logique and -muc: a hackathon template's INSTALL.md left unfilled, "## Dependencies" / "List the
dependencies necessary to the project…", "- how to install them"; an English README's "### Installation" holding only
"[Installation Guide](/INSTALL.md)"). Nothing is run; bounded by :data:`MAX_READ` documents of :data:`READ_BYTES` each."""

from __future__ import annotations

from auditor.facts.doc_placeholders import STUB_BYTES, placeholder_document, points_elsewhere, stub_page
from auditor.facts.document import MAX_README_BYTES, parse_document, readme_format

MAX_READ = 40
READ_BYTES = 128 * 1024
_TEXT_EXT = ("md", "markdown", "mdown", "mkd", "rst", "adoc", "asciidoc", "txt", "org", "textile")


def unwritten_guides(snap, guides: list[str]) -> set[str]:
    """Of the install documents, the text pages a documentation template left unfilled: a page most of whose paragraphs are its prompts
    to the writer or placeholders (:func:`placeholder_document`), or a short page of them (:func:`stub_page`, as documentation.docs
    reads pages of at most :data:`STUB_BYTES`): they install nothing. At most :data:`MAX_READ` read, in path order."""
    out = set()
    for p in sorted(p for p in guides if p.rsplit(".", 1)[-1].lower() in _TEXT_EXT)[:MAX_READ]:
        text = snap.read_text(p, limit=READ_BYTES)
        if not text:
            continue
        blocks = parse_document(text, readme_format(p, text))
        if placeholder_document(blocks) or len(text.encode()) <= STUB_BYTES and stub_page(text, blocks):
            out.add(p)
    return out


def _chapter(blocks: list, i: int, text: str) -> str:
    level = blocks[i].level or 6
    end = next((b.line for b in blocks[i + 1:] if b.kind == "heading" and (b.level or 6) <= level), None)
    return "\n".join(text.split("\n")[blocks[i].line:(end - 1) if end else None])


def link_only_installs(snap, installs: list[list]) -> list[list]:
    """The other READMEs' install chapters (``[path, line, text]``) without those whose heading only links to another document of the
    repository (:func:`points_elsewhere`): no step is written there, the document pointed to is judged by itself. At most
    :data:`MAX_READ` READMEs read again, up to the README's bound; the others are kept."""
    out = []
    for k, item in enumerate(installs):
        path, line = item[0], item[1]
        text = snap.read_text(path, limit=MAX_README_BYTES) if k < MAX_READ else None
        if text:
            blocks = parse_document(text, readme_format(path, text))
            i = next((j for j, b in enumerate(blocks) if b.kind == "heading" and b.line == line), None)
            if i is not None and points_elsewhere(blocks, i, _chapter(blocks, i, text)):
                continue
        out.append(item)
    return out

"""Install documents and chapters that write no step: the documentation checks' rules on unfilled templates
(:mod:`auditor.facts.doc_placeholders`) applied to what reusability.install lists (issue 12, s40 fs40 = reader vd40 on
gitreunion/datacup-challenge-eco-logique and -muc: a hackathon template's INSTALL.md left unfilled, "## Dependencies" / "List the
dependencies necessary to the project…", "- how to install them"; an English README's "### Installation" holding only
"[Installation Guide](/INSTALL.md)"). Nothing is run; bounded by :data:`MAX_READ` documents of :data:`READ_BYTES` each."""

from __future__ import annotations

from auditor.facts import fact
from auditor.facts.doc_placeholders import STUB_BYTES, placeholder_document, points_elsewhere, stub_page
from auditor.facts.document import MAX_README_BYTES, parse_document, readme_format

MAX_READ = 40
MAX_POINTERS = 10
READ_BYTES = 128 * 1024
_TEXT_EXT = ("md", "markdown", "mdown", "mkd", "rst", "adoc", "asciidoc", "txt", "org", "textile")


def unwritten_guides(snap, guides: list[str]) -> set[str]:
    """Of the install documents, the text pages a documentation template left unfilled: a page most of whose paragraphs are its prompts
    to the writer or placeholders (:func:`placeholder_document`), or a short page of them (:func:`stub_page`, as documentation.docs
    reads pages of at most :data:`STUB_BYTES`): they install nothing. At most :data:`MAX_READ` read, in path order."""
    out = set()
    for p in sorted(p for p in guides if p.rsplit(".", 1)[-1].lower() in _TEXT_EXT)[:MAX_READ]:
        text = snap.read_text(p, limit=READ_BYTES)
        if text and unfilled_text(p, text):
            out.add(p)
    return out


def unfilled_text(path: str, text: str) -> bool:
    """The text page a documentation template left unfilled (see :func:`unwritten_guides`); a page of another format is not judged."""
    if path.rsplit(".", 1)[-1].lower() not in _TEXT_EXT or not text:
        return False
    blocks = parse_document(text, readme_format(path, text))
    return placeholder_document(blocks) or len(text.encode()) <= STUB_BYTES and stub_page(text, blocks)


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


def _local_target(ref: str, base: str) -> str | None:
    """The repository path a README's link names (``/INSTALL.md``, ``docs/install.md``), or None (another site, an anchor, outside)."""
    import posixpath
    from urllib.parse import unquote, urlparse

    parsed = urlparse(ref.strip())
    if parsed.scheme or parsed.netloc or not parsed.path or ref.startswith(("#", "mailto:", "{", "<", "$")):
        return None
    rel = unquote(parsed.path).rstrip("/")
    target = posixpath.normpath(rel.lstrip("/") if rel.startswith("/") else posixpath.join(base, rel))
    return None if not rel or target.startswith("../") or target in ("..", ".") else target


def unfilled_pointers(snap, path: str, text: str) -> set[int]:
    """The lines of the README's headings whose chapter only links to documents of the repository (:func:`points_elsewhere`) that a
    template left unfilled (:func:`unwritten_guides`): the DataCup template's "### Installation" / "[Guide d'installation](/INSTALL.md)"
    over an INSTALL.md of prompts ("List the dependencies…") writes no step, here or there (issue 12, s41 fi41 =
    gitreunion/datacup-challenge-les-pivots). At most :data:`MAX_POINTERS` such chapters, :data:`MAX_READ` documents each."""
    blocks = parse_document(text, readme_format(path, text))
    base = path.rsplit("/", 1)[0] if "/" in path else ""
    out, judged = set(), 0
    for i, b in enumerate(blocks[:4000]):
        if b.kind != "heading" or judged >= MAX_POINTERS or not points_elsewhere(blocks, i, _chapter(blocks, i, text)):
            continue
        judged += 1
        level, targets = b.level or 6, []
        for c in blocks[i + 1:i + 40]:
            if c.kind == "heading" and (c.level or 6) <= level:
                break
            targets += [t for url, _ in c.links if (t := _local_target(url, base))]
        targets = sorted(set(targets))[:MAX_READ]
        if targets and all(t in snap.files for t in targets) and unwritten_guides(snap, targets) == set(targets):
            out.add(b.line)
    return out


@fact("readme_unfilled_pointers", version=1, public=False)
def readme_unfilled_pointers(ctx) -> list[int]:
    """The README's heading lines whose chapter only links to pages a template left unfilled (:func:`unfilled_pointers`): the readme
    fact drops the sections they would give (a fact of its own, so that the readme fact imports none of the install modules)."""
    path = (ctx.fact("files") or {}).get("readme")
    text = ctx.snapshot.read_text(path, limit=MAX_README_BYTES) if path else None
    return sorted(unfilled_pointers(ctx.snapshot, path, text)) if text else []

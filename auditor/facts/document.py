"""Documents parsed, not grepped: headings and paragraphs (with their links, images and lines) of
Markdown (markdown-it-py, CommonMark: ATX and Setext headings, fenced and indented code, HTML blocks
whose ``<h1>``–``<h6>`` count as headings), reStructuredText (docutils, file inclusion and raw
directives disabled: the text is untrusted) and AsciiDoc (by its line syntax, delimited blocks
skipped). The README fact, the documentation facts and the scaling facts read documents this way.

Longer than 400 lines: the three markup languages share one block model (headings, paragraphs, lines) and the
choice of a README's format (an extension-less README read as Markdown when its lines are), which must stay beside it.
"""

from __future__ import annotations

import html.parser
import io
import re
import threading
import unicodedata
from dataclasses import dataclass, field

from auditor.facts.emoji_headings import emoji_headings
from auditor.facts.document_marks import GENERATED_END, GENERATED_START, MARKDOWN_EXT, bold_label as _bold_label, bound_open_brackets, code_only
from auditor.facts.text_titles import TEXT_ITEM as _TEXT_ITEM, TEXT_RULE as _TEXT_RULE, leading_title, upper_case_title
from auditor.lazyre import lazy_compile

MAX_README_BYTES = 512 * 1024  # a document is parsed up to this many characters
MAX_BLOCKS = 5000


def norm(text: str) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed: the form headings are matched in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^a-z0-9]+", " ", text.lower())
    return text.strip()


@dataclass
class Block:
    """One unit of a parsed document: a heading or a paragraph (list items and table cells included)."""

    kind: str  # "heading" | "paragraph"
    text: str
    line: int
    level: int = 0
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, link text)
    images: list[str] = field(default_factory=list)
    alts: list[str] = field(default_factory=list)  # images' alternative texts (badge labels)
    step: bool = False  # an item of a numbered list ("2. Create a Github OAuth App…"): a step of a procedure
    label: str = ""  # the bold words that lead the paragraph before a colon ("**Installation** : …"), a title in the text
    item: bool = False  # an item of a list, numbered or not
    code: bool = False  # code spans only (a table cell `string`, `true`): literals of the code, no prose of any language
    generated: bool = False  # inside a block a tool writes between its markers (terraform-docs' <!-- BEGIN_TF_DOCS -->): not the author's text
    row_head: str = ""  # a table cell's row's first cell, for the row's other cells ("| CONTRIBUTING.md | Ce fichier indique … |": the file the cell tells of)

    @property
    def badge_only(self) -> bool:
        """A paragraph of images (badges, logos) and nothing else worth reading: link labels and
        image alternative texts removed, at most two words are left."""
        rest = self.text
        for label in sorted({lbl for _, lbl in self.links} | set(self.alts), key=lambda s: (-len(s), s)):  # longest first: "Docker Image" would cut "Docker Image Size"
            if label:
                rest = rest.replace(label, " ")
        return bool(self.images) and len(norm(rest).split()) <= 2


# --- Markdown ---------------------------------------------------------------------------------

class _HTMLBlocks(html.parser.HTMLParser):
    """Headings, paragraphs, links and images of an HTML fragment (a README's HTML blocks)."""

    def __init__(self, base_line: int) -> None:
        super().__init__(convert_charrefs=True)
        self.base_line = base_line
        self.blocks: list[Block] = []
        self._heading: int = 0
        self._buf: list[str] = []
        self._links: list[tuple[str, str]] = []
        self._images: list[str] = []
        self._alts: list[str] = []
        self._href: str | None = None
        self._href_text: list[str] = []
        self._start = base_line
        self._pre = 0  # inside <pre>: a code or settings listing ("<pre>{ "config": … }</pre>" in ENT modules' READMEs), no prose

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text or self._images:
            # (a heading tag around a picture alone, "<h1 align="center"><img src=…></h1>" in a chapter, centres it: no heading closing the chapter)
            heading = self._heading if text else 0
            self.blocks.append(Block("heading" if heading else "paragraph", text, self._start, heading,
                                     list(self._links), list(self._images), list(self._alts), code=bool(self._pre and not self._heading)))
        self._buf, self._links, self._images, self._alts = [], [], [], []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        a = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._heading = int(tag[1])
            self._start = self.base_line + self.getpos()[0] - 1
        elif tag in ("p", "div", "br", "li", "table", "tr", "td", "section", "details", "summary", "pre"):
            if not self._heading:
                self._flush()
                self._pre += tag == "pre"
                self._start = self.base_line + self.getpos()[0] - 1
        elif tag == "a" and a.get("href"):
            self._href, self._href_text = a["href"], []
        elif tag == "img" and a.get("src"):
            self._images.append(a["src"])
            self._alts.append(" ".join((a.get("alt") or "").split()))
            self._buf.append(" " + (a.get("alt") or "") + " ")
            self._href_text.append(a.get("alt") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self._pre:
            self._flush()
            self._pre -= 1
            self._start = self.base_line + self.getpos()[0] - 1
        elif re.fullmatch(r"h[1-6]", tag) and self._heading:
            self._flush()
            self._heading = 0
            self._start = self.base_line + self.getpos()[0] - 1
        elif tag == "a" and self._href is not None:
            self._links.append((self._href, " ".join("".join(self._href_text).split())))
            self._href = None

    def handle_data(self, data: str) -> None:
        self._buf.append(data)
        if self._href is not None:
            self._href_text.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def _md_inline(token, alts: list[str] | None = None) -> tuple[str, list[tuple[str, str]], list[str]]:
    """Text, links and image sources of an inline token; image alternative texts go to ``alts``."""
    alts = alts if alts is not None else []
    parts: list[str] = []
    links: list[tuple[str, str]] = []
    images: list[str] = []
    href: str | None = None
    label: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
            if href is not None:
                label.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
            if href is not None:  # (a label broken over two lines, "[open an\nissue](…)", reads "open an issue")
                label.append(" ")
        elif child.type == "link_open":
            href, label = str(child.attrs.get("href") or ""), []
        elif child.type == "link_close":
            if href is not None:
                links.append((href, " ".join("".join(label).split())))
            href = None
        elif child.type == "image":
            images.append(str(child.attrs.get("src") or ""))
            alts.append(" ".join(child.content.split()))
            parts.append(" " + child.content + " ")
            if href is not None:
                label.append(child.content)
        elif child.type == "html_inline":
            sub = _HTMLBlocks(0)
            try:
                sub.feed(child.content)
                sub.close()
            except Exception:  # noqa: BLE001 - broken inline HTML is just text
                continue
            images.extend(src for b in sub.blocks for src in b.images)
            alts.extend(a for b in sub.blocks for a in b.alts)
            if child.content.lower().startswith("<a ") and "href" in child.content.lower():
                m = re.search(r"href\s*=\s*[\"']([^\"']+)", child.content, re.I)
                if m:
                    href, label = m.group(1), []
            elif child.content.lower().startswith("</a") and href is not None:
                links.append((href, " ".join("".join(label).split())))
                href = None
    text = " ".join("".join(parts).split())
    return text, links, images


# A line of its own opening with hashes and no space: two hashes or more, or one before several words ("#OpenData" is a tag)
_SPACELESS_ATX = re.compile(r"(#{2,6}|#(?=\S+\s+\S))([^#\s].{0,150})")
# ... and one before a single word, in a document whose author writes its other headings so ("##Introduction" then "#Usage"):
# there the lone "#Configuration" line is a level-1 heading of the same hand, not a tag
_SPACELESS_ONE = re.compile(r"#([^\W\d_][\w-]{1,40})")
_SPACELESS_STYLE = re.compile(r"^#{2,6}[^#\s]", re.M)


# A YAML front matter (GitBook's, Jekyll's, Hugo's: "---\ndescription: …\n---"): the page's metadata, not its text; CommonMark would
# read its last line as a heading ("description: Contenu documentaire…" over the closing "---")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n[\w-]+[ \t]*:[^\n]*\n(?:[^\n]*\n){0,40}?---[ \t]*(?:\n|\Z)")


def front_matter_description(text: str) -> tuple[str, int] | None:
    """The ``description:`` of a Markdown document's YAML front matter (GitBook's "description: >- Tu découvriras ici l'ensemble des
    règles …" over the README's title) as one line of text, and the line its key is on; None without one (or a text value)."""
    from auditor.safeyaml import load

    front = _FRONT_MATTER.match(text or "")
    if not front:
        return None
    inner = front.group(0).split("\n", 1)[1].rsplit("---", 1)[0]
    try:
        data = load(inner, max_bytes=16_384)
    except Exception:  # noqa: BLE001 - a front matter that is no YAML states nothing
        return None
    value = data.get("description") if isinstance(data, dict) else None
    if not isinstance(value, str) or not value.strip():
        return None
    line = next((k for k, ln in enumerate(inner.split("\n"), 2) if re.match(r"description\s*:", ln)), 2)
    return " ".join(value.split()), line


_RULE_LINE, _RULE_START = lazy_compile(r"(?:={3,}|-{3,})"), lazy_compile(r"^(?:={3,}|-{3,})\s*")


_NBSP_HEADING = lazy_compile(r"^( {0,3}#{1,6})\u00a0", re.M)


def parse_markdown(text: str) -> list[Block]:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    if front := _FRONT_MATTER.match(text):  # blanked, so that every line keeps its number
        text = "\n" * front.group(0).count("\n") + text[front.end():]
    text = emoji_headings(text)  # ("🚀 Lancer l'application" over its steps, in a README with no "#" heading: a chapter's title)
    text = _NBSP_HEADING.sub(r"\1 ", text)  # "##\u00a0Objectif" (a no-break space after the hashes, from a French keyboard): the heading meant
    tokens = md.parse(bound_open_brackets(text))
    spaceless_style = bool(_SPACELESS_STYLE.search(text))
    source = text.split("\n")
    blocks: list[Block] = []
    heading: tuple[int, int] | None = None
    lists: list[bool] = []  # the enclosing lists, innermost last: numbered or not
    generated = False  # inside a tool's generated block
    column_head = False  # in a table's header cell ("| **conf.properties** | **Utilisation** |": a column's name, no title in the text)
    cell, row_first = False, None  # in a table's cell; the text of its row's first cell
    for tok in tokens:
        if len(blocks) >= MAX_BLOCKS:
            break
        if tok.type in ("ordered_list_open", "bullet_list_open"):
            lists.append(tok.type == "ordered_list_open")
        elif tok.type in ("ordered_list_close", "bullet_list_close") and lists:
            lists.pop()
        elif tok.type == "heading_open":
            span = (tok.map or [0, 0])[1] - (tok.map or [0, 0])[0]
            # several lines of text over a line of dashes (CEREMA/DiagFeux: the description, then "-----" as a separator) are a
            # paragraph, which CommonMark makes a heading: a heading written under its own underline is one line
            # (but a title framed by two rules, "=====" over and under it, is a heading: the line between them)
            framed = tok.markup in ("-", "=") and span == 3 and _RULE_LINE.fullmatch(source[(tok.map or [0])[0]].strip() if source else "")
            heading = None if tok.markup in ("-", "=") and span > 2 and not framed else (int(tok.tag[1]), (tok.map or [0])[0] + 1 + bool(framed))
        elif tok.type == "heading_close":
            heading = None
        elif tok.type in ("th_open", "th_close"):
            column_head = tok.type == "th_open"
            cell = tok.type == "th_open"
        elif tok.type == "tr_open":
            row_first = None
        elif tok.type in ("td_open", "td_close"):
            cell = tok.type == "td_open"
        elif tok.type == "inline":
            line = (tok.map or [0])[0] + 1
            alts: list[str] = []
            body, links, images = _md_inline(tok, alts)
            known = {u for u, _ in links} | set(images)
            links += [(m.group(1).rstrip(".,;:"), "") for m in URL.finditer(body) if m.group(1).rstrip(".,;:") not in known][:20]
            spaceless = None if heading or lists or "\n" in tok.content else (
                _SPACELESS_ATX.fullmatch(body) or (spaceless_style and _SPACELESS_ONE.fullmatch(body)))
            if spaceless and len(spaceless.groups()) == 1:  # (a lone "#Usage" of a spaceless hand)
                blocks.append(Block("heading", spaceless.group(1), line, 1, links, images, alts))
                continue
            if spaceless:  # "###Build the docker image": a heading its author wrote without the space, never a sentence
                blocks.append(Block("heading", spaceless.group(2), line, len(spaceless.group(1)), links, images, alts))
            elif heading:
                blocks.append(Block("heading", _RULE_START.sub("", body), heading[1], heading[0], links, images, alts))
            elif body or images:
                head = row_first if cell and row_first is not None else ""
                row_first = body if cell and row_first is None else row_first
                blocks.append(Block("paragraph", body, line, 0, links, images, alts, step=bool(lists and lists[-1]), label="" if column_head else _bold_label(tok),
                                    item=bool(lists), code=code_only(tok), generated=generated, row_head=head))
        elif tok.type == "html_block":
            generated = bool(GENERATED_START.search(tok.content)) or (generated and not GENERATED_END.search(tok.content))
            parser = _HTMLBlocks((tok.map or [0])[0] + 1)
            try:
                parser.feed(tok.content)
                parser.close()
            except Exception:  # noqa: BLE001 - malformed HTML: ignore the block
                continue
            blocks.extend(parser.blocks)
    return blocks


# --- reStructuredText -------------------------------------------------------------------------

_DOCUTILS_LOCK = threading.Lock()


def parse_rst(text: str) -> list[Block]:
    import docutils.core
    import docutils.nodes as dn

    settings = {"report_level": 5, "halt_level": 5, "file_insertion_enabled": False, "raw_enabled": False,
                "doctitle_xform": False, "sectsubtitle_xform": False, "warning_stream": io.StringIO(),
                "input_encoding": "unicode", "_disable_config": True, "embed_stylesheet": False}
    with _DOCUTILS_LOCK:
        tree = docutils.core.publish_doctree(text, settings_overrides=settings)
    lines = text.splitlines()
    blocks: list[Block] = []

    def line_of(node, needle: str) -> int:
        if getattr(node, "line", None):
            return int(node.line)
        for i, ln in enumerate(lines):
            if needle and ln.strip() == needle:
                return i + 1
        return 1

    def paragraph_line(node) -> int:
        # the line where the paragraph's first words are: docutils 0.23 gives that line (a sentence under "Title / =====" on line 4 is
        # on line 4, not 3), an older docutils the one after it; the source says which
        if not node.line:
            return 1
        raw = (node.rawsource or "").strip().split("\n", 1)[0].strip()
        for ln in (node.line, node.line - 1):
            if raw and 1 <= ln <= len(lines) and raw in lines[ln - 1]:
                return ln
        return max(1, node.line)

    def walk(node, depth: int) -> None:
        for child in node.children:
            if len(blocks) >= MAX_BLOCKS:
                return
            if isinstance(child, dn.section):
                walk(child, depth + 1)
            elif isinstance(child, dn.title):
                title = child.astext()
                blocks.append(Block("heading", title, line_of(None, title), max(depth, 1)))
            elif isinstance(child, (dn.paragraph, dn.line_block)):
                links = [(r.get("refuri", ""), r.astext()) for r in child.findall(dn.reference) if r.get("refuri")]
                images = [im.get("uri", "") for im in child.findall(dn.image)]
                blocks.append(Block("paragraph", " ".join(child.astext().split()), paragraph_line(child), 0, links, images))
            elif isinstance(child, (dn.literal_block, dn.comment, dn.raw, dn.doctest_block, dn.system_message)):  # (docutils' "Title overline too short.")
                continue
            elif isinstance(child, dn.image):
                blocks.append(Block("paragraph", "", child.line or 1, 0, [], [child.get("uri", "")]))
            elif isinstance(child, dn.Element):
                walk(child, depth)

    walk(tree, 0)
    return blocks


# --- AsciiDoc and plain text -------------------------------------------------------------------

_ADOC_DELIM = lazy_compile(r"^(-{4,}|\.{4,}|`{3,}|\+{4,}|/{4,}|={4,}|\*{4,}|_{4,})\s*$")
_ADOC_HEADING = lazy_compile(r"^(={1,6}|#{1,6})\s+(\S.*?)\s*$")
URL = lazy_compile(r"(?:link:)?(https?://[^\s\[\]<>\"')]+)(?:\[([^\]]*)\])?")
_ADOC_IMAGE = lazy_compile(r"image::?([^\s\[]+)\[")


def parse_lines(text: str, asciidoc: bool) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    start = 1
    fence: str | None = None

    def flush() -> None:
        nonlocal start
        if len(para) >= 2 and not asciidoc and (title := leading_title(para)):  # ("- COMMENT ON L'UTILISE ?" over its indented answer)
            blocks.append(Block("heading", title, start, 2))
            para.pop(0)
            start += 1
        if len(para) == 1 and not asciidoc and upper_case_title(para[0]):  # (alone between blank lines, or above a list)
            blocks.append(Block("heading", para[0].strip().rstrip(":").strip(), start, 2))
            para.clear()
        if para:
            body = " ".join(" ".join(para).split())
            links = [(m.group(1), m.group(2) or "") for m in URL.finditer(body)]
            images = _ADOC_IMAGE.findall(body) if asciidoc else []
            blocks.append(Block("paragraph", body, start, 0, links, images))
            para.clear()

    for i, raw in enumerate(text.splitlines(), 1):
        if len(blocks) >= MAX_BLOCKS:
            break
        line = raw.rstrip()
        if asciidoc and _ADOC_DELIM.match(line):
            flush()
            fence = None if fence == line.strip()[0] else (fence or line.strip()[0])
            continue
        if fence:
            continue
        m = _ADOC_HEADING.match(line) if asciidoc else None
        if not asciidoc and (rule := _TEXT_RULE.match(line)):  # a plain-text README's titles: a line framed by, or underlined with, a rule
            if len(para) == 1 and len(para[0].strip(" *=#~_+-")) <= 100 and para[0].strip(" *=#~_+-"):  # ("****\nUtilisation du widget\n****")
                blocks.append(Block("heading", para[0].strip(" *=#~_+-"), start, 2 if rule.group(1) in "-~" else 1))
                para.clear()
            flush()  # (a rule under a paragraph separates it)
            continue
        if m:
            flush()
            blocks.append(Block("heading", m.group(2), i, len(m.group(1))))
        elif not line.strip():
            flush()
        elif asciidoc and (line.startswith(":") or line.startswith("//")):
            continue
        else:
            if not asciidoc and para and _TEXT_ITEM.match(line):
                flush()  # a plain-text list's item is a block of its own, as in Markdown ("Prérequis :" then " * JQuery 3.3.1")
            if not para:
                start = i
            para.append(line)
    flush()
    return blocks


# A README without extension written in Markdown ("# dvf_plus", "### Licence" then "GNU GPL v3"): its "#" titles, fences and
# links; a plain-text one has none of these, or underlines its titles as reStructuredText does ("Installation" over "=====")
_ATX_LINE = lazy_compile(r"^#{1,6}[ \t]+\S", re.M)
_MD_MARKS = lazy_compile(r"^[ \t]{0,3}(?:```|~~~)|\[[^\]\n]{1,200}\]\([^)\s]{1,300}\)", re.M)
_RST_UNDERLINE = lazy_compile(r"^\S[^\n]{0,100}\n(?:={3,}|-{3,}|~{3,})[ \t]*$", re.M)


# A "#" line that is no title: a shell prompt or a comment ("# make install", "# ./configure", "# ceci est un commentaire"): it opens
# on a path or a prompt sign, or on a lower-case word followed by more words (a one-word title, "# dvf_plus", stays a title)
_PROMPT_LINE = lazy_compile(r"^#{1,6}[ \t]+(?:[./~$>]|[a-z][\w.+-]*[ \t]+\S)", re.M)


def markdown_without_extension(text: str) -> bool:
    """A README without extension, or a .txt one, written in Markdown: two "#" titles (or one and a fence or a link), no
    reStructuredText underline; shell prompts and comments opened by "#" are no titles."""
    head = text[:20000]
    atx = len(_ATX_LINE.findall(head)) - len(_PROMPT_LINE.findall(head))
    return (atx >= 2 or atx == 1 and bool(_MD_MARKS.search(head))) and not _RST_UNDERLINE.search(head)


def readme_format(path: str, text: str | None = None) -> str:
    """``text``: the README's text, when read: a README without extension or in .txt is Markdown when its lines are (else plain text)."""
    name = path.rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext in MARKDOWN_EXT or ext in ("rmd", "qmd"):  # (R Markdown and Quarto READMEs are Markdown)
        return "markdown"
    if ext in ("rst", "rest"):
        return "rst"
    if ext in ("adoc", "asciidoc", "asc"):
        return "asciidoc"
    if ext in ("", "txt", "text") and text and markdown_without_extension(text):  # (a README.txt of "## Lancer en local" chapters)
        return "markdown"
    return "text"


def parse_document(text: str, fmt: str) -> list[Block]:
    """Headings and paragraphs of a document; a parser that fails falls back to plain paragraphs."""
    text = text[:MAX_README_BYTES]
    try:
        if fmt == "markdown":
            return parse_markdown(text)
        if fmt == "rst":
            return parse_rst(text)
        if fmt == "asciidoc":
            return parse_lines(text, asciidoc=True)
    except Exception:  # noqa: BLE001 - untrusted input: a parser crash must not hide the README
        pass
    return parse_lines(text, asciidoc=False)

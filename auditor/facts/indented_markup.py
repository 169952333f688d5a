"""The text lines of an indented template (HAML, Slim, Pug) written as an HTML element's text, for the text scan.

An HTML page's text sits between ">" and "<" (``<h3>Pays du Perche</h3>``, ``<br>28240 La Loupe</p>``), and the signals reading a
page's text (a local government's name, a postal address) look for it there. An indented template writes the same text with no
bracket: after its element (HAML ``%h3 PAYS PERCHE D'EURE-ET-LOIR``, Slim and Pug ``h3 Pays du Perche``), or alone on its line
under it (HAML ``28240 La Loupe``, Slim and Pug ``| 28240 La Loupe``). Each such text is given a ">" before it and a "<" after
it, on its own line (line numbers kept, nothing else moved), so that it reads as the page it renders (issue 12, s36 m34o1 =
WildCodeSchool/laloupe-1014-territoireParticipatif: the footer's address and the body's name in HAML views were never read).

A page's loaded resource written as an element with its attributes in parentheses (Pug and Slim ``link(rel="stylesheet"
href="https://…")``, ``script(src="https://…")``, HAML ``%link(…)``) is written as the HTML tag it renders (``<link rel=…
href=…>``), on its line, so that the signals reading a page's <link href> and <script src> read it as loaded, not as a link a
person follows (issue 12, s44 fq44 = remifroger/gestion-projet-app: every Pug view's font stylesheets were not read); an ``a(href=…)``
stays as it is.

Left as they are: code lines (``= link_to …``, ``- if …``), comments, doctypes, attributes, and every line of a block whose
content is no text of the page (a HAML filter ``:javascript``, a Pug ``script.``, a Slim ``javascript:``, a comment's block).
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

INDENTED_MARKUP_EXT = frozenset({"haml", "slim", "pug", "jade"})
MAX_LINES = 20_000

# HAML: an element (%tag, .class, #id, chained), its attributes ({…}, (…), […] on the line), whitespace marks, then its text
_HAML_ELEMENT = lazy_compile(r"(?:%[\w:-]+|[.#][\w-]+)(?:[.#][\w-]+)*(?:\{[^{}\n]*(?:\{[^{}\n]*\}[^{}\n]*)*\}|\([^()\n]*\)|\[[^\[\]\n]*\])*[<>]{0,2}")
# Slim and Pug: an element by its tag's name (or a class or id alone), its classes and ids, attributes in parentheses, then its text
_TAG_ELEMENT = lazy_compile(r"(?:[a-z][\w-]*|(?=[.#][\w-]))(?:[.#][\w-]+)*(?:\([^()\n]*\))?")
# Pug's and Slim's words that open code or a block, not an element (if, each, include, mixin…)
_KEYWORDS = frozenset({"if", "else", "unless", "each", "for", "while", "case", "when", "default", "include", "extends", "block", "append",
                       "prepend", "mixin", "yield", "doctype", "html", "script", "style", "javascript", "css", "ruby", "markdown", "coffee",
                       "scss", "sass", "less", "plain", "cdata", "erb", "textile", "rdoc"})
_BLOCK_OPENERS = ("script", "style", "javascript", "css", "ruby", "coffee", "coffeescript", "scss", "sass", "less", "erb", "markdown",
                  "plain", "cdata", "escaped", "preserve", "textile", "rdoc", "code")


# a link or script element with its attributes in parentheses on one line (Pug, Slim; HAML's %link(…)), then nothing or a dot
_RESOURCE = lazy_compile(r"^%?(link|script)((?:[.#][\w-]+)*)\(([^()\n]*)\)\s*\.?\s*$", re.I)


def _resource(stripped: str, indent: str) -> str | None:
    """The line of a page's <link> or <script> element as the HTML tag it renders, or None."""
    m = _RESOURCE.match(stripped)
    return f"{indent}<{m.group(1)} {m.group(3)}>" if m else None


def _text(indent: str, prefix: str, body: str) -> str:
    body = body.rstrip()
    return f"{indent}{prefix}>{body}<" if body.strip() else indent + prefix + body


def _haml_line(stripped: str, indent: str) -> tuple[str, bool]:
    """The HAML line rewritten, and whether it opens a block of no text (a filter, a comment)."""
    if stripped.startswith((":", "-#", "/")) and not stripped.startswith("/>"):
        return indent + stripped, True  # (a filter :javascript, a silent comment -#, an HTML comment /: their blocks are no text)
    if stripped.startswith(("=", "-", "!=", "&=", "~", "!!!", "!", "&")):
        return indent + stripped, False  # (Ruby code, a doctype)
    if stripped.startswith("\\"):
        return _text(indent, "\\", stripped[1:]), False  # (an escaped first character: text)
    if stripped.startswith(("%", ".", "#")) and not stripped.startswith("#{"):
        m = _HAML_ELEMENT.match(stripped)
        if m is None or m.end() == 0:
            return indent + stripped, False
        rest = stripped[m.end():]
        if not rest.startswith((" ", "\t")) or rest.lstrip().startswith(("=", "/", "!=", "&=", "~")):
            return indent + stripped, False  # (no text, code, a self-closed element, attributes going on to the next line)
        return _text(indent, stripped[:m.end()] + rest[:len(rest) - len(rest.lstrip())], rest.lstrip()), False
    return _text(indent, "", stripped), False  # (text alone on its line, under its element)


def _tag_line(stripped: str, indent: str, ext: str) -> tuple[str, bool]:
    """The Slim or Pug line rewritten, and whether it opens a block of no text."""
    if stripped.startswith(("//", "/!", "/[")) or (ext == "slim" and stripped.startswith("/")):
        return indent + stripped, True  # (comments and their blocks)
    if stripped.startswith(("|", "'")) and (ext == "slim" or stripped.startswith("|")):
        return _text(indent, stripped[0] + (" " if stripped[1:2] == " " else ""), stripped[1:].lstrip()), False  # (a text line)
    if stripped.startswith(("-", "=", "+", "!", "<", "&", ":")):
        return indent + stripped, stripped.startswith(":")  # (code, a mixin's call, raw HTML, a filter)
    word = stripped.split(None, 1)[0].rstrip(".:").split("(")[0].split(".")[0].split("#")[0].lower()
    if word in _KEYWORDS:
        return indent + stripped, word in _BLOCK_OPENERS or stripped.endswith((".", ":"))
    m = _TAG_ELEMENT.match(stripped)
    if m is None or m.end() == 0:
        return indent + stripped, False
    rest = stripped[m.end():]
    if rest.startswith(".") and not rest[1:].strip():
        return indent + stripped, True  # (a Pug block of text, `script.`, `p.`: left as it is)
    if rest.startswith(":"):
        return indent + stripped, False  # (block expansion, `li: a(href="/") Accueil`: left as it is)
    if not rest.strip() or not rest.startswith((" ", "\t")) or rest.lstrip().startswith(("=", "!=", "/")) or "=" in rest.split(None, 1)[0]:
        return indent + stripped, False  # (no text, code, Slim's attributes without parentheses: href="…")
    return _text(indent, stripped[:m.end()] + rest[:len(rest) - len(rest.lstrip())], rest.lstrip()), False


def as_html_text(text: str, ext: str) -> str:
    """``text`` (a HAML, Slim or Pug template) with each text of the page between ">" and "<" on its line (see the module)."""
    lines = text.split("\n")
    if len(lines) > MAX_LINES:
        return text
    out = []
    skip_under = -1  # the indentation of the line opening a block of no text (-1: none)
    going_on = False
    for line in lines:
        stripped = line.lstrip(" \t")
        width = len(line) - len(stripped)
        if not stripped.strip():
            out.append(line)
            continue
        if skip_under >= 0:
            if width > skip_under:
                out.append(line)
                continue
            skip_under = -1
        if going_on:  # (a line of code or attributes going on: `= link_to 'Accueil',` then `root_path`)
            out.append(line)
            going_on = stripped.rstrip().endswith((",", "|")) or stripped.rstrip().endswith("(") and ext != "haml"
            continue
        indent = line[:width]
        tag = _resource(stripped.rstrip(), indent)
        if tag is not None:  # (a stylesheet or script the page loads; a `script(src=…).` opens no text either)
            out.append(tag)
            skip_under = width if tag.lower().startswith(indent + "<script") else -1
            continue
        new, block = _haml_line(stripped, indent) if ext == "haml" else _tag_line(stripped, indent, ext)
        out.append(new)
        skip_under = width if block else -1
        going_on = new == line and stripped.rstrip().endswith((",", "|", "{", "("))
    return "\n".join(out)

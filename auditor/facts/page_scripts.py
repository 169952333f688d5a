"""``page_scripts``: the HTML pages whose own inline ``<script>`` blocks are a program, the project's JavaScript.

A page carrying a 3,000-line ``<script type="module">`` (a commission's working space: projects, tasks, minutes read and written in
a database, a password gate) holds the project's code as a ``.js`` file would: it is counted as a source file (``source_inventory``),
measured (``code``: complexity; ``code-comments``: comments) where it stands, line numbers kept. A page with a few lines of inline
script (an analytics snippet, a menu toggle) holds no measurable code: below :data:`MIN_SCRIPT_LINES` lines of code it stays a page.
Only blocks written in the page count: not a ``<script src="…">`` (a file of its own, or a library), nor a block of another type
(``application/ld+json`` data, ``text/template`` markup).

Pure text functions, and one fact bounded by counts and sizes in path order (never by time): at most :data:`MAX_PAGES` pages of
:data:`PAGE_BYTES` each, not vendored, generated, test or documentation pages; nothing is executed.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of, is_source_candidate
from auditor.lazyre import lazy_compile

PAGE_EXT = frozenset({"html", "htm"})
# (as the comments check's ``min_lines_listed``: a file of fewer lines of code is too small to say anything of its code)
MIN_SCRIPT_LINES = 50
MAX_PAGES = 500
PAGE_BYTES = 300 * 1024
MINIFIED_MEAN = 300  # characters a line on average: no person's code (as auditor.facts.code.looks_minified)  # (as the code metrics' MAX_FILE_BYTES: a page is read as a source file is)

_BLOCK = lazy_compile(r"<script\b([^>]*)>((?:(?!<script\b).)*?)</script\s*>", re.S | re.I)  # (tempered: linear on unclosed blocks)
_SRC = lazy_compile(r"""\bsrc\s*=""", re.I)
_TYPE = lazy_compile(r"""\btype\s*=\s*["']?([^"'\s>]*)""", re.I)
_JS_TYPES = frozenset({"", "module", "text/javascript", "application/javascript", "application/ecmascript", "text/ecmascript"})
_CODE_LINE = lazy_compile(r"^[ \t]*(?!//|/\*|\*|<!--|-->)\S", re.M)


def page_script(text: str) -> str:
    """The JavaScript a page's own ``<script>`` blocks hold, where it stands: every other line blank, so that line numbers stay
    the page's (blocks loading a file, ``src=``, or of another type than JavaScript left out)."""
    out = ["" for _ in range(text.count("\n") + 1)]
    for m in _BLOCK.finditer(text):
        attrs = m.group(1)
        kind = _TYPE.search(attrs)
        if _SRC.search(attrs) or (kind and kind.group(1).lower() not in _JS_TYPES):
            continue
        first = text.count("\n", 0, m.start(2))
        for k, line in enumerate(m.group(2).split("\n")):
            out[first + k] = line if k else line.lstrip()
    return "\n".join(out)


def script_lines(text: str) -> int:
    """Lines of code (neither blank nor a comment's) of a page's own inline scripts."""
    return len(_CODE_LINE.findall(page_script(text)))


def is_page(path: str) -> bool:
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1].lower() in PAGE_EXT


@fact("page_scripts", version=1)
def page_scripts(ctx) -> dict:
    """``{"pages": {path: lines of inline script code}, "complete": bool}``: the project's pages holding at least
    :data:`MIN_SCRIPT_LINES` lines of their own script (see the module's text); ``complete`` false when a bound left pages out."""
    inv = inventory_of(ctx)
    pages = sorted((e for e in ctx.snapshot.files.values() if e.kind == "file" and is_page(e.path) and is_source_candidate(e.path)
                    and inv.category(e.path) not in ("vendored", "generated", "build", "documentation", "data", "test")),
                   key=lambda e: e.path)
    complete = len(pages) <= MAX_PAGES and all(e.size <= PAGE_BYTES for e in pages)
    found: dict[str, int] = {}
    for e in pages[:MAX_PAGES]:
        if e.size > PAGE_BYTES:
            continue
        text = ctx.snapshot.read_text(e.path, limit=PAGE_BYTES) or ""
        if "<script" not in text.lower():
            continue
        script = page_script(text)
        lines = len(_CODE_LINE.findall(script))
        written = [line for line in script.split("\n") if line.strip()]
        # (a minified script pasted in: very long lines on average, as the code metrics' looks_minified says)
        if lines >= MIN_SCRIPT_LINES and sum(map(len, written)) <= MINIFIED_MEAN * len(written):
            found[e.path] = lines
    return {"pages": found, "complete": complete}

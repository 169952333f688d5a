"""R Markdown and Quarto documents written as slide decks (issue 12, s38 fn38 = reader md38's datactivist/cda_larochelle_webinaire:
three training webinars, webinaire_module_N/index.Rmd with ``output: SlidesDatactivist::moon_reader``, rendered to index.html and
published as pages).

A document whose front matter declares a presentation output — R Markdown's ``output:`` naming xaringan's ``moon_reader`` (or any
package's ``*::moon_reader``), ``revealjs::revealjs_presentation``, ``ioslides_presentation``, ``slidy_presentation``,
``beamer_presentation``, ``powerpoint_presentation``; Quarto's ``format:`` ``revealjs``, ``beamer`` or ``pptx`` — is a slide deck:
prose and pictures shown to an audience, a document (a static site once rendered to HTML), not a notebook of an analysis reading
data. Only the front matter is read (the first :data:`HEAD_BYTES` of at most :data:`MAX_DOCUMENTS` documents, in path order).
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_DOCUMENTS = 50
SLIDE_DECK = "slide deck (R Markdown or Quarto presentation)"  # (the project kind's reason: a static site's)
HEAD_BYTES = 4096
_FRONT = lazy_compile(r"\A\ufeff?\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# the output (R Markdown) or format (Quarto) key, its value on the same line or its first nested key on the next lines
_OUTPUT = lazy_compile(r"^(?:output|format)[ \t]*:[ \t]*(.*(?:\n[ \t]+.*)*)", re.M)
_PRESENTATION = lazy_compile(r"(?:^|[\s:\"'])(?:[\w.]+::)?(?:moon_reader|revealjs_presentation|revealjs|ioslides_presentation|slidy_presentation|"
                             r"beamer_presentation|powerpoint_presentation|beamer|pptx)\b", re.M)


def is_slide_deck(text: str) -> bool:
    """Whether the front matter of ``text`` (an .Rmd or .qmd document) declares a presentation output."""
    front = _FRONT.match(text or "")
    if not front:
        return False
    output = _OUTPUT.search(front.group(1))
    if not output:
        return False
    value = output.group(1)
    lines = value.split("\n")
    head = [lines[0]] + [ln for ln in lines[1:] if ln.strip()]  # (the nested keys: the output formats, their options below)
    indent = min((len(ln) - len(ln.lstrip()) for ln in head[1:]), default=0)
    formats = [head[0]] + [ln for ln in head[1:] if len(ln) - len(ln.lstrip()) == indent]
    return any(_PRESENTATION.search(f) for f in formats)


def slide_decks(snap, paths: list[str]) -> list[str]:
    """The R Markdown and Quarto documents among ``paths`` written as slide decks (see the module's docstring)."""
    docs = sorted(p for p in paths if p.lower().endswith((".rmd", ".qmd")))[:MAX_DOCUMENTS]
    return [p for p in docs if is_slide_deck(snap.read_head(p, HEAD_BYTES) or "")]

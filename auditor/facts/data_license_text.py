"""The ``data_license_text`` fact: where the README states a licence in a sentence about data or
documentation ("the data are published under the Licence Ouverte"), not about the code."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile
from auditor.licenses import notices

MAX_BYTES = 1_000_000
# what a data or documentation licence covers: data, documents, and a working group's productions (a specification, its
# nomenclature, guides): "L'ensemble des productions du Pôle Métier … sont sous Licence Ouverte Etalab 2.0"
_SCOPE_WORDS = lazy_compile(r"donn[ée]es|data|documentation|docs?\b|contenus?|content|productions|publications|sp[ée]cifications?|nomenclatures?|"
                            r"r[ée]f[ée]rentiels?", re.I)
_SENTENCE_END = lazy_compile(r"[.!?;]\s|\n\s*\n|\n[-*#|]")


def about_data(text: str, off: int) -> bool:
    """Whether the sentence around ``off`` speaks of data or documentation: "the code is published under
    Licence Ouverte / Etalab" names a licence for the code, not for data."""
    if off < 0:
        return False
    starts = [m.end() for m in _SENTENCE_END.finditer(text, max(0, off - 400), off)]
    start = starts[-1] if starts else max(0, off - 400)
    m = _SENTENCE_END.search(text, off)
    sentence = text[start: m.start() + 1 if m else off + 300]
    return bool(_SCOPE_WORDS.search(sentence))


def _line_about_data(text: str, number: int | None) -> bool:
    lines = text.split("\n")
    line = lines[number - 1] if number and 0 < number <= len(lines) else ""
    return about_data(text, text.find(line) if line else -1)


@fact("data_license_text", version=11, public=False)
def data_license_text(ctx) -> dict:
    """``readme``: a README.md was read at the root; ``sources``: ``[path, line]`` of the ``license``
    fact's README sources whose sentence is about data or documentation; ``names``: ``[licence id,
    line]`` of the licences README.md names in such a sentence."""
    snap = ctx.snapshot
    readme = (snap.files.get("README.md") and snap.read_text("README.md", limit=MAX_BYTES)) or ""
    sources = []
    for s in ctx.fact("license").get("sources") or []:
        if s["kind"] == "readme":
            text = readme if s["path"] == "README.md" else (snap.read_text(s["path"], limit=MAX_BYTES) or "")
            if _line_about_data(text, s.get("line")):
                sources.append([s["path"], s.get("line")])
    names = [[lid, readme.count("\n", 0, off) + 1] for lid, off in notices.names_in(readme) if about_data(readme, off)] if readme else []
    return {"readme": bool(readme), "sources": sources, "names": names}

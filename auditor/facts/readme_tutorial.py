"""A README sentence saying a document of the repository holds a tutorial ("The documentation on hardware [doc/ipecc.pdf](doc/ipecc.pdf)
… includes a tutorial in appendix"): the project's use is taught there, a usage section given by pointer (s35 b35: ANSSI-FR/IPECC, a
VHDL IP core whose manual's tutorial customises, simulates, synthesises and drives the IP). A tutorial on another site (a link with an
address), a document the repository lacks, or a tutorial to install, contribute or deploy gives none."""

from __future__ import annotations

import re

from auditor.facts.document import Block, norm
from auditor.lazyre import lazy_compile

_TUTORIAL = lazy_compile(r"\b(?:tutorials?|tutoriels?|step by step guide|guide pas a pas)\b")
# a tutorial of another topic than the use (the installation, the contribution, the deployment, a tool's syntax)
_OTHER_TOPIC = lazy_compile(r"\b(?:install\w*|contribu\w*|deploy\w*|deploie\w*|deploiement|markdown|git|docker)\b")
# a document's file: its manual, a page, a notebook
_DOCUMENT = lazy_compile(r"\.(?:pdf|md|markdown|rst|adoc|txt|html?|odt|docx?|ipynb)$", re.I)
_SENTENCES = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z\u00c0-\u00dd])")


def tutorial_document(blocks: list[Block], targets, aside=frozenset()) -> Block | None:
    """The first paragraph (not set aside) with a sentence naming a tutorial and linking a document of the repository (``targets``:
    :class:`auditor.facts.readme_sentences.Targets`), the link's label in that sentence."""
    for b in blocks:
        if b.kind != "paragraph" or b.line in aside or not b.text or not b.links:
            continue
        docs = [label for u, label in b.links if u and label and not u.startswith(("#", "mailto:")) and "://" not in u
                and _DOCUMENT.search(u.split("#")[0].split("?")[0]) and not targets.missing(u)]
        if docs and any(_TUTORIAL.search(n := norm(s)) and not _OTHER_TOPIC.search(n) and any(label in s for label in docs)
                        for s in _SENTENCES.split(b.text)[:20]):
            return b
    return None

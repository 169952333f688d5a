"""A README heading's subject: the project's own name (its title, or the one-word subject of a "What is X ?" heading under a title
that names nothing) and a question heading on another subject ("Qu'est-ce que le Markdown ?", "Why use Docker?", "À propos de
`awk`"), which gives none of the sections its words name. Texts are :func:`auditor.facts.document.norm` forms."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile


# "Qu'est-ce que le Markdown ?", "What is Docker?": a question on a subject; "Pourquoi utiliser le Markdown ?", "Why use Docker?": a rationale
_WHAT_IS = lazy_compile(r"^(?:\d+ )*(?:qu est ce qu(?:e|un|une)?|what is|what are|c est quoi) (?:(?:le|la|les|l|un|une|a|an|the) )?(.+)$")
_WHY = lazy_compile(r"^(?:\d+ )*(?:pourquoi|why)\b")
# "À propos de `awk`" (under a chapter on sending messages with awk), "About Docker": about another subject unless it names the project
_ABOUT = lazy_compile(r"^(?:\d+ )*(?:a propos (?:de|du|des|d)|about) (?:(?:le|la|les|l|un|une|a|an|the) )?(.+)$")
_SELF = lazy_compile(r"\b(?:projet|project|outil|tool|application|appli|service|depot|repository|module|plugin|extension|librairie|library|"
                     r"bibliotheque|logiciel|software|modele|model|api|kit|it|ce|cette|this|c est)\b")


# a title that names no project ("README", "Lisez-moi", "Documentation"): the README's name for itself
_NAMELESS_TITLE = lazy_compile(r"^(?:readme|read me|lisez moi|lisezmoi|documentation|presentation|introduction)(?: (?:md|txt|rst|adoc))?$")


def own_title(title, blocks: list) -> str:
    """The words :func:`another_subject` takes for the project's name: the README's title (``title``: its block or None); under a
    title that names nothing ("README"), or none, also the one-word subject of a "What is X ?" heading that another heading names again
    ("What is NavitiaProfilerBundle ?" then "Running NavitiaProfilerBundle Tests"): the project's name the title lacks."""
    from auditor.facts.document import norm

    text = title.text if title is not None else ""
    if title is not None and not _NAMELESS_TITLE.match(norm(text)):
        return text
    heads = [(b.line, norm(b.text)) for b in blocks if b.kind == "heading" and b is not title][:200]
    for line, normed in heads:
        m = _WHAT_IS.match(normed) or _ABOUT.match(normed)
        if m and len(subject := m.group(1).split()) == 1 and len(subject[0]) >= 4 \
                and any(subject[0] in other.split() for other_line, other in heads if other_line != line):
            return f"{text} {subject[0]}".strip()
    return text


def another_subject(normed: str, title: str) -> tuple[str, ...]:
    """The sections a question heading does not give (``normed``: the heading's :func:`norm` form; ``title``: the README's title): a
    "why" heading argues, it neither installs, configures nor shows how to use; "what is X" presents the project only when X is the
    project (its title's words, or "ce projet", "this tool"), not another subject (a Markdown tutorial pasted under the project's text)."""
    from auditor.facts.document import norm

    if _WHY.match(normed):
        return ("install", "usage", "configuration", "deployment")
    m = _WHAT_IS.match(normed) or _ABOUT.match(normed)
    if not m:
        return ()
    subject, own = set(m.group(1).split()), {w for w in re.split(r"[\s_-]+", norm(title).replace(" ", "_")) if len(w) >= 3}
    own |= {w for w in norm(title).split() if len(w) >= 3}
    return () if subject & own or _SELF.search(m.group(1)) else ("purpose",)

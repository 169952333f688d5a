"""A README sentence that announces the steps written below it ("Si vous souhaitez installer et configurer X localement, suivez les
étapes suivantes :", "To install and configure it, follow the steps below:") points to the README's own text, not to another
document: what it names is only as true as that text. The steps it announces are the installation (or the use, the deployment)
it names; the configuration it names beside them counts only when a step of that text sets something (a settings file, an
environment variable, a configuration word): visufoncier's "installer et configurer … suivez les étapes suivantes" over
`git clone` and `cd` configures nothing.

Bounded: the announced text is the rest of the enclosing chapter (up to the next heading of its level or above), at most
:data:`MAX_ANNOUNCED` characters; every pattern reads one normalised sentence or one line at a time.
"""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

MAX_ANNOUNCED = 20_000

# the pointer of a sentence that leads to the text below it (normalised): "suivez les étapes suivantes", "voir ci-dessous",
# "follow the steps below", "follow these instructions", "see below", "procédez comme suit"
FORWARD_POINTER = lazy_compile(r"\b(?:suivez|suivre|suivant|follow|following|voir|voyez|see|lisez|lire|read|consultez|consulter|refer)"
                               r"(?: (?:les|la|le|l|ces|cette|the|these|this|those|each|chacune des|toutes les|all the))?"
                               r"(?: \w+){0,2}? (?:suivantes?|suivants?|ci dessous|ci apres|dessous|below|following|hereafter|underneath)\b"
                               r"|\b(?:follow|suivez|suivre) (?:these|ces|this|cette) (?:\w+ )?(?:steps?|etapes?|instructions?|procedure|consignes?)\b"
                               r"|\bcomme suit\b|\bas follows\b")
# what sets the settings in a step: a configuration word, a settings file, an environment variable set or written
_SETTINGS_STEP_WORDS = lazy_compile(r"\b(?:configuration|configurer|configurez|configure|configuring|parametrage|parametrer|parametrez|"
                                    r"settings|reglages|personnalisation|customi[sz]e|variables? d environn?e?ments?|environment variables?)\b")
_SETTINGS_STEP_RAW = lazy_compile(r"(?<![\w/])\.env\b|(?<![\w/])[\w-]*(?:config|conf|settings|parametres|parametrage)[\w-]*\.(?:json|ya?ml|toml|ini|"
                                  r"properties|env|php|js|py|cfg|conf)\b|^[^\S\n]*(?:export[^\S\n]+|set[^\S\n]+)?[A-Z][A-Z0-9_]{2,60}=",
                                  re.I | re.M)


def forward_only(normed: str, pointer_rx) -> bool:
    """The sentence's only pointer (``pointer_rx``: the words that point elsewhere) is to the text below it."""
    if not FORWARD_POINTER.search(normed):
        return False
    return not pointer_rx.search(FORWARD_POINTER.sub(" ", normed))


def announced_text(lines: list[str], blocks: list, block) -> str:
    """The README's text after the paragraph ``block`` up to the end of its chapter (the next heading of the level of the heading
    it is under, or above; the end of the README when it is under none)."""
    before = [b for b in blocks if b.kind == "heading" and 0 < (b.line or 0) <= block.line]
    level = (before[-1].level or 1) if before else 0
    end = next((b.line for b in blocks if b.kind == "heading" and (b.line or 0) > block.line and (b.level or 1) <= level), len(lines) + 1)
    start = next((b.line for b in blocks if (b.line or 0) > block.line), end)  # (the paragraph's own lines are not what it announces)
    return "\n".join(lines[max(start - 1, 0):end - 1])[:MAX_ANNOUNCED]


def announcer(lines: list[str], blocks: list, block):
    """A function giving :func:`announced_text` for ``block``, read once, when first asked."""
    memo: list[str] = []

    def text() -> str:
        if not memo:
            memo.append(announced_text(lines, blocks, block))
        return memo[0]
    return text


def announced_gives(name: str, text: str, named: list[str]) -> bool:
    """Whether the announced ``text`` gives the section ``name`` that the announcing sentence names (``named``: every section it
    names): some text must follow; the settings, when the sentence names them beside another topic, must be set by a step."""
    if not text.strip():
        return False
    if name != "configuration" or named == ["configuration"]:
        return True
    return bool(_SETTINGS_STEP_RAW.search(text) or _SETTINGS_STEP_WORDS.search(norm(text)))

"""Word and phrase matching on normalised text, for the discovery taxonomy and organisation rules.

Text and terms are normalised the same way: camelCase and snake/kebab names split into words,
accents removed, lower case, anything but letters and digits turned into one space. A term is then
a sequence of whole words; a trailing ``*`` matches any ending of its last word and ``#`` stands for
a number (``cd#`` matches ``cd35``). Plain terms are looked up in a dictionary of phrases (n-grams of
the text), so matching costs the same whatever the size of the taxonomy.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.lazyre import lazy_compile

_CAMEL = lazy_compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_WORD = lazy_compile(r"[^a-z0-9]+")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
MAX_TEXT = 200_000  # characters of one text considered (README and descriptions are cut there)


def normalise(text: str) -> str:
    """``"Végétalisation_desCours d'école"`` → ``"vegetalisation des cours d ecole"``."""
    text = text[:MAX_TEXT].translate(_LIGATURES)
    text = _CAMEL.sub(" ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub(" ", text).strip()


@dataclass(frozen=True)
class Term:
    text: str  # as written in the data file
    key: object  # what a match reports (e.g. (theme, strength))


class TermMatcher:
    """All the terms of a taxonomy, compiled once; ``find(text)`` returns the keys of the terms found."""

    def __init__(self, terms: Iterable[Term]) -> None:
        self._phrases: dict[str, list[Term]] = {}
        self._patterns: list[tuple[re.Pattern[str], Term]] = []
        self.max_words = 1
        for term in terms:
            norm = normalise(term.text.replace("*", " ZZSTARZZ ").replace("#", " ZZNUMZZ "))
            words = norm.split()
            if "zzstarzz" in words or "zznumzz" in words:
                rx = []
                for w in words:
                    if w == "zzstarzz":
                        rx[-1] += r"[a-z0-9]*"
                    elif w == "zznumzz":
                        if rx:
                            rx[-1] += r"[0-9]+"
                        else:
                            rx.append(r"[0-9]+")
                    else:
                        rx.append(re.escape(w))
                self._patterns.append((re.compile(r"(?<![a-z0-9])" + " ".join(rx) + r"(?![a-z0-9])"), term))
            elif words:
                self._phrases.setdefault(" ".join(words), []).append(term)
                self.max_words = max(self.max_words, len(words))

    def first(self, text: str, *, normalised: bool = False) -> tuple[int, Term] | None:
        """The term found earliest in ``text`` (word position, term), the longest at that position."""
        norm = text if normalised else normalise(text)
        words = norm.split()
        best: tuple[int, int, str, Term] | None = None
        for n in range(1, self.max_words + 1):
            for i in range(len(words) - n + 1):
                for term in self._phrases.get(" ".join(words[i:i + n]), ()):
                    cand = (i, -n, term.text, term)
                    if best is None or cand[:3] < best[:3]:
                        best = cand
        for rx, term in self._patterns:
            m = rx.search(norm)
            if m:
                cand = (norm.count(" ", 0, m.start()), -len(m.group(0).split()), term.text, term)
                if best is None or cand[:3] < best[:3]:
                    best = cand
        return None if best is None else (best[0], best[3])

    def find(self, text: str, *, normalised: bool = False) -> list[Term]:
        """Terms present in ``text``, each once, in the order of the data file's phrases then patterns."""
        norm = text if normalised else normalise(text)
        if not norm:
            return []
        words = norm.split()
        found: dict[int, Term] = {}
        for n in range(1, self.max_words + 1):
            for i in range(len(words) - n + 1):
                for term in self._phrases.get(" ".join(words[i:i + n]), ()):
                    found.setdefault(id(term), term)
        for rx, term in self._patterns:
            if rx.search(norm):
                found.setdefault(id(term), term)
        return sorted(found.values(), key=lambda t: t.text)

"""Ecological-transition relevance of a catalogue entry, from a thematic taxonomy (a data file).

The score is explainable: every matched term is kept as evidence with the field it was found in.
Fields weigh differently (topics are chosen by the team, a README is long and mentions much), a
specific term weighs more than a common word, each term counts once per field, and a theme cannot
run away with the score. The raw sum is mapped to 0–100 with diminishing returns.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from auditor.discover.terms import Term, TermMatcher, normalise
from auditor.errors import UsageError

FIELD_WEIGHTS = {"name": 1.5, "topics": 2.0, "description": 1.0, "readme": 0.5}
STRENGTH = {"strong": 3.0, "weak": 1.0}
THEME_CAP = 12.0  # raw points one theme can give
SCALE = 6.0  # raw points that give 63/100


@dataclass
class Taxonomy:
    version: str
    titles: dict[str, dict[str, str]]
    matcher: TermMatcher
    source: str
    digest: str = ""  # of the file's text: a result scored with another taxonomy is never reused


@dataclass
class Relevance:
    score: float
    themes: list[str] = field(default_factory=list)  # most weighty first
    evidence: list[dict[str, Any]] = field(default_factory=list)  # {"theme", "term", "field"}

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "themes": self.themes, "evidence": self.evidence}


def _read_data(path: str | Path | None, name: str, with_digest: bool = False) -> Any:
    from auditor import safeyaml

    if path:
        p = Path(path)
        from auditor import bounded

        text = bounded.read_text(p, limit=safeyaml.MAX_BYTES, what="taxonomy")
        source = str(p)
    else:
        text = resources.files("auditor.discover").joinpath("data", name).read_text(encoding="utf-8")
        source = f"auditor/discover/data/{name}"
    try:
        data = safeyaml.load(text)
    except Exception as exc:  # noqa: BLE001 - any parse failure is the user's file
        raise UsageError(f"{source}: not valid YAML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    if not isinstance(data, dict):
        raise UsageError(f"{source}: expected a mapping at the top")
    if with_digest:
        import hashlib

        return data, source, hashlib.sha256(text.encode()).hexdigest()[:16]
    return data, source


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    data, source, digest = _read_data(path, "themes.yml", with_digest=True)
    themes = data.get("themes")
    if not isinstance(themes, dict) or not themes:
        raise UsageError(f"{source}: themes: expected a mapping of themes")
    terms: list[Term] = []
    titles: dict[str, dict[str, str]] = {}
    for theme, spec in themes.items():
        if not isinstance(spec, dict):
            raise UsageError(f"{source}: themes.{theme}: expected a mapping")
        title = spec.get("title") or {}
        titles[str(theme)] = {"fr": str(title.get("fr") or theme), "en": str(title.get("en") or title.get("fr") or theme)}
        for strength in STRENGTH:
            by_lang = spec.get(strength) or {}
            if not isinstance(by_lang, dict):
                raise UsageError(f"{source}: themes.{theme}.{strength}: expected fr/en lists")
            for lang_terms in by_lang.values():
                if not isinstance(lang_terms, list):
                    raise UsageError(f"{source}: themes.{theme}.{strength}: expected a list of terms")
                for t in lang_terms:
                    terms.append(Term(str(t), (str(theme), strength)))
    return Taxonomy(str(data.get("version") or "?"), titles, TermMatcher(terms), source, digest)


def score(taxonomy: Taxonomy, fields: dict[str, str]) -> Relevance:
    """Relevance of one entry from its text fields (``name``, ``topics``, ``description``, ``readme``)."""
    per_theme: dict[str, float] = {}
    evidence: list[dict[str, Any]] = []
    for fname in FIELD_WEIGHTS:
        text = fields.get(fname) or ""
        if not text:
            continue
        norm = normalise(text)
        for term in taxonomy.matcher.find(norm, normalised=True):
            theme, strength = term.key  # type: ignore[misc]
            per_theme[theme] = per_theme.get(theme, 0.0) + STRENGTH[strength] * FIELD_WEIGHTS[fname]
            evidence.append({"theme": theme, "term": term.text, "field": fname, "strength": strength})
    capped = {t: min(v, THEME_CAP) for t, v in per_theme.items()}
    raw = sum(capped.values())
    value = round(100.0 * (1.0 - math.exp(-raw / SCALE)), 1)
    themes = [t for t, _ in sorted(capped.items(), key=lambda kv: (-kv[1], kv[0]))]
    evidence.sort(key=lambda e: (themes.index(e["theme"]), list(FIELD_WEIGHTS).index(e["field"]), e["term"]))
    return Relevance(value, themes, evidence)

"""Which natural language a text is written in (py3langid's model, shipped in the package, limited to
the languages likely in French public-sector repositories, after a first guess from the writing system:
:mod:`auditor.langscript`). Used by the README, documentation and publiccode facts and the code-comments check."""

from __future__ import annotations

import re
import threading

from auditor.langmodel import CANDIDATE_LANGUAGES, load_identifier  # noqa: F401 (CANDIDATE_LANGUAGES re-exported)
from auditor.langscript import script_language, unspaced_words
from auditor.lazyre import lazy_compile

_IDENT = None
_IDENT_LOCK = threading.Lock()


def identifier():
    """py3langid's naive Bayes identifier, limited to likely languages (:data:`CANDIDATE_LANGUAGES`);
    loaded on the first text that needs it, from the form built with the package (see langmodel)."""
    global _IDENT
    with _IDENT_LOCK:
        if _IDENT is None:
            _IDENT = load_identifier(CANDIDATE_LANGUAGES)
    return _IDENT


_CODEY = lazy_compile(r"(https?://\S+|\S+\.(md|py|js|ts|json|yml|yaml|txt|sh)\b|`[^`]*`|[\w.-]+@[\w.-]+|[/\\][\w./\\-]+|\b\w*[_$]\w*\b)")


_LONG_TOKEN = lazy_compile(r"\S{120,}")


def prose(text: str) -> str:
    """Natural-language words of a paragraph: code, paths, URLs and e-mails removed. Tokens of
    120 characters or more (never words; a hostile README may hold one of 300,000) go first, which
    also keeps the patterns below linear."""
    return " ".join(_CODEY.sub(" ", _LONG_TOKEN.sub(" ", text)).split())


# a short chunk is counted for French or English only when it holds one of that language's function words: people's names and
# words spelt alike in both ("Installation", "Documentation", "Licence") decide nothing (issue 12, s39 fh39 = 3liz/qgis-lizsync-plugin,
# whose English README was "French, English" from its contributors' names)
SHORT_CHUNK = 20
FUNCTION_WORDS = {
    "fr": frozenset("le la les un une des du de et est sont pour dans sur avec par ce cette ces qui que au aux ne pas vous nous il elle "
                    "on se sa son ses leur leurs d l c qu n s j".split()),
    "en": frozenset("the a an and of to is are be for with on in this that it by from as at or not you we can".split()),
}


def identify_languages(paragraphs: list[str], min_words: int = 10, min_share: float = 0.2) -> dict:
    """Share of prose words per language, classifying paragraph by paragraph (so that a bilingual
    README shows both). Returns ``{"language": code | [codes] | None, "languages": {code: share}, "words": n}``."""
    ident = identifier()
    counts: dict[str, int] = {}
    pending: list[str] = []
    total = 0

    def classify(chunk: str) -> None:
        nonlocal total
        lang, n = script_language(chunk)  # another script than the model's (Thai, Cyrillic, Han…), or a Latin language it lacks
        if lang:
            counts[lang] = counts.get(lang, 0) + n
            total += n
            return
        n = len(chunk.split())
        lang, prob = ident.classify(chunk)
        if prob < 0.5:
            return
        if n < SHORT_CHUNK and lang in FUNCTION_WORDS and not FUNCTION_WORDS[lang] & {w.strip(".,;:!?()[]*'’\"").lower() for w in chunk.split()}:
            return  # (a short run of names and words spelt alike in French and English, "Contributors Michaël Douchin … Licence GPL V2": no sentence)
        counts[lang] = counts.get(lang, 0) + n
        total += n

    for p in paragraphs:
        words = prose(p)
        if not words:
            continue
        pending.append(words)
        joined = " ".join(pending)
        if len(joined.split()) >= 12 or unspaced_words(joined) >= 12:  # (Chinese, Thai: words without spaces between them)
            classify(joined)
            pending = []
    if pending and (total == 0 or len(" ".join(pending).split()) >= 6):
        joined = " ".join(pending)
        if len(joined.split()) >= 3:
            classify(joined)
    if total < min_words:
        return {"language": None, "languages": {k: round(v / total, 2) for k, v in counts.items()} if total else {}, "words": total}
    shares = {k: round(v / total, 2) for k, v in sorted(counts.items(), key=lambda kv: -kv[1])}
    main = [k for k, v in shares.items() if v >= min_share]
    language: str | list[str] | None = main[0] if len(main) == 1 else sorted(main, key=lambda c: (c != "fr", c != "en", c))
    return {"language": language, "languages": shares, "words": total}

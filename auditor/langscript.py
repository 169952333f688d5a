"""A first guess of a text's language from its writing system, before the statistical model (:mod:`auditor.langid`), whose
candidates are the Latin-script languages likely in French public-sector repositories: a README translated into Thai, Russian,
Arabic or Chinese (README.th.md, README.ru.md, README.zh-CN.md) was forced into the nearest of them (Basque, Breton, English,
Occitan). A text whose letters are mostly of one other script gets that script's language (Cyrillic told apart by the letters
only some of its languages use; Han with kana is Japanese); a Latin text with enough letters that none of the candidates uses
(Czech ř ů ě ý, Croatian ć đ, Polish ł ą ę, Hungarian ő ű, Romanian ș ț, Turkish ğ ı, Vietnamese ơ ư) gets that language. Otherwise None:
the model decides. Pure functions of the text."""

from __future__ import annotations

import re

# script of a letter, by code point range (first, last, script)
_RANGES = (
    (0x0370, 0x03FF, "greek"), (0x0400, 0x052F, "cyrillic"), (0x0530, 0x058F, "armenian"), (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x0900, 0x097F, "devanagari"), (0x0980, 0x09FF, "bengali"),
    (0x0B80, 0x0BFF, "tamil"), (0x0E00, 0x0E7F, "thai"), (0x10A0, 0x10FF, "georgian"), (0x1100, 0x11FF, "hangul"),
    (0x3040, 0x309F, "kana"), (0x30A0, 0x30FF, "kana"), (0x3130, 0x318F, "hangul"), (0x3400, 0x4DBF, "han"), (0x4E00, 0x9FFF, "han"),
    (0xAC00, 0xD7AF, "hangul"), (0xF900, 0xFAFF, "han"), (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
)
SCRIPT_LANGUAGE = {"greek": "el", "armenian": "hy", "hebrew": "he", "arabic": "ar", "devanagari": "hi", "bengali": "bn", "tamil": "ta",
                   "thai": "th", "georgian": "ka", "hangul": "ko"}
# letters per word, for scripts written without spaces between words (a word count the shares can compare)
LETTERS_PER_WORD = {"han": 2, "kana": 2, "thai": 6}
# Cyrillic languages by the letters only they use (Russian when none)
_CYRILLIC = (("uk", "іїєґ"), ("be", "ў"), ("sr", "ђјљњћџ"), ("mk", "ѓќѕ"), ("kk", "әғқңөұүһ"))
_ARABIC = (("ur", "ٹڈڑںے"), ("fa", "پچژگ"))  # Urdu, Persian (Persian letters are Urdu's too: Urdu first)
# Latin letters none of the model's candidates (fr en de es it nl pt ca oc br eu) writes, and the language they point to
_LATIN = (("cs", "řůěý"), ("sk", "ľĺŕ"), ("hr", "ćđ"), ("pl", "łąęśźżń"), ("hu", "őű"), ("ro", "șță"), ("tr", "ğış"), ("vi", "ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"))
MIN_LATIN_HITS, MIN_LATIN_SHARE = 3, 0.01


def script_of(ch: str) -> str | None:
    o = ord(ch)
    if o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
        return "latin"
    for first, last, script in _RANGES:
        if first <= o <= last:
            return script
    return None


def script_language(text: str) -> tuple[str | None, int]:
    """(language, words) from the script of ``text``'s letters: ``(None, 0)`` when the model should decide. ``words``: for a
    script written without spaces, its letters over :data:`LETTERS_PER_WORD`, else the text's words."""
    counts: dict[str, int] = {}
    letters = [ch for ch in text if ch.isalpha()]
    for ch in letters:
        s = script_of(ch)
        if s:
            counts[s] = counts.get(s, 0) + 1
    total = len(letters)
    if not total:
        return None, 0
    words = len(text.split())
    cjk = counts.get("han", 0) + counts.get("kana", 0)
    if cjk * 2 >= total:
        return ("ja" if counts.get("kana", 0) * 7 >= cjk else "zh"), max(words, cjk // LETTERS_PER_WORD["han"])
    script = max(counts, key=lambda s: (counts[s], s)) if counts else None
    if script and script != "latin" and counts[script] * 2 >= total:
        low = text.lower()
        if script == "cyrillic":
            lang = next((code for code, marks in _CYRILLIC if any(m in low for m in marks)), "ru")
        elif script == "arabic":
            lang = next((code for code, marks in _ARABIC if any(m in low for m in marks)), "ar")
        else:
            lang = SCRIPT_LANGUAGE.get(script)
        per_word = LETTERS_PER_WORD.get(script)
        return lang, max(words, counts[script] // per_word) if per_word else words
    if script == "latin":
        low = text.lower()
        hits = [(sum(low.count(m) for m in marks), code) for code, marks in _LATIN]
        n, code = max(hits)
        if n >= MIN_LATIN_HITS and n >= MIN_LATIN_SHARE * total:
            return code, words
    return None, 0


_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def unspaced_words(text: str) -> int:
    """Words of the scripts written without spaces (Han, kana, Thai) in ``text``, counted from their letters (2 a word; Thai's
    longer words counted the same: a lower bound)."""
    return len(_UNSPACED.findall(text)) // 2

"""Evidence for people: a check's recorded value (JSON) turned into a phrase in the report's language.

Checks record what they measured as data (``{"missing": ["license", "copyright"]}``, counts, tokens,
a tool's English reason). People never read that data as such: every renderer for people asks this
module for the phrase. Keys and fixed words are labelled from ``auditor.i18n``; text that comes from
the audited repository is quoted (« … » in French) so that nobody mistakes it for the report's own
words; numbers and dates follow the language. Nothing here judges: it only says what was recorded.
"""

from __future__ import annotations

import re
from typing import Any

from auditor.i18n import EVIDENCE_KEYS, LANGUAGE_NAMES, fmt_date, fmt_number, known_phrase, pick
from auditor.reports.text import clean

PERCENT_KEYS = {"closure_ratio", "modern_share", "comment_density", "share", "confidence"}
MAX_ITEMS = 8
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_TAIL = re.compile(r"\]\([^)]*\)?|\(https?://[^)\s]*\)?")
_IDENT = re.compile(r"^[A-Za-z0-9@/._+:#-]+$")


def _lang(lang: str) -> str:
    return lang if lang in ("fr", "en") else "fr"


def colon(lang: str) -> str:
    return "\u00a0: " if _lang(lang) == "fr" else ": "


def quote(text: str, lang: str) -> str:
    return f"«\u00a0{text}\u00a0»" if _lang(lang) == "fr" else f"“{text}”"


def strip_markdown(text: str) -> str:
    """Readable text from a Markdown excerpt: links keep their words, a cut link loses its address."""
    s = _MD_LINK.sub(r"\1", text)
    s = _MD_TAIL.sub("", s)
    s = re.sub(r"[*_`]{1,3}([^*_`]+)[*_`]{1,3}", r"\1", s)
    s = re.sub(r"^\s*#+\s*", "", s)
    return re.sub(r"\s+", " ", s).strip(" .") if s.strip() else s


def number(v: float | int, lang: str, key: str | None = None) -> str:
    if key in PERCENT_KEYS and isinstance(v, float) and 0 <= v <= 1:
        n = fmt_number(100 * v, lang, 0)
        return f"{n}\u00a0%" if _lang(lang) == "fr" else f"{n}%"
    if isinstance(v, int) or float(v).is_integer():
        return fmt_number(int(v), lang, 0)
    return fmt_number(v, lang, 2 if abs(v) < 10 else 1)


def word(s: str, lang: str, key: str | None = None) -> str | None:
    """A fixed word or sentence a check records, in ``lang``; None when it is not one."""
    known = known_phrase(s, lang, key)
    return None if known is None else clean(known, 500)


def text_value(s: str, lang: str, limit: int = 200, key: str | None = None) -> str:
    known = word(s, lang, key)
    if known is not None:
        return known
    if s in LANGUAGE_NAMES:
        return pick(LANGUAGE_NAMES[s], lang)
    if _ISO_DATE.match(s):
        return fmt_date(s[:10], lang)
    s = clean(s, None)
    if _IDENT.match(s):  # a name, a path, a version, a licence id: shown as it is
        return clean(s, limit)
    return quote(clean(strip_markdown(s), limit), lang)  # words from the repository


def _is_text(d: dict) -> bool:
    return bool(d) and set(d) <= {"fr", "en"} and all(isinstance(v, str) for v in d.values())


def _is_shares(d: dict) -> bool:
    return bool(d) and all(k in LANGUAGE_NAMES for k in d) and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in d.values())


def _humanize_list(value: list | tuple, lang: str, key: str | None, depth: int) -> str | None:
    items = [humanize(v, lang, key, depth + 1) for v in value[:MAX_ITEMS]]
    items = [i for i in items if i]
    more = len(value) - MAX_ITEMS
    if more > 0:
        items.append(f"+{more}")
    return ", ".join(items) or None


def _humanize_dict(value: dict, lang: str, depth: int) -> str | None:
    """A text in two languages, language shares, "name (details)" for an item of a list, else "label : value" pairs."""
    if _is_text(value):
        return clean(pick(value, lang), 500)
    if _is_shares(value):
        parts = sorted(value.items(), key=lambda kv: (-kv[1], kv[0]))
        return ", ".join(f"{pick(LANGUAGE_NAMES[k], lang)} {number(float(v), lang, 'share')}" for k, v in parts[:MAX_ITEMS])
    name_key = next((k for k in ("name", "domain") if isinstance(value.get(k), str)), None)
    if depth > 0 and name_key:  # an item of a list: "name (details)"
        rest = humanize({k: v for k, v in value.items() if k != name_key}, lang, None, depth + 1)
        return f"{clean(value[name_key], 120)} ({rest})" if rest else clean(value[name_key], 120)
    parts = []
    for k, v in value.items():
        h = humanize(v, lang, k, depth + 1)
        if h is None:
            continue
        label = pick(EVIDENCE_KEYS[k], lang) if k in EVIDENCE_KEYS else (word(k, lang) or pick(LANGUAGE_NAMES.get(k), lang) or k.replace("_", " "))
        parts.append(f"{label}{colon(lang)}{h}")
    sep = ", " if depth else ("\u00a0; " if lang == "fr" else "; ")
    return sep.join(parts) or None


def humanize(value: Any, lang: str = "fr", key: str | None = None, depth: int = 0) -> str | None:
    """``value`` as a phrase for people; None when there is nothing to say."""
    lang = _lang(lang)
    if value is None or value == "" or value == [] or value == {}:
        return None
    if isinstance(value, bool):
        return {"fr": ("oui", "non"), "en": ("yes", "no")}[lang][0 if value else 1]
    if isinstance(value, (int, float)):
        return number(value, lang, key)
    if isinstance(value, str):
        if key == "language" or key == "comment_language":
            return pick(LANGUAGE_NAMES.get(value, {"fr": value, "en": value}), lang)
        return text_value(value, lang, key=key)
    if isinstance(value, (list, tuple)):
        return _humanize_list(value, lang, key, depth)
    if isinstance(value, dict):
        return _humanize_dict(value, lang, depth)
    return clean(value, 200)


def evidence_value(ev: dict[str, Any], lang: str = "fr", limit: int = 300) -> str | None:
    """An evidence item's value as a phrase (shortened), or None."""
    h = humanize(ev.get("value"), lang)
    return None if h is None else clean(h, limit)


def _leaves(value: Any, lang: str, key: str | None = None) -> list[str]:
    if isinstance(value, dict) and not _is_text(value):
        return [x for k, v in value.items() for x in _leaves(v, lang, k)]
    if isinstance(value, (list, tuple)):
        return [x for v in value for x in _leaves(v, lang, key)]
    h = humanize(value, lang, key, 1)
    return [h] if h else []


def says_it_already(note: str, value: Any, lang: str) -> bool:
    """True when the note already names every part of the value (``CONTRIBUTING absent`` and ``contributing``)."""
    low = note.lower()
    leaves = _leaves(value, lang)
    return bool(leaves) and all(x.lower().strip("«»“” \u00a0") in low for x in leaves)


def evidence_parts(ev: dict[str, Any], lang: str = "fr", limit: int = 500) -> tuple[str | None, str | None]:
    """(note, value) of an evidence item as phrases; the value is left out when the note already says it."""
    note = clean(pick(ev["note"], lang), limit) if ev.get("note") else None
    val = evidence_value(ev, lang, limit)
    if val is not None and note and says_it_already(note, ev.get("value"), lang):
        val = None
    return note, val


def evidence_phrase(ev: dict[str, Any], lang: str = "fr", limit: int = 500) -> str:
    """Note and value of an evidence item (its path apart), joined for one line."""
    return " — ".join(b for b in evidence_parts(ev, lang, limit) if b)

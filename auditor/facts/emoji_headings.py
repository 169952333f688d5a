"""Headings written as plain lines led by a pictograph ("🚀 Lancer l'application en local", "🌐 Déploiement (Streamlit Cloud)",
"📜 Licence et usage"), in a Markdown README that has no "#" heading at all: a text pasted from a chat or an editor that rendered its
headings, where each pictograph opens a chapter. Made the Markdown headings they stand for, the line kept in its place (its number
unchanged), so that the README's chapters are read as chapters (s34 l34)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_ATX = lazy_compile(r"^ {0,3}#{1,6}(?:[ \t]|$)", re.M)
_FENCE = lazy_compile(r"^ {0,3}(?:```|~~~)")
# a line led by a pictograph (the Unicode blocks of emoji and symbols, "ℹ️", a keycap digit "1️⃣"), then a short title of words
_LED = lazy_compile(r"^(?:([0-9]\ufe0f?\u20e3)|[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2139\u231A-\u23FF])\ufe0f?[ \t]+(\S[^\n]{0,100})$")
_SMALL = frozenset("🔹🔸🔷🔶▪▫◾◽")  # (markers of a sub-chapter: "🔹 Données démographiques")
MIN_HEADINGS, MAX_WORDS = 3, 9


def _title(line: str):
    """The match of a pictograph-led title line: a few words, no sentence (no final stop, colon or comma), no path nor address."""
    m = _LED.match(line)
    if not m:
        return None
    rest = m.group(2).rstrip()
    if len(rest.split()) > MAX_WORDS or rest[-1] in ".!?;:,…" or "/" in rest or "**" in rest or not re.search(r"[^\W\d_]{3}", rest):
        return None
    return m


def emoji_headings(text: str) -> str:
    """The text, each pictograph-led title line (see the module) made a Markdown heading ("# " for the first line of the text, "### "
    for a keycap step or a small marker, "## " otherwise), when the text has no "#" heading and three such lines at least; else the
    text unchanged. A title line stands after a blank line, and the next line written is not led by the same pictograph (a list of
    features, "✅ Export CSV" then "✅ Import", is no chapter)."""
    if "\n" not in text or _ATX.search(text):
        return text
    lines, fence, marks = text.split("\n"), False, {}
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fence = not fence
            continue
        if fence or (i and lines[i - 1].strip()) or not (m := _title(line)):
            continue
        after = next((ln for ln in lines[i + 1:] if ln.strip()), None)
        if after is None or after.lstrip()[:1] == line[:1]:
            continue
        marks[i] = "# " if i == first else "### " if m.group(1) or line[0] in _SMALL else "## "
    if len(marks) < MIN_HEADINGS:
        return text
    return "\n".join(marks[i] + ln if i in marks else ln for i, ln in enumerate(lines))

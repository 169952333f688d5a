"""Project documents that list the deployment's settings (read by the ``env_settings`` fact as settings documents).

A document need not be named after its settings to give them: a project's state note with a section "### Secrets Streamlit requis"
over a fenced list of the keys (ANTHROPIC_API_KEY, MOT_DE_PASSE…), a deployment guide telling what to paste into the host's
secrets (a fenced ``ANTHROPIC_API_KEY = "sk-ant-…"`` block) documents each name it lists (issue 12, s42 fp42 =
ThomasLafargue/mediatheque-arcachon). Read: a section under a heading about secrets, settings, variables or configuration holding
:data:`MIN_KEYS` setting names or more, one a line; or a fenced block of :data:`MIN_KEYS` ``KEY = value`` / ``KEY=value`` lines or
more. Bounded: the first :data:`MAX_DOCS` Markdown, reStructuredText or text documents, :data:`DOC_BYTES` each."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_DOCS, DOC_BYTES, MIN_KEYS, SECTION_LINES = 30, 128 * 1024, 2, 60
_DOC_EXT = ("md", "markdown", "rst", "txt")
_SKIP = ("node_modules/", "vendor/", "third_party/")
_HEADING = lazy_compile(r"^(#{1,6})[ \t]+(.+)$")
_SETTINGS_HEADING = lazy_compile(r"\b(?:secrets?|variables?(?:[ \t]+d['’]environnement)?|environment[ \t]+variables|env(?:ironment)?|"
                                 r"r[ée]glages?|param[èe]tres?|param[ée]trage|settings|configuration|config)\b", re.I)
# a setting's name first on its line (after a list mark, a quote or a backtick): ANTHROPIC_API_KEY, MOT_DE_PASSE, TURSO_AUTH_TOKEN
_KEY_LINE = lazy_compile(r"""^[ \t>*+-]*[`'"]?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[`'"]?(?=[ \t:=(`'"]|$)""")
_ASSIGNMENT = lazy_compile(r"""^[ \t]*(?:export[ \t]+)?([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)[ \t]*=[ \t]*\S""")


def _lists_settings(text: str) -> bool:
    lines = text.split("\n")
    fenced, assignments = False, 0
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced, assignments = not fenced, 0
            continue
        if fenced and _ASSIGNMENT.match(line):
            assignments += 1
            if assignments >= MIN_KEYS:
                return True
    for i, line in enumerate(lines):
        h = _HEADING.match(line)
        if not h or not _SETTINGS_HEADING.search(h.group(2)):
            continue
        keys = set()
        for below in lines[i + 1: i + 1 + SECTION_LINES]:
            nxt = _HEADING.match(below)
            if nxt and len(nxt.group(1)) <= len(h.group(1)):
                break
            if k := _KEY_LINE.match(below):
                keys.add(k.group(1))
        if len(keys) >= MIN_KEYS:
            return True
    return False


def settings_section_docs(snap, entries) -> list[str]:
    """The documents (see the module's docstring) that list settings, shallowest first."""
    docs = sorted((e for e in entries if e.ext.lower() in _DOC_EXT and not any(s in e.path for s in _SKIP)),
                  key=lambda e: (e.path.count("/"), e.path))[:MAX_DOCS]
    return [e.path for e in docs if _lists_settings(snap.read_text(e.path, limit=DOC_BYTES) or "")][:5]

"""The ``readme_status`` fact: the README's own word that the project is finished or lives elsewhere — a deprecation or archive
notice ("> **⚠️ Deprecated:** this project moved to a monorepo and is now maintained at https://…", "Ce dépôt n'est plus maintenu",
"# Projet archivé"), or a pointer to the repository that succeeds it ("This repository has moved to …"). What the maintainers say in
the audited commit: maintenance.not-archived gives a verdict from it when the forge is not reached, and reports it beside the forge's
archived flag when it is."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.document import norm
from auditor.facts.readme_forms import notice_line
from auditor.lazyre import lazy_compile

MAX_BYTES = 256 * 1024
HEAD_LINES = 15  # a label ("Deprecated:") counts among the README's first non-blank lines, where a notice on the whole project stands
NOTICE_LINES = 60  # a sentence about the project ("This repository is no longer maintained") among its first lines

# A notice's label, first on its line (its marks, emoji and bold removed): "Deprecated:", "⚠ OBSOLÈTE !", "Archivé —", "Projet archivé"
_LABEL = lazy_compile(r"^((?:projet|project|depot|repository|repo)[ \t]+)?(deprecated|deprecie|depreciee|obsolete|archived|archive|archivee|"
                      r"abandoned|abandonne|abandonnee|unmaintained|no longer maintained|not maintained|plus maintenu|plus maintenue|"
                      r"n est plus maintenu|n est plus maintenue|end of life|fin de vie|moved|demenage)\b")
# the label stands alone (a heading "## Projet archivé", a banner "DEPRECATED") or opens its text before a colon, a dash or a "!"
_OPENS = lazy_compile(r"^[^:!—–\n]{0,40}[:!—–]")
_MARKS = lazy_compile(r"^[\s>#*_\-+|`~]*(?:\[![A-Za-z]+\][\s*_]*)?(?:[^\w\s]{1,4}[\s*_]*)*+")  # quote, heading, bold, emoji, GitHub's [!WARNING]
_URL = lazy_compile(r"https?://[^\s)\]>\"'`]{4,300}")
# where the project lives now, said of it ("This repository is now maintained at https://…", "Le dépôt a déménagé : https://…")
_MOVED = lazy_compile(r"\b(?:(?:has |have |was |were |a |ont )?(?:moved|demenage|migrated|transferred)|(?:is |are |est |sont )?now (?:maintained|hosted|developed|living|lives)|"
                      r"(?:est |sont )?(?:desormais|maintenant) (?:maintenue?s?|heberge\w*|developpe\w*)|a ete (?:deplace|migre|transfere)\w*|"
                      r"new (?:home|location|repository)|nouveau depot|nouvelle adresse)\b")
_FINISHED = lazy_compile(r"\b(?:deprecated|deprecie\w*|obsoletes?|archived|archive\w*|abandon\w*|unmaintained|no longer maintained|not (?:actively |currently |being )?maintained|"
                         r"plus maintenu\w*|pas (?:activement )?maintenu\w*|end of life|fin de vie|no longer used|plus utilise\w*)\b")
_REPLACED = lazy_compile(r"\b(?:a ete|ont ete|est|sont|is|are|has been|have been|was|were) (?:remplace\w*|replaced|superseded)\b")
_SUB_HEADING = lazy_compile(r"^[ \t]{0,3}#{2,6}[ \t]")
_FENCE = lazy_compile(r"^[ \t]*(```|~~~)")


def _state(normed: str) -> str:
    """``finished`` (deprecated, archived, abandoned, unmaintained) or ``moved`` (a pointer to where it lives now, alone)."""
    return "finished" if _FINISHED.search(normed) else "moved"


def find_notice(text: str) -> dict | None:
    """The first line of the README's head that says the project is finished or has moved, with its line, its words (120
    characters at most) and the address it points to, if any."""
    seen = 0
    fenced, head = False, True
    for i, raw in enumerate(text.splitlines()[:400], 1):
        if _FENCE.match(raw):
            fenced = not fenced
            continue
        if fenced or not raw.strip():
            continue
        seen += 1
        if seen > NOTICE_LINES:
            break
        stripped = _MARKS.sub("", raw[:1000]).strip()
        normed = norm(stripped)
        if not normed:
            continue
        m = _LABEL.match(normed) if head and seen <= HEAD_LINES else None
        head = head and not _SUB_HEADING.match(raw)  # (a label under a chapter, "## API" then "Deprecated: the v1 endpoint", is the chapter's)
        # alone, the label names its subject ("Projet archivé") or is a banner ("DEPRECATED"): a title "# Archive" names a tool
        label = m and (bool(_OPENS.match(re.sub(r"[*_`]+", "", stripped)))
                       or (m.end() == len(normed) and (bool(m.group(1)) or stripped.isupper())))
        said = notice_line(normed) and (_FINISHED.search(normed) or _MOVED.search(normed) or _REPLACED.search(normed))
        if label or said or (seen <= HEAD_LINES and _MOVED.search(normed) and _URL.search(raw)
                                            and re.match(r"^(?:this|ce|cet|le|the|notre|our)\b", normed)):
            url = _URL.search(raw)
            words = re.sub(r"[*_`]+", "", stripped)
            return {"line": i, "text": " ".join(words.split())[:120], "state": _state(normed),
                    "successor": url.group(0).rstrip(".,;:") if url else None}
    return None


@fact("readme_status", version=2, public=False)
def readme_status(ctx) -> dict:
    """``notice``: the root README's notice that the project is finished (``state`` "finished") or has moved ("moved"), with its
    ``path``, ``line``, ``text`` and ``successor`` address; None when it says neither (or there is no README)."""
    path = ctx.fact("files").get("readme")
    text = ctx.snapshot.read_text(path, limit=MAX_BYTES) if path else None
    found = find_notice(text) if text else None
    return {"readme": path, "notice": {"path": path, **found} if found else None}

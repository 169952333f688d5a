"""A governance charter kept under another name than GOVERNANCE.md: the README or a root document titled so (``docs`` fact's
community files)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the title of a governance charter: "Charte de gouvernance", "Proposition de charte de gouvernance (2024)", "Gouvernance du projet",
# "Governance Proposal", "Project governance", or "Gouvernance" alone (not "Gouvernance des données": a data-governance product)
GOVERNANCE_TITLE = lazy_compile(r"^(?:(?:proposition\s+de\s+)?charte\s+de\s+gouvernance\b|gouvernance(?:\s+(?:du|de\s+ce)\s+(?:projet|commun|logiciel))?"
                                r"(?:\s*\(.{0,20}\))?\s*$|governance(?:\s+(?:proposal|charter|model|rules))?(?:\s*\(.{0,20}\))?\s*$|"
                                r"(?:project|community)\s+governance\s*$)", re.I)
MAX_CHARTER_FILES = 20


def governance_charter(snap, root_docs: list, readme_path: str | None, limit: int = 200_000) -> dict | None:
    """A root document (the README first) whose title — its first heading or first line — names it a governance charter: who
    decides, how one joins the committees. At most :data:`MAX_CHARTER_FILES` documents of at most ``limit`` bytes, their first 8 KB."""
    from auditor.facts.document import parse_document, readme_format

    docs = sorted(root_docs, key=lambda e: (e.path != readme_path, e.path))[:MAX_CHARTER_FILES]
    for e in docs:
        text = (snap.read_text(e.path, limit=limit) or "")[:8 * 1024]
        blocks = [b for b in parse_document(text, readme_format(e.path, text))[:6] if b.text.strip()]
        titles = [b for b in blocks if b.kind == "heading"][:1] + blocks[:1]
        hit = next((b for b in titles if GOVERNANCE_TITLE.match(b.text.strip(" #*_\t"))), None)
        if hit:
            return {"path": e.path, "line": hit.line, "via": "title"}
    return None

"""A README chapter under a bare "Documentation" heading that only presents the project (issue 12, s41 fi41 = reader ra41 on
gitreunion/datacup-challenge-les-pivots and -techtek-solutions: the DataCup template's "## **Documentation**" over "Notre solution
répond à … Elle consiste à … Cette solution s'adresse aux …", its "### Utilisation" left as the template's TODO).

The heading names a documentation in general; its own text (before any sub-heading) is prose only — no code, command, link, list
item nor picture — and opens on the project as its subject ("Notre solution …", "This application …", "L'outil …"): what the project
is and for whom, its presentation, not how to use it. A "Documentation" chapter linking the manual, or giving commands, stays."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_BARE_DOCUMENTATION = lazy_compile(r"^(?:\d+ )*(?:la |the )?(?:documentation|docs?)$")
# the project as the first paragraph's subject: "Notre solution répond…", "This application lets…", "L'outil permet…", "Le projet vise…";
# or defined as one: "Il s'agit d'un outil de gestion de projets" (s44 fl44, remifroger/gestion-projet-app)
_PROJECT_SUBJECT = lazy_compile(r"^[\W_]*(?:(?:notre|nos|our|this|cette|ce|cet|le|la|l['’]|the)\s*|il\s+s['’]agit\s+d['’]\s*une?\s+)(?:solution|application|appli|app|outil|tool|projet|project|"
                                r"plateforme|platform|site|service|logiciel|software|prototype|produit|product|api)\b", re.I)
_NOT_PROSE = lazy_compile(r"`|\]\(|https?://|<a\s|<img\s|!\[|^[^\S\n]*(?:[-*+]|\d{1,2}[.)])\s|^(?: {4}|\t)\S", re.I | re.M)
_WORD = lazy_compile(r"[^\W_]+")


def presentation_chapter(heading: str, own: str) -> bool:
    """``heading`` (normalised) is a bare "Documentation" and ``own``, its chapter's own text, presents the project in prose only."""
    if not _BARE_DOCUMENTATION.match(heading):
        return False
    text = own.strip()
    if not text or len(text) > 4000 or _NOT_PROSE.search(text):
        return False
    first = re.split(r"\n[^\S\n]*\n", text, maxsplit=1)[0]
    return bool(_PROJECT_SUBJECT.match(first)) and len(_WORD.findall(text)) >= 15

"""An R DESCRIPTION left as RStudio's or usethis's template: ``Title: What the Package Does (One Line, Title Case)``,
``Description: What the package does (one paragraph).``, ``License: `use_mit_license()`, `use_gpl3_license()` or friends to pick a
license`` (older RStudio: ``License: What license is it under?``). Its License field names no licence (it asks the author to pick
one), and such a DESCRIPTION with no R/ code beside it is the scaffolding of an RStudio project, not a package: the project is
judged by its scripts."""

from __future__ import annotations

import re

from auditor.facts.manifest_parsers import dcf_fields
from auditor.lazyre import lazy_compile

# the template's own sentences: RStudio's "What the Package Does (Title Case)", usethis's "(One Line, Title Case)", the
# description "What the package does (one paragraph)." or RStudio's "More about what it does (maybe more than one line)"
_TEMPLATE_TITLE = lazy_compile(r"^What the Package Does\b", re.I)
_TEMPLATE_DESCRIPTION = lazy_compile(r"^(?:What the package does \(one paragraph\)|More about what it does \(maybe more than one line\))", re.I)
# a licence placeholder: usethis's helper names ("`use_mit_license()`, `use_gpl3_license()` or friends to pick a license"),
# RStudio's question ("What license is it under?")
_LICENCE_PLACEHOLDER = lazy_compile(r"`?\buse_\w*licen[cs]e\s*\(\s*\)`?|\bpick a licen[cs]e\b|^What licen[cs]e is it under\b", re.I)
MAX_DESCRIPTION_BYTES = 64 * 1024


def licence_placeholder(value: str) -> bool:
    """Whether a DESCRIPTION's License value is the template's placeholder asking to choose a licence (no licence named)."""
    return bool(_LICENCE_PLACEHOLDER.search(value or ""))


def unfilled_description(text: str) -> bool:
    """Whether a DESCRIPTION is the template left unfilled: its Title or Description is still the template's sentence and it
    declares no dependency (no Imports, Depends or LinkingTo)."""
    f = dcf_fields((text or "")[:MAX_DESCRIPTION_BYTES])
    if any(f.get(k, "").strip() for k in ("Imports", "Depends", "LinkingTo")):
        return False
    return bool(_TEMPLATE_TITLE.search(f.get("Title", "")) or _TEMPLATE_DESCRIPTION.search(f.get("Description", "")))


def r_scaffolding(files, top: str, text: str) -> bool:
    """Whether the DESCRIPTION in ``top`` ("" or "pkg/") is an RStudio project's scaffolding rather than a package: the template
    left unfilled and no R code in its R/ folder (its work is in scripts elsewhere)."""
    if not unfilled_description(text):
        return False
    prefix = top + "R/"
    return not any(p.startswith(prefix) and p.lower().endswith(".r") for p in files)

"""The readme fact's description, and what it changes in the sections found (:func:`auditor.facts.readme.analyse`).

The description is the README's first paragraph saying what the project is (:func:`auditor.facts.readme_description.find_description`
over the blocks that can be one), or a front matter's "description:", or the title when it says what the project is. A purpose
chapter on the background, or another chapter's overview, under that opening sentence gives no purpose; the description gives it
when no heading did. A guidelines document's licence rules are the governed project's, not its own licence. Split out of
readme.py (issue 12, s40 fc40).
"""

from __future__ import annotations

from auditor.facts.document import Block, front_matter_description, norm
from auditor.facts.readme_asides import front_description, late_asides
from auditor.facts.readme_cues import describing_title
from auditor.facts.readme_description import find_description
from auditor.facts.readme_forms import mission_line
from auditor.facts.readme_headings import heading_sections
from auditor.facts.readme_line_kinds import about_line
from auditor.facts.readme_places import description_blocks, holdings_over_definition, solution_over_context, upkeep_title
from auditor.facts.readme_reading import Reading
from auditor.facts.readme_roles import guidelines_document, guidelines_licence_rule
from auditor.facts.readme_shapes import header_lines
from auditor.lazyre import lazy_compile

# Purpose headings on the background (who launched it, why) or a principle ("## Principe"): the opening sentence before them says
# better what it does
_BACKGROUND = lazy_compile(r"(?:\d+ )*(?:contexte|context|genese|motivation|historique du projet|pourquoi ce projet|why this project|principe|principes|principle|principles)")
# (a "---" rule ends a warning heading's notice: "## `WARNING : work in progress`", "---", the tagline)
_RULE = lazy_compile(r"^ {0,3}(?:-[^\S\n]*){3,}$")


# A title naming the kind of thing the project is and whose or what for ("# Site de la mairie d'Echinghen", "# Application de gestion des
# salles", "# Portail des démarches de la commune"): it says what the project is; a paragraph found only after other chapters (where a
# style file lives, "Configuration à changer si besoin dans …") is no better description (issue 12, s43 fe43 = Guklam/Echinghen)
_KIND_TITLE = lazy_compile(r"(?:site(?: web| internet)?|website|application|app|portail|portal|plateforme|platform|outil|tool|logiciel|service|intranet|extranet) "
                           r"(?:de|du|des|d|pour|for|of) (?:\w+ ){1,12}\w+")


# (and the English compound of the same, the kind of software last after what it is about: "# Heat Wave Mitigation Demo Application",
# "# Raspberry Media Player": when no paragraph says what the project is, the title does; issue 12, s47 fi47 = urbanlab/maquette-biotope)
_COMPOUND_KIND_TITLE = lazy_compile(r"(?!\w+ing )(?:(?!(?:the|a|an|of|to|for|with|and|or|in|on|your|my|our|this|le|la|les|l|de|du|des|d|un|une|et|mon|ma|votre|notre)\b)[a-z]\w* ){2,8}(?:application|app|platform|plateforme|tool|toolkit|dashboard|portal|website|web site|"
                                    r"service|api|library|plugin|extension|player|viewer|map|server|client|connector|simulator|calculator)")


def _kind_title(title) -> bool:
    return title is not None and title.kind == "heading" and bool(_KIND_TITLE.fullmatch(norm(title.text)))


def _compound_kind_title(title) -> bool:
    return title is not None and title.kind == "heading" and bool(_COMPOUND_KIND_TITLE.fullmatch(norm(title.text)))


def _other_chapter_part(line: int, blocks: list[Block], title) -> bool:
    """The heading at ``line`` sits under a chapter that is neither the README's title nor a purpose chapter."""
    heads = [b for b in blocks if b.kind == "heading" and b.line <= line]
    if not heads or heads[-1].line != line:
        return False
    parent = next((h for h in reversed(heads[:-1]) if (h.level or 1) < (heads[-1].level or 1)), None)
    return parent is not None and parent is not title and "purpose" not in heading_sections(parent.text)


def pick_description(r: Reading) -> dict | None:
    """{text, line, first} or None."""
    blocks, lines, title = r.blocks, r.lines, r.title
    if upkeep_title(title):  # ("# Maintaining this website": none)
        description = None
    else:
        first_heading = next((b for b in blocks if b.kind == "heading"), None)
        under_header = first_heading is not None and first_heading is not title and (title is None or header_lines(title.text))
        rules = [k for k, ln in enumerate(lines, 1) if _RULE.match(ln) and k > 1 and not lines[k - 2].strip()]
        found = find_description(description_blocks(blocks, lines), under_header, late_asides(lines, blocks, r.aside), title, r.described,
                                 r.folders, rules, r.package)
        # ("L'IPC est …" then "Dans ce module on trouve …": the latter)
        description = solution_over_context(holdings_over_definition(found, blocks, r.named), blocks)
    if r.fmt == "markdown" and not upkeep_title(title) and (front := front_matter_description(r.text)) and front_description(front[0]):
        # (a GitBook or Jekyll page's "description:" in its front matter: what the page, the project, is)
        text = front[0][:300] if len(front[0]) <= 300 else front[0][:300].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
        description = {"text": text, "line": front[1], "first": True}
    between = [h for h in blocks if h.kind == "heading" and description and title is not None and title.line < h.line < description["line"]]
    if description and _kind_title(title) and between and all((h.level or 1) > (title.level or 1) for h in between) \
            and any(h.line not in r.described and not heading_sections(h.text) for h in between):
        description = None  # (the paragraph comes after the title's chapters of other matters: the title says better what the project is)
    if not (description and description["first"]) and title is not None and title.kind == "heading" and (describing_title(title) or _kind_title(title) or _compound_kind_title(title)):
        description = {"text": title.text[:300], "line": title.line, "first": True}  # the title says what it is; what follows are its chapters
    return description


def purpose_and_licence(r: Reading, have: set[str], description: dict | None, licence_sentences: list[Block]) -> bool:
    """Mends the purpose and licence details by the description; returns whether the README is a guidelines document."""
    blocks, title, details = r.blocks, r.title, r.details
    first = bool(description and description["first"])
    background = next((d for d in details if d["name"] == "purpose" and d["via"] == "heading" and _BACKGROUND.fullmatch(norm(d["text"]))), None)
    if background and first and description["line"] < background["line"]:
        # "## Contexte" (who launched it, why) after the opening sentence that says what it does
        _ = details.remove(background), have.discard("purpose")
    overview = next((d for d in details if d["name"] == "purpose" and d["via"] == "heading" and _other_chapter_part(d["line"], blocks, title)), None)
    if overview and first and description["line"] < overview["line"]:
        # "## Vue d'ensemble du processus" under "# Anonymisation et export": that chapter's overview
        _ = details.remove(overview), have.discard("purpose")
    if "purpose" not in have:
        # ("Notre mission : …" under a later chapter; "À propos du X : <…/a-propos>")
        if description:
            src = description if description["first"] or mission_line(description["text"]) or any(
                h.line in r.described and h.line < description["line"] for h in blocks if h.kind == "heading") else None
        else:
            src = about_line(blocks, r.aside)
        if src:
            details.append({"name": "purpose", "via": "sentence", "line": src["line"], "text": src["text"][:160]})
            have.add("purpose")
    named_as = title.text if title is not None and (title.kind == "heading" or len(title.text.split()) <= 10) else ""
    guidelines = guidelines_document(named_as, (description or {}).get("text") or "")
    rules = {b.line for b in licence_sentences if guidelines and guidelines_licence_rule(b.text)}
    for d in [d for d in details if d["name"] == "license" and d["via"] == "sentence" and d["line"] in rules]:
        # (a governance charter's "Operating as free software under the MIT license": the governed project's, not the charter's)
        details.remove(d)
        have.discard("license")
        own = next((b for b in licence_sentences if b.line not in rules), None)  # ("Le contenu de ce dépôt est publié sous licence…")
        if own is not None:
            have.add("license")
            details.append({"name": "license", "via": "sentence", "line": own.line, "text": own.text[:160]})
    return guidelines

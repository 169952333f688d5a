"""``readme``: the README's path, format, language(s), recognized sections, links and template signs.

Parsed, not grepped (Markdown, reStructuredText, AsciiDoc: :mod:`auditor.facts.document`). A section counts when a heading is on
that topic, or a sentence gives the instructions or points to the document that holds them ("installation : voir INSTALL.md"); a
badge alone never counts. Fact value:
{"path", "format", "words", "language" ("fr" | "en" | ["fr", "en"] | code | null), "languages" ({code: share}),
"sections" (the README's own and those found in a document it points to, :mod:`auditor.facts.readme_links`), "section_sources"
({section: the path of the document it was found in, the README's own path for its own}), "section_details" (the README's own:
[{name, via: heading|sentence, line, text}]), "headings" ([{level, text, line}]),
"description" ({text, line, first} | null), "issue_tracker", "demo", "openness_badge", "template" ({framework, line, adapted: the
line of a command rewritten for another tool, when one is} | null), "truncated"}

:func:`analyse` reads the README in passes, each a module reading and filling one :class:`~auditor.facts.readme_reading.Reading`:
the headings (:mod:`~auditor.facts.readme_heading_pass`), the labels, steps and sentences (:mod:`~auditor.facts.readme_label_pass`),
the shapes tried last (:mod:`~auditor.facts.readme_fallbacks`), the description (:mod:`~auditor.facts.readme_description_pick`).
"""

from __future__ import annotations

from auditor.facts import fact
from auditor.facts.document import MAX_README_BYTES, norm, parse_document, readme_format
from auditor.facts.readme_asides import aside_lines
from auditor.facts.readme_badges import ornament_line, prose_headings, top_heading, unbadged_headings
from auditor.facts.readme_cues import ONLY_IMAGES, WEAK_HEADING_WORDS, command_paragraph, labelled_install
from auditor.facts.readme_description_pick import pick_description, purpose_and_licence
from auditor.facts.readme_fallbacks import fallback_pass
from auditor.facts.readme_forms import chapter_title, figure_cell, notice_line, notice_lines, notice_over_title, own_title, shouted_or_nav, sql_paragraph
from auditor.facts.readme_heading_pass import heading_pass, named_use  # noqa: F401 (named_use re-exported)
from auditor.facts.readme_headings import SECTION_ORDER, heading_sections
from auditor.facts.readme_label_pass import label_pass, sentence_pass, step_sections  # noqa: F401 (step_sections re-exported)
from auditor.facts.readme_reading import Reading
from auditor.facts.readme_roles import framework_boilerplate
from auditor.facts.readme_sentences import Targets
from auditor.facts.readme_shapes import usage_opening
from auditor.facts.readme_signals import find_signals
from auditor.facts.readme_templates import adapted_commands, export_note_sections, find_template, starter_readme, untouched_template, without_template
from auditor.facts.readme_uses import test_suite
from auditor.facts.readme_views import declared_commands
from auditor.facts.readme_wordpress import read_as
from auditor.facts.ui_templates import copied_readme
from auditor.langid import identify_languages, prose
from auditor.lazyre import lazy_compile

# re-exported: facts, checks and tests import them from here
from auditor.facts.readme_forms import dev_tool_heading  # noqa: F401,E402
from auditor.facts.readme_headings import HEADING_WORDS, LABEL_WORDS, RUN_WORDS, SECTION_HEADINGS, named_later, own_run, run_only  # noqa: F401,E402
from auditor.facts.readme_sentences import FOLLOWED  # noqa: F401,E402
from auditor.facts.readme_shapes import USAGE_EXAMPLE  # noqa: F401,E402
from auditor.facts.readme_templates import TEMPLATES  # noqa: F401,E402
from auditor.facts.readme_words import (DOC_FILE_SECTIONS, K8S_KINDS, POINTER, SECTION_SENTENCE_WORDS, SPDX_LIKE, TERMS_HEADING,  # noqa: F401,E402
                                        THIRD_PARTY_PART, USE_IN_PRODUCTION, use_heading)

_NAMELESS_WORDS = frozenset({"readme", "read", "lisez", "moi", "lisezmoi", "documentation", "presentation", "introduction", "txt", "rst", "adoc"})
_HUGE_TOKEN = lazy_compile(r"\S{2000,}")


def _title(blocks):
    """The README's title: a top heading, or the first line of text ("# api-tools", under a logo too: the project's name)."""
    top = top_heading(blocks, heading_sections, WEAK_HEADING_WORDS, ONLY_IMAGES)
    if top:
        return top
    notice = notice_lines(blocks)
    first = next((b for b in blocks if b.line not in notice and (
        (b.kind != "heading" and (b.text or "").strip() and not ONLY_IMAGES.match(b.text) and not notice_line(norm(b.text))
         and not b.badge_only and not shouted_or_nav(b) and not ornament_line(b.text))
        or (b.kind == "heading" and (b.level or 1) == 1 and not notice_over_title(b, blocks)))), None)
    return chapter_title(first, blocks, heading_sections, WEAK_HEADING_WORDS)


def analyse(text: str, path: str, files=None, own: str | None = None, copied: tuple[str, ...] = (), commands=()) -> dict:
    """``files``: the repository's paths, when known: a link or a mention of a file not there gives no section; ``own``: its name;
    ``copied``: the names of a UI template copied at the root (ui_templates), whose README a README opening on its name is;
    ``commands``: those its manifests declare."""
    text, fmt = read_as(path, text, readme_format(path, text))  # (a WordPress readme.txt: its == Chapters == are Markdown's headings)
    truncated = len(text) > MAX_README_BYTES
    # No word, link or path is 2,000 characters long; such a run (a data URI, or a hostile README)
    # is blanked so that every pattern below stays linear in the README's size.
    text = _HUGE_TOKEN.sub(" ", text)
    # (a badge's "Build Status" in the title: no word of it)
    blocks = everything = prose_headings(unbadged_headings(parse_document(text, fmt)))
    written, package = text.splitlines(), own  # (the repository's name: ``own`` becomes the README's own text below)
    template = find_template(blocks) or starter_readme(text, blocks, own) or copied_readme(text, copied)
    if template and (adapted := adapted_commands(template["framework"], text)):  # (Docusaurus's README, its yarn commands turned to bun)
        template = {**template, "adapted": adapted}
    # the chapters the framework's template wrote ("## License": "The Laravel framework is … MIT"): no section, description, heading,
    # word or language of the project's (GitLab's new-project README under a title and one sentence of the author's: 20 words of the
    # author's, in French, not GitLab's 850 in English, s43 fg43)
    if template and (own := without_template(text, blocks)) != text:
        text = own
        blocks = prose_headings(unbadged_headings(parse_document(text, fmt)))
    lines = text.splitlines()
    targets = Targets(files, path)
    # (a coding-conventions or a framework's chapter)
    aside = aside_lines(lines, blocks, framework_boilerplate, lambda t: "usage" in heading_sections(t))
    title = _title(blocks)
    described = set(usage_opening(blocks, title, heading_sections))
    named = own_title(title, blocks)  # the name a question heading is compared to ("What is X ?" under "README")
    spelled = frozenset(seg for p in (files or ()) for seg in p.split("/")[:-1])  # (the repository's folder names: "### api-node", "- **docs** :")
    r = Reading(text=text, fmt=fmt, lines=lines, blocks=blocks, title=title, named=named,
                title_words={w for w in norm(named).split() if len(w) >= 3} - _NAMELESS_WORDS, aside=aside, spelled=spelled,
                folders=frozenset(seg.lower() for seg in spelled), targets=targets, files=files, package=package, commands=commands,
                template=template, suite=test_suite(text), described=described)
    heading_pass(r)
    have, installing, testing = label_pass(r)
    licence_sentences = sentence_pass(r, have, installing)
    fallback_pass(r, have, installing, testing)
    description = pick_description(r)
    guidelines = purpose_and_licence(r, have, description, licence_sentences)
    paragraphs = [b.text for b in blocks if b.kind == "paragraph" and not b.badge_only and not b.code and not b.generated
                  and not command_paragraph(b.text) and not labelled_install(b.text) and not sql_paragraph(b.text) and not figure_cell(b, written)]
    lang = identify_languages(paragraphs)
    out = {
        "path": path,
        "format": fmt,
        "words": len(prose(" ".join(b.text for b in blocks if not sql_paragraph(b.text))).split()),  # (unfenced SQL is no prose)
        "language": lang["language"],
        "languages": lang["languages"],
        "sections": [s for s in SECTION_ORDER if s in have],
        "section_details": sorted(r.details, key=lambda d: SECTION_ORDER.index(d["name"])),
        "headings": [{"level": b.level, "text": b.text[:120], "line": b.line} for b in blocks if b.kind == "heading"][:200],
        "description": description,
        "served_runs": r.served,  # (run chapters dropped that serve the project's API and query it: readme_served)
        # (the title as a heading, or as a short first line typed without one: "Governance Proposal ( 2024 )")
        "guidelines": guidelines,
        "template": template,
        "release_chapters": r.releases[:20],
        # links to a file of the repository that is not there ("[INSTALL.md](INSTALL.md)" with no INSTALL.md): broken, they give no section
        "dead_links": list({(b.line, u): {"line": b.line, "target": u[:200]}
                            for b in blocks for u, _ in b.links if u and targets.missing(u)}.values())[:20],
        "truncated": truncated,
    }
    out.update(find_signals(blocks))
    if untouched_template(out):  # (a framework's README left as it is: its chapters, "Getting Started", "Options:" of `rails console`,
        out["sections"], out["section_details"], out["description"] = [], [], None  # and its opening lines are the framework's)
        # (but a generator's note in its export, qgis2web's: its steps to open and publish the export are this export's)
        if note := export_note_sections(out["template"]["framework"], everything):
            out["sections"], out["section_details"] = list(dict.fromkeys(d["name"] for d in note)), note
    return out


@fact("readme", version=307)
def readme(ctx) -> dict | None:
    path = ctx.fact("files").get("readme")
    if not path:
        return {"path": None}
    text = ctx.snapshot.read_text(path, limit=MAX_README_BYTES * 4)
    if text is None:
        entry = ctx.snapshot.files.get(path)
        reason = "symlink" if entry and entry.kind == "symlink" else "unreadable (binary or too large)"
        return {"path": path, "unreadable": reason}
    from auditor.drafts import TEXT_MARKERS, find_markers

    files = None if ctx.snapshot.truncated else ctx.snapshot.files  # (a listing cut short: a file not listed may be there)
    from auditor.facts import FactError

    try:  # (a UI template copied at the root, the application built inside it: AdminLTE's README is AdminLTE's)
        ui = (ctx.fact("inventory") or {}).get("ui_template") if "/" not in path else None
    except FactError:
        ui = None
    copied = (ui["title"], ui["name"]) if ui else ()
    name = getattr(getattr(ctx, "target", None), "name", None)
    out = analyse(text, path, files, name, copied, declared_commands(ctx.snapshot))
    out["draft_lines"] = [line for line, _ in find_markers(text, limit=20, markers=TEXT_MARKERS)]
    # (a chapter that only links to a template's page left unfilled, "### Installation" / "[Guide d'installation](/INSTALL.md)" over
    # "List the dependencies…": no section, here or there; s41 fi41)
    unfilled = set(ctx.fact("readme_unfilled_pointers") or []) if out.get("section_details") else set()
    if gone := [d for d in out["section_details"] if d.get("via") == "heading" and d["line"] in unfilled
                and d["name"] in ("install", "deployment", "configuration", "usage")]:
        out["section_details"] = [d for d in out["section_details"] if d not in gone]
        kept = {d["name"] for d in out["section_details"]}
        out["sections"] = [n for n in out["sections"] if n in kept or n not in {d["name"] for d in gone}]
    # the sections the README gives by pointing to another document of the repository (its backend's README, the guide behind a
    # documentation index, the CONTRIBUTING.md its chapter links): the report's sections are "in the README or a document it points
    # to", the README's own first (an untouched framework template's links are the framework's: none)
    linked = [] if untouched_template(out) else (ctx.fact("readme_linked_sections") or {}).get("sections") or []
    sources = {name: path for name in out["sections"]}
    for d in linked:
        sources.setdefault(d["name"], d["path"])
    out["sections"] = [name for name in SECTION_ORDER if name in sources]
    out["section_sources"] = {name: sources[name] for name in out["sections"]}
    return out

"""The nearest kind of a repository holding documents only (Markdown, PDF), when no file decided one: a data specification only
when its documents specify data (a table of fields and their types, the words of a specification or a standard), else the kind
its README says it is is not taken from its words (an emptied repository's "scripts associés au site Web" is no web application): the kind
is unknown, documents only, the README's word kept in the evidence."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the words of a data specification, or a Markdown table's header naming fields and their type or description; "standard" as the noun
# of a standard ("le standard", "standard d'échange", "data standard"), not the adjective of a user manual ("Relevé de propriété standard")
# ("spécifications techniques de l'écran", "technical specifications" of a device say what a product is made of, not data: those count
# only when they specify data, a format, an exchange or a file; issue 12, s45 fe45)
_SPEC_WORDS = lazy_compile(r"(?<!technical )\bsp[ée]cifications?\b(?! techniques?\b)|\bsp[ée]cifications? techniques? (?:de|des|du|d'|d’) ?"
                           r"(?:donn[ée]es|formats?|[ée]changes?|fichiers?|flux|api|interfaces? d'[ée]change)\b|\b(?:le|un|ce|cet|du|au|des|les|aux|ces|notre|nos|data|open data|exchange|interoperability|national|this) "
                           r"standards?\b|\bstandards? (?:de|d|des|du|nationale?s?|nationaux|ouverts?|cnig|covadis|for|of)\b|\bsch[ée]mas? (?:de|des) donn[ée]es\b|\bdata schemas?\b|\btable ?schema\b|"
                           r"\bmod[èe]les? (?:de|des) donn[ée]es\b|\bdata models?\b|\bdictionnaire (?:de|des) donn[ée]es\b|\bdata dictionary\b", re.I)
_FIELD_TABLE = lazy_compile(r"^[ \t]*\|[^\n]*\b(?:champs?|fields?|attributs?|attributes?|colonnes?|columns?|propri[ée]t[ée]s?|properties)\b[^\n]*\|"
                            r"[^\n]*\b(?:types?|formats?|descriptions?)\b[^\n]*$", re.I | re.M)
# what a README says the project is, most specific first: a plugin's front end is a plugin
_SAID = (("library", lazy_compile(r"\b(?:plugin|plug-in|extension|add-?on|greffon|biblioth[èe]que|library|package|widget)s?\b", re.I)),
         ("api-service", lazy_compile(r"\b(?:api|web ?services?|back-?end)\b", re.I)),
         ("web-application", lazy_compile(r"\b(?:application|appli|front-?end|site web|website|portail|portal|visionneuse|viewer|tableau de bord|dashboard)s?\b", re.I)),
         ("cli-tool", lazy_compile(r"\b(?:scripts?|command[- ]line|ligne de commande)\b", re.I)))
DOCUMENTS_ONLY = "documents only: no file decides the kind"
SPEC_DOCUMENT = "specification document"
# code whose files decide no kind (no framework, entry point, manifest or recipe recognised): the kind is unknown, never "library"
CODE_UNDECIDED = "code of no recognised kind: no file decides the kind"
# neither code nor documents nor data (settings files, images): the kind is unknown
NO_DECISIVE_FILE = "no decisive file: no file decides the kind"
# an AI assistant's add-ons with no code (Claude Code plugins: .claude-plugin/plugin.json and marketplace.json, their skills' SKILL.md
# prompts): the manifests are the host tool's, no data, and the prompts no documents; a collection of assistant skills has no kind
# of its own among the kinds, it is unknown, said as no decisive file (issue 12, s40 fn40 = jfboye01/cowork-plugins)
ASSISTANT_ADDONS = "no decisive file: an AI assistant's add-ons (plugin manifests and prompt skills), no code"
# the exercises of a course beside its documents (see :func:`course_kit`): no program others run, the kind is unknown
COURSE_KIT = "course material: exercises beside their course documents, no file decides the kind"
_UNKNOWN = ((DOCUMENTS_ONLY, "documents-only"), (CODE_UNDECIDED, "code-only"), (NO_DECISIVE_FILE, "no-decisive-file"),
            (COURSE_KIT, "course-material"))
# the ways a kind is unknown, each said in words of its own (report.kind_documents_only…): the placeholder kind is never shown
UNKNOWN_KINDS = tuple(said for _, said in _UNKNOWN)


# A how-to's title, its first Markdown heading: "Comment publier votre couche…", "How to…", a tutorial, a user's guide or step-by-step
# instructions. Such a guide explains the standards its reader meets (WMS "un standard OGC", "les standards d'interopérabilité")
# without specifying any data: its words of a standard make it no specification (issue 12, s48 fh48); a table of fields still does,
# and so does a title naming a specification or a standard ("Guide de mise en œuvre du standard…").
_HEADING = lazy_compile(r"^[ \t]{0,3}#{1,3}[ \t]+(\S[^\n]*)$", re.M)
_HOW_TO = lazy_compile(r"^(?:\W*)(?:comment\b|how[ -]to\b|tuto(?:riel|rial)?s?\b|guide\b|mode d'emploi\b|pas [àa] pas\b|step[- ]by[- ]step\b|"
                       r"proc[ée]dure\b|fiche pratique\b)", re.I)


def how_to(text: str) -> bool:
    """The document is a how-to (:data:`_HOW_TO`), its title read from its first heading (in its first 40 lines), naming no standard
    nor specification."""
    m = _HEADING.search("\n".join(text.splitlines()[:40]))
    return bool(m) and bool(_HOW_TO.match(m.group(1))) and not _SPEC_WORDS.search(m.group(1))


def documents_kind(snap, docs: list[str], readme: str | None) -> tuple[str | None, list[dict]]:
    """(kind, evidence) for a repository of documents only: the first 10 documents in path order (Markdown read, 64 KB each); the
    README's title and first lines (five, struck-through text and badges left out) for what it says. (None, evidence of the documents) when nothing says."""
    texts = {p: snap.read_text(p, limit=64 * 1024) or "" for p in sorted(docs)[:10] if p.lower().endswith((".md", ".markdown"))}
    spec = [p for p, t in texts.items() if _FIELD_TABLE.search(t) or (_SPEC_WORDS.search(t) and not how_to(t))]
    if spec:
        return "data-specification", [{"path": p, "reason": SPEC_DOCUMENT} for p in spec[:3]]
    lines = [ln for ln in ((snap.read_text(readme, limit=64 * 1024) or "") if readme else "").splitlines() if ln.strip()]
    said = " ".join(ln for ln in lines[:5] if not ln.lstrip().startswith(("~~", "[!", "![", "<")))[:1000]  # (the title and the first lines)
    # (what the README says the project is, "scripts associés au site Web", is kept as its words, never made the kind: a README's word
    # decides nothing when no file of the project is there, an emptied repository's or a front end's kept on another branch)
    words = next((m.group(0).lower() for _, rx in _SAID if (m := rx.search(said))), None)
    return None, [{"path": p, "reason": DOCUMENTS_ONLY + (f" (README: {words})" if words and p == readme else "")} for p in sorted(docs)[:3]]


def specifies_data(project) -> bool:
    """Whether a ``project`` fact value is a repository of documents only whose documents specify data (the nearest kind, a data
    specification, read from the documents: an open-data standards space's Markdown, its schemas' pages)."""
    return isinstance(project, dict) and project.get("kind") == "data-specification" and project.get("kind_decided") is False and \
        any(isinstance(e, dict) and e.get("reason") == SPEC_DOCUMENT for e in project.get("kind_evidence") or [])


def kind_undecided(project) -> str | None:
    """How a ``project`` fact value (or a report's ``facts.project``) leaves its kind undecided, read from the JSON alone:
    None when a file decided it (or the value says nothing: a report written before ``kind_decided``); ``"documents-only"`` when
    the repository holds documents specifying no data (``kind`` is then no more than a placeholder); ``"code-only"`` when it holds
    code no file of which decides the kind; ``"course-material"`` when that code is a course's exercises beside its documents
    (:func:`course_kit`); ``"no-decisive-file"`` when nothing decides it (settings, images: no evidence either);
    ``"nearest"`` when ``kind`` is the nearest guess the files suggest (an HTML page's static site, data files' specification)."""
    if not isinstance(project, dict) or project.get("kind_decided") is not False:
        return None
    evidence = project.get("kind_evidence") or []
    reasons = [str(e.get("reason") or "") for e in evidence if isinstance(e, dict)]
    for reason, said in _UNKNOWN:
        if any(r.startswith(reason.split(":")[0] + ":") for r in reasons):
            return said
    return "nearest" if evidence else "no-decisive-file"


def in_documents_folder(path: str) -> bool:
    """Whether a file lies in a folder named for documents (documents/, notices/, methodologie/, at any depth, numbered or not: the
    doc_pages.DOC_NAMED words): what it holds is documentation kept with the project (a data supplier's delivery metadata, its HTML and
    XML records), no page or data of the project's own."""
    from auditor.facts.doc_pages import DOC_NAMED
    from auditor.facts.inventory import folder_word

    return any(DOC_NAMED.match(folder_word(seg)) for seg in path.split("/")[:-1])


# the folders a site is published from (a forge's Pages folder, a generator's output, a web root): pages there are a site's
_PUBLISHING_DIRS = frozenset({"docs", "doc", "public", "site", "www", "web", "html", "htdocs", "dist", "build", "_site", "pages", "gh-pages",
                              "static", "output", "out", "app", "client", "front", "frontend", "website", "webapp", "src"})
# documents a course or a study delivers (its PDFs, slides, word-processed texts)
_DELIVERABLE_EXT = (".pdf", ".odt", ".docx", ".doc", ".pptx", ".ppt", ".odp")
_CODE_OR_DOC_EXT = _DELIVERABLE_EXT + (".py", ".r", ".sh", ".bat", ".cmd", ".ps1", ".sql", ".js", ".html", ".htm", ".css", ".md", ".ipynb", ".php")
MAX_EXERCISE_PAGES = 3


def exercise_pages(html: list[str], paths: list[str], generators: list[str]) -> list[str]:
    """The HTML pages that are one exercise of a course kit, not a site (issue 12, s38 fg38 = geovendee/formation-prog-20212022: the
    OpenLayers exercise page ol/index.html beside the course's PDFs, Python and PyQGIS exercises and MS-DOS batch recipes made it a
    static site): a site is decided at the root or in its publishing folder, so a few pages (:data:`MAX_EXERCISE_PAGES`) all in one
    sub-folder that is no publishing folder, with no page at the root and no site generator, while the root delivers documents
    (PDFs, slides) and the repository's code and documents outside that folder outnumber those in it, are that folder's exercise.
    [] otherwise."""
    if not html or generators or len(html) > MAX_EXERCISE_PAGES or any("/" not in p for p in html):
        return []
    tops = {p.split("/", 1)[0] for p in html}
    top = next(iter(tops))
    if len(tops) != 1 or top.lower() in _PUBLISHING_DIRS:
        return []
    if not any("/" not in p and p.lower().endswith(_DELIVERABLE_EXT) for p in paths):
        return []
    worked = [p for p in paths if p.lower().endswith(_CODE_OR_DOC_EXT)]
    inside = sum(1 for p in worked if p.startswith(top + "/"))
    return sorted(html) if len(worked) - inside > inside else []


# code whose name or folder says it is an exercise of a course (exercice-1.py, TD/TD1.py, tp2_corrige.R, solutions/ex3.py): a word of
# its name, or its folder's, cut on - _ . and spaces, followed or not by its number
_EXERCISE_WORD = lazy_compile(r"^(?:exercices?|exercises?|exos?|td|tp|solutions?|corrections?|corrig[ée]s?)\d*$", re.I)
# the folders a course's documents are kept in besides the root (cours/, supports/, TD/)
_COURSE_FOLDER = lazy_compile(r"^(?:cours|courses?|formations?|trainings?|supports?|slides|td|tp|exercices?|exercises?)\d*$", re.I)
_WORD_CUT = lazy_compile(r"[-_.\s]+")


def _exercise(path: str) -> bool:
    from auditor.facts.inventory import folder_word

    *folders, name = path.split("/")
    words = _WORD_CUT.split(name.rsplit(".", 1)[0]) + [w for f in folders for w in _WORD_CUT.split(folder_word(f))]
    return any(_EXERCISE_WORD.match(w) for w in words if w)


def course_kit(code: list[str], paths: list[str]) -> tuple[list[str], list[str]]:
    """(course documents, exercises) when the repository is a course kit, ([], []) otherwise (issue 12, s39 fa39 = geovendee/
    formation-prog-20212022: the answers to a course's exercises, exercice-1.py's ``print``, TD/TD1.py, beside the course's PDFs, were
    taken for a command-line tool): the course's documents (PDF, slides, word-processed texts) at the root or in a folder named for the
    course (cours/, supports/, TD/), and code (``code``: the programs and scripts) of which at least two files and at least half are
    named as exercises, by their name or their folder (exercice-1.py, TD/TD1.py, tp2_corrige.R, solutions/)."""
    exercises = sorted(p for p in code if _exercise(p))
    if len(exercises) < 2 or 2 * len(exercises) < len(code):
        return [], []
    from auditor.facts.inventory import folder_word

    documents = sorted(p for p in paths if p.lower().endswith(_DELIVERABLE_EXT)
                       and ("/" not in p or any(_COURSE_FOLDER.match(folder_word(f)) for f in p.split("/")[:-1])))
    return (documents, exercises) if documents else ([], [])


def course_material(project) -> bool:
    """Whether a ``project`` fact value leaves its kind undecided on a course kit (:data:`COURSE_KIT`): its code is the exercises of
    the course its documents teach, no program others install."""
    return isinstance(project, dict) and project.get("kind_decided") is False and \
        any(isinstance(e, dict) and e.get("reason") == COURSE_KIT for e in project.get("kind_evidence") or [])

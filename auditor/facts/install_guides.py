"""Install guides kept as office documents or beside the scripts they run (issue 12, s23 k2): rules shared by the ``install_recipes``,
``load_instructions`` and ``docs`` facts.

- An installation guide written as a PDF, ODT or Word file, named for installing whatever comes before the word ("manuel_installation.pdf",
  "GuideInstallationV2.pdf", "Lea 3.1 - Installation.doc"): the application's install documents (GIP-RECIA/esco-lea's install/).
- A data model's step-by-step guide kept beside its scripts (integration/Communes/maj_communes_nouveau_millesime_bdtopo.mdown beside
  import_communes_en_base.bat and the SQL scripts: "Double-cliquez sur le fichier import_communes_en_base.bat"), named for its subject,
  not for installing (meldig/SQL)."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_doc
from auditor.lazyre import lazy_compile

# (after a separator, a space or a number, or glued to "guide"/"manuel"/"notice": not "uninstall", not "reinstall")
# (and a guide to package or build the program: "Tutoriel pour packager.docx", "Guide de compilation.pdf", packaging.odt; or to assemble
# the device the firmware runs on, its installation: "Note_technique_Montage_Module_Air.pdf" — s39 fh39 = airpaca/Module_Air)
OFFICE_INSTALL_GUIDE = lazy_compile(r"(?:^|/)[^/]*?(?:(?<![a-z])|(?<=guide)|(?<=manuel)|(?<=manual)|(?<=notice))(?:install|d[ée]ploiement|deployment|"
                                    r"mise[-_ ]en[-_ ](?:production|service)|packag(?:er|ing|e)\b|empaquet|compilation|montage|assemblage|assembly)[^/]*\.(?:pdf|odt|docx?)$", re.I)
# An office or PDF document named as the project's guide or read-me ("A_LIRE_res_tps_reel.docx", a hand-over note: the folders, the scripts
# to run and how to update; LISEZMOI.odt, "Guide utilisateur.pdf", manuel_admin.docx, notice_technique.pdf, Documentation.odt): written
# documentation wherever it is kept, and a guide that can say how to install or load the project
GUIDE_DOCUMENT = lazy_compile(r"(?:^|/)(?:\d+[-_. ]*)?(?:[aà][-_ ]?lire|lisez[-_ ]?moi|read[-_ ]?me|guide|manuel|manual|documentation|notice|"
                              r"note[-_ ]technique|technical[-_ ]note|"
                              r"mode[-_ ]d[-_ '’]?emploi)(?:[-_. '’][^/]*)?\.(?:pdf|odt|docx?)$", re.I)
MARKDOWN_EXT = ("md", "markdown", "mdown", "mkd", "mkdn")  # the extensions Markdown is written under
NOTE_EXT = frozenset(MARKDOWN_EXT + ("rst", "adoc", "txt"))
SCRIPT_EXT = frozenset({"sql", "bat", "cmd", "sh", "ps1", "psql"})
MAX_NOTES = 10


def notes_beside_scripts(entries: list) -> list[str]:
    """The text documents (Markdown under any of its extensions, reStructuredText, AsciiDoc, plain text) kept in a folder of
    scripts (SQL, batch, shell) at most three folders deep, READMEs aside (read already) and a documentation folder's pages (doc/'s
    fourteen notes holding two example scripts: the guides by name are read there): the first ten by depth, then path."""
    script_dirs = {e.dir for e in entries if e.ext.lower() in SCRIPT_EXT and e.path.count("/") <= 3}
    notes = [e.path for e in entries if e.dir in script_dirs and e.ext.lower() in NOTE_EXT and not e.name.lower().startswith("readme") and not is_doc(e.path)
             and not re.match(r"(?i)(?:licen[cs]e|copying|changelog|authors|notice)\b", e.name)]
    return sorted(notes, key=lambda p: (p.count("/"), p))[:MAX_NOTES]


# An HTML document of a documentation folder titled as the manual that installs, hosts or runs the service ("Manuel d'infrastructure":
# the hosts, the automatic deployment, the environment variables to set; "Guide d'installation", "Deployment guide"): its <title> or
# first <h1> says what it is, as a Markdown guide's name does (an HTML page's other headings are left unread: a commune's site kept
# in docs/ has an "Hébergement" page on lodgings)
DEPLOY_TITLE = lazy_compile(r"\b(?:manuel|guide|documentation|proc[ée]dure)\s+(?:d['’]\s*|de\s+l['’]\s*|de\s+|du\s+)?(?:infrastructure|installation|exploitation|"
                            r"d[ée]ploiement|h[ée]bergement|mise\s+en\s+(?:production|service))\b|"
                            r"\b(?:deployment|installation|install|operations|infrastructure|hosting)\s+(?:guide|manual|handbook)\b|\brunbook\b", re.I)
# (tempered by its opener: a page of "<title>" never closed costs one scan, not one per opener)
_HTML_TITLE = lazy_compile(r"<(title|h1)\b[^>]*>((?:(?!<(?:title|h1)\b).)*?)</\1\s*>", re.I | re.S)
_TAG = lazy_compile(r"<[^>]+>")
HTML_DOC_EXT = frozenset({"html", "htm", "xhtml"})
MAX_HTML_DOCS = 20


def html_deploy_guides(snap, docish: list) -> list[str]:
    """The HTML documents (of ``docish``, the documentation files) whose title or first heading names a deployment manual."""
    out = []
    for e in sorted((e for e in docish if e.ext.lower() in HTML_DOC_EXT and e.size <= 1_000_000), key=lambda e: e.path)[:MAX_HTML_DOCS]:
        text = snap.read_text(e.path, limit=65536) or ""
        titles = [_TAG.sub(" ", m.group(2)) for m in _HTML_TITLE.finditer(text[:65536])][:2]
        if any(DEPLOY_TITLE.search(" ".join(t.split())) for t in titles):
            out.append(e.path)
    return out


# A plain text named as the instructions (instructions.txt, consignes.md, "mode d'emploi.txt"), wherever it is kept (a student project's
# deliverables folder, RENDU_FINAL/documents/instructions.txt), whose numbered steps install and run the project ("3) Exécuter
# setupDeps.sh", "4) Installer MySQL ou MariaDB", "7) Lancer la commande make run"): an install guide under a plain name (issue 12,
# s46 ff46 = xotakfr/communes-bretonnes). Three numbered steps at least, one of them installing, building or running something;
# at most MAX_INSTRUCTION_FILES files, 64 KB each, in path order.
INSTRUCTIONS_DOC = lazy_compile(r"(?:^|/)(?:instructions?|consignes?|mode[-_ ]d[-_ ]?(?:'|’)?emploi)\.(?:txt|md|rst|adoc)$", re.I)
_STEP = lazy_compile(r"^[ \t]*(?:\d{1,2}|[a-h])[).][ \t]+\S", re.M)
_INSTALL_STEP = lazy_compile(r"^[ \t]*(?:\d{1,2}|[a-h])[).][ \t]+[^\n]*?\b(?:install\w*|ex[ée]cut\w*|lanc\w*|run|make|compil\w*|build|setup\w*|d[ée]ploy\w*|"
                             r"t[ée]l[ée]charg\w*|download\w*)\b", re.M | re.I)
MAX_INSTRUCTION_FILES = 10


def instruction_guides(snap, paths: list[str]) -> set[str]:
    """The paths among ``paths`` (named as :data:`INSTRUCTIONS_DOC`) whose text gives numbered install or run steps."""
    out = set()
    for path in sorted(p for p in paths if INSTRUCTIONS_DOC.search(p))[:MAX_INSTRUCTION_FILES]:
        text = snap.read_text(path, limit=64 * 1024) or ""
        if len(_STEP.findall(text)) >= 3 and _INSTALL_STEP.search(text):
            out.add(path)
    return out

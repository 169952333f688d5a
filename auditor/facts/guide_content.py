"""Whether a document named like an installation or deployment guide is one, by what it holds (nothing is run).

A file's name says what it is about, not what it is: ``docs/Deployments.md`` of OpenTripPlanner ("OpenTripPlanner Deployments
Worldwide") lists 29 cities running it — reuse, not how to deploy it —, and ``Hébergements.html`` of a commune's site is its page
on the village's lodgings ("hébergement" is also hosting). A document whose own name names the topic is a guide when its text
gives what a guide gives (issue 12, s24 o3):

- a command to run: a code block (fenced, indented, reStructuredText's ``::`` and ``.. code::``, APT's ``+---`` box, HTML's
  ``<pre>``/``<code>``), a shell prompt (``$ …``), a package manager's, a container's or a build tool's command;
- steps: two numbered items or more (``1.``, ``2)``, a Maven site's APT ``[[1]]``, HTML's ``<ol>``), or a line opening on an instruction (install, copy,
  download, run, configure, deploy…);
- or a heading on the topic, named in the singular ("Installation", "Déploiement", "Hébergement", "Mise en production"): a
  chapter of it, where a plural heading ("Deployments Worldwide", "Hébergements") lists things.

A completion report is no guide either: a document whose own title says that an installation or a set-up is finished
("Système de Partage d'Événements - Installation Terminée ✅", "Setup complete", "Installation réussie"; not "Installation complète", a full one, named INSTALLATION_COMPLETE.md)
tells what was done, then how to try it; it gives no deployment of the project (issue 12, s42 fl42 = slydertheo/mairie-site-final).

An HTML page of the site itself — beside the site's ``index.html``, outside documentation folders — is a page of the product, never
a guide. A document named for the topic only by its folder (``exploitation/context.apt``, ``deploy/lib/README.md``) stays one; so
does a document that cannot be read as text (PDF, office formats) or is left beyond the bound: its name is then all there is.
Bounded: at most :data:`MAX_READ` documents of :data:`READ_BYTES` each, in path order.
"""

from __future__ import annotations

import re

from auditor.facts.guide_patterns import _CODE, _COMMAND  # noqa: F401 (the guide readers' own names)
from auditor.lazyre import lazy_compile

MAX_READ = 40
READ_BYTES = 128 * 1024
TEXT_EXT = ("md", "markdown", "mdown", "mkd", "rst", "adoc", "asciidoc", "txt", "html", "htm", "apt", "org", "textile")
PAGE_EXT = ("html", "htm")

_STEP = lazy_compile(r"^[^\S\n]*(?:\d{1,2}[.)][^\S\n]+\S|\[\[\d{1,2}\]\][^\S\n]*\S|<li\b)", re.M | re.I)
_ORDERED = lazy_compile(r"<ol\b", re.I)
_INSTRUCTION = lazy_compile(r"^[^\S\n]*(?:[-*+#][^\S\n]+|\d{1,2}[.)][^\S\n]+|\[\[\d{1,2}\]\][^\S\n]*)?(?:\*\*)?(?:install(?:ez|er)?|t[ée]l[ée]charg(?:ez|er)|d[ée]compress(?:ez|er)|"
                            r"copi(?:ez|er)|lanc(?:ez|er)|ex[ée]cut(?:ez|er)|configur(?:ez|er)|d[ée]ploy(?:ez|er)|clon(?:ez|er)|compil(?:ez|er)|"
                            r"download|unzip|extract|copy|run|execute|configure|deploy|clone|build|compile)\b", re.M | re.I)
_TOPIC = (r"(?:\d{1,2}[.)]?[^\S\n]*)?(?:installation|installer|installing|install|d[ée]ploiement|deployment|deploying|d[ée]ployer|deploy|"
          r"mise en (?:production|service|place)|pr[ée]requis|prerequisites|getting started|quick ?start|d[ée]marrage|setup|set ?up|"
          r"h[ée]bergement|hosting|exploitation)\b")
# a heading on the topic: Markdown's, HTML's, or a line underlined as reStructuredText and AsciiDoc write titles
_TOPIC_HEADING = lazy_compile(r"^[^\S\n]*(?:#{1,6}|=+)[^\S\n]*" + _TOPIC + r"|<h[1-6][^>\n]{0,200}>[^\S\n]*" + _TOPIC +
                              r"|^" + _TOPIC + r"[^\n]{0,80}\n[=~^\"*+#-]{3,}[^\S\n]*$", re.M | re.I)


# TYPO3's TypoScript, whatever the file's name (a TYPO3 4 extension's pi1/static/setup.txt, static/<name>/setup.txt: the plugin's setup,
# issue 12, s41 fs41 = TYPO3-svn-archive/ren_documents): object paths assigned, copied or opened as blocks, closing braces, conditions
# and comments, line after line, with one block opened at least
_TS_LINE = lazy_compile(r"^(?![^\n]*;[^\S\n]*$)[^\S\n]*(?:[\w-]+(?:\.[\w-]+)*[^\S\n]*(?:=|:=|<|>|=<|\{|\()|[})]|\[[^\]\n]*\])")
_TS_COMMENT = lazy_compile(r"^[^\S\n]*(?:#|//|/\*|\*)")
_TS_BLOCK = lazy_compile(r"^[^\S\n]*[\w-]+(?:\.[\w-]+)*[^\S\n]*\{[^\S\n]*$", re.M)


def typoscript(text: str) -> bool:
    """The text is TypoScript: nine lines in ten (of its non-blank ones, comments aside, at least three; none
    ending on a semicolon as JavaScript, PHP and CSS do) are TypoScript's, and one opens a block."""
    lines = [line for line in text[:READ_BYTES].splitlines() if line.strip() and not _TS_COMMENT.match(line)]
    return len(lines) >= 3 and bool(_TS_BLOCK.search(text, 0, READ_BYTES)) and sum(1 for line in lines if _TS_LINE.match(line)) * 10 >= len(lines) * 9


def guide_by_content(text: str) -> bool:
    """The document's text gives commands, steps or a chapter on installing or deploying (see the module's docstring); never
    TypoScript (a TYPO3 plugin's setup.txt is its setup, not a guide)."""
    if typoscript(text):
        return False
    return bool(_CODE.search(text) or _COMMAND.search(text) or len(_STEP.findall(text, 0, READ_BYTES)) >= 2 or _ORDERED.search(text)
                or _INSTRUCTION.search(text) or _TOPIC_HEADING.search(text))


# a title saying the installation, deployment or set-up is finished: a report of what was done (the first heading or first line)
_DONE = (r"(?:termin[ée]e?s?|r[ée]ussie?s?|achev[ée]e?s?|complete|completed|done|finished|successful|succeeded|effectu[ée]e?s?)")
_COMPLETION_TITLE = lazy_compile(r"^[^\S\n]*(?:#{1,6}[^\S\n]*)?[^\n]{0,80}?\b(?:installation|install|setup|set[- ]up|d[ée]ploiement|deployment|"
                                 r"mise en (?:place|production|service))[^\S\n]+" + _DONE + r"\b", re.I)


def completion_report(text: str) -> bool:
    """The document's title (its first non-blank line) says an installation or a deployment is finished (see the module's docstring)."""
    first = next((line for line in text[:4000].splitlines() if line.strip()), "")
    return bool(_COMPLETION_TITLE.match(first))


def site_page(path: str, paths) -> bool:
    """An HTML page beside the site's own index.html (Hébergements.html at the root of a commune's site), outside documentation
    folders: a page of the product."""
    from auditor.facts.inventory import is_doc

    folder, _, name = path.rpartition("/")
    if name.rsplit(".", 1)[-1].lower() not in PAGE_EXT or is_doc(path):
        return False
    return any((f"{folder}/{index}" if folder else index) in paths for index in ("index.html", "index.htm"))


def not_guides(snap, named: list[str]) -> set[str]:
    """Of the documents whose own name names installing or deploying (``named``), those that are no guide: the site's own pages,
    and readable documents whose text gives no command, step or chapter on the topic (at most :data:`MAX_READ` read)."""
    out = {p for p in named if site_page(p, snap.files)}
    readable = sorted(p for p in named if p not in out and p.rsplit(".", 1)[-1].lower() in TEXT_EXT)[:MAX_READ]
    for p in readable:
        text = snap.read_text(p, limit=READ_BYTES)
        if text is not None and (not guide_by_content(text) or completion_report(text)):
            out.add(p)
    return out


# A package installed for the whole machine, as a tool is (npm install -g, yarn global add, pnpm add -g, gem, pipx, cargo install):
# its name is the tool's
_GLOBAL_INSTALL = lazy_compile(r"\b(?:(?:npm|pnpm)[^\S\n]+(?:install|i|add)\b(?=[^\n]*[^\S\n](?:-g|--global)\b)(?:[^\S\n]+-\S+)*|yarn[^\S\n]+global[^\S\n]+add|"
                               r"gem[^\S\n]+install|pipx[^\S\n]+install|cargo[^\S\n]+install)(?:[^\S\n]+-\S+)*[^\S\n]+(@?[\w.-]+(?:/[\w.-]+)?)", re.I)
_CLONE_LINE = lazy_compile(r"\bgit[^\S\n]+clone\b", re.I)


def _key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.rsplit("/", 1)[-1].lower())


def tool_install_chapter(body: str, own: set[str]) -> bool:
    """An install chapter whose every install or run command installs another tool for the whole machine (a page of editor tips'
    "## markdown-live" / "### install": ``sudo npm install -g markdown-live``, issue 12, s31 e31): it installs that tool, not the
    project. Not when the package is the project's own (its repository's or a manifest's name: ``npm install -g <its cli>``), nor
    when the chapter also clones, builds or starts something."""
    from auditor.facts.install_commands import COMMANDS

    keys = {k for k in map(_key, own) if len(k) >= 4}
    tools = [m for m in _GLOBAL_INSTALL.finditer(body[:20000])]
    if not tools or _CLONE_LINE.search(body[:20000]) or any(any(k in _key(m.group(1)) or _key(m.group(1)) in k for k in keys) for m in tools):
        return False
    spans = [(m.start(), m.end()) for m in tools]
    return all(any(s <= c.start(1) < e for s, e in spans) for c in COMMANDS.finditer(body[:20000]))


_TERM_END = lazy_compile(r"[.!?:;…,]$")
_LIST_ITEM = lazy_compile(r"^(?:[-*+]|\d{1,3}[.)])\s")


def term_list(text: str) -> bool:
    """A word list kept as Markdown beside the code (a lexicon, an OCR model's or a prompt's vocabulary: bare lines of one term each
    under headings, "Ville de Rouen", "Conseil municipal"…): data the code reads, no prose in any language (issue 12, s38 fi38 =
    Zigazou/rouen-ocr). Twenty bare lines at least, nine in ten of six words or fewer ending on no punctuation (not a list's
    items: those are a page's)."""
    body = [ln.strip() for ln in text.splitlines()[:5000] if ln.strip() and not ln.lstrip().startswith(("#", "```", "~~~", "---", "==="))]
    if len(body) < 20:
        return False
    terms = sum(1 for ln in body if len(ln.split()) <= 6 and not _TERM_END.search(ln) and not _LIST_ITEM.match(ln))
    return terms >= 0.9 * len(body)

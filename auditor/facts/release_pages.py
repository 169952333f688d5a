"""Release notes found by reading, where the community-file rule's names do not tell (issue 12, s22 d1):

- a page whose name says versions or a release without saying notes (``versions.md``, ``release.adoc``, ``version.rst``,
  ``notes-de-version.md``) at the root, in docs/ or doc/, or among a documentation site's pages: release notes only when its text
  reads so — a heading naming release notes ("Notes de version", "Release notes", "Changelog", "Historique des versions") above a
  heading of a version ("### 1.15.1 (11 décembre 2020)", "== v2.3.14"), or two headings of a dated version, or in plain text two
  lines of a dated version each followed by its changes (a PHP application's version.txt: "2.3.6 (27/08/2024)" then "_ Migration
  PHP 8.3"). A list of the supported versions, a page on how to publish a release, a file holding a version number are not;
- a QGIS plugin's ``changelog=`` entry of its ``metadata.txt`` (``[general]``), which QGIS's plugin manager shows: where QGIS plugins
  keep their changelog (docs.qgis.org, "Plugin metadata": changelog, "string, can be multiline, no HTML allowed");
- a WordPress plugin's or theme's ``readme.txt`` (wordpress.org's format, at the root or one folder down) whose ``== Changelog ==``
  chapter holds a version's ``= 1.0.1 =`` entry: where the plugin directory keeps a plugin's changelog (developer.wordpress.org,
  "How Your Plugin Readme.txt Works": the Changelog section);
- an application's news page at any depth (``app/Config/news.txt``, ``newsen.txt``) whose text reads as release notes;
- a chapter of the README headed as a change log ("## Changelog", "Historique des versions", "Release notes", "Notes de version")
  holding two entries or more: a line of a version and its change ("01/12/2023  3.04  Fix memory usage", "- 1.2.0 : export CSV"),
  or a heading of a version below it ("### 1.2.0"); a chapter headed only "Versions" or "Historique" wants dated entries, for such a
  chapter may list the supported versions of Python or PostgreSQL (issue 12, s36 o36: a small tool keeping its releases in its
  README, ANSSI-FR/bmc-tools). The fact then names the README itself, its line given where the docs fact keeps one.

Files are read once each, at most ``MAX_PAGES`` in path order (shallowest first), ``PAGE_BYTES`` each."""

from __future__ import annotations

import re

from auditor.facts.readme_wordpress import as_markdown, is_wordpress_readme
from auditor.lazyre import lazy_compile

MAX_PAGES, PAGE_BYTES, MAX_LINES = 20, 64 * 1024, 2000

# a page named for versions or a release, at the root, in docs/ or doc/, or a documentation site's page (documentation/docs/versions.md)
_NAMED = lazy_compile(r"^(?:(?:docs?|website|site|documentation)/(?:(?:src/)?pages/|docs?/|source/|content/)?)?"
                      r"(?:versions?|releases?|notes[-_]de[-_]versions?|historique[-_]des[-_]versions|historique|nouveaut[ée]s)"
                      r"\.(?:mdx?|markdown|rst|adoc|asciidoc|txt)$", re.I)
# a heading: Markdown's "## …", AsciiDoc's "== …" (each on its line); an underlined title (reStructuredText, setext) is read apart
_HEADING = lazy_compile(r"^[ \t]{0,3}(?:#{1,6}|={1,6})[ \t]+(\S[^\n]*)$")
_UNDERLINE = lazy_compile(r"^[ \t]{0,3}(?:={3,}|-{3,}|~{3,}|\^{3,}|\*{3,})[ \t]*$")
# a heading naming release notes
_NOTES_TITLE = lazy_compile(r"\b(?:notes?[ \t]+de[ \t]+versions?|release[ \t]+notes?|changelog|change[ \t]+log|journal[ \t]+des[ \t]+modifications"
                            r"|historique[ \t]+des[ \t]+(?:versions|modifications|changements)|what['’]s[ \t]+new|nouveaut[ée]s)\b", re.I)
# a heading of a version: "1.15.1 (…)", "v2.3.14", "[1.2.0] - 2024-05-02", "Version 1.12.0 - 08/25/25", "Release 3.0"
_VERSION_TITLE = lazy_compile(r"^[\[(*_`]{0,2}(?:(?:version|release|v)[ \t]*)?v?\d+\.\d+(?:\.\d+){0,2}(?:[-.][\w.]{1,20})?\b(?![.\d])", re.I)
_MONTHS = (r"(?:janv(?:ier)?|f[ée]v(?:rier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?"
           r"|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|october|november|dec(?:ember)?)")
_DATE = lazy_compile(r"\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}(?:er)?[ \t]+" + _MONTHS + r"\.?[ \t]+\d{4}|" + _MONTHS + r"\.?[ \t]+\d{1,2},?[ \t]+\d{4})\b", re.I)

# a QGIS plugin's metadata.txt, at the root or in the plugin's folder
_QGIS_METADATA = lazy_compile(r"^(?:[^/]+/)?metadata\.txt$")
_QGIS_GENERAL = lazy_compile(r"^[ \t]*\[general\][ \t]*$", re.I)
_QGIS_KEY = lazy_compile(r"^(?:qgisMinimumVersion|qgisMaximumVersion)[ \t]*[=:]", re.I)
_CHANGELOG_KEY = lazy_compile(r"^changelog[ \t]*[=:][ \t]*(.*)$", re.I)
# an application's news page at any depth, the release notes it shows its users (a CodeIgniter application's app/Config/news.txt and
# its English newsen.txt: "Version 25.1.1, 10 April 2026" / "Bug fixes: …"), read as release notes only when its text reads so
_NEWS_PAGE = lazy_compile(r"(?:^|/)news(?:[-_.]?[a-z]{2})?\.(?:txt|md|rst)$", re.I)
# a WordPress readme.txt, at the root or in the plugin's folder
_WORDPRESS_README = lazy_compile(r"^(?:[^/]+/)?readme\.txt$", re.I)


# a README chapter's heading naming a change log; ``_WEAK_TITLE``: one that may head a list of supported versions as well
# (a title's numbering and marks read a character at a time, "(?:\d|[^\w\s])(?:[^\w\s]|[\d \t])*": the same prefixes as
# "(?:(?:\d+[.)]?|[^\w\s]{1,3})[ \t]*)*", which cut a run of 40 dashes or digits every way before failing; issue 12, s47 fb47)
_CHAPTER_TITLE = lazy_compile(r"^(?:(?:\d|[^\w\s])(?:[^\w\s]|[\d \t])*)?(?:changelog|change[ \t]+log|changes|release[ \t]+notes?|releases|notes?[ \t]+de[ \t]+versions?"
                              r"|historique(?:[ \t]+des[ \t]+(?:versions|modifications|changements|mises?[ \t]+[àa][ \t]+jour))?|journal[ \t]+des[ \t]+modifications"
                              r"|versions?|version[ \t]+history|what['’]s[ \t]+new|nouveaut[ée]s)[ \t]*:?$", re.I)
# a heading of one release's notes: a change-log word then the version ("Nouveautés 1.5.1 (correctif urgent)", "What's new in 2.0",
# "Changelog 1.2", "Notes de version 3.0 : …"); two sibling chapters so headed or more are a change log (a WordPress readme.txt's
# "== Nouveautes 1.5.1 ==" down to "== Nouveautes 1.1 ==", s39 ff39)
_NOTES_VERSION_TITLE = lazy_compile(r"^(?:(?:\d|[^\w\s])(?:[^\w\s]|[\d \t])*)?(?:nouveaut[ée]s|what['’]s[ \t]+new|changelog|change[ \t]+log|changes|release[ \t]+notes?"
                                    r"|notes?[ \t]+de[ \t]+(?:la[ \t]+)?versions?|quoi[ \t]+de[ \t]+neuf)[ \t]*(?:(?:in|of|for|de[ \t]+la|du|dans(?:[ \t]+la)?)[ \t]+)?"
                                    r"(?:version[ \t]+)?[(\[]?v?\d+\.\d+(?:\.\d+){0,2}\b(?![.\d])", re.I)
# a heading of a version not released yet: "v2.1.0 (Planned)", "3.0 (à venir)", "Version 4 — prévue" (a roadmap's)
_PLANNED_TITLE = lazy_compile(r"\b(?:planned|planifi[ée]e?s?|upcoming|future|pr[ée]vue?s?|[àa][ \t]+venir|tbd|not[ \t]+released|prochaine)\b", re.I)
# a chapter of plans: a roadmap ("## 🔮 Future Roadmap", "Feuille de route", "Prochaines versions", "À venir")
_ROADMAP_TITLE = lazy_compile(r"\b(?:roadmap|feuille[ \t]+de[ \t]+route|prochaines?[ \t]+versions?|[àa][ \t]+venir|upcoming|future[ \t]+(?:releases?|versions?|plans?))\b", re.I)


def release_notes_heading(title: str) -> bool:
    """A heading of one release's notes, a change-log word then a version ("Nouveautes 1.4.0 : plus d'options dans chaque bloc"): a
    change-log entry, whatever words follow (no configuration chapter for its "options")."""
    return bool(_NOTES_VERSION_TITLE.match(title.strip()))


def released_headings(text: str, heading) -> int:
    """The headings ``heading`` (a keep-a-changelog version heading, re.M) matches in ``text`` that are released entries: not
    marked as planned ("### v2.1.0 (Planned)"), not under a roadmap's chapter ("## 🔮 Future Roadmap")."""
    lines = text[:PAGE_BYTES].splitlines()[:MAX_LINES]
    count, roadmap = 0, None  # (the level of the roadmap chapter the line is in)
    for at, level, title in _line_headings(lines):
        if roadmap is not None and level <= roadmap:
            roadmap = None
        if roadmap is None and _ROADMAP_TITLE.search(title):
            roadmap = level
            continue
        if roadmap is None and heading.match(lines[at]) and not _PLANNED_TITLE.search(title):
            count += 1
    return count


_WEAK_TITLE = lazy_compile(r"(?:^|[^\w])(?:versions?|historique|releases)[ \t]*:?$", re.I)
_FENCE = lazy_compile(r"^[ \t]{0,3}(?:```|~~~)")
# an entry's line, its list marker, table pipe or emphasis set aside: a version then its change, or a date then a version then its change
_ENTRY_LEAD = lazy_compile(r"^(?:[-*+|>][ \t]*|\d+[.)][ \t]+)?[*_`\[]*")
_WORDS = lazy_compile(r"[^\W\d_]{2,}")
MAX_CHAPTER_LINES = 400


def readme_changelog_chapter(text: str) -> int | None:
    """The line (1-based) of a README's chapter headed as a change log and holding two release entries or more (see the module's
    docstring); None when there is none. Markdown's and AsciiDoc's headings and underlined titles; a fenced block's lines are read
    as entries (bmc-tools' "01/12/2023\t\t3.04  Fix …" in a code block), never as headings."""
    lines = text[:PAGE_BYTES].splitlines()[:MAX_LINES]
    heads = _line_headings(lines)
    notes = [at for at, _level, title in heads if _NOTES_VERSION_TITLE.match(title) and not _PLANNED_TITLE.search(title)]
    if len(notes) >= 2:  # (sibling chapters each headed "<change-log word> <version>": "## Nouveautés 1.2", "## Nouveautés 1.1")
        return notes[0] + 1
    for k, (at, level, title) in enumerate(heads):
        if not _CHAPTER_TITLE.match(title):
            continue
        end = min(next((h[0] for h in heads[k + 1:] if h[1] <= level), len(lines)), at + MAX_CHAPTER_LINES)
        weak = bool(_WEAK_TITLE.search(title)) and not _NOTES_TITLE.search(title)
        subs = [t for (i, lv, t) in heads[k + 1:] if i < end and _VERSION_TITLE.match(t) and (_DATE.search(t) or not weak)]
        entries = sum(1 for line in lines[at + 1:end] if _entry(line.strip(), weak))
        if len(subs) + entries >= 2:
            return at + 1
    return None


def readme_changelog_line(snap, readme_path: str | None) -> int | None:
    """The line of the README's change log chapter (:func:`readme_changelog_chapter`), None when it has none."""
    return readme_changelog_chapter(snap.read_text(readme_path, PAGE_BYTES) or "") if readme_path and readme_path in snap.files else None


def _line_headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """Each heading of a page outside fenced blocks: (its line's index, its level, its text). Markdown's "#" and AsciiDoc's "="
    headings have their level; an underlined title 1 ("===") or 2 (other rules), as Markdown reads them."""
    out, fenced = [], False
    for i, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        m = re.match(r"^[ \t]{0,3}(#{1,6}|={1,6})[ \t]+(\S[^\n]*)$", line)
        if m:
            out.append((i, len(m.group(1)), m.group(2).strip().strip("#= \t")))
        elif _UNDERLINE.match(line) and i and lines[i - 1].strip() and not _UNDERLINE.match(lines[i - 1]) and not _FENCE.match(lines[i - 1]):
            title = lines[i - 1].strip()
            out = [h for h in out if h[0] != i - 1]
            out.append((i - 1, 1 if line.strip()[0] == "=" else 2, title))
    return out


def _entry(line: str, dated_only: bool) -> bool:
    """A line of a release: a version (after a date, or leading the line) followed by words saying its change; a dated one only
    when ``dated_only``."""
    line = _ENTRY_LEAD.sub("", line, count=1)
    date = _DATE.match(line)
    if date:  # "01/12/2023  3.04  Fix memory usage"
        rest = re.sub(r"^[ \t:|,–—-]*", "", line[date.end():])
        version = _VERSION_TITLE.match(rest) or re.match(r"v?\d+\.\d+[a-z]?\b", rest, re.I)
        return bool(version) and len(_WORDS.findall(rest[version.end():])) >= 2
    version = _VERSION_TITLE.match(line) or re.match(r"v?\d+\.\d+[a-z]?\b(?![.\d])", line, re.I)
    if not version:
        return False
    rest = line[version.end():]
    dated = _DATE.search(rest)
    if dated_only and not dated:
        return False
    return len(_WORDS.findall(rest[dated.end():] if dated else rest)) >= 2


def _headings(text: str) -> list[str]:
    """The text of each heading of a page, in order (at most MAX_LINES lines read)."""
    lines = text.splitlines()[:MAX_LINES]
    out = []
    for i, line in enumerate(lines):
        m = _HEADING.match(line)
        if m:
            out.append(m.group(1).strip().strip("#= \t"))
        elif _UNDERLINE.match(line) and i and lines[i - 1].strip() and not _UNDERLINE.match(lines[i - 1]):
            out.append(lines[i - 1].strip())
    return out


def holds_release_notes(text: str) -> bool:
    """The page reads as release notes (see the module's docstring)."""
    heads = _headings(text[:PAGE_BYTES])
    if sum(1 for h in heads if _NOTES_VERSION_TITLE.match(h) and not _PLANNED_TITLE.search(h)) >= 2:
        return True  # (a run of "Nouveautés 1.5.1", "Nouveautés 1.5.0" chapters: each a release's notes)
    versions = [h for h in heads if _VERSION_TITLE.match(h)]
    if versions and any(_NOTES_TITLE.search(h) for h in heads if h not in versions):
        return True
    return sum(1 for h in versions if _DATE.search(h)) >= 2 or _plain_entries(text[:PAGE_BYTES]) >= 2


def _plain_entries(text: str) -> int:
    """The releases a plain-text page lists without headings: lines holding a version and its date alone ("2.3.6 (27/08/2024)",
    "Version 1.2 - 12/03/2024"), each followed by a line of words (its changes, "_ Migration PHP 8.3") before the next such line.
    A line going on in prose after its numbers ("1.2 million d'habitants en 2020") is no release's."""
    lines = text.splitlines()[:MAX_LINES]
    starts = [i for i, line in enumerate(lines) if _plain_release(line.strip())]
    return sum(1 for k, i in enumerate(starts)
               if any(re.search(r"[^\W\d_]{3}", line) for line in lines[i + 1:(starts[k + 1] if k + 1 < len(starts) else len(lines))]))


def _plain_release(line: str) -> bool:
    """A line that is a release's version and date and little else (at most a dozen letters: "released", "du", "publiée le")."""
    version = _VERSION_TITLE.match(line) if len(line) <= 80 else None
    date = _DATE.search(line, version.end()) if version else None
    return bool(date) and len(re.findall(r"[^\W\d_]", line[version.end():date.start()] + line[date.end():])) <= 12


def qgis_changelog(text: str) -> bool:
    """A QGIS plugin's metadata.txt with a ``changelog=`` entry that says something (its first line or the indented lines after it)."""
    lines = text[:PAGE_BYTES].splitlines()[:MAX_LINES]
    if not any(_QGIS_GENERAL.match(line) for line in lines) or not any(_QGIS_KEY.match(line) for line in lines):
        return False
    for i, line in enumerate(lines):
        m = _CHANGELOG_KEY.match(line)
        if not m:
            continue
        value = [m.group(1)]
        for nxt in lines[i + 1:]:  # (the value goes on over indented lines, as configparser reads them)
            if nxt.strip() and not nxt[:1].isspace():
                break
            value.append(nxt)
        return bool("".join(value).strip())
    return False


def changelog_by_reading(snap, entries: list) -> str | None:
    """The project's release notes that only their text tells (see the module's docstring): a named page first, then a QGIS
    plugin's metadata.txt; None when none reads so. ``entries``: the snapshot's, less copied code (the inventory's caller drops it)."""
    files = [e for e in entries if e.kind == "file"]
    pages = sorted((e.path for e in files if _NAMED.match(e.path)), key=lambda p: (p.count("/"), p))[:MAX_PAGES]
    metadata = sorted((e.path for e in files if _QGIS_METADATA.match(e.path)), key=lambda p: (p.count("/"), p))[:MAX_PAGES]
    wordpress = sorted((e.path for e in files if _WORDPRESS_README.match(e.path)), key=lambda p: (p.count("/"), p))[:MAX_PAGES]
    news = sorted((e.path for e in files if _NEWS_PAGE.search(e.path) and e.path not in pages), key=lambda p: (p.count("/"), p))[:MAX_PAGES]
    texts = dict(snap.iter_text(pages + metadata + wordpress + news, limit=PAGE_BYTES))
    return next((p for p in pages if holds_release_notes(texts.get(p) or "")), None) \
        or next((p for p in metadata if qgis_changelog(texts.get(p) or "")), None) \
        or next((p for p in wordpress if wordpress_changelog(p, texts.get(p) or "")), None) \
        or next((p for p in news if holds_release_notes(texts.get(p) or "")), None)


def wordpress_changelog(path: str, text: str) -> bool:
    """A WordPress readme.txt whose Changelog chapter holds at least one version's entry (``== Changelog ==`` then ``= 1.0.1 =``)."""
    return is_wordpress_readme(path, text) and holds_release_notes(as_markdown(text[:PAGE_BYTES]))


# a Debian changelog's entry line: "tabi (1.0.2) UNRELEASED; urgency=low", "mabo (1.1-1) unstable; urgency=medium"
_DEBIAN_ENTRY = lazy_compile(r"^([a-z0-9][a-z0-9.+-]+)[ \t]+\(([^()\s]+)\)[ \t]+[^;\n]*;[ \t]*urgency=", re.M | re.I)
MIN_DEBIAN_ENTRIES = 2


def debian_changelog(snap, names: set[str]) -> str | None:
    """The root debian/changelog when it is the project's own history (issue 12, s38 fq38: ANSSI-FR/tabi's "tabi (1.0.2) … * core: do
    not process too large prefixes", 1.0.1, 1.0): at least :data:`MIN_DEBIAN_ENTRIES` entries, every one of a package named as the
    project (``names``: its names squeezed, own_bundles.project_names: the repository's, its README title's, its package.json's).
    The packaging of another program (a library packaged beside the code, another package name) is no change log of the project."""
    path = "debian/changelog"
    e = snap.files.get(path)
    if e is None or e.kind != "file" or not names:
        return None
    entries = _DEBIAN_ENTRY.findall(snap.read_text(path, limit=PAGE_BYTES) or "")
    if len(entries) < MIN_DEBIAN_ENTRIES:
        return None
    return path if all(re.sub(r"[^a-z0-9]", "", name.lower()) in names for name, _version in entries) else None


# A change log left as its template (a Keep a Changelog model copied with the organisation's README template): a date still to fill in
# ("## [Unreleased] - yyyy-mm-dd") and every entry a placeholder ticket ("[PROJECTNAME-XXXX](http://tickets.projectname.com/…)"): it
# records no change of the project (s39 fd39 = IGNF/espaceco-mobile-refonte). One real entry, or no date placeholder, keeps it.
_DATE_PLACEHOLDER = lazy_compile(r"^#{1,6}[^\n]*\b(?:yyyy-mm-dd|aaaa-mm-jj|jj/mm/aaaa|dd/mm/yyyy)\b", re.I | re.M)
_ENTRY = lazy_compile(r"^[^\S\n]*[-*+][^\S\n]+(\S[^\n]*)$", re.M)
_PLACEHOLDER_ENTRY = lazy_compile(r"PROJECTNAME|\b[A-Z]{2,20}-(?:X{3,}|Y{3,}|Z{3,}|T{3,}|N{3,})\b|\bprojectname\.com\b")
MAX_TEMPLATE_LOG = 20000


def unfilled_changelog(snap, entry) -> bool:
    """The change log is its template unfilled: a heading's date placeholder and every entry (one at least) a placeholder ticket."""
    if entry.size > MAX_TEMPLATE_LOG:
        return False
    text = snap.read_text(entry.path, limit=MAX_TEMPLATE_LOG) or ""
    entries = _ENTRY.findall(text)[:200]
    return bool(_DATE_PLACEHOLDER.search(text)) and bool(entries) and all(_PLACEHOLDER_ENTRY.search(e) for e in entries)

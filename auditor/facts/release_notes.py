"""Release notes a Maven project keeps where Maven's tools look for them, not under a CHANGELOG name at the root: the
maven-changes-plugin's ``src/changes/changes.xml`` (one ``<release>`` per version), and the site's own pages — a page of
releases (``src/site/apt/exploitation/releases.apt.vm``, "Mises en production effectuées", one row per version with its date)
or a folder of one page a version (``src/site/apt/exploitation/ReleasesNotes/WAR_2.02.apt``). Paths only: nothing is read.
Used by :func:`auditor.facts.inventory.component_community_file` when no CHANGELOG is found elsewhere."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# the maven-changes-plugin's file, at the root or in a module (module/src/changes/changes.xml)
_CHANGES_XML = lazy_compile(r"^(?:[^/]+/){0,2}src/changes/changes\.xml$")
# a page of a Maven site (src/site/<format>/…), whatever its format and a Velocity filter's extra .vm
_SITE_PAGE = lazy_compile(r"^(?:[^/]+/){0,2}src/site/(?:[a-z]{2}/)?(?:apt|xdoc|markdown|fml|xhtml)/(?:[^/]+/)*[^/]+$")
_PAGE_EXT = lazy_compile(r"\.(?:apt|xml|md|fml|xhtml)(?:\.vm)?$", re.I)
# a page of releases or changes (releases.apt.vm, changes.xml, release-notes.md, historique.apt)
_RELEASES_PAGE = lazy_compile(r"^(?:releases?|changes|changelog|history|historique|releases?[-_]?notes?|notes[-_]de[-_]versions?)\.", re.I)
# a folder of one page a version: ReleasesNotes/, ReleaseNotes/, release-notes/, notes-de-version/
_NOTES_DIR = lazy_compile(r"^(?:releases?[-_]?notes?|notes[-_]de[-_]versions?)$", re.I)
# a version's page, its name a version number, maybe after a word (WAR_2.02.apt, v1.4.md, 2.0.xml)
_VERSION_PAGE = lazy_compile(r"^(?:[a-z][a-z0-9]{0,20}[-_])?v?\d+\.\d+[\w.-]*$", re.I)


def maven_release_notes(path: str) -> bool:
    """A Maven project's release notes: its changes.xml, a releases page of its site, or a version's page in a folder of them."""
    if _CHANGES_XML.match(path):
        return True
    if not _SITE_PAGE.match(path) or not _PAGE_EXT.search(path):
        return False
    segs = path.split("/")
    return bool(_RELEASES_PAGE.match(segs[-1]) or (_NOTES_DIR.match(segs[-2]) and _VERSION_PAGE.match(_PAGE_EXT.sub("", segs[-1]))))


# a project wiki's release notes kept in the repository (a Google Code project's wiki/ReleaseNotes.wiki, "== Release Notes 1.0.0.M4 ==",
# migrated with its code; a GitHub wiki's Release-Notes.md copied in)
_WIKI_NOTES = lazy_compile(r"^wiki/(?:release[-_]?notes|releases|changelog|change[-_]?log|changes|history|historique)\.(?:wiki|mediawiki|md|markdown|textile|creole|rst|txt)$", re.I)


def wiki_release_notes(path: str) -> bool:
    """A wiki's release notes page at wiki/ (ReleaseNotes.wiki, Release-Notes.md)."""
    return bool(_WIKI_NOTES.match(path))

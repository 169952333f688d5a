"""A browser extension (WebExtension): an add-on the browser loads, not a site.

Its ``manifest.json`` (at the root or in ``src/``, where a build copies it from) declares ``"manifest_version"`` and what the
browser runs or shows of it: ``background`` scripts, ``content_scripts`` injected into pages, a toolbar button (``browser_action``,
``action``, ``page_action``), an options page, Firefox's ``browser_specific_settings`` (``applications`` before), or the
``permissions`` it asks (MDN, "manifest.json", developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/manifest.json, read
2026-12-07). Firefox, Chrome, Edge and the other Chromium browsers load it from their add-on store, a packed file (.xpi, .crx) or
the unpacked folder: it is a plugin of its host, the browser, as a GLPI or Moodle plugin is of theirs (``HOST_PLUGINS`` in
``project``), its popup and options pages its interface, no page a server publishes (issue 12, s43 fa43 =
alexisboizardsdis01/nexsis-notification, a fire service's add-on read as a static site). A web application's manifest.json (a PWA's
name, icons, start_url, display) declares no manifest_version: it stays the site's.
"""

from __future__ import annotations

from auditor import safejson

HOST = "Firefox/Chrome"
REASON = "plugin of " + HOST  # (the reason ``project`` gives the kind: checks read it from there)
_PLACES = ("manifest.json", "src/manifest.json")
_PARTS = frozenset({"background", "content_scripts", "browser_action", "action", "page_action", "options_ui", "options_page",
                    "browser_specific_settings", "applications", "permissions", "devtools_page", "sidebar_action"})
_MAX = 64 * 1024


def browser_extension(snapshot) -> str | None:
    """The path of the WebExtension manifest (root, then ``src/``; 64 KB at most) when the repository is a browser extension."""
    for path in _PLACES:
        entry = snapshot.files.get(path)
        if entry is None or entry.size > _MAX:
            continue
        try:
            doc = safejson.loads(snapshot.read_text(path, limit=_MAX) or "")
        except ValueError:
            continue
        if isinstance(doc, dict) and isinstance(doc.get("manifest_version"), int) and _PARTS & set(doc):
            return path
    return None


def is_browser_extension(project: dict) -> bool:
    """Whether a ``project`` fact value's kind was decided as a browser extension's."""
    return any(isinstance(e, dict) and e.get("reason") == REASON for e in project.get("kind_evidence") or [])

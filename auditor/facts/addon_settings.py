"""The ``addon_settings`` fact: the settings a browser extension's own manifest leaves for whoever distributes it (issue 12, s43 fn43 =
alexisboizardsdis01/nexsis-notification).

A WebExtension distributed outside the browsers' stores declares the address of its own update manifest — ``update_url`` at the top
of manifest.json for Chrome and Edge, ``browser_specific_settings.gecko.update_url`` (``applications.gecko`` before) for Firefox (MDN,
"browser_specific_settings"; Chrome's "Self-host for Linux"). When the committed value is a placeholder host
("https://votre-serveur.com/updates.xml", your-server.org, example.com), the service distributing the add-on must put its own update
server there: a setting of the add-on's own deployment, not one of the browser running it. ``placeholders``: [path, line, key,
value] for each such value; ``documented``: the README names the key or the update manifest's file."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts import fact
from auditor.facts.files import readme_path
from auditor.facts.kind_browser import browser_extension
from auditor.lazyre import lazy_compile

_MAX = 64 * 1024
_HOST = lazy_compile(r"^[a-z][a-z0-9+.-]{0,10}://([^/?#\s]{1,200})", re.I)
# a host telling the installer to put theirs: your-server, votre-serveur, mon-domaine, example.com/org/net, exemple.fr
_PLACEHOLDER_HOST = lazy_compile(r"(?:^|[.-])(?:your|votre|my|mon)[-_]?(?:server|serveur|domain|domaine|host|hote|site|company|entreprise)"
                                 r"(?:[.-]|$)|(?:^|\.)ex[ae]mple\.(?:com|org|net|fr)$", re.I)


def _update_urls(doc: dict) -> list[tuple[str, str]]:
    found = []
    if isinstance(doc.get("update_url"), str):
        found.append(("update_url", doc["update_url"]))
    for key in ("browser_specific_settings", "applications"):
        gecko = (doc.get(key) or {}).get("gecko") if isinstance(doc.get(key), dict) else None
        if isinstance(gecko, dict) and isinstance(gecko.get("update_url"), str):
            found.append((f"{key}.gecko.update_url", gecko["update_url"]))
    return found


@fact("addon_settings", version=1, public=False)
def addon_settings(ctx) -> dict:
    snap = ctx.snapshot
    path = browser_extension(snap)
    if not path:
        return {"placeholders": [], "documented": False}
    text = snap.read_text(path, limit=_MAX) or ""
    try:
        doc = safejson.loads(text)
    except ValueError:
        return {"placeholders": [], "documented": False}
    held = []
    for key, value in _update_urls(doc if isinstance(doc, dict) else {}):
        m = _HOST.match(value.strip())
        if m and _PLACEHOLDER_HOST.search(m.group(1).split(":")[0]):
            at = text.find(json_string(value))
            held.append([path, text.count("\n", 0, at) + 1 if at >= 0 else None, key, value])
    readme = readme_path(snap)
    said = (snap.read_text(readme, limit=256 * 1024) or "") if readme and held else ""
    documented = bool(re.search(r"update_url|updates?\.(?:xml|json)|mise[s]? à jour automatique", said, re.I))
    return {"placeholders": held[:3], "documented": documented}


def json_string(value: str) -> str:
    """The value as manifest.json writes it, quoted (its slashes possibly escaped: the plain form is tried)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'

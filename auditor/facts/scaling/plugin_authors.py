"""Domains a plugin's own header declares for its author: the sponsor's when the plugin is published under its name.

- a QGIS plugin's ``metadata.txt`` (``qgisMinimumVersion`` present) ``email=contact@datagrandest.fr``: the author's domain;
- a WordPress plugin's main file (a PHP file at the root or in one folder whose header comment says ``Plugin Name:``)
  ``Author URI:`` and ``Plugin URI:``, when that domain is a public body's (``organisations.yml``): a plugin mirrored by an
  account that is not its author's (the WPPlugins mirror of wordpress.org) still names its publisher there
  (``Author URI: http://www.e-bourgogne.fr``). A contractor's or a web agency's site (not a public body's) is left out: a
  plugin's header names whoever wrote it, not always who sponsors it.
Bounded: 5 metadata files, 20 PHP files of 64 KB read in path order.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from auditor.facts.history import registrable_domain
from auditor.lazyre import lazy_compile

_PLUGIN_EMAIL = lazy_compile(r"^email\s*=\s*[^@\s]+@([\w.-]+\.[a-z]{2,})\s*$", re.M | re.I)
_WP_HEADER = lazy_compile(r"^[^\S\n]*(?:/\*\*?|\*)?[^\S\n]*Plugin Name[^\S\n]*:", re.M | re.I)
_WP_URI = lazy_compile(r"^[^\S\n]*(?:/\*\*?|\*)?[^\S\n]*(?:Author|Plugin) URI[^\S\n]*:[^\S\n]*(https?://[^*\s'\"<>]{4,200})", re.M | re.I)


def wordpress_plugin_heads(snapshot) -> list[tuple[str, str]]:
    """``(path, first 8 KB)`` of a WordPress plugin's main files: PHP files at the root or in one folder (the first 20 in path
    order) whose header comment says ``Plugin Name:`` (WordPress reads the header from a file's first 8 KB)."""
    out = []
    for path in sorted(p for p in snapshot.files if p.endswith(".php") and p.count("/") <= 1)[:20]:
        head = snapshot.read_head(path, 8192) or ""
        if _WP_HEADER.search(head):
            out.append((path, head))
    return out


def plugin_author_domains(snapshot, public) -> set[str]:
    """Registrable domains the plugin's header declares for its author (``public(domain)`` tells a public body's domain)."""
    out: set[str] = set()
    files = snapshot.files
    for path in sorted(p for p in files if p.rsplit("/", 1)[-1] == "metadata.txt" and p.count("/") <= 2)[:5]:
        text = snapshot.read_text(path, limit=64 * 1024) or ""
        if "qgisminimumversion" in text.lower():
            out.update(registrable_domain(m.group(1).lower()) for m in _PLUGIN_EMAIL.finditer(text))
    for _path, head in wordpress_plugin_heads(snapshot):
        for m in _WP_URI.finditer(head):
            host = (urlsplit(m.group(1)).hostname or "").lower()
            reg = registrable_domain(host) if "." in host else ""
            if reg and public(reg):
                out.add(reg)
    return out

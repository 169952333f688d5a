"""A WordPress committed whole into a repository, and the wordpress.org plugins copied into its ``wp-content/plugins/``.

A site's repository sometimes carries, beside its own theme, the WordPress it runs on (``dist/wp-admin/``, ``dist/wp-includes/``,
``dist/wp-login.php``…: ~2,000 files of PHP, scripts and styles) and the plugins installed from wordpress.org (ACF, MailPoet…).
That is someone else's code: not the project's source to measure, nor its build output, but copied dependencies with a name and a
version (``$wp_version`` in ``wp-includes/version.php``; a plugin's ``Stable tag:`` or ``Version:`` header). The site's
``wp-config.php`` stays its own (configuration), and so do its own theme and plugins (no wordpress.org readme).

Paths plus a bounded read: the ``version.php`` of each WordPress found, and for each plugin folder its ``readme.txt`` and at
most :data:`MAX_PLUGIN_FILES` of its top-level PHP files (the one whose header says ``Plugin Name:``), :data:`MAX_PLUGINS` plugins
in path order. Nothing is executed.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PLUGINS = 100
MAX_PLUGIN_FILES = 5
READ_BYTES = 16 * 1024  # of each file read (files up to FILE_LIMIT)
FILE_LIMIT = 1024 * 1024

# WordPress's own files at the root of an install (the site's wp-config.php is not one of them)
_ROOT_FILE = lazy_compile(r"^(?:wp-(?!config\.php$)[\w-]+\.php|index\.php|xmlrpc\.php|license\.txt|readme\.html)$")
_WP_VERSION = lazy_compile(rb"\$wp_version\s*=\s*'(\d+(?:\.\d+){1,2}[\w.-]*)'")
# a wordpress.org plugin readme: "=== Advanced Custom Fields Pro ===" then "Contributors: elliotcondon"
_WPORG_README = lazy_compile(rb"\A\s*===[^\n=]{2,100}===\s*\n(?:[^\n]*\n){0,12}?Contributors\s*:", re.I)
_STABLE_TAG = lazy_compile(rb"^\s*Stable tag\s*:\s*v?(\d+(?:\.\d+){0,3})\s*$", re.M | re.I)
_PLUGIN_NAME = lazy_compile(rb"^[ \t/*#@]*Plugin Name\s*:", re.M | re.I)
_PLUGIN_VERSION = lazy_compile(rb"^[ \t/*#@]*Version\s*:\s*v?(\d+(?:\.\d+){0,3})", re.M | re.I)
_PLUGIN_DIR = lazy_compile(r"^(?P<folder>(?:.*/)?wp-content/plugins/(?P<name>[^/]+)/)")
_DEFAULT_THEME = lazy_compile(r"^(?P<folder>(?:.*/)?wp-content/themes/(?P<name>twenty[a-z-]+)/)")
_THEME_STYLE = lazy_compile(r"^(?:.*/)?wp-content/themes/[^/]+/style\.css$")


def _version(data: bytes, rx) -> str | None:
    m = rx.search(data[:READ_BYTES])
    return m.group(1).decode("ascii", "replace") if m else None


def wordpress_copies(snap, paths: list[str]) -> dict[str, dict]:
    """``{folder or file prefix: {"name", "version", "license": None}}`` for each copy of WordPress (its ``wp-admin/``,
    ``wp-includes/``, ``wp-content/languages/``, default ``twenty*`` themes and root files) and each wordpress.org plugin
    (``…/wp-content/plugins/<name>/`` whose ``readme.txt`` has the wordpress.org form). ``paths`` sorted."""
    present = set(paths)
    out: dict[str, dict] = {}
    roots = sorted(p[: -len("wp-includes/version.php")] for p in paths if p.endswith("wp-includes/version.php")
                   and (p == "wp-includes/version.php" or p.endswith("/wp-includes/version.php")))
    for root in roots:
        if not any(p.startswith(root + "wp-admin/") for p in paths):
            continue
        core = {"name": "wordpress", "version": _version(snap.read_bytes(root + "wp-includes/version.php", limit=FILE_LIMIT) or b"", _WP_VERSION),
                "license": None}
        for sub in ("wp-admin/", "wp-includes/", "wp-content/languages/"):
            out[root + sub] = core
        for p in paths:
            rest = p[len(root):]
            if p.startswith(root) and ("/" not in rest and _ROOT_FILE.match(rest) or rest in ("wp-content/index.php", "wp-content/plugins/index.php",
                                                                                           "wp-content/themes/index.php")):
                out[p] = core
    themes: dict[str, str] = {}
    plugins: dict[str, str] = {}
    for p in paths:
        t = _DEFAULT_THEME.match(p)
        if t:
            themes.setdefault(t.group("folder"), t.group("name"))
        m = _PLUGIN_DIR.match(p)
        if m:
            plugins.setdefault(m.group("folder"), m.group("name"))
    for folder, name in themes.items():
        out[folder] = {"name": name, "version": None, "license": None}
    # a plugin sold by its publisher (no wordpress.org readme) is read as copied only beside a WordPress committed whole, and never
    # when its author is the author of the site's own theme
    own_authors = _theme_authors(snap, paths, present) if any(k.endswith("wp-includes/") for k in out) else None
    for folder, name in list(plugins.items())[:MAX_PLUGINS]:
        readme = folder + "readme.txt"
        data = snap.read_bytes(readme, limit=FILE_LIMIT) if readme in present else None
        if not data or not _WPORG_README.search(data[:READ_BYTES]):
            published = _published_plugin(snap, folder, paths, present, own_authors) if own_authors is not None else None
            if published is None:
                continue  # the site's own plugin (no wordpress.org readme, no publisher's header)
            out[folder] = {"name": name.lower(), "version": published or None, "license": None}
            continue
        version = _version(data, _STABLE_TAG)
        if version is None:  # ACF Pro's readme has no stable tag: its main file's header says the version
            tops = [p for p in paths if p.startswith(folder) and p.endswith(".php") and "/" not in p[len(folder):]][:MAX_PLUGIN_FILES]
            for p in tops:
                head = snap.read_bytes(p, limit=FILE_LIMIT) or b""
                if _PLUGIN_NAME.search(head[:8192]):
                    version = _version(head[:8192], _PLUGIN_VERSION)
                    break
        out[folder] = {"name": name.lower(), "version": version, "license": None}
    return out


# a published plugin's main-file header: its site ("Plugin URI: https://wp-rocket.me") and the WordPress/PHP it requires, or its
# own Composer package typed as a WordPress plugin ("name": "wp-media/wp-rocket", "type": "wordpress-plugin")
_PLUGIN_URI = lazy_compile(rb"^[ \t/*#@]*Plugin URI\s*:\s*https?://[\w.-]+", re.M | re.I)
_PLUGIN_REQUIRES = lazy_compile(rb"^[ \t/*#@]*Requires (?:at least|PHP)\s*:\s*\d", re.M | re.I)
_PLUGIN_AUTHOR = lazy_compile(rb"^[ \t/*#@]*Author\s*:[ \t]*([^\r\n*]{1,100})", re.M | re.I)
_THEME_NAME = lazy_compile(rb"^[ \t/*#@]*Theme Name\s*:", re.M | re.I)
_COMPOSER_NAME = lazy_compile(rb'"name"\s*:\s*"[\w.-]+/[\w.-]+"')
_COMPOSER_WP_PLUGIN = lazy_compile(rb'"type"\s*:\s*"wordpress-plugin"')


def _author(head: bytes) -> str | None:
    m = _PLUGIN_AUTHOR.search(head)
    return m.group(1).decode("utf-8", "replace").strip().lower() or None if m else None


def _theme_authors(snap, paths: list[str], present: set[str]) -> set[str]:
    """The authors named in the ``style.css`` header of the site's own themes (not WordPress's ``twenty*``), at most
    :data:`MAX_PLUGINS` read."""
    styles = [p for p in paths if _THEME_STYLE.match(p) and not _DEFAULT_THEME.match(p)][:MAX_PLUGINS]
    authors = set()
    for p in styles:
        head = (snap.read_bytes(p, limit=FILE_LIMIT) or b"")[:8192]
        if _THEME_NAME.search(head) and _author(head):
            authors.add(_author(head))
    return authors


def _published_plugin(snap, folder: str, paths: list[str], present: set[str], own_authors: set[str]) -> str | None:
    """The version of a plugin its publisher sells or distributes outside wordpress.org (WP Rocket: no ``readme.txt``), or None for
    the site's own plugin. Published: its main file's header names the plugin's site (``Plugin URI: https://…``) and either the
    WordPress or PHP it requires (``Requires at least:``, ``Requires PHP:``) or the folder's own ``composer.json`` is a package
    typed ``wordpress-plugin``; and its ``Author:`` is not the author of the site's own theme (an agency's plugin for the site).
    The version is the header's ("" when it names none)."""
    tops = [p for p in paths if p.startswith(folder) and p.endswith(".php") and "/" not in p[len(folder):]][:MAX_PLUGIN_FILES]
    for p in tops:
        head = (snap.read_bytes(p, limit=FILE_LIMIT) or b"")[:8192]
        if not _PLUGIN_NAME.search(head):
            continue
        if not _PLUGIN_URI.search(head):
            return None
        composer = folder + "composer.json"
        data = (snap.read_bytes(composer, limit=FILE_LIMIT) or b"")[:READ_BYTES] if composer in present else b""
        packaged = _COMPOSER_NAME.search(data) and _COMPOSER_WP_PLUGIN.search(data)
        if not (_PLUGIN_REQUIRES.search(head) or packaged):
            return None
        author = _author(head)
        if author is None or author in own_authors:
            return None
        return _version(head, _PLUGIN_VERSION) or ""
    return None


def copy_of(path: str, copies: dict[str, dict]) -> str | None:
    """The prefix of ``copies`` that ``path`` lies in (the longest), or None."""
    best = None
    for prefix in copies:
        if (path == prefix or prefix.endswith("/") and path.startswith(prefix)) and (best is None or len(prefix) > len(best)):
            best = prefix
    return best


def is_wordpress_config(path: str, copies: dict[str, dict]) -> bool:
    """The site's ``wp-config.php`` or ``.htaccess`` beside a committed WordPress (or in its ``wp-content/``): its configuration; and
    the ``wp-config-sample.php`` beside it, WordPress's own but the template every deployment of the site copies to wp-config.php
    (its database, keys and salts to give): the site's configuration template, not a copied library file."""
    folder, _, name = path.rpartition("/")
    root = folder + "/" if folder else ""
    if root.endswith("wp-content/") and name == ".htaccess":
        root = root[: -len("wp-content/")]
    return name in ("wp-config.php", "wp-config-sample.php", ".htaccess") and root + "wp-includes/" in copies


# A SPIP plugin in a site's plugins folder (plugins/saisies/paquet.xml, plugins/auto/<name>/, SPIP's own plugins-dist/<name>/)
_SPIP_PLUGIN = lazy_compile(r"^(?P<folder>(?:.*/)?plugins(?:-dist)?/(?:auto/)?(?P<name>[^/]+)/)paquet\.xml$")
_PAQUET_TAG = lazy_compile(rb"<paquet\b[^>]{0,2000}>")
_PAQUET_ATTR = {key: lazy_compile(rb"\b" + key.encode() + rb"\s*=\s*[\"']([^\"'<>]{1,100})[\"']") for key in ("prefix", "version")}
# where a plugin published for every SPIP site comes from: its documentation or author pages on SPIP's shared zone
# (documentation="https://contrib.spip.net/Saisies", <auteur lien="https://contrib.spip.net/…">, git.spip.net, plugins.spip.net),
# or translations kept by SPIP's translation robot (<traduire … gestionnaire="salvatore" />)
_SPIP_ZONE = lazy_compile(rb"(?:https?://)?(?:contrib|plugins|git|zone|trad)\.spip\.(?:net|org)\b|gestionnaire\s*=\s*[\"']salvatore[\"']", re.I)
# files that say nothing of a project's own code (what stays when a repository only gathers published plugins)
_NOT_OWN = lazy_compile(r"(^|/)(readme|lisezmoi|licen[cs]e|copying|changelog|authors|notice)(\.\w+)?$|(^|/)\.git\w*$|(^|/)\.editorconfig$", re.I)


def spip_copies(snap, paths: list[str]) -> dict[str, dict]:
    """``{plugin folder: {"name", "version", "license": None}}`` for each SPIP plugin copied into a site's plugins folder: a
    sub-folder plugin whose ``paquet.xml`` says it is published for every SPIP site (its documentation, authors or translations on
    SPIP's shared zone: contrib.spip.net, git.spip.net, the salvatore translation robot). SPIP's plugin manager writes them there
    whole (saisies 5.12.0, facteur 5.2.1…): someone else's code with a name and a version, not the site's. The site's own plugin
    (no such link) stays its code; and when nothing but such plugins is in the repository (a collection of one author's published
    plugins), they are the project's own. At most :data:`MAX_PLUGINS` manifests read, in path order. ``paths`` sorted."""
    present = set(paths)
    out: dict[str, dict] = {}
    for p in [p for p in paths if _SPIP_PLUGIN.match(p)][:MAX_PLUGINS]:
        m = _SPIP_PLUGIN.match(p)
        data = (snap.read_bytes(p, limit=FILE_LIMIT) or b"")[:READ_BYTES] if p in present else b""
        tag = _PAQUET_TAG.search(data)
        if not tag or not _SPIP_ZONE.search(data):
            continue
        attrs = {key: (rx.search(tag.group(0)).group(1).decode("utf-8", "replace") if rx.search(tag.group(0)) else None)
                 for key, rx in _PAQUET_ATTR.items()}
        version = attrs["version"] if attrs["version"] and re.match(r"^\d+(?:\.\d+){0,3}$", attrs["version"]) else None
        out[m.group("folder")] = {"name": (attrs["prefix"] or m.group("name")).lower(), "version": version, "license": None}
    if out and not any(copy_of(p, out) is None and not _NOT_OWN.search(p) for p in paths):
        return {}  # only published plugins here: the repository is their author's
    return out

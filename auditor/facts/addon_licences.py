"""Licences declared by the manifest of an add-on, where that manifest is the package's own declaration to its host, and
licences named by their canonical address.

Which manifests count (each is the file the host reads to install the add-on, and its licence field is the author's statement
for the whole add-on, like a package.json's):

- ``manifest.json`` of an ArcGIS Experience Builder widget, theme or extension repository (``exbVersion`` or ``type``
  ``exb-web-extension-repo``) and of a Web AppBuilder widget (``wabVersion``): ``"license": "http://www.apache.org/licenses/LICENSE-2.0"``;
- a Nextcloud or ownCloud app's ``appinfo/info.xml`` (``<licence>agpl</licence>``) and a SPIP plugin's ``paquet.xml`` (``<licence>GNU/GPL</licence>``);
- a WordPress plugin's main PHP file or a theme's ``style.css`` header (``License: GPLv2 or later``) and a Joomla extension's XML
  manifest (``<license>GNU General Public License version 2 or later</license>``);
- a Clojure project's ``project.clj`` (Leiningen) or ``deps.edn`` at the root: ``:license {:name "Eclipse Public License - v 2.0"
  :url "…"}`` (the address when the name gives no version: Leiningen's "Eclipse Public License" with …/epl-v10.html).

- a Jalios JCMS plugin's ``plugin.xml`` (``<plugin name="CalendarPlusPlugin" … license="CG44">``, at the root or under
  ``WEB-INF/plugins/<Plugin>/``): the licence JCMS's plugin manager shows its administrators. It holds the author's name as often as
  a licence (``license="CG44"``, ``license="Jalios"``): such a value names no licence (no SPDX id) and is read as a statement to
  correct, as a package.json's ``"license": "CG44"`` would be.

- a coding assistant's plugin manifest, ``.claude-plugin/plugin.json`` (Claude Code's plugin reference: name, version, author,
  ``license``…), and the entries of its ``.claude-plugin/marketplace.json`` whose ``source`` is the repository itself (``"./"``): the
  file Claude Code reads to install the plugin (``"license": "Etalab-2.0"``). A marketplace's entry for another repository's plugin
  states that plugin's licence, not this one's.

- a Roundcube skin's ``meta.json`` (``"extends": "elastic"``, ``"license": "Creative Commons Attribution-ShareAlike"`` with its
  ``"license-url"``): the skin's declaration to Roundcube, whose skins list shows it.

Not counted: a browser extension's or a web app's ``manifest.json`` (no licence field).

A licence given as its canonical address (``http://www.apache.org/licenses/LICENSE-2.0``, CeCILL's, the EUPL's, the MPL's) is that
licence: :func:`licence_url`."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

MAX_ROOT_FILES = 10
_LINE = lazy_compile(r'"licen[sc]e"\s*:')
_XML_LICENCE = lazy_compile(r"<(licen[cs]e)\b[^>]*>([^<]{1,200})</licen[cs]e>", re.I)
# (an ownCloud app's info.xml has no <namespace>: its <id> says it is the app's manifest)
_NEXTCLOUD = lazy_compile(r"<info\b[^>]*>(?:(?!<info\b).)*?<(?:namespace|id)>", re.S)
_SPIP = lazy_compile(r"<paquet\b")
_JOOMLA = lazy_compile(r"<extension\b[^>]*\btype=[\"'](?:component|module|plugin|template|package|library)[\"']")
# a JCMS plugin's declaration: the <plugin> element carrying the jcms= attribute, and its license= attribute
_JCMS_PLUGIN_XML = lazy_compile(r"(^|/)WEB-INF/plugins/[^/]+/plugin\.xml$|^plugin\.xml$")
_JCMS_TAG = lazy_compile(r"<plugin\b[^>]{0,2000}>")
_JCMS_ATTR = lazy_compile(r"\sjcms\s*=")
_JCMS_LICENCE = lazy_compile(r"\blicen[cs]e\s*=\s*[\"']([^\"'<>\n]{1,120})[\"']")
_WP_PLUGIN = lazy_compile(r"^[^\S\n]*(?:/\*\*?|\*)?[^\S\n]*(?:Plugin|Theme) Name\s*:", re.M)
_WP_LICENCE = lazy_compile(r"^[^\S\n]*(?:/\*\*?|\*)?[^\S\n]*License[^\S\n]*:[^\S\n]*(\S[^\n]{0,119})", re.M)

# canonical addresses of licence texts -> SPDX id (checked on the lower-cased value)
_URLS = [(lazy_compile(p), i) for p, i in [
    (r"apache\.org/licenses/license-2\.0", "Apache-2.0"),
    (r"cecill\.info/licences/licence_cecill[-_]b[-_]", "CECILL-B"),
    (r"cecill\.info/licences/licence_cecill[-_]c[-_]", "CECILL-C"),
    (r"cecill\.info/licences/licence_cecill_v2\.1", "CECILL-2.1"),
    (r"cecill\.info/licences/licence_cecill_v2[-_.]", "CECILL-2.0"),
    (r"eupl[-_]?1\.?2\b|eupl-text-eupl-12", "EUPL-1.2"),
    (r"eupl[-_]?1\.?1\b|eupl-text-11-12", "EUPL-1.1"),
    (r"mozilla\.org/(?:en-us/)?mpl/2\.0", "MPL-2.0"),
    (r"eclipse\.org/legal/epl-(?:2\.0|v20)\b", "EPL-2.0"),
    (r"eclipse\.org/legal/epl-(?:1\.0|v10)\b", "EPL-1.0"),
    (r"creativecommons\.org/licenses/by-sa/4\.0\b", "CC-BY-SA-4.0"),
    (r"creativecommons\.org/licenses/by-sa/3\.0\b", "CC-BY-SA-3.0"),
    (r"creativecommons\.org/licenses/by/4\.0\b", "CC-BY-4.0"),
    (r"creativecommons\.org/licenses/by/3\.0\b", "CC-BY-3.0"),
]]

# a Clojure manifest's licence map (Leiningen's :license or :licenses [{…}], the same key in a deps.edn)
_EDN_LICENCE = lazy_compile(r"(?<![\w-]):licen[cs]es?[ \t\r\n,]{1,20}\[?[ \t\r\n,]{0,20}\{([^{}]{1,600})\}")
_EDN_KEY = {k: lazy_compile(rf'(?<![\w-]):{k}[ \t\r\n,]{{1,20}}"([^"\n]{{1,200}})"') for k in ("name", "url")}


def licence_url(value: str) -> str | None:
    """The SPDX id of a licence given only as the address of its text, else None."""
    v = value.strip().lower()
    if not v.startswith(("http://", "https://", "www.")) or any(c.isspace() for c in v):
        return None
    return next((i for rx, i in _URLS if rx.search(v)), None)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _json_manifest(text: str) -> tuple[str, int] | None:
    try:
        data = safejson.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not ({"exbVersion", "wabVersion"} & set(data) or data.get("type") == "exb-web-extension-repo"):
        return None
    lic = data.get("license") or data.get("licence")
    if not isinstance(lic, str) or not lic.strip():
        return None
    m = _LINE.search(text)
    return lic.strip(), _line_of(text, m.start()) if m else 1


# a Roundcube skin's meta.json: the skin's name and the skin it extends, or its layouts and settings (Elastic's own)
ROUNDCUBE_SKIN_KEYS = frozenset({"extends", "layouts", "config"})


def roundcube_skin(data) -> bool:
    """Whether a parsed meta.json is a Roundcube skin's manifest: a name beside the skin it extends, its layouts or its settings."""
    return isinstance(data, dict) and isinstance(data.get("name"), str) and bool(ROUNDCUBE_SKIN_KEYS & set(data))


def roundcube_skin_licence(text: str) -> tuple[str, int] | None:
    """(value, line) of a Roundcube skin's meta.json licence (``"license": "Creative Commons Attribution-ShareAlike"``, and its
    ``"license-url"``: the licence that address names, with its version, when it is a known one)."""
    try:
        data = safejson.loads(text)
    except ValueError:
        return None
    lic = data.get("license") if roundcube_skin(data) else None
    if not isinstance(lic, str) or not lic.strip():
        return None
    url = data.get("license-url")
    m = _LINE.search(text)
    return (licence_url(url) if isinstance(url, str) else None) or lic.strip(), _line_of(text, m.start()) if m else 1


def addon_licences(snap) -> list[tuple[str, str, int]]:
    """(path, value, line) of the licence stated by the repository's add-on manifest at its root, at most one per manifest."""
    files = snap.files
    out: list[tuple[str, str, int]] = []
    if "manifest.json" in files:
        found = _json_manifest(snap.read_text("manifest.json", limit=256 * 1024) or "")
        if found:
            out.append(("manifest.json", *found))
    if "meta.json" in files and (found := roundcube_skin_licence(snap.read_text("meta.json", limit=256 * 1024) or "")):
        out.append(("meta.json", *found))
    for path, shape in (("appinfo/info.xml", _NEXTCLOUD), ("paquet.xml", _SPIP)):
        text = (snap.read_text(path, limit=256 * 1024) or "") if path in files else ""
        m = _XML_LICENCE.search(text) if shape.search(text[:16384]) else None
        if m:
            out.append((path, m.group(2).strip(), _line_of(text, m.start())))
    root = sorted(p for p in files if "/" not in p)
    heads = [p for p in root if p.endswith(".php")][:MAX_ROOT_FILES] + (["style.css"] if "style.css" in files else [])
    for path in heads:
        text = snap.read_head(path, 8192) or ""
        m = _WP_LICENCE.search(text) if _WP_PLUGIN.search(text) else None
        if m:
            out.append((path, m.group(1).split("*/")[0].strip(), _line_of(text, m.start(1))))
            break
    for path in [p for p in root if p.endswith(".xml")][:MAX_ROOT_FILES]:
        text = snap.read_head(path, 16384) or ""
        m = _XML_LICENCE.search(text) if _JOOMLA.search(text[:4096]) else None
        if m:
            out.append((path, m.group(2).strip(), _line_of(text, m.start())))
            break
    for path in sorted(p for p in files if _JCMS_PLUGIN_XML.search(p))[:MAX_ROOT_FILES]:
        text = snap.read_head(path, 65536) or ""
        tag = next((t for t in _JCMS_TAG.finditer(text) if _JCMS_ATTR.search(t.group(0))), None)
        m = _JCMS_LICENCE.search(tag.group(0)) if tag else None
        if m and m.group(1).strip():
            out.append((path, m.group(1).strip(), _line_of(text, tag.start())))
    out += plugin_licences(snap)
    for path in ("project.clj", "deps.edn"):
        found = _edn_licence(snap.read_text(path, limit=256 * 1024) or "") if path in files else None
        if found:
            out.append((path, *found))
    return out


def _edn_licence(text: str) -> tuple[str, int] | None:
    """The licence a Clojure manifest's :license map names (its :name, or its :url when the name gives no version)."""
    m = _EDN_LICENCE.search(text)
    if not m:
        return None
    name, url = (_EDN_KEY[k].search(m.group(1)) for k in ("name", "url"))
    value = name.group(1).strip() if name else None
    if url and (not value or (not re.search(r"\d", value) and licence_url(url.group(1)))):
        value = url.group(1).strip()
    return (value, _line_of(text, m.start())) if value else None


PLUGIN_MANIFEST, PLUGIN_MARKETPLACE = ".claude-plugin/plugin.json", ".claude-plugin/marketplace.json"


def _licence_of(entry) -> str | None:
    lic = entry.get("license") or entry.get("licence") if isinstance(entry, dict) else None
    return lic.strip() if isinstance(lic, str) and lic.strip() else None


def plugin_licences(snap) -> list[tuple[str, str, int]]:
    """(path, value, line) of the licence a coding assistant's plugin manifest states for the repository's own plugin (see the module)."""
    out: list[tuple[str, str, int]] = []
    for path in (PLUGIN_MANIFEST, PLUGIN_MARKETPLACE):
        text = (snap.read_text(path, limit=256 * 1024) or "") if path in snap.files else ""
        try:
            data = safejson.loads(text) if text else None
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        entries = [data] if path == PLUGIN_MANIFEST else [p for p in data.get("plugins") or [] if isinstance(p, dict)
                                                          and isinstance(p.get("source"), str) and p["source"].strip() in (".", "./")]
        lic = next((v for v in map(_licence_of, entries) if v), None)
        if lic:
            m = _LINE.search(text)
            out.append((path, lic, _line_of(text, m.start()) if m else 1))
    return out

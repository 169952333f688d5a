"""Settings kept where an Android application or an Apache server reads them rather than in a process's environment: an Android
application's resource values (``res/values/config.xml``: ``<string name="server_url">https://…</string>``, ``<string
name="maps_api_key">YOUR_API_KEY</string>``), set at build time by each territory rebuilding the app, and Apache's ``SetEnv NAME
value`` lines in a committed ``.htaccess`` or virtual host template, which hand the PHP code its ``getenv()`` values.

An Android application also keeps its keys where its build and the platform read them (issue 12, s45 fb45): a ``<meta-data>`` of
its ``AndroidManifest.xml`` given a key literally (``com.google.android.geo.API_KEY`` = ``AIza…``, not ``@string/…`` nor a
``${…}`` placeholder the build fills), a resource value named as a key or token in any values file (``mapbox_access_token`` in
strings.xml, a key-like value: never a preference's key, ``pref_key_sync`` = ``sync``), and a key, token or secret in the Gradle
properties beside it (``gradle.properties``, a committed ``local.properties``; Gradle's and Android's own ``org.gradle.*``,
``android.*`` switches are none).

A file whose setting values are all placeholders (``YOUR_API_KEY``, ``changeme``, ``xxx``, ``<token>``, empty) is a settings
template; one holding real values is a settings file. Either names the settings it holds.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

ANDROID_VALUES = lazy_compile(r"(^|/)res/values/[\w.-]+\.xml$")
ANDROID_ANY_VALUES = lazy_compile(r"(^|/)res/values(-[\w-]+)?/[\w.-]+\.xml$")  # (values-fr/, values-v21/: keys only)
# a resource value: its name and its text (strings, booleans, integers, untyped items)
_RES_ENTRY = lazy_compile(r"""<(?:string|bool|integer|item)\b([^>]{0,400})>([^<]{0,300})</""")
_RES_NAME = lazy_compile(r"""\bname\s*=\s*["']([\w.]{1,80})["']""")
_UNTRANSLATED = lazy_compile(r"""\btranslatable\s*=\s*["']false["']""")
# a values file of settings by its name (config.xml, api_keys.xml, google_maps_api.xml, server.xml); another file's entries are
# settings only when marked untranslatable (the interface's texts and help links are translated: values-de/links.xml)
_SETTINGS_FILE = lazy_compile(r"^(?:[\w-]*[_-])?(?:config|configuration|settings|env|environments?|api|apis|keys?|secrets?|server|servers|endpoints?|"
                              r"google_maps_api|constants|build)(?:[_-][\w-]*)?\.xml$", re.I)
# names of settings: a server's address, an API's key or token, a client id (not a label naming them: "hint_server" says "Server")
_SETTING_NAME = lazy_compile(r"(?:^|[_.])(?:url|uri|host|hostname|server|endpoint|base_?url|domain|api_?key|apikey|key|token|client_?id|"
                             r"app_?id|secret|dsn|environment|env)(?:$|[_.])|(?:Url|Uri|Host|Endpoint|ApiKey|Key|Token)$", re.I)
_SECRET_NAME = lazy_compile(r"key|token|secret|passw|pwd|dsn", re.I)
# a resource, meta-data or Gradle property named as a key, token or secret (mapbox_access_token, google_maps_key, API_KEY,
# MAPBOX_DOWNLOADS_TOKEN, com.google.android.geo.API_KEY): its value is a credential the app is built with, whatever the file's name
_KEY_NAME = lazy_compile(r"(?:^|[_.])(?:api_?key|apikey|maps_?(?:api_?)?key|access_?token|token|secret|client_?secret|secret_?key|"
                         r"downloads_?token)$|(?:ApiKey|AccessToken|Token|Secret)$", re.I)
# a key-like value: one token of at least 16 characters (a Mapbox sk.eyJ…, a Google AIza…), never words nor a preference's key
_KEY_VALUE = lazy_compile(r"[\w.+/=-]{16,300}")
ANDROID_MANIFEST = lazy_compile(r"(^|/)AndroidManifest\.xml$")
_META_DATA = lazy_compile(r"<meta-data\b([^>]{0,600})>", re.S)
_ANDROID_NAME = lazy_compile(r"""\bandroid:name\s*=\s*["']([\w.]{1,120})["']""")
_ANDROID_VALUE = lazy_compile(r"""\bandroid:value\s*=\s*["']([^"']{0,300})["']""")
GRADLE_PROPERTIES = lazy_compile(r"(^|/)(gradle|local|secrets)\.properties$")
_PROPERTY = lazy_compile(r"^[ \t]*([A-Za-z_][\w.-]{0,100})[ \t]*[=:][ \t]*([^\n]{0,300})$", re.M)
_GRADLE_OWN = ("org.gradle.", "android.", "kotlin.", "kapt.", "systemProp.", "sdk.dir", "ndk.dir")
_SETENV = lazy_compile(r"^[ \t]*SetEnv[ \t]+([A-Za-z_][A-Za-z0-9_]{0,80})([^\n]{0,300})", re.M)
# Apache's files: a .htaccess (or its sample), a virtual host or site configuration
APACHE_FILE = lazy_compile(r"(^|/)\.?htaccess([._-][\w.-]+)?$|(^|/)(apache2?|httpd|sites-(available|enabled)|vhosts?)/[^/]+$"
                           r"|(^|/)[\w.-]*(vhost|apache|httpd)[\w.-]*\.(conf|tpl|template|dist|sample|example)$", re.I)
_MAX = 128 * 1024


def _placeholder(value: str) -> bool:
    from auditor.facts.secret_values import PLACEHOLDER

    v = value.strip().strip("\"'")
    return not v or bool(PLACEHOLDER.match(v)) or bool(re.fullmatch(r"[A-Z][A-Z0-9_]{2,40}", v))


def _setting_value(value: str) -> bool:
    """An address, a host name, a key-like token or a placeholder: never words shown to people ("Serveur", "Adresse du serveur")."""
    if any(c.isspace() for c in value) or len(value) > 300:
        return False
    return "://" in value or _placeholder(value) or ("." in value.strip(".")) or (len(value) >= 16 and bool(re.fullmatch(r"[\w-]+", value)))


def _android(snap, e) -> list[tuple[str, str]]:
    """The settings of a values file: none when the file is translated (values-fr/links.xml beside it: texts and help links)."""
    folder = e.path.rsplit("/values/", 1)[0] + "/values-"
    if any(p.startswith(folder) and p.endswith("/" + e.name) for p in snap.files):
        return []
    named = bool(_SETTINGS_FILE.match(e.name))
    text = snap.read_text(e.path, limit=_MAX) or ""
    out = []
    for attrs, value in _RES_ENTRY.findall(text)[:500]:
        name = _RES_NAME.search(attrs)
        if name and _SETTING_NAME.search(name.group(1)) and _setting_value(value.strip()) and (named or _UNTRANSLATED.search(attrs)):
            out.append((name.group(1), value.strip().strip('"')))
    return out


def _key(name: str, value: str) -> bool:
    """A key, token or secret given a value: key-like, or a placeholder to fill in (YOUR_API_KEY); never a resource reference
    (@string/google_maps_key: the value is in the values file) nor a ${…} the build fills from outside the repository."""
    value = value.strip().strip("\"'")
    if not _KEY_NAME.search(name) or value.startswith(("@", "${", "?")):
        return False
    if _KEY_VALUE.fullmatch(value):  # (with a digit and a letter: a key, not a preference's name, "notification_token_pref")
        return bool(re.search(r"\d", value) and re.search(r"[A-Za-z]", value))
    return bool(value) and _placeholder(value)


def _android_keys(snap, e) -> list[tuple[str, str]]:
    """The keys named as such in any values file, translated or not (a key is never translated): strings.xml's mapbox_access_token."""
    text = snap.read_text(e.path, limit=_MAX) or ""
    out = []
    for attrs, value in _RES_ENTRY.findall(text)[:500]:
        name = _RES_NAME.search(attrs)
        if name and _key(name.group(1), value):
            out.append((name.group(1), value.strip().strip('"')))
    return out


def _manifest(snap, e) -> list[tuple[str, str]]:
    """The manifest's meta-data given a key literally (com.google.android.geo.API_KEY = AIza…)."""
    out = []
    for attrs in _META_DATA.findall(snap.read_text(e.path, limit=_MAX) or "")[:200]:
        name, value = _ANDROID_NAME.search(attrs), _ANDROID_VALUE.search(attrs)
        if name and value and _key(name.group(1), value.group(1)):
            out.append((name.group(1), value.group(1).strip()))
    return out


def _gradle_properties(snap, e) -> list[tuple[str, str]]:
    """The keys, tokens and secrets of Gradle properties beside an Android app (MAPBOX_DOWNLOADS_TOKEN = sk.…), not Gradle's own."""
    out = []
    for name, value in _PROPERTY.findall(snap.read_text(e.path, limit=_MAX) or "")[:500]:
        if not name.startswith(_GRADLE_OWN) and _key(name, value):
            out.append((name, value.strip()))
    return out


def _apache(snap, e) -> list[tuple[str, str]]:
    text = snap.read_text(e.path, limit=_MAX) or ""
    return [(n, v.strip()) for n, v in _SETENV.findall(text)[:500]]


def app_settings(snap, entries) -> list[dict]:
    """``{"path", "names", "template"}`` of each Android values file or Apache file holding settings (at most twenty, shallowest
    first): ``template`` when its values are placeholders to fill in (defaults beside them maybe), no real key among them."""
    out = []
    android = any(ANDROID_MANIFEST.search(e.path) for e in entries)
    for e in sorted(entries, key=lambda e: (e.path.count("/"), e.path)):
        if is_test(e.path) or not 0 < e.size <= _MAX:
            continue
        if ANDROID_VALUES.search(e.path) or (android and ANDROID_ANY_VALUES.search(e.path)):
            pairs = _android(snap, e) if ANDROID_VALUES.search(e.path) else []
            pairs += [p for p in _android_keys(snap, e) if p not in pairs]
        elif ANDROID_MANIFEST.search(e.path):
            pairs = _manifest(snap, e)
        elif android and GRADLE_PROPERTIES.search(e.path):
            pairs = _gradle_properties(snap, e)
        else:
            pairs = _apache(snap, e) if APACHE_FILE.search(e.path) else []
        if pairs:
            # (a template: placeholders to fill in, beside defaults maybe, and no real key; a file of real values is a settings file)
            secret = [v for n, v in pairs if _SECRET_NAME.search(n)]
            template = any(_placeholder(v) for _, v in pairs) and all(_placeholder(v) for v in secret)
            out.append({"path": e.path, "names": sorted({n for n, _ in pairs})[:50], "template": template})
        if len(out) >= 20:
            break
    return out

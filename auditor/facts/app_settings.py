"""Settings kept where an Android application or an Apache server reads them rather than in a process's environment: an Android
application's resource values (``res/values/config.xml``: ``<string name="server_url">https://…</string>``, ``<string
name="maps_api_key">YOUR_API_KEY</string>``), set at build time by each territory rebuilding the app, and Apache's ``SetEnv NAME
value`` lines in a committed ``.htaccess`` or virtual host template, which hand the PHP code its ``getenv()`` values.

A file whose setting values are all placeholders (``YOUR_API_KEY``, ``changeme``, ``xxx``, ``<token>``, empty) is a settings
template; one holding real values is a settings file. Either names the settings it holds.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

ANDROID_VALUES = lazy_compile(r"(^|/)res/values/[\w.-]+\.xml$")
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


def _apache(snap, e) -> list[tuple[str, str]]:
    text = snap.read_text(e.path, limit=_MAX) or ""
    return [(n, v.strip()) for n, v in _SETENV.findall(text)[:500]]


def app_settings(snap, entries) -> list[dict]:
    """``{"path", "names", "template"}`` of each Android values file or Apache file holding settings (at most twenty, shallowest
    first): ``template`` when its values are placeholders to fill in (defaults beside them maybe), no real key among them."""
    out = []
    for e in sorted(entries, key=lambda e: (e.path.count("/"), e.path)):
        if is_test(e.path) or not 0 < e.size <= _MAX:
            continue
        pairs = _android(snap, e) if ANDROID_VALUES.search(e.path) else _apache(snap, e) if APACHE_FILE.search(e.path) else []
        if pairs:
            # (a template: placeholders to fill in, beside defaults maybe, and no real key; a file of real values is a settings file)
            secret = [v for n, v in pairs if _SECRET_NAME.search(n)]
            template = any(_placeholder(v) for _, v in pairs) and all(_placeholder(v) for v in secret)
            out.append({"path": e.path, "names": sorted({n for n, _ in pairs})[:50], "template": template})
        if len(out) >= 20:
            break
    return out

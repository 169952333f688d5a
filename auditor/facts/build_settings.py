"""Settings a host or a build reads outside the process's environment: a WordPress plugin's or theme's own constants, which each
site defines in its wp-config.php (``define( 'GRC_ENCRYPTION_KEY', '…' );``, tested by the plugin with ``defined( 'GRC_ENCRYPTION_KEY' )``
and never defined by it), and an Android application's build settings (its Gradle script reading ``local.properties``'
``MAPS_API_KEY``, or declaring ``buildConfigField("String", "API_BASE_URL", …)`` per build variant)."""

from __future__ import annotations

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_KEYS = 60, 256 * 1024, 30

_WP_HEADER = lazy_compile(r"(?m)^[ \t/*#]*(?:Plugin|Theme) Name[ \t]*:")
_PHP_DEFINE = lazy_compile(r"""\bdefine[ \t]*\([ \t]*['"]([A-Z][A-Z0-9_]{2,60})['"]""")
_PHP_TESTED = lazy_compile(r"""\b(?:defined|constant)[ \t]*\([ \t]*['"]([A-Z][A-Z0-9_]{2,60})['"]""")
_COMMENT_LINE = lazy_compile(r"^[ \t]*(?:\*|//|#|/\*)")
# a Gradle script reading a local properties file (local.properties, secrets.properties), and the build settings it declares
_LOADS_PROPERTIES = lazy_compile(r"""\b(?:local|secrets?|keys?|apikeys?)\.properties\b""")
_GRADLE_PROPERTY = lazy_compile(r"""\b(?:getProperty|findProperty)[ \t]*\([ \t]*["']([A-Za-z][A-Za-z0-9_.]{2,60})["']|\bproperties[ \t]*\[[ \t]*["']([A-Za-z][A-Za-z0-9_.]{2,60})["'][ \t]*\]""")
_BUILD_CONFIG_FIELD = lazy_compile(r"""\bbuildConfigField[ \t]*\(?[ \t]*["']\w+["'][ \t]*,[ \t]*["']([A-Z][A-Z0-9_]{2,60})["']""")
# the build tools' own keys in local.properties, written by the tool and read back by its Gradle template: the Android SDK's
# sdk.dir/ndk.dir/cmake.dir, Flutter's flutter.sdk, flutter.versionCode and flutter.versionName (from pubspec.yaml's version),
# flutter.buildMode…: no setting an installer gives (issue 12, s25)
_TOOL_KEY = lazy_compile(r"(?:sdk|ndk|cmake)\.dir|flutter\.[A-Za-z][A-Za-z0-9_.]*")
_SETTING_NAME = lazy_compile(r"(?:^|_)(?:URL|URI|HOST|SERVER|ENDPOINT|DOMAIN|KEY|TOKEN|SECRET|CLIENT_ID|APP_ID)(?:_|$)")


def _lines(text: str):
    for i, line in enumerate(text.splitlines()[:20000], 1):
        if not _COMMENT_LINE.match(line):
            yield i, line


def wordpress_constants(snap, entries, is_setting, known: set[str]) -> list[list]:
    """``[constant, [path, line, excerpt, "code"]]`` for the constants a WordPress plugin or theme tests (``defined``/``constant``)
    and never defines, in its own prefix (the first word of a constant it defines: GRC_ of GRC_VERSION): the settings each site puts
    in wp-config.php. WordPress's own constants (ABSPATH, WP_CLI) and another plugin's (WC_VERSION) have another prefix."""
    php = sorted((e for e in entries if e.ext == "php" and not is_test(e.path) and 0 < e.size <= MAX_BYTES), key=lambda e: (e.path.count("/"), e.path))[:MAX_FILES]
    heads = [e for e in php if e.path.count("/") <= 1] + [e for e in entries if e.name == "style.css" and e.path.count("/") <= 1]
    if not any(_WP_HEADER.search(snap.read_head(e.path, 8192) or "") for e in heads):
        return []
    defined: set[str] = set()
    tested: dict[str, list] = {}
    for e in php:
        for i, line in _lines(snap.read_text(e.path, limit=MAX_BYTES) or ""):
            defined |= set(_PHP_DEFINE.findall(line))
            for m in _PHP_TESTED.finditer(line):
                tested.setdefault(m.group(1), [e.path, i, line.strip()[:120], "code"])
    prefixes = {d.split("_", 1)[0] + "_" for d in defined if "_" in d}
    return [[v, h] for v, h in sorted(tested.items(), key=lambda kv: (kv[1][0], kv[1][1]))
            if v not in defined and v not in known and v.split("_", 1)[0] + "_" in prefixes and is_setting(v)][:MAX_KEYS]


def commented_defines(snap, entries, names: set[str]) -> set[str]:
    """The constants of ``names`` (a WordPress plugin's, :func:`wordpress_constants`) whose ``define()`` line its own PHP files ship
    commented out, to uncomment with the site's value (``//define('ACY_IGN_API_KEY', "mettre votre clé ign ici");`` under a comment
    saying what it is for): documented where the plugin is set up (issue 12, s33 t33). The files read as wordpress_constants reads them."""
    if not names:
        return set()
    php = sorted((e for e in entries if e.ext == "php" and not is_test(e.path) and 0 < e.size <= MAX_BYTES), key=lambda e: (e.path.count("/"), e.path))[:MAX_FILES]
    found: set[str] = set()
    for e in php:
        for line in (snap.read_text(e.path, limit=MAX_BYTES) or "").splitlines()[:20000]:
            if _COMMENT_LINE.match(line):
                found |= {n for n in _PHP_DEFINE.findall(line) if n in names}
    return found


def android_build_settings(snap, entries, is_setting, known: set[str]) -> list[list]:
    """``[name, [path, line, excerpt, "code"]]`` for an Android application's build settings: the keys its Gradle scripts read from
    a local properties file, and the addresses and keys they declare with ``buildConfigField`` (set per build variant)."""
    gradle = sorted((e for e in entries if e.name in ("build.gradle", "build.gradle.kts") and 0 < e.size <= MAX_BYTES), key=lambda e: e.path)[:10]
    out: dict[str, list] = {}
    for e in gradle:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if "com.android." not in text and "android {" not in text:
            continue
        local = bool(_LOADS_PROPERTIES.search(text))
        for i, line in _lines(text):
            names = [a or b for a, b in _GRADLE_PROPERTY.findall(line)] if local else []
            names += [n for n in _BUILD_CONFIG_FIELD.findall(line) if _SETTING_NAME.search(n)]
            for v in names:
                if v not in out and v not in known and is_setting(v) and not _TOOL_KEY.fullmatch(v):
                    out[v] = [e.path, i, line.strip()[:120], "code"]
    return [[v, h] for v, h in out.items()][:MAX_KEYS]

"""A Grails application's external settings (``env_settings``' templates): its ``grails-app/conf/Config.groovy`` loads further
settings files at start-up from ``grails.config.locations`` (``["classpath:${appName}-config.groovy"]``, a ``"file:" + path`` a
system property gives), which each deployment writes; the repository's file of that name (a commented template under
``src/templates/``, ``eliot-tdbase-config.groovy``, which the build copies into the WAR) is the settings template to copy.

Read as text (nothing is run): the Config.groovy files two folders down at most, 256 KB each, comment lines left out; ``${appName}``
is the ``app.name`` of the application's ``application.properties`` (its folder's name when none says it)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_LOCATIONS = lazy_compile(r"^[^\S\n]*grails\.config\.locations\s*(?:=|<<|\+=)[^\n]{0,400}", re.M)
_LOCATION_FILE = lazy_compile(r"""['"](?:classpath|file):([^'"\n]{1,200})['"]""")
_APP_NAME = lazy_compile(r"^[^\S\n]*app\.name[^\S\n]*[=:][^\S\n]*([\w.-]{1,80})", re.M)
_COMMENTS = lazy_compile(r"/\*[^*]*\*+(?:[^/*][^*]*\*+)*/|^[^\S\n]*//[^\n]*$", re.M)
MAX_BYTES = 256 * 1024


def grails_external_settings(snap, entries) -> list[str]:
    """The repository's files named as a settings file a Grails application's Config.groovy loads from ``grails.config.locations``
    (its own folder's first, in path order), at most five."""
    by_name: dict[str, list[str]] = {}
    for e in entries:
        by_name.setdefault(e.name, []).append(e.path)
    out: list[str] = []
    configs = sorted(e.path for e in entries if e.path.endswith("grails-app/conf/Config.groovy") and e.path.count("/") <= 4)
    for conf in configs[:10]:
        root = conf[: -len("grails-app/conf/Config.groovy")]
        text = _COMMENTS.sub("", snap.read_text(conf, limit=MAX_BYTES) or "")
        files = [m for line in _LOCATIONS.findall(text) for m in _LOCATION_FILE.findall(line)]
        if not files:
            continue
        meta = _APP_NAME.search(snap.read_text(root + "application.properties", limit=16 * 1024) or "")
        app = meta.group(1) if meta else root.rstrip("/").rsplit("/", 1)[-1]
        for f in files:
            name = f.replace("${appName}", app).rsplit("/", 1)[-1]
            if "$" in name or not name:
                continue
            found = sorted(by_name.get(name, []), key=lambda p: (not p.startswith(root), p))
            out += [p for p in found if p not in out and not p.endswith("grails-app/conf/Config.groovy")]
    return out[:5]

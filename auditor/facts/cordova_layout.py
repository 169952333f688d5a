"""Where an Apache Cordova (PhoneGap) application sits in a repository: its config.xml and the folder it belongs to.

A module of its own, importing nothing of the facts, because the inventory reads it (to set Cordova's own trees aside) and the
kind decision reads it too: kind_apps imports manifests, which imports the inventory (a cycle, tests/test_layers.py)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_CORDOVA = lazy_compile(r"<widget\b[^>]*xmlns\s*=\s*[\"']http://www\.w3\.org/ns/widgets[\"']", re.S)


# Cordova's own trees beside an application's config.xml: what `cordova platform add` writes (platforms/android/, with the copy of
# www/ it builds and its CordovaLib) and the plugins `cordova plugin add` fetches (plugins/org.apache.cordova.camera/)
CORDOVA_TREES = ("platforms", "plugins")


def cordova_configs(snap) -> list[str]:
    """The config.xml of each Apache Cordova (PhoneGap) application of the repository, sorted: at the root, in www/ (PhoneGap
    Build's), or the same one folder down (an application kept in a folder named after it, ``Ville de X/config.xml``); never
    the copies Cordova writes into its platforms (``platforms/android/res/xml/config.xml``) or a plugin's."""
    out = []
    for p in sorted((p for p in snap.files if p.endswith("config.xml")), key=lambda p: (p.count("/"), p)):  # (the root's first)
        segs = p.split("/")
        if segs[-1] != "config.xml" or len(segs) > 3 or (len(segs) == 3 and segs[1] != "www") or set(segs[:-1]) & set(CORDOVA_TREES):
            continue
        if _CORDOVA.search(snap.read_head(p, 8192) or ""):
            out.append(p)
    return out[:5]


def cordova_root(config: str) -> str:
    """The folder of the application a Cordova config.xml belongs to ("" for the repository's root, ``app/``): its own, or the
    parent of the www/ holding it."""
    segs = config.split("/")[:-1]
    if segs and segs[-1] == "www":
        segs = segs[:-1]
    return "/".join(segs) + "/" if segs else ""

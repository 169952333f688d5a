"""A host application's own modules copied into a project's tree: app/utils/command.py importing ``from geonature.utils.env import …``
with app/utils/env.py beside it — GeoNature's geonature/utils/ helpers copied into a standalone Flask application, which runs on
its own server.py (issue 12, s35 r35 = PnCevennes/app_oeasc). Such a module is a copy of the host, neither a plugin of it (the
kind) nor the project's own code (the inventory calls it vendored), nor are the host's modules it imports from beside it when no
file of the project's imports them under its own path (app/utils/config_schema.py, GeoNature's configuration schema with its INPN
sign-in defaults, which nothing of the application reads); a sibling the project imports (app.utils.env, adapted) stays its own.

Read: Python files at most two folders down, the first MAX_FILES in path order, 64 KB each."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# Python packages of host applications that load a plugin's code from their own configuration (a Geotrek-admin parser linked
# into var/conf and run by `geotrek import`, a GeoNature module, a CKAN extension): package imported -> host
PUBLIK_HOSTS = {"passerelle": "Passerelle (Publik)", "combo": "Combo (Publik)", "wcs": "w.c.s. (Publik)", "authentic2": "Authentic (Publik)",
                "hobo": "Hobo (Publik)", "chrono": "Chrono (Publik)", "lingo": "Lingo (Publik)", "welco": "Welco (Publik)",
                "fargo": "Fargo (Publik)", "bijoe": "Bijoe (Publik)"}
HOST_IMPORTS = {"geotrek": "Geotrek-admin", "geonature": "GeoNature", "ckan": "CKAN", "ckanext": "CKAN", "udata": "udata",
                **PUBLIK_HOSTS}
HOST_IMPORT = lazy_compile(r"^[^\S\n]*(?:from|import)\s+(" + "|".join(sorted(HOST_IMPORTS)) + r")\.[\w.]+", re.M)
MAX_FILES, MAX_BYTES = 400, 64 * 1024


def mirrored(path: str, text: str, paths: set[str]) -> list[str]:
    """The modules beside ``path`` named as the host's modules its text imports from a package of its folder's name
    (``from geonature.utils.env import …`` in app/utils/command.py, app/utils/env.py existing): non-empty when the file sits in a copy
    of the host's package."""
    folder, _, _ = path.rpartition("/")
    parent = folder.rsplit("/", 1)[-1]
    out = []
    for m in HOST_IMPORT.finditer(text):
        mod = m.group(0).split()[1].split(".")  # (from|import) host.pkg….module
        sibling = f"{folder}/{mod[-1]}.py"
        if len(mod) >= 3 and mod[-2] == parent and sibling in paths and sibling != path and sibling not in out:
            out.append(sibling)
    return out


def host_copies(snap, python: list[str]) -> set[str]:
    """Of the project's Python files ``python``, those that are copies of a host application's modules (see the module's docstring)."""
    paths = set(python)
    texts = {p: snap.read_text(p, limit=MAX_BYTES) or "" for p in sorted(p for p in python if p.count("/") <= 2)[:MAX_FILES]}
    copies: set[str] = set()
    named: set[str] = set()
    for p, text in texts.items():
        if HOST_IMPORT.search(text) and (siblings := mirrored(p, text, paths)):
            copies.add(p)
            named.update(siblings)
    if not copies:
        return set()
    own_texts = [t for p, t in texts.items() if p not in copies]
    for sibling in sorted(named - copies):
        folder, _, name = sibling.rpartition("/")
        module = name[:-3]
        dotted = folder.replace("/", r"\.")
        # (imported under the project's own path, app.utils.env, or relatively from its folder: the project's, adapted from the copy)
        rx = re.compile(rf"^[^\S\n]*(?:from|import)[ \t]+(?:{dotted}\.{module}\b|\.{module}\b|(?:{dotted}|\.)[ \t]+import[ \t]+[^\n]*\b{module}\b)", re.M)
        if not any(rx.search(t) for t in own_texts):
            copies.add(sibling)
    return copies

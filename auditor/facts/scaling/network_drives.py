"""Paths on a mapped network drive (issue 12, s42 fj42 = ISPF/enquetes-tourisme-eft-exportatn: an R export job writing its ZIP into
``"J:/Etudes/1 - Public/ATN"``, its README saying "Le lecteur `J:` doit être monté sur Windows"). A drive letter alone tells no
network drive from a local disk (the hosting fact leaves it out); a drive letter the project's own pages call mounted, mapped, a
network or shared drive ("lecteur réseau J:", "le lecteur J: doit être monté", "network drive S:") is the organisation's file
server, which another territory does not have, as a UNC share (\\\\server\\share) is.

Read: the README and at most :data:`MAX_PAGES` Markdown pages of :data:`PAGE_BYTES`, in path order; the code's drive paths are the
``env_settings`` fact's machine paths."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PAGES, PAGE_BYTES = 20, 128 * 1024
_MOUNTED = lazy_compile(r"(?:lecteur|drive|disque)[ \t]+(?:r[ée]seau[ \t]+|network[ \t]+|mapp[ée]d?[ \t]+)?`?([A-Za-z]):`?[^\n]{0,80}?"
                        r"\b(?:mont[ée]e?s?|mapp[ée]d?|r[ée]seau|network|partag[ée]e?|shared|mounted)\b"
                        r"|(?:network|mapped|shared)[ \t]+drive[ \t]+`?([A-Za-z]):|lecteur[ \t]+r[ée]seau[ \t]+`?([A-Za-z]):", re.I)


def network_drive_letters(ctx) -> set[str]:
    """The drive letters the README or the Markdown pages call a mounted, mapped, network or shared drive, upper case."""
    readme = (ctx.fact("readme") or {}).get("path")
    pages = ([readme] if readme else []) + sorted(p for p in ctx.snapshot.files if p.lower().endswith(".md") and p != readme)[:MAX_PAGES]
    letters: set[str] = set()
    for p in pages:
        for m in _MOUNTED.finditer(ctx.snapshot.read_text(p, limit=PAGE_BYTES) or ""):
            letters.add((m.group(1) or m.group(2) or m.group(3)).upper())
    return letters


def network_drive_paths(ctx) -> list[tuple[str, int, str, str]]:
    """(path, line, excerpt, drive) of each path the code writes on a drive :func:`network_drive_letters` names, in path order."""
    try:
        paths = (ctx.fact("env_settings") or {}).get("machine_paths") or []
    except Exception:  # (no settings read: no path)
        return []
    drives = [(lit, hit) for lit, hit in paths if re.match(r"^[A-Za-z]:[\\/]", lit)]
    if not drives:
        return []
    letters = network_drive_letters(ctx)
    return [(hit[0], hit[1], lit[:120], lit[0].upper() + ":") for lit, hit in drives if lit[0].upper() in letters]

"""Where the variables a program reads are documented beside it: the README of the sub-project holding the code that reads them,
or the header of the script itself (its leading comments and module docstring), read by the ``install`` facts through
:mod:`auditor.facts.settings_files`."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile


_SUB_README = lazy_compile(r"^(readme|lisezmoi)(\.(md|markdown|rst|txt|adoc))?$", re.I)


def sub_readme_names(snap, entries, read_vars: list[list]) -> set[str]:
    """The variables a sub-project's README names (backend/README.md's "## Variables d'environnement" for the settings
    backend/geoagri/settings.py reads): the README of a folder holding the code that reads them (at most five, 256 KB each)."""
    dirs = {h[0].rsplit("/", 1)[0] for _, h in read_vars if "/" in h[0]}
    readmes = sorted(e.path for e in entries if "/" in e.path and _SUB_README.match(e.name)
                     and any(d == e.dir or d.startswith(e.dir + "/") for d in dirs))[:5]
    out: set[str] = set()
    for p in readmes:
        text = snap.read_text(p, limit=256 * 1024) or ""
        out |= {v for v, _ in read_vars if re.search(rf"(?<![A-Za-z0-9_]){re.escape(v)}(?![A-Za-z0-9_])", text)}
    return out


def script_header(text: str) -> str:
    """A script's own documentation at its top: its leading ``#`` comment lines and the Python module docstring after them."""
    lines = text.splitlines(keepends=True)
    k = next((i for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")), len(lines))
    head, rest = "".join(lines[:k]), "".join(lines[k:]).lstrip()
    quote = rest[:3] if rest[:3] in ('"""', "'''") else ""
    end = rest.find(quote, 3) if quote else -1
    return head + (rest[3:end] if end > 0 else "")


def header_names(snap, read_vars: list[list]) -> set[str]:
    """The variables the header of the script reading them documents (site/publier.py's docstring listing OBS_FTP_HOTE, OBS_FTP_PORT…
    with what each is for, the script's own usage): at most twenty scripts, 64 KB each."""
    out: set[str] = set()
    for path in sorted({h[0] for _, h in read_vars})[:20]:
        head = script_header(snap.read_text(path, limit=64 * 1024) or "")
        out |= {v for v, h in read_vars if h[0] == path and re.search(rf"(?<![A-Za-z0-9_]){re.escape(v)}(?![A-Za-z0-9_])", head)}
    return out

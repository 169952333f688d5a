"""Settings modules each installation writes: a Python module the project's code imports by its bare name (``import config``), that no
file of the repository provides and the root .gitignore lists (``config.py``, ``logins.*``). The file is kept out of git because it holds
one installation's values; a deployment elsewhere must write it, and only a committed example or the README can say what to put in it
(issue 12, s30 d30 = s27 o2 / s29 g29, an air-quality observatory's Django application importing ``config`` in eight modules)."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test

_IMPORT = re.compile(r"^[ \t]*(?:import[ \t]+([\w, \t]+?)|from[ \t]+(\w+)[ \t]+import[ \t]+\(?([\w, \t]+)\)?)[ \t]*(?:#.*)?$", re.M)
_IGNORE_LINE = re.compile(r"^/?([A-Za-z_]\w*)\.(?:py|\*)$")
MAX_SOURCES, MAX_BYTES = 400, 256 * 1024


def ignored_modules(snap, entries) -> list[list]:
    """``[module, [path, line], names]``: each module imported by bare name, absent from the repository and listed by the root
    .gitignore, with the values the code reads from it (``config.hd_path``, ``from config import hd_path``; at most eight, one at
    least); at most five modules."""
    ignore = snap.read_text(".gitignore", limit=64 * 1024) if ".gitignore" in snap.files else None
    listed = {m.group(1) for m in map(_IGNORE_LINE.match, (ignore or "").splitlines()) if m}
    if not listed:
        return []
    # (a module of that name anywhere, or a package: a folder holding Python files; not a page templates' folder, templates/config/)
    present = {e.name[:-3] for e in entries if e.name.endswith(".py")} | {d for e in entries if e.ext == "py" for d in e.path.split("/")[:-1]}
    wanted = listed - present
    out: dict[str, list] = {}
    sources = sorted((e for e in entries if e.ext == "py" and not is_test(e.path) and e.size <= MAX_BYTES), key=lambda e: (e.path.count("/"), e.path))
    for e in sources[:MAX_SOURCES]:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        for m in _IMPORT.finditer(text):
            for mod in ([n.strip().split()[0] for n in m.group(1).split(",") if n.strip()] if m.group(1) else [m.group(2)]):
                if mod in wanted and mod not in out:
                    out[mod] = [mod, [e.path, text.count("\n", 0, m.start()) + 1], set()]
                if mod in out and m.group(3):  # (from config import hd_path, aasqa)
                    out[mod][2] |= {n.strip().split()[0] for n in m.group(3).split(",") if n.strip() and n.strip() != "*"}
        for mod, row in out.items():
            if len(row[2]) < 8:
                row[2] |= set(re.findall(rf"(?<![\w.]){re.escape(mod)}\.([A-Za-z_]\w*)", text))
    # (a module whose values nothing reads, imported for its side effect, is none: Qt's compiled resources_rc, generated and ignored)
    return [[m, hit, sorted(names)[:8]] for m, hit, names in list(out.values()) if names][:5]

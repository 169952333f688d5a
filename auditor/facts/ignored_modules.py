"""Settings modules each installation writes: a Python module the project's code imports by its bare name (``import config``), that no
file of the repository provides and the root .gitignore lists (``config.py``, ``logins.*``). The file is kept out of git because it holds
one installation's values; a deployment elsewhere must write it, and only a committed example or the README can say what to put in it
(issue 12, s30 d30 = s27 o2 / s29 g29, an air-quality observatory's Django application importing ``config`` in eight modules)."""

from __future__ import annotations

import re
import sys

from auditor.facts.inventory import is_test

_IMPORT = re.compile(r"^[ \t]*(?:import[ \t]+([\w, \t]+?)|from[ \t]+(\w+)[ \t]+import[ \t]+\(?([\w, \t]+)\)?)[ \t]*(?:#.*)?\r?$", re.M)
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
    return _imported_absent(snap, entries, lambda mod: mod in listed)


# the words of a settings or credentials module's name, whole or between underscores (agol_creds, db_credentials, local_settings,
# parametres): the values of one installation, kept in a file its user writes
_SETTINGS_WORDS = frozenset({"creds", "cred", "credentials", "credential", "secret", "secrets", "password", "passwords", "passwd", "pwd",
                             "identifiants", "logins", "login", "settings", "setting", "config", "conf", "configuration", "parametres",
                             "parameters", "params", "param", "tokens", "token", "apikeys"})


def absent_settings_modules(snap, entries, readme_text: str | None, ignored: set[str]) -> list[list]:
    """``[module, [path, line], names]``, as :func:`ignored_modules`: each module imported by bare name that no file of the repository
    provides and git does not ignore (``ignored``: those it does), whose name is a settings or credentials module's
    (:data:`_SETTINGS_WORDS`: ``import agol_creds as creds`` … ``creds.user``, ``creds.password``), or whose file the README names
    (``logins.py``: "créez un fichier logins.py"), with the values the code reads from it: a file each user writes, with one
    installation's values (issue 12, s35 p35, an ArcGIS script importing agol_creds, no package). The standard library's modules
    (Python 3's ``secrets``) are none."""
    named = set(re.findall(r"(?<![\w.-])([A-Za-z_]\w*)\.py\b", readme_text or ""))

    def wanted(mod: str) -> bool:
        if mod in ignored or mod in _STDLIB:
            return False
        return bool(set(mod.lower().split("_")) & _SETTINGS_WORDS) or mod in named
    # (a module whose classes the code uses — param.Parameterized, param.String(…) — is a library's API, HoloViz's Param: a package to
    # install, no file of one installation's values; a settings module's values are read, config.hd_path, creds.PASSWORD; issue 12,
    # s40 fp40 = yougis/sudBoard)
    return [row[:3] for row in _imported_absent(snap, entries, wanted, api=True) if not row[3]][:5]


_STDLIB = frozenset(sys.stdlib_module_names)


_CLASS_NAME = re.compile(r"^[A-Z][a-z0-9]+[A-Za-z0-9]*$")


def _imported_absent(snap, entries, wanted, api: bool = False) -> list[list]:
    """The modules for which ``wanted(module)`` holds, imported by bare name by the project's Python code (not tests; the first
    :data:`MAX_SOURCES` files, shallowest first, :data:`MAX_BYTES` each) and absent from the repository, with the values read (and,
    when ``api``, a fourth item: whether the code reads a class name from it, Parameterized, String — a library's API)."""
    # (a module of that name anywhere, or a package: a folder holding Python files; not a page templates' folder, templates/config/)
    present = {e.name[:-3] for e in entries if e.name.endswith(".py")} | {d for e in entries if e.ext == "py" for d in e.path.split("/")[:-1]}
    out: dict[str, list] = {}
    tops: set[str] = set()  # (every module imported by bare name, present or not: flask beside flask_login)
    sources = sorted((e for e in entries if e.ext == "py" and not is_test(e.path) and e.size <= MAX_BYTES), key=lambda e: (e.path.count("/"), e.path))
    for e in sources[:MAX_SOURCES]:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        aliases: dict[str, str] = {}  # (import agol_creds as creds: the values are read as creds.user)
        for m in _IMPORT.finditer(text):
            for part in ([n.strip().split() for n in m.group(1).split(",") if n.strip()] if m.group(1) else [[m.group(2)]]):
                mod = part[0]
                tops.add(mod)
                if mod in present or not wanted(mod):
                    continue
                if mod not in out:
                    out[mod] = [mod, [e.path, text.count("\n", 0, m.start()) + 1], set()]
                if len(part) == 3 and part[1] == "as":
                    aliases[part[2]] = mod
                if m.group(3):  # (from config import hd_path, aasqa)
                    out[mod][2] |= {n.strip().split()[0] for n in m.group(3).split(",") if n.strip() and n.strip() != "*"}
        for mod, row in out.items():
            for name in [mod] + [a for a, t in aliases.items() if t == mod]:
                if len(row[2]) < 8:
                    row[2] |= set(re.findall(rf"(?<![\w.]){re.escape(name)}\.([A-Za-z_]\w*)", text))
    # (a module whose values nothing reads, imported for its side effect, is none: Qt's compiled resources_rc, generated and ignored)
    # (nor one named after a package the code imports too and the repository does not hold, then a word: flask_login beside
    # `from flask import request` is Flask-Login, that package's extension, installed with it; a module of the project's own,
    # app_config beside its app/, stays a settings module — issue 12, s48 fc48 = megalis-bretagne/superset)
    extension = {m for m in out if "_" in m and (head := m.split("_", 1)[0]) in tops and head not in present and len(head) >= 3}
    rows = [[m, hit, sorted(names)[:8]] + ([any(_CLASS_NAME.match(n) for n in names) or m in extension] if api else [])
            for m, hit, names in list(out.values()) if names]
    return rows if api else rows[:5]

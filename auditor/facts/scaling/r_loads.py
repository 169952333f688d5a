"""The ``r_loads`` fact: the R packages the project's own R code loads, read as text (never run).

An R script or Shiny application often declares its packages nowhere but where it loads them: ``library(sf)``,
``require("dplyr")``, ``pacman::p_load(sf, terra)``, or a vector of names loaded in a loop
(``pkgs <- c("sf", "rgdal"); lapply(pkgs, library, character.only = TRUE)``, ``for (p in pkgs) library(p, character.only = TRUE)``,
``pacman::p_load(char = pkgs)``). Comments are left out (``# library(rgdal)`` loads nothing). The end-of-life fact
compares these names with the retired CRAN packages of ``endoflife.yml`` (rgdal, rgeos, maptools: archived in October 2023).
"""

from __future__ import annotations

import re
from datetime import date

from auditor.facts import fact
from auditor.facts.scaling.common import project_files
from auditor.lazyre import lazy_compile

MAX_FILES = 300  # R files read, in path order
MAX_BYTES = 256 * 1024
MAX_PACKAGES = 200
MAX_VECTOR = 5000  # characters of a c(...) vector read

_NAME = r"[A-Za-z][A-Za-z0-9.]*[A-Za-z0-9]"
# library(sf), require("dplyr"), requireNamespace('terra', quietly = TRUE): not library(p, character.only = TRUE), a variable
_DIRECT = lazy_compile(r"""(?<![\w.$])(?:library|require|requireNamespace)\([^\S\n]*(["']?)(""" + _NAME + r""")\1[^\S\n]*([,)])""")
_P_LOAD = lazy_compile(r"""(?<![\w.$])p_load\(([^()\n]{0,1000})\)""")
# a vector of names loaded one by one: lapply(pkgs, library, character.only = TRUE), sapply(pkgs, require, …), for (p in pkgs)
# library(p, character.only = TRUE), p_load(char = pkgs)
_LOOP = lazy_compile(r"""(?<![\w.$])(?:lapply|sapply|vapply|walk)\([^\S\n]*(""" + _NAME + r""")[^\S\n]*,[^\S\n]*(?:library|require)\b"""
                     r"""|(?<![\w.$])for[^\S\n]*\([^\S\n]*\w+[^\S\n]+in[^\S\n]+(""" + _NAME + r""")[^\S\n]*\)[^\n]{0,200}?\b(?:library|require)\("""
                     r"""|(?<![\w.$])p_load\([^\S\n]*char[^\S\n]*=[^\S\n]*(""" + _NAME + r""")[^\S\n]*[,)]""")
_STRING = lazy_compile(r"""["'](""" + _NAME + r""")["']""")


def strip_comments(text: str) -> str:
    """``text`` with each line's comment (from a ``#`` outside a string) blanked, lines kept in place."""
    out = []
    for line in text.split("\n"):
        quote = None
        cut = len(line)
        for i, ch in enumerate(line):
            if quote:
                if ch == "\\":
                    continue
                if ch == quote and (i == 0 or line[i - 1] != "\\"):
                    quote = None
            elif ch in "\"'":
                quote = ch
            elif ch == "#":
                cut = i
                break
        out.append(line[:cut])
    return "\n".join(out)


def _vector(code: str, name: str) -> tuple[list[str], int] | None:
    """The names of ``name <- c("a", "b")`` (or ``=``) in ``code``, and where the vector starts; the last assignment before use."""
    found = None
    for m in re.finditer(r"(?<![\w.$])" + re.escape(name) + r"[^\S\n]*(?:<-|=)[^\S\n]*c\(", code):
        end = code.find(")", m.end(), m.end() + MAX_VECTOR)
        if end != -1:
            found = (_STRING.findall(code[m.end():end]), m.start())
    return found


def loads(text: str) -> list[tuple[str, int]]:
    """``(package, line)`` loaded by one R file's code, in order of appearance (a package once)."""
    code = strip_comments(text)
    hits: list[tuple[int, str]] = []
    for m in _DIRECT.finditer(code):
        if m.group(3) == "," and re.match(r"[^)\n]{0,200}character\.only\s*=\s*T", code[m.end():]):
            continue  # library(p, character.only = TRUE): p is a variable
        hits.append((m.start(), m.group(2)))
    for m in _P_LOAD.finditer(code):
        for arg in m.group(1).split(","):
            arg = arg.strip().strip("\"'")
            if re.fullmatch(_NAME, arg):
                hits.append((m.start(), arg))
    for m in _LOOP.finditer(code):
        name = m.group(1) or m.group(2) or m.group(3)
        vec = _vector(code[:m.start()], name)
        if vec:
            hits += [(vec[1], n) for n in vec[0]]
    seen: dict[str, int] = {}
    for pos, name in sorted(hits):
        seen.setdefault(name, code.count("\n", 0, pos) + 1)
    return sorted(seen.items(), key=lambda kv: (kv[1], kv[0]))


@fact("r_loads", version=1, public=False)
def r_loads(ctx) -> list:
    """``[[package, path, line]]``: each R package the project's own R code loads (tests left out), at its first load in path
    order; the first 300 R files, 256 KB each."""
    snap = ctx.snapshot
    paths = [e.path for e in project_files(ctx, tests=False) if e.path.lower().endswith((".r", ".rprofile"))][:MAX_FILES]
    out: dict[str, tuple[str, int]] = {}
    for p in paths:
        for name, line in loads(snap.read_text(p, limit=MAX_BYTES) or ""):
            out.setdefault(name, (p, line))
    return [[name, p, line] for name, (p, line) in sorted(out.items(), key=lambda kv: (kv[1], kv[0]))][:MAX_PACKAGES]


def retired_r_loads(loaded: list, unmaintained: list[dict], as_of: date, declared: set[str]) -> list[dict]:
    """The end-of-life fact's entries for the retired CRAN packages (``unmaintained`` entries of ecosystem ``r``) the code loads
    (``loaded``: this fact's value), retired on ``as_of`` and not already found in a DESCRIPTION or renv.lock (``declared``)."""
    retired = {u["name"]: u for u in unmaintained if u["ecosystem"] == "r"}
    out = []
    for name, path, line in loaded:
        u = retired.get(name)
        since = (u["since"] if isinstance(u["since"], date) else date.fromisoformat(str(u["since"]))) if u else None
        if u and name not in declared and since <= as_of:
            declared = declared | {name}
            out.append({"name": name, "since": since.isoformat(), "successor": u.get("successor"), "path": path, "line": line,
                        "source": u.get("source"), "ecosystem": "r"})
    return out

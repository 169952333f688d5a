"""README chapters that show how the project is used by what they list, not by a heading's word (the ``readme`` fact):
- a chapter headed as the application's views, screens or pages ("## Vues principales", "## Écrans", "## Main views") over a
  table of its routes and their role (``| Route | Rôle |``, rows ``| `/dashboard` | Vue globale |``): the web application's usage,
  as "## Routes" over a table of the API's routes already is (issue 12, s38 fh38 = RAYAN-DOB/Server-Supervision); a table of the
  repository's folders (``| Chemin | Rôle |`` under "## Structure du projet") is no such chapter;
- a chapter naming no section whose code runs one of the commands the project declares (pyproject's ``[project.scripts]``,
  setup.py's or setup.cfg's ``console_scripts``, package.json's ``"bin"``): "## Convert a PDF to images" over ``pdf-to-images
  document.pdf output-pages`` (issue 12, s38 fh38 = Zigazou/rouen-ocr); another tool's command (``pdftoppm``) is not the project's."""

from __future__ import annotations

from auditor import safejson
import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

# a heading naming the application's views: "Vues principales", "Les écrans", "Main views", "Pages de l'application", "Routes"
_VIEW_HEADING = lazy_compile(r"^(?:\d+ )*(?:les |the |main |principal(?:es?)? )?(?:vues?|views?|ecrans?|screens?|pages?|routes?)"
                             r"(?: (?:principales?|principaux|main|disponibles?|available|de l application|of the app(?:lication)?|"
                             r"du site|de l interface|of the interface)){0,2}$")
_TABLE_ROW = lazy_compile(r"^[^\S\n]*\|[^\n]{0,2000}\|[^\S\n]*$")
_ROUTE_HEAD = frozenset({"route", "routes", "url", "urls", "page", "pages", "vue", "view", "ecran", "screen", "chemin", "path", "uri", "adresse"})
_PATH_CELL = lazy_compile(r"^/[\w\[\]{}:.-]{0,80}(?:/[\w\[\]{}:.-]{1,80}){0,8}/?$")
MIN_VIEW_ROWS = 2


def _cells(row: str) -> list[str]:
    return [c.strip().strip("`*_ ") for c in row.strip().strip("|").split("|")]


def view_table(heading: str, body: str) -> bool:
    """``heading`` (normalized) names the application's views, screens or pages and ``body`` holds a table whose header has a route
    (page, URL) column and two or more rows whose cell in it is a path (``/dashboard``, ``/sites/[id]``)."""
    if not _VIEW_HEADING.match(heading):
        return False
    rows = [ln for ln in body[:50000].splitlines()[:2000] if _TABLE_ROW.match(ln)]
    for k, row in enumerate(rows):
        head = [norm(c) for c in _cells(row)]
        col = next((j for j, c in enumerate(head) if c in _ROUTE_HEAD), None)
        if col is None or len(head) < 2:
            continue
        paths = [cells[col] for nxt in rows[k + 1:k + 60] if len(cells := _cells(nxt)) > col]
        if sum(1 for p in paths if _PATH_CELL.match(p)) >= MIN_VIEW_ROWS:
            return True
    return False


# a console script: pyproject's [project.scripts] / [tool.poetry.scripts] "name = "module:func"", setup.cfg's "name = module:func",
# setup.py's "name=module:func" in console_scripts
_SCRIPT_LINE = lazy_compile(r"""^[^\S\n]*["']?([A-Za-z][\w.-]{0,60})["']?[^\S\n]*=[^\S\n]*["']?[\w.]+:\w+""", re.M)
_SCRIPTS_TABLE = lazy_compile(r"^\[(?:project\.scripts|tool\.poetry\.scripts)\][^\S\n]*$")
MAX_MANIFEST = 64 * 1024


def _pyproject_scripts(text: str) -> set[str]:
    out, inside = set(), False
    for ln in text[:MAX_MANIFEST].splitlines()[:3000]:
        if ln.startswith("["):
            inside = bool(_SCRIPTS_TABLE.match(ln))
        elif inside and (m := _SCRIPT_LINE.match(ln)):
            out.add(m.group(1).lower())
    return out


def _package_bins(text: str) -> set[str]:
    try:
        doc = safejson.loads(text[:MAX_MANIFEST * 4])
    except ValueError:
        return set()
    if not isinstance(doc, dict):
        return set()
    bins, name = doc.get("bin"), doc.get("name")
    if isinstance(bins, str) and isinstance(name, str):
        return {name.rsplit("/", 1)[-1].lower()}  # ("bin": "./cli.js": the command is the package's name, without its scope)
    return {k.lower() for k in bins if isinstance(k, str)} if isinstance(bins, dict) else set()


def declared_commands(snapshot) -> list[str]:
    """The commands the project's root manifests declare (sorted, at most 50)."""
    files, out = snapshot.files, set()
    if "pyproject.toml" in files:
        out |= _pyproject_scripts(snapshot.read_text("pyproject.toml", limit=MAX_MANIFEST) or "")
    for name in ("setup.cfg", "setup.py"):
        text = (snapshot.read_text(name, limit=MAX_MANIFEST) or "") if name in files else ""
        if "console_scripts" in text:
            out |= {m.lower() for m in _SCRIPT_LINE.findall(text[text.index("console_scripts"):])}
    if "package.json" in files:
        out |= _package_bins(snapshot.read_text("package.json", limit=MAX_MANIFEST * 4) or "")
    return sorted(c for c in out if len(c) >= 2)[:50]


_FENCE = lazy_compile(r"^[^\S\n]{0,3}(?:```|~~~)")
_RUN = lazy_compile(r"^[^\S\n]*(?:\$[^\S\n]+)?([A-Za-z][\w.-]{0,60})(?:[^\S\n]|$)")


def runs_declared(own: str, commands) -> bool:
    """The chapter's own code (fenced or indented lines) runs one of the project's declared ``commands``."""
    names, fenced = set(commands or ()), False
    if not names:
        return False
    for ln in own[:20000].splitlines()[:500]:
        if _FENCE.match(ln):
            fenced = not fenced
            continue
        if (fenced or ln.startswith(("    ", "\t"))) and (m := _RUN.match(ln)) and m.group(1).lower() in names:
            return True
    return False

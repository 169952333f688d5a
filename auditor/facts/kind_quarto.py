"""Site projects of literate documents: a Quarto project whose ``_quarto.yml`` (or ``_quarto.yaml``) declares
``project: type: website`` or ``type: book``, a bookdown book (``_bookdown.yml``) or an R Markdown site (``_site.yml``).

Such a project renders its ``.qmd``/``.Rmd``/``.ipynb`` documents into the pages of one website or book (a documentation
site, a guide): those documents are its pages, not notebooks of an analysis. A Quarto project of another type (``default``,
``manuscript``) or with no project file stays a set of documents rendered one by one (an analysis).

Bounded: the project files at the root or one folder down, at most :data:`MAX_CONFIGS` read, :data:`CONFIG_BYTES` each,
in path order; an unreadable or malformed file declares nothing.
"""

from __future__ import annotations

from auditor import safeyaml

MAX_CONFIGS = 10
CONFIG_BYTES = 64 * 1024
QUARTO_FILES = ("_quarto.yml", "_quarto.yaml")
# (bookdown's and R Markdown's site files declare a book or a website by their very name)
SITE_FILES = ("_bookdown.yml", "_site.yml")
SITE_TYPES = ("website", "book")


def _declares_site(snap, path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    if name in SITE_FILES:
        return True
    try:
        data = safeyaml.load(snap.read_text(path, limit=CONFIG_BYTES) or "") or {}
    except Exception:  # noqa: BLE001 - an unreadable project file declares nothing
        return False
    project = data.get("project") if isinstance(data, dict) else None
    return isinstance(project, dict) and str(project.get("type") or "").strip().lower() in SITE_TYPES


def site_projects(snap, paths: list[str]) -> list[str]:
    """The project files (root or one folder down, sorted) declaring a website or a book of rendered documents."""
    configs = sorted(p for p in paths if p.count("/") <= 1 and p.rsplit("/", 1)[-1] in QUARTO_FILES + SITE_FILES)[:MAX_CONFIGS]
    return [p for p in configs if _declares_site(snap, p)]


def site_pages(documents: list[str], projects: list[str]) -> set[str]:
    """Those documents lying in the folder of one of those site projects: pages of that site."""
    folders = tuple(p.rsplit("/", 1)[0] + "/" if "/" in p else "" for p in projects)
    return {d for d in documents if any(d.startswith(f) for f in folders)} if folders else set()

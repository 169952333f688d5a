"""Python requirements files beside each other: one that a locked file includes (``-r requirements-common.in``) is locked by the
same lockfile; one in a maintenance-scripts folder (scripts/export_sql/requirements.txt beside a QGIS plugin) is tooling, not
the project's runtime. Used by the ``manifests`` and ``files`` facts."""

from __future__ import annotations

import re

from auditor.facts.inventory import REQUIREMENTS
from auditor.lazyre import lazy_compile

# Folders of maintenance scripts beside a project (an export script's requirements are not the plugin's runtime).
SCRIPT_DIRS = {"scripts", "script", "tools", "tool", "bin", "dev", "devtools", "maintenance", "utils", "utilities", "ci", ".github", ".gitlab"}


def script_folder(path: str) -> str | None:
    """The maintenance-scripts folder holding a manifest (``scripts`` for scripts/export_sql/requirements.txt), or None."""
    segs = path.split("/")[:-1]
    for i, seg in enumerate(segs):
        if seg.lower() in SCRIPT_DIRS:
            return "/".join(segs[: i + 1])
    return None


# the documentation generators, their themes and extensions: a requirements file naming only them (a Sphinx manual's root
# requirements.txt, "Sphinx" and "sphinx_rtd_theme", for Read the Docs) installs what builds the documentation, not a runtime
_DOC_BUILD = lazy_compile(r"^(?:sphinx|mkdocs|myst[-_.]|recommonmark$|docutils$|furo$|breathe$|nbsphinx$|jupyter[-_.]book$|"
                          r"pydata[-_.]sphinx|readthedocs[-_.]sphinx)", re.I)


def docs_build_only(names) -> bool:
    """Every requirement named is a documentation generator or one of its themes or extensions."""
    return bool(names) and all(_DOC_BUILD.match(n) for n in names)


# Packages a project installs only as what its requirements require (requests' certifi, idna, urllib3; Django's asgiref and sqlparse;
# flake8's pyflakes, pycodestyle, mccabe; Celery's kombu, amqp, billiard, vine): pinned in a list, they show that ``pip freeze`` wrote it,
# every installed package pinned, not a hand-written list of the project's own requirements (dependency trees of PyPI, 2026-12)
TRANSITIVE_ONLY = frozenset({"certifi", "idna", "urllib3", "charset-normalizer", "chardet", "asgiref", "sqlparse", "pycparser",
                             "markupsafe", "typing-extensions", "tzdata", "zipp", "importlib-metadata", "sniffio", "h11", "pluggy",
                             "iniconfig", "pyflakes", "pycodestyle", "mccabe", "platformdirs", "pathspec", "mypy-extensions", "vine",
                             "amqp", "billiard", "kombu", "greenlet", "soupsieve", "wrapt", "exceptiongroup", "tomli", "six"})
_PIN_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def fully_pinned(text: str) -> bool:
    """A requirements file that pins every installed package, the dependencies of dependencies too (``pip freeze``, pip-compile's
    output with its "# via" lines) is a lock of its own: the one rule of the ``manifests`` fact (the manifest's lockfile) and of
    ``files.lockfiles``. A hand-written list of the project's own requirements, however pinned (django==5.0.6), is none."""
    reqs = [ln for ln in text.splitlines() if ln.strip() and not ln.strip().startswith(("#", "-"))]
    if not reqs or not all("==" in ln or "@" in ln for ln in reqs):
        return False
    names = {m.group(1).lower().replace("_", "-").replace(".", "-") for m in map(_PIN_NAME.match, reqs) if m}
    return "# via " in text or len(names & TRANSITIVE_ONLY) >= 2 or closed_pins(names)


# What a package always requires, whatever its version (its install_requires, from the packages' metadata on PyPI, 2026-12): a
# freeze pins them beside it; a hand-written list names the framework, maybe one dependency it had to hold back, not them all
DEPENDS_ON: dict[str, tuple[str, ...]] = {
    "flask": ("werkzeug", "jinja2", "itsdangerous", "click"), "jinja2": ("markupsafe",), "mako": ("markupsafe",),
    "flask-sqlalchemy": ("flask", "sqlalchemy"), "flask-mail": ("flask", "blinker"), "flask-wtf": ("flask", "wtforms"),
    "flask-login": ("flask",), "flask-cors": ("flask",), "flask-migrate": ("flask", "alembic"), "alembic": ("sqlalchemy", "mako"),
    "geoalchemy2": ("sqlalchemy",), "requests": ("certifi", "idna", "urllib3"), "python-dateutil": ("six",),
    "pandas": ("numpy", "python-dateutil"), "geopandas": ("pandas", "shapely", "pyproj"), "matplotlib": ("numpy", "cycler", "kiwisolver", "pyparsing", "python-dateutil"),
    "fastapi": ("starlette", "pydantic"), "uvicorn": ("click", "h11"), "celery": ("kombu", "billiard", "vine"), "kombu": ("amqp", "vine"),
    "fiona": ("click", "cligj", "click-plugins"), "rasterio": ("affine", "click", "cligj", "snuggs", "click-plugins"), "dash": ("flask", "plotly"),
    "djangorestframework": ("django",), "django-filter": ("django",), "django-cors-headers": ("django",), "cffi": ("pycparser",),
    "bcrypt": ("cffi",), "cryptography": ("cffi",), "beautifulsoup4": ("soupsieve",), "pytest": ("pluggy", "iniconfig"),
    "flake8": ("pyflakes", "pycodestyle", "mccabe"), "openpyxl": ("et-xmlfile",), "jsonschema": ("attrs",),
}
# a closed list counts when it pins this many of its packages' dependencies
MIN_CLOSED_DEPENDENCIES = 3


def closed_pins(names: set[str]) -> bool:
    """Every pinned package whose requirements are known (:data:`DEPENDS_ON`) has them pinned too, and three of them or more are
    there: the closure pip freeze writes (a Flask app's Flask, Werkzeug, Jinja2, MarkupSafe, itsdangerous, click, blinker, issue 12,
    s36 g36 = PnCevennes/porteconnaissance_pq), not a hand list (Flask==1.1.4 with MarkupSafe==2.0.1 held back: Werkzeug, Jinja2 missing)."""
    known = [n for n in sorted(names) if n in DEPENDS_ON]
    required = {d for n in known for d in DEPENDS_ON[n]}
    return bool(known) and required <= names and len(required) >= MIN_CLOSED_DEPENDENCIES


# pip-compile's or uv's output ("# This file is autogenerated by pip-compile with Python 3.13", "# This file was autogenerated by
# uv via the following command"): every version pinned from the requirements.in, the project's lockfile (the first 20 by path, 512 KB each)
_COMPILED_HEAD = lazy_compile(r"^#\s*This file (?:is|was) autogenerated by (?:pip-compile|uv)\b", re.M | re.I)
MAX_COMPILED = 20
# a requirements/ folder's files (requirements/base.txt compiled from requirements/base.in): requirements files, as the manifests
# fact reads them; and pip-compile's output named with the ".pip" extension (`pip-compile --output-file=requirements/install.pip
# requirements/install.in`, a udata plugin's convention)
_IN_REQUIREMENTS_DIR = lazy_compile(r"(^|/)requirements/[^/]+\.(?:txt|pip)$", re.I)
_PIP_REQUIREMENTS = lazy_compile(r"^requirements(?:[-_.][\w.-]*)?\.pip$", re.I)
# a requirements file of the family named with a prefix (devrequirements.txt, dev-requirements.txt, test_requirements.txt): a lock
# when it is one by the same rule (pip-compile's header, or every requirement pinned by a freeze)
_PREFIXED_REQUIREMENTS = lazy_compile(r"^[\w.-]*requirements[\w.-]*\.txt$", re.I)


def compiled_requirements(snap, live: list) -> list[str]:
    """The requirements files that pip-compile or uv wrote (their first comment says so), or that pin every requirement
    (a ``pip freeze``): the ``manifests`` fact's own rule (requirement_files.fully_pinned), so the report says one thing."""
    paths = sorted(e.path for e in live if (REQUIREMENTS.match(e.name) or _PIP_REQUIREMENTS.match(e.name) or _PREFIXED_REQUIREMENTS.match(e.name)
                                        or _IN_REQUIREMENTS_DIR.search(e.path))
                   and e.name.lower().endswith((".txt", ".pip")))[:MAX_COMPILED]
    texts = {p: snap.read_text(p, 512 * 1024) or "" for p in paths}
    return [p for p in paths if _COMPILED_HEAD.search(texts[p][:2048]) or fully_pinned(texts[p])]


_INCLUDE = re.compile(r"^[^\S\n]*(?:-r|--requirement|-c|--constraint)[\s=]+(\S+)", re.M)


def lock_included_requirements(snap, entries: list[dict], max_bytes: int) -> None:
    """A requirements file that a locked one includes (requirements.in: -r requirements-common.in, compiled into
    requirements.txt by pip-compile) is locked by the same lockfile."""
    by_path = {m["path"]: m for m in entries}
    for m in entries:
        if m["ecosystem"] != "pip" or not m["lockfile"] or m["lockfile"] == m["path"]:
            continue
        base = m["path"].rsplit("/", 1)[0] + "/" if "/" in m["path"] else ""
        for inc in _INCLUDE.findall(snap.read_text(m["path"], limit=max_bytes) or ""):
            other = by_path.get(base + inc.lstrip("./"))
            if other is not None and not other["lockfile"]:
                other["lockfile"] = m["lockfile"]


def mark_script_requirements(entries: list[dict], python_files: list[str]) -> None:
    """A Python requirements file in a maintenance-scripts folder is tooling when the project's own Python code lives
    outside that folder (a QGIS plugin beside scripts/export_sql/requirements.txt); alone, those scripts are the project."""
    for m in entries:
        folder = script_folder(m["path"]) if m["ecosystem"] in ("pip", "python", "pipenv", "conda") and not m.get("tooling") else None
        if folder and any(not p.startswith(folder + "/") for p in python_files):
            m["dependencies"], m["dev_dependencies"] = [], m["dependencies"] + m["dev_dependencies"]
            m["tooling"] = True


# conda-lock's unified lockfile names, under metadata.sources, the files it was solved from (paths from the lock's folder)
_CONDA_SOURCES = re.compile(r"^  sources:\n((?:  - .+\n)+)", re.M)


def conda_lock_sources(snap, entries: list[dict]) -> None:
    """A manifest that a conda-lock.yml does not name among its sources is not locked by it (a documentation build's
    doc/environment.yml beside a root lock solved from environment.yml); a lock that names none keeps the folder rule."""
    for m in entries:
        lock = m["lockfile"] or ""
        if lock.rsplit("/", 1)[-1] != "conda-lock.yml":
            continue
        found = _CONDA_SOURCES.search((snap.read_text(lock) or "")[:16 * 1024])  # (read whole: a lock is often 100 KB and more)
        if not found:
            continue
        base = lock.rsplit("/", 1)[0] + "/" if "/" in lock else ""
        named = {base + s.strip()[2:].strip().strip("'\"").removeprefix("./") for s in found.group(1).splitlines()}
        if m["path"] not in named:
            m["lockfile"] = None


# A front end's files named by their path or address (libs/jquery/jquery-3.2.1.min.js, https://cdnjs…/Chart.min.js): what a page
# loads, never a pip requirement (pip installs distributions: names, archives, wheels, project folders)
WEB_FILE_EXT = frozenset({"js", "mjs", "css", "scss", "less", "map", "html", "htm", "svg", "png", "gif", "woff", "woff2", "ttf", "eot"})


def lists_web_files(text: str) -> bool:
    """A file named as pip's requirements that lists a web page's files instead (the JavaScript and CSS libraries a PHP application
    loads, one path or address a line): no Python dependency, no manifest any tool reads."""
    lines = [ln.strip() for ln in text.splitlines()[:2000] if ln.strip() and not ln.lstrip().startswith("#")]
    return bool(lines) and all("/" in ln and " " not in ln and ln.rsplit(".", 1)[-1].lower() in WEB_FILE_EXT for ln in lines)


def web_file_list(snap, path: str, max_bytes: int) -> bool:
    """``lists_web_files`` of a requirements file of the snapshot (False for any other file, unread)."""
    return bool(REQUIREMENTS.match(path.rsplit("/", 1)[-1])) and lists_web_files(snap.read_text(path, limit=max_bytes) or "")


def runtime_manifests(manifests: list[dict]) -> list[dict]:
    """The manifests (the ``manifests`` fact's entries) declaring what the product runs on: neither empty nor only development tools
    (a Sphinx manual's requirements.txt, tests' and linters' lists: ``tooling``). The one rule of reusability.dependencies ("no
    runtime dependency to lock or keep up to date") and maintenance.dependency-updates ("nothing to update")."""
    return [m for m in manifests if (m["dependencies"] or m["dev_dependencies"]) and not m.get("tooling")]


def no_runtime_reason(manifests: list[dict]) -> tuple[str, str]:
    """Why the manifests declare no runtime dependency, French and English: "composer.json: no dependency declared;
    requirements-doc.txt: development tools only" (each group at most 6 paths)."""
    empty, tools = (", ".join(m["path"] for m in manifests[:6] if bool(m.get("tooling")) is t) for t in (False, True))
    fr = [f"{empty} : aucune dépendance déclarée"] * bool(empty) + [f"{tools} : outils de développement seulement"] * bool(tools)
    en = [f"{empty}: no dependency declared"] * bool(empty) + [f"{tools}: development tools only"] * bool(tools)
    return " ; ".join(fr), "; ".join(en)

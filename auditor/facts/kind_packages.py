"""What else a repository's files say about its kind (session 15's readers): a package others install by its own package
manager (a Bower package whose ``main`` names the stylesheet of a UI theme, an R package described by its DESCRIPTION), data
processing scripts (Python scripts reading and writing tables with pandas, no package of their own), a PHP script answering the
pages' requests with JSON (the back end of an application whose front end is static files), a SPIP site's templates
(squelettes), and folders of retired code (``old/``, ``archive/``) that say nothing of what the project is now."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts.r_scaffold import r_scaffolding
from auditor.lazyre import lazy_compile

# Folders of retired code, at the root or one folder down: what the project used to be (a dashboard kept in old/ beside the
# data-processing scripts that replaced it)
RETIRED_DIRS = frozenset({"old", "legacy", "archive", "archives", "deprecated", "obsolete", "ancien", "anciens", "old_scripts", "attic", "unused"})


def retired(path: str) -> bool:
    """A file of a retired-code folder at the root or one folder down (``old/``, ``archive/``, ``src/legacy/``)."""
    return any(s.lower() in RETIRED_DIRS for s in path.split("/")[:-1][:2])


def root_json(ctx, name: str, limit: int = 64 * 1024):
    """The parsed JSON of the root file ``name`` (a manifest of at most ``limit`` bytes), or None: absent, larger or unreadable."""
    files = ctx.snapshot.files
    if name not in files or files[name].size > limit:
        return None
    try:
        return safejson.loads(ctx.snapshot.read_text(name, limit=limit) or "")
    except ValueError:
        return None


def bower_package(ctx) -> tuple[str, str] | None:
    """("bower.json", its first main file) when the root bower.json names the package and its ``main`` names files of the
    repository (a UI theme's css/main.css): a front-end package others install with Bower and link, whatever demonstration
    page (index.html) it ships. An application's bower.json lists its libraries and names no main file of its own."""
    from auditor.facts.inventory import inventory_of

    files = ctx.snapshot.files
    if inventory_of(ctx).category("bower.json") == "vendored":
        return None  # (a UI template's, copied with it: AdminLTE's bower.json over the application built inside it, ui_templates)
    doc = root_json(ctx, "bower.json")
    if not isinstance(doc, dict) or not isinstance(doc.get("name"), str) or not doc["name"].strip():
        return None
    main = doc.get("main")
    mains = [main] if isinstance(main, str) else [m for m in main if isinstance(m, str)][:20] if isinstance(main, list) else []
    present = [m for m in (re.sub(r"^\./", "", m) for m in mains) if m in files]
    return ("bower.json", present[0]) if present else None


_R_PACKAGE = lazy_compile(r"^Package:[ \t]*[A-Za-z][\w.]*[ \t\r]*$", re.M)  # (a DESCRIPTION written on Windows ends its lines in CRLF)
_GOLEM = lazy_compile(r"\b(?:golem|rhino)\b")


def r_package(ctx) -> str | None:
    """The path of the DESCRIPTION when the repository is an R package: a DESCRIPTION naming the package (``Package: disaggR``) beside its
    NAMESPACE or its R/ folder, at the root or in the one folder that holds the whole project (packagempeb/DESCRIPTION, the root
    holding only .gitattributes: the same package as at the root). Its Shiny functions, vignettes and R Markdown reports are parts
    of the package. A Shiny application packaged as an R package (golem's R/app_server.R and inst/golem-config.yml, ``golem``
    among its imports) is that application, not a library."""
    top = r_package_top(ctx)
    if top is None or golem_app(ctx, top) is not None:
        return None
    return top + "DESCRIPTION" if not _GOLEM.search(ctx.snapshot.read_text(top + "DESCRIPTION", limit=64 * 1024) or "") else None


def r_package_top(ctx) -> str | None:
    """The folder ("" at the root, "packagempeb/") of an R package's layout, a DESCRIPTION naming the package beside its NAMESPACE
    or its R/ folder, whether a library or a Shiny application packaged by golem; None when the repository is no R package."""
    from auditor.facts.files import project_folder_readme

    files = ctx.snapshot.files
    top = ""
    if "DESCRIPTION" not in files and "/" in (readme := project_folder_readme(ctx.snapshot) or ""):
        top = readme.rsplit("/", 1)[0] + "/"
    if top + "DESCRIPTION" not in files or not (top + "NAMESPACE" in files or any(p.startswith(top + "R/") and p.lower().endswith(".r") for p in files)):
        return None
    text = ctx.snapshot.read_text(top + "DESCRIPTION", limit=64 * 1024) or ""
    if r_scaffolding(files, top, text):
        return None  # RStudio's or usethis's DESCRIPTION left unfilled with no R/ code: a project's scaffolding, its scripts decide
    return top if _R_PACKAGE.search(text) else None


_GOLEM_FILES = ("R/app_server.R", "R/app_ui.R", "R/run_app.R", "inst/golem-config.yml")
# golem's untouched template: a server function with no statement, an interface showing only the package's name as a title
# (or, in newer golem templates, its welcome page: fluidPage(golem::golem_welcome_page()), "Remove this line to start building your UI")
_R_COMMENT = lazy_compile(r"#[^\n]*")
_EMPTY_SERVER = lazy_compile(r"\bapp_server\s*<-\s*function\s*\([^)]*\)\s*\{\s*\}")
_TITLE_ONLY_UI = lazy_compile(r"\bfluidPage\s*\(\s*(?:h1\s*\(\s*(?:\"[^\"]*\"|'[^']*')\s*\)|(?:golem::)?golem_welcome_page\s*\(\s*\))\s*\)")


def golem_app(ctx, top: str) -> list[str] | None:
    """The files of the Shiny application an R package holds in golem's layout (R/app_ui.R, R/app_server.R, inst/golem-config.yml):
    its interface and server when written, [] when they are still golem's template (``fluidPage(h1("congestion"))`` and an empty
    ``app_server``: the package was made with golem, its work is elsewhere); None when the package is no golem application."""
    files = ctx.snapshot.files
    if not {top + p for p in _GOLEM_FILES} & set(files):
        return None
    ui, server = (top + "R/app_ui.R", top + "R/app_server.R")
    text = {p: _R_COMMENT.sub("", ctx.snapshot.read_text(p, limit=256 * 1024) or "") for p in (ui, server) if p in files}
    if len(text) == 2 and _EMPTY_SERVER.search(text[server]) and _TITLE_ONLY_UI.search(text[ui]):
        return []
    return sorted(text) or [p for p in (top + f for f in _GOLEM_FILES) if p in files][:1]


# The record rsconnect keeps of a document deployed to a Posit Connect server, beside the document: rsconnect/documents/<file>/<server>/…
_DEPLOYED_DOCUMENT = lazy_compile(r"(?:^|/)rsconnect/documents/([^/]+)/")


def deployed_documents(paths) -> set[str]:
    """The R Markdown or Quarto documents (paths) that rsconnect deployed as documents to a Connect server (the report
    vignettes/resultats_analyse_congestion.Rmd beside vignettes/rsconnect/documents/resultats_analyse_congestion.Rmd/…): published
    reports, whatever folder of a package holds them."""
    out = set()
    for p in paths:
        if (m := _DEPLOYED_DOCUMENT.search(p)):
            out.add(p[: m.start()] + ("/" if m.start() else "") + m.group(1))
    return out


# Python libraries for reading, transforming and charting tables and geodata
DATA_LIBRARIES = ("pandas", "geopandas", "polars", "numpy", "matplotlib", "seaborn", "scipy", "statsmodels", "sklearn", "plotly",
                  "pyproj", "shapely", "rasterio", "fiona", "duckdb", "openpyxl", "xlrd", "pyarrow")
_DATA_IMPORT = lazy_compile(r"^[ \t]*(?:from|import)[ \t]+(" + "|".join(DATA_LIBRARIES) + r")\b", re.M)


def data_scripts(ctx, paths: list[str]) -> tuple[list[str], list[str]]:
    """(scripts, libraries): the Python scripts among ``paths`` (the project's own, not tests) importing a data library
    (pandas, geopandas, numpy, matplotlib…), when they are at least half of those scripts and none is part of a package (no
    ``__init__.py``): a data-processing or analysis project made of scripts. At most 60 scripts read, 64 KB each."""
    py = sorted(p for p in paths if p.endswith(".py"))
    if not py or any(p.rsplit("/", 1)[-1] == "__init__.py" for p in py):
        return [], []
    found: set[str] = set()
    hits = []
    for p in py[:60]:
        libs = {m.group(1) for m in _DATA_IMPORT.finditer(ctx.snapshot.read_text(p, limit=64 * 1024) or "")}
        if libs:
            found |= libs
            hits.append(p)
    return (hits, sorted(found)) if len(hits) * 2 >= min(len(py), 60) else ([], [])


_PHP_INPUT = lazy_compile(r"\$_(?:GET|POST|REQUEST)\b|php://input")
_PHP_JSON_OUT = lazy_compile(r"\becho\s+json_encode\s*\(|\bprint\s*\(?\s*json_encode\s*\(|\bexit\s*\(\s*json_encode\s*\(|\bdie\s*\(\s*json_encode\s*\(")


def php_json_backend(ctx, php: list[str]) -> list[str]:
    """The PHP scripts (the first 60 in path order, 64 KB each) that read a request's parameters and answer it with JSON they
    build (``echo json_encode($response)``): the back end of an application whose pages call it. A proxy relaying another
    server's answer (``echo file_get_contents($url)``) builds no JSON of its own."""
    return [p for p in sorted(php)[:60] if _PHP_INPUT.search(text := ctx.snapshot.read_text(p, limit=64 * 1024) or "") and _PHP_JSON_OUT.search(text)]


# SPIP's template language in an .html squelette: a loop (<BOUCLE_ev(EVENEMENTS)>), an inclusion (<INCLURE{fond=…}>,
# #INCLURE{…}), a tag with filters ([(#TITRE|textebrut)]), a header the server sends (#HTTP_HEADER{…}), #CACHE{…}
SPIP_TEMPLATE = lazy_compile(r"<BOUCLE_?\w*\s*\(|<INCLURE\s*\{|#INCLURE\s*\{|\[\(#[A-Z][A-Z_]*[|)*]|#HTTP_HEADER\s*\{|#CACHE\s*\{")


def spip_squelettes(ctx, pages: list[str]) -> list[str]:
    """The .html pages (the first 60 in path order, 16 KB each) written in SPIP's template language: the squelettes a SPIP
    site's server renders, no static page."""
    return [p for p in sorted(pages)[:60] if SPIP_TEMPLATE.search(ctx.snapshot.read_text(p, limit=16 * 1024) or "")]


# a Python package's folder at the root or in src/ (name/__init__.py): what a build backend would package
_PY_PACKAGE = lazy_compile(r"^(?:src/)?[A-Za-z_][\w]*/__init__\.py$")


def unpackaged_pyproject(ctx, manifest: dict) -> bool:
    """A root pyproject.toml that only lists the dependencies of scripts: a [project] table with no [build-system] (uv and
    PEP 517 front ends build nothing without one: https://docs.astral.sh/uv/concepts/projects/config/#build-systems, read
    2026-12-07), no setup.py or setup.cfg beside it, no Poetry table (Poetry packages unless ``package-mode = false``), no
    ``tool.uv.package = true``, and no package folder (name/__init__.py at the root or in src/): nothing is built or installed
    for others to import — a data pipeline's ``uv run src/filter.py`` (issue 12, s40 ff40)."""
    files = ctx.snapshot.files
    if manifest.get("path") != "pyproject.toml" or "pyproject.toml" not in files or files["pyproject.toml"].size > 256 * 1024:
        return False
    if {"setup.py", "setup.cfg"} & set(files) or any(_PY_PACKAGE.match(p) for p in files):
        return False
    try:
        data = safejson.toml_loads(ctx.snapshot.read_text("pyproject.toml", limit=256 * 1024) or "")
    except ValueError:
        return False
    tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
    poetry = tool.get("poetry") if isinstance(tool.get("poetry"), dict) else None
    uv = tool.get("uv") if isinstance(tool.get("uv"), dict) else {}
    return isinstance(data.get("project"), dict) and "build-system" not in data and (poetry is None or poetry.get("package-mode") is False) \
        and uv.get("package") is not True


def built_python_package(ctx, images: list[str]) -> list[str]:
    """The root pyproject.toml and the package folders its build backend packages (``[build-system] build-backend``, and Poetry's
    ``packages = [{ include = "name" }]``, setuptools' ``packages`` or the [project]/Poetry name) when those folders exist with an
    ``__init__.py`` at the root or in src/: a Python package built for others to install and import, a library whatever number of
    notebooks sits beside it (its examples and analyses — issue 12, s40 fo40). [] otherwise (a pyproject of dependencies only), or
    when one of the repository's container images ``images`` runs a package folder as its command (a packaged program)."""
    files = ctx.snapshot.files
    if "pyproject.toml" not in files or files["pyproject.toml"].size > 256 * 1024:
        return []
    try:
        data = safejson.toml_loads(ctx.snapshot.read_text("pyproject.toml", limit=256 * 1024) or "")
    except ValueError:
        return []
    build = data.get("build-system")
    if not isinstance(build, dict) or not isinstance(build.get("build-backend"), str) or not build["build-backend"].strip():
        return []
    tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
    poetry = tool.get("poetry") if isinstance(tool.get("poetry"), dict) else {}
    setuptools = tool.get("setuptools") if isinstance(tool.get("setuptools"), dict) else {}
    project = data.get("project") if isinstance(data.get("project"), dict) else {}
    names = [i.get("include") for i in (poetry.get("packages") or [])[:20] if isinstance(i, dict)]
    names += [n for n in (setuptools.get("packages") or [])[:20]] if isinstance(setuptools.get("packages"), list) else []
    names += [project.get("name"), poetry.get("name")]
    found = []
    for name in names:
        folder = name.strip().replace("-", "_").replace(".", "_") if isinstance(name, str) else ""
        init = next((p for p in (f"{folder}/__init__.py", f"src/{folder}/__init__.py") if folder and p in files), None)
        if init and init not in found:
            found.append(init)
    commands = " ".join(c.group(0) for p in sorted(images)[:5] for c in _IMAGE_COMMAND.finditer(ctx.snapshot.read_text(p, limit=64 * 1024) or ""))
    if any(re.search(rf"(?<![\w.-]){re.escape(i.split('/')[-2])}(?![\w-])", commands.replace("-", "_")) for i in found):
        return []
    return ["pyproject.toml"] + found if found else []


_IMAGE_COMMAND = lazy_compile(r"^[^\S\n]*(?:CMD|ENTRYPOINT)\b[^\n]*", re.I | re.M)


def importable_package(ctx, named: list[dict], images: list[str]) -> str | None:
    """The root Python manifest naming a package that is importable by that name (``cartiflette/__init__.py`` or
    ``src/cartiflette/__init__.py`` beside ``name = "cartiflette"``), when no container image of the repository runs that
    package as its command (``CMD ["python", "-m", "cartiflette"]``): a library, whatever image the repository also builds
    for its tests or its pipeline. None otherwise."""
    files = ctx.snapshot.files
    for m in named:
        if m.get("ecosystem") not in ("python", "pip") or "/" in m["path"] or not isinstance(m.get("name"), str):
            continue
        folder = m["name"].strip().lower().replace("-", "_").replace(".", "_")
        if not folder or not ({f"{folder}/__init__.py", f"src/{folder}/__init__.py"} & set(files)):
            continue
        commands = " ".join(c.group(0) for p in sorted(images)[:5] for c in _IMAGE_COMMAND.finditer(ctx.snapshot.read_text(p, limit=64 * 1024) or ""))
        if not re.search(rf"(?<![\w.-]){re.escape(folder)}(?![\w-])", commands.replace("-", "_")):
            return m["path"]
    return None


# a console script a Python package declares: setup.py's "name=module:func" in console_scripts, setup.cfg's "name = module:func",
# pyproject's [project.scripts] name = "module:func"
_CONSOLE_SCRIPT = lazy_compile(r"""^[^\S\n]*["']?([A-Za-z][\w.-]{0,60})["']?[^\S\n]*=[^\S\n]*["']?[\w.]+:\w+""", re.M)


def imported_in_readme(ctx, readme: str, readme_path: str | None) -> tuple[str, int, str] | None:
    """(README path, line, the import) when the README shows the project's Python package imported in code (``from csv_detective.explore_csv
    import routine``) and never shows any of its declared commands run: a library used by importing it, whose command is a side
    entry. None otherwise. The package's import names are its top-level folders holding an ``__init__.py`` (at the root or in
    src/); the commands those of setup.py, setup.cfg and pyproject.toml; 64 KB of the README are read."""
    files = ctx.snapshot.files
    packages = sorted({p.split("/")[-2] for p in files if p.endswith("/__init__.py")
                       and (p.count("/") == 1 or (p.count("/") == 2 and p.startswith("src/")))})[:10]
    if not readme_path or not packages:
        return None
    commands = set()
    for m in ("setup.py", "setup.cfg", "pyproject.toml"):
        commands |= {c.lower() for c in _CONSOLE_SCRIPT.findall(ctx.snapshot.read_text(m, limit=64 * 1024) or "")} if m in files else set()
    lines = readme[:64 * 1024].splitlines()
    runs = [i for i, line in enumerate(lines) if (words := line.strip().lstrip("$> ").split()) and words[0].lower() in commands]
    if runs:
        return None
    for i, line in enumerate(lines):
        words = line.strip().split()
        if len(words) >= 2 and words[0] in ("from", "import") and words[1].split(".")[0] in packages:
            return readme_path, i + 1, line.strip()[:80]
    return None


_FENCE = lazy_compile(r"^[ \t]{0,3}(?:```|~~~)")


def command_in_readme(ctx, readme: str, readme_path: str | None) -> tuple[str, int, str] | None:
    """(README path, line, the command) when the README's code blocks (fenced, or ``$ `` prompts) run one of the commands the
    project's Python manifests declare (``[project.scripts]``, ``console_scripts``) and the README never shows the project's
    package imported in code: a command-line tool, its package the command's code, as :func:`imported_in_readme` says the reverse
    (issue 12, s47 fa47). None otherwise; 64 KB of the README are read, prose naming the command is no run."""
    files = ctx.snapshot.files
    if not readme_path:
        return None
    commands = set()
    for m in ("setup.py", "setup.cfg", "pyproject.toml"):
        commands |= {c.lower() for c in _CONSOLE_SCRIPT.findall(ctx.snapshot.read_text(m, limit=64 * 1024) or "")} if m in files else set()
    if not commands:
        return None
    packages = {p.split("/")[-2] for p in files if p.endswith("/__init__.py") and (p.count("/") == 1 or (p.count("/") == 2 and p.startswith("src/")))}
    run, fenced = None, False
    for i, line in enumerate(readme[:64 * 1024].splitlines()):
        if _FENCE.match(line):
            fenced = not fenced
            continue
        words = line.strip().split()
        if len(words) >= 2 and words[0] in ("from", "import") and words[1].split(".")[0] in packages:
            return None
        prompt = line.lstrip().startswith("$ ")
        words = line.strip().lstrip("$> ").split() if fenced or prompt else []
        if run is None and words and words[0].lower() in commands:
            run = (readme_path, i + 1, line.strip()[:80])
    return run


# A data pipeline run step by step (issue 12, s35 l35 = mytae-lp/observatoire-potabilite: some fifty programs collecting Hub'Eau's
# results, loading them into DuckDB, freezing verdicts, running studies and writing fiches, each parsing its options under a main
# guard): many Python programs, no package manifest, most handling tables with a data library, directly or through a module of the
# project they import (src/common.py holding the database's path, imported by `from common import DB_PATH`), and either sharing one
# store of the project, a database or data file whose name the code writes ("eau.duckdb", joined to data/), or numbered as steps
# (01_telecharger.py, 02_nettoyer.py). A command-line tool's commands take their files on the command line, share no store and are
# no numbered sequence; its few programs (fewer than MIN_STEPS) are commands all the same.
MIN_STEPS, MIN_SHARED = 6, 3
_STORE = lazy_compile(r"""["']([\w-][\w.-]{0,80}\.(?:duckdb|sqlite3?|db|gpkg|parquet|feather|h5|hdf5))["']""")
_NUMBERED_STEP = lazy_compile(r"^(?:\d{1,3}|(?:step|etape|étape)[_-]?\d{1,3})[_.-]", re.I)
_OWN_IMPORT = lazy_compile(r"^[ \t]*(?:from[ \t]+([A-Za-z_]\w*)[ \t]+import\b|import[ \t]+([A-Za-z_]\w*(?:[ \t]*,[ \t]*[A-Za-z_]\w*)*))", re.M)
_PROGRAM_GUARD = lazy_compile(r"^if __name__ == ['\"]__main__['\"]\s*:", re.M)


def pipeline_steps(ctx, paths: list[str]) -> tuple[list[str], list[str], str | None]:
    """(step programs, data libraries, the shared store or None) when the Python files ``paths`` (the project's own) are a data
    pipeline's steps (see above); ([], [], None) otherwise. At most 120 files read, their first 512 KB, in path order."""
    files = ctx.snapshot.files
    if {"pyproject.toml", "setup.py", "setup.cfg", "package.json"} & set(files):
        return [], [], None
    py = sorted(p for p in paths if p.endswith(".py"))[:120]
    if len(py) < MIN_STEPS or any(p.rsplit("/", 1)[-1] == "__init__.py" for p in py):
        return [], [], None
    texts = {p: ctx.snapshot.read_head(p, 512 * 1024) or "" for p in py}  # (a 236 KB site generator, its main guard at the end)
    modules: dict[str, str] = {}
    for p in py:  # (a module's name, the first file of that name in path order)
        modules.setdefault(p.rsplit("/", 1)[-1][:-3], p)
    libs_of = {p: {m.group(1) for m in _DATA_IMPORT.finditer(t)} for p, t in texts.items()}
    stores_of = {p: set(_STORE.findall(t)) for p, t in texts.items()}
    programs = [p for p in py if _PROGRAM_GUARD.search(texts[p])]
    if len(programs) < MIN_STEPS:
        return [], [], None
    steps, libs, users = [], set(), {}
    for p in programs:
        own = {modules[n] for m in _OWN_IMPORT.finditer(texts[p]) for n in re.split(r"[ \t]*,[ \t]*", m.group(1) or m.group(2))
               if n in modules and modules[n] != p}
        used = libs_of[p].union(*(libs_of[o] for o in own))
        if used:
            steps.append(p)
            libs |= used
            for s in stores_of[p].union(*(stores_of[o] for o in own)):
                users[s] = users.get(s, 0) + 1
    if len(steps) * 2 < len(programs):
        return [], [], None
    shared = max(sorted(users), key=lambda s: users[s], default=None)
    shared = shared if shared is not None and users[shared] >= MIN_SHARED else None
    numbered = [p for p in steps if _NUMBERED_STEP.match(p.rsplit("/", 1)[-1])]
    if shared is None and len(numbered) < MIN_SHARED:
        return [], [], None
    steps = numbered if shared is None else steps
    # (shown from the folder holding most of them, src/ before atelier/ and outils/: the pipeline's own steps first)
    per_folder: dict[str, int] = {}
    for p in steps:
        per_folder[p.rpartition("/")[0]] = per_folder.get(p.rpartition("/")[0], 0) + 1
    return sorted(steps, key=lambda p: (-per_folder[p.rpartition("/")[0]], p)), sorted(libs), shared


def site_builder(ctx, programs: list[str], pages: list[str]) -> tuple[str, str] | None:
    """(program, page) when one of ``programs`` (the first 60, their first 512 KB) names, as a string, the folder holding one of ``pages``
    (``os.path.join(ICI, "gabarits")`` for site/gabarits/corps_fiche.html): the program that generates a site from those templates."""
    folders: dict[str, str] = {}
    for p in sorted(pages):
        if "/" in p:
            folders.setdefault(p.rsplit("/", 1)[0].rsplit("/", 1)[-1], p)
    if not folders:
        return None
    # (a program beside the templates' folder first, site/build_site.py for site/gabarits/, then the others in path order)
    tops = {p.rsplit("/", 1)[0].rpartition("/")[0] for p in pages if "/" in p}
    for prog in sorted(programs, key=lambda p: (p.rpartition("/")[0] not in tops, p))[:60]:
        text = ctx.snapshot.read_head(prog, 512 * 1024) or ""
        for folder, page in sorted(folders.items()):
            if re.search(rf"""["'](?:[\w./-]*/)?{re.escape(folder)}/?["']""", text):
                return prog, page
    return None


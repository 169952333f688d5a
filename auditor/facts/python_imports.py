"""``python_imports``: the modules a project's Python code imports that are neither the standard library's (Python 3's, and
Python 2's old names: urllib2, ConfigParser…) nor the project's own modules — what a manifest would have to declare. A script
importing only the standard library (a cron job calling a CKAN API with urllib and csv) needs no manifest.

Value: ``{"python_files": n, "other_code": n, "third_party": [names], "read": n, "python2": [path, line, statement] | None,
"where": {name: [path, line]}, "host": name | None, "host_installs": bool, "host_named": {name: path}, "listed": {name: path},
"host_project": name | None, "host_project_modules": [names]}`` (``host_project``: the Django project, absent from the repository, whose
settings the code runs with; ``host_project_modules``: the imports its documents do not tell to install, that project's apps and
packages, not in ``third_party``)
(``listed``: the third-party modules a document lists for people to install, see :func:`listed_in_docs`) (``where``: the first
file, in path order, and line importing each third-party name; ``host``: the application whose own modules the code imports, which
runs it with the Python it ships — QGIS for ``from qgis.core import …`` —: the modules that Python provides, qgis, processing, PyQt,
sip, osgeo, numpy… (:data:`QGIS_MODULES`), are the host's, no package a manifest declares, and are not in ``third_party``;
``host_named``: for a host that installs no package for its plugins, QGIS, the third-party modules a README, a metadata.txt or a
requirements file names, with that file: what the code's users are told to install) (``python2``: the first statement only Python 2
runs: such code needs Python 2.7, past its end of life). Imports are read as text (Python 2 and 3
alike, never executed): the first 200 Python files in path order, 256 KB each."""

from __future__ import annotations

import re
import sys

from auditor.facts import fact
from auditor.facts.build_archives import qgis_repository_name
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

_IMPORT = lazy_compile(r"^[ \t]*import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)", re.M)
_FROM = lazy_compile(r"^[ \t]*from[ \t]+([\w][\w.]*)[ \t]+import\b", re.M)
# Python 2's standard modules renamed or removed in Python 3
_PY2_STDLIB = frozenset({"urllib2", "urlparse", "ConfigParser", "StringIO", "cStringIO", "cPickle", "httplib", "HTMLParser", "Queue",
                         "SocketServer", "Tkinter", "tkMessageBox", "commands", "exceptions", "__builtin__", "sets", "md5", "sha",
                         "thread", "dummy_thread", "cookielib", "Cookie", "htmlentitydefs", "xmlrpclib", "BaseHTTPServer",
                         "SimpleHTTPServer", "CGIHTTPServer", "anydbm", "dbhash", "whichdb", "repr", "UserDict", "UserList",
                         "UserString", "copy_reg", "imp", "string", "new", "popen2", "mimetools", "rfc822", "sgmllib", "htmllib"})
_STDLIB = frozenset(sys.stdlib_module_names) | _PY2_STDLIB
# What every QGIS installation's Python holds: QGIS's own packages (qgis, processing), its Qt bindings (PyQt4/5/6, sip), GDAL's
# bindings (osgeo) with NumPy, which they require, and the modules the QGIS package itself requires — OSGeo4W's qgis-common
# (setup.hint "requires:" in src/qgis/osgeo4w/package.sh of jef-n/OSGeo4W, the recipe of the Windows packages and installers:
# python3-psycopg2-binary, -jinja2, -markupsafe, -pygments, -python-dateutil, -pytz, -nose2, -mock, -httplib2, -future, -pyyaml,
# -gdal, -requests, -plotly, -pyproj, -owslib), with what those bring (six, urllib3, certifi, idna, chardet)
QGIS_MODULES = frozenset({"qgis", "processing", "PyQt4", "PyQt5", "PyQt6", "sip", "osgeo", "numpy", "psycopg2", "jinja2", "markupsafe",
                          "pygments", "dateutil", "pytz", "nose2", "mock", "httplib2", "future", "past", "yaml", "requests", "urllib3",
                          "certifi", "idna", "chardet", "charset_normalizer", "six", "plotly", "pyproj", "owslib"})
# What QGIS's standalone Windows installer adds: it packs OSGeo4W's qgis-full meta-package ("Defaulting to qgis-full package",
# ms-windows/osgeo4w/creatensis.pl of qgis/QGIS), whose qgis-full-free requires python3-scipy, -matplotlib, -geopandas (pandas),
# -shapely, -networkx, -lxml, -pillow, -xlrd, -xlwt, -pyodbc, -pyparsing, -simplejson, -exifread, -geographiclib, -pyserial,
# -pypiwin32 (same package.sh); the QGIS 3.10 installer's list in EnMAP-Box's requirements_notes.md has scipy, pandas and matplotlib;
# the Semi-Automatic Classification Plugin's manual says "NumPy, SciPy and Matplotlib (already bundled with QGIS)". OSGeo4W's
# express "qgis" install and Linux distributions' QGIS packages do not bring them ("On Linux, please make sure that Scipy and
# Matplotlib … are installed", in plugins' manuals): still third-party modules, to be named for those users
QGIS_FULL_INSTALLER = frozenset({"scipy", "matplotlib", "mpl_toolkits", "pandas", "geopandas", "shapely", "networkx", "lxml", "PIL",
                                 "xlrd", "xlwt", "pyodbc", "pyparsing", "simplejson", "exifread", "geographiclib", "serial", "win32api",
                                 "win32con", "win32com", "pywintypes"})
# applications running their plugins and scripts with the Python they ship, by the module only they provide: the modules that Python
# holds besides (a QGIS plugin's qgis.core, qgis.PyQt or PyQt5, processing, osgeo's GDAL bindings) are installed with the host, no
# package manager installs them for the plugin
# (a Home Assistant integration's homeassistant.*: the packages Home Assistant itself requires — aiohttp, voluptuous, yarl, jinja2… —
# come with it, and its manifest.json's "requirements" name only the others; issue 12, s34 n34)
HOSTS = {"qgis": ("QGIS", QGIS_MODULES),
         "homeassistant": ("Home Assistant", frozenset({"homeassistant", "voluptuous", "voluptuous_serialize", "aiohttp", "async_timeout", "yarl",
                                                        "multidict", "attr", "attrs", "jinja2", "yaml", "requests", "httpx", "orjson", "certifi",
                                                        "awesomeversion", "cryptography", "ciso8601", "propcache"}))}
# the hosts that install the other packages a plugin declares (Home Assistant pip-installs its manifest's "requirements"); QGIS installs none
INSTALLING_HOSTS = frozenset({"Home Assistant"})
# statements only Python 2 runs: print "x", print >>f, x; except IOError, e:; raise ValueError, "x"; exec "code"
_PY2_ONLY = lazy_compile(r"""^[ \t]*(?:print[ \t]+(?:(?:[uUbB][rR]?|[rR][bB]?)?["']|>>|[\w.]+[ \t]*(?:$|[,%+(\[]))|except[ \t]+[\w.]+[ \t]*,[ \t]*\w+[ \t]*:|raise[ \t]+\w+[ \t]*,|exec[ \t]+["'])""", re.M)


# A script run inside another Django project (copied into its folder, run by its manage.py shell or with its settings:
# os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'noethysweb.settings') naming a project that is not in the repository): it runs in
# that project's environment, whose own apps (from core.models import …) and installed packages (django, dateutil) are there; what it
# needs besides is what its README tells to install (pip install faker) (issue 12, s37 fg37 = GIP-RECIA/Noethysweb-data-generator)
_DJANGO_SETTINGS = lazy_compile(r"""DJANGO_SETTINGS_MODULE['"]\s*(?:\]\s*=|,)\s*['"]([A-Za-z_]\w*)\.[\w.]+['"]""")


@fact("python_imports", version=14, public=False)
def python_imports(ctx) -> dict:
    inv = inventory_of(ctx)
    own = [i for i in inv.items if i.category == "source"]
    python = sorted(i.path for i in own if i.language == "Python")
    other = [i.path for i in own if i.language not in (None, "Python", "Shell", "Batchfile")]  # (a .bat launching the scripts)
    children = _children(ctx.snapshot.files)
    installed = installed_names(ctx, children)
    third: set[str] = set()
    where: dict[str, list] = {}
    python2: list | None = None  # [path, line, statement] of the first statement only Python 2 runs
    read = 0
    settings_of: set[str] = set()  # (the projects whose Django settings the code runs with)
    for path in python[:200]:
        text = ctx.snapshot.read_text(path, limit=256 * 1024) or ""
        read += 1
        settings_of |= {m.group(1) for m in _DJANGO_SETTINGS.finditer(text)}
        py2 = _PY2_ONLY.search(text) if python2 is None else None
        if py2:  # the code runs on Python 2 only, whatever it declares
            python2 = [path, text.count("\n", 0, py2.start()) + 1, py2.group(0).strip()[:80]]
        code = blank_string_blocks(text)  # (an import inside a triple-quoted string is dead code or an example: never run)
        names = [(m.group(1), m.start()) for m in _FROM.finditer(code)]
        for m in _IMPORT.finditer(code):
            names += [(part.strip().split()[0], m.start()) for part in m.group(1).split(",") if part.strip()]
        local = set().union(*(children.get(r, ()) for r in import_roots(path, children) | added_paths(path, text)))
        for name, at in sorted(names, key=lambda n: n[1]):
            top = name.split(".")[0]
            if top and top not in _STDLIB and top not in local and top not in installed:
                third.add(top)
                if top not in where:  # (the first file, in path order, and line importing it)
                    where[top] = [path, text.count("\n", 0, at) + 1]
    host, shipped = next((HOSTS[m] for m in sorted(third) if m in HOSTS), (None, frozenset()))
    third -= shipped
    kept = sorted(third)[:50]
    # (a host that installs no package for its plugins, QGIS: the other modules are declared by naming them in a file people read)
    named = _named(ctx, kept) if host and host not in INSTALLING_HOSTS and kept else {}
    listed = listed_in_docs(ctx, kept) if kept and not host else {}
    # (run inside another Django project, absent from the repository: the modules its documents do not tell to install are that project's)
    project = next((p for p in sorted(settings_of) if not any(p in c for k, c in children.items() if k != "\0roots")), None) if "django" in third and not host else None
    provided = [m for m in kept if m not in listed] if project else []
    kept = [m for m in kept if m not in provided]
    return {"python_files": len(python), "other_code": len(other), "third_party": kept, "read": read, "python2": python2,
            "where": {k: where[k] for k in kept + provided}, "host": host, "host_installs": host in INSTALLING_HOSTS, "host_named": named,
            "listed": listed, "host_project": project, "host_project_modules": provided}


# read left to right, so that quotes inside a comment or a one-line string never open a block: a comment, a triple-quoted string (its
# prefix, its opening quotes), a one-line string
_STRINGS = lazy_compile(r"""#[^\n]*|[rRbBuUfF]{0,2}(\"\"\"|''')((?:\\[\s\S]|(?!\1)[^\\])*)(?:\1|\Z)|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'""")


def blank_string_blocks(text: str) -> str:
    """The Python text with the content of its triple-quoted strings (docstrings, code kept as a string and never run) replaced by
    spaces, line breaks kept (line numbers and offsets do not move): an ``import`` written there is no import of the program
    (issue 12, s46 fi46 = remifroger/parsexml: an old method kept between triple quotes at the end of the script named a package the
    code never loads)."""
    if '"""' not in text and "'''" not in text:
        return text

    def repl(m: re.Match) -> str:
        if m.group(1) is None:
            return m.group(0)
        start, end = m.start(2) - m.start(0), m.end(2) - m.start(0)
        whole = m.group(0)
        return whole[:start] + re.sub(r"[^\r\n]", " ", whole[start:end]) + whole[end:]

    return _STRINGS.sub(repl, text)


def installed_names(ctx, children: dict[str, set[str]]) -> set[str]:
    """The names the repository's root package is imported by once installed: when the root holds an ``__init__.py`` (the repository
    is itself one package, a QGIS plugin's folder), it is installed as a folder named after the repository — its clone, the plugin's
    zip — and its own files import it by that name (``from synchro_retour_terrain.window import Window``): the project's own package,
    never a third-party module (issue 12, s41 ff41 = smavd/synchro_retour_terrain). Only a valid module name is kept."""
    if "__init__" not in children.get("", ()):
        return set()
    target = getattr(ctx, "target", None)
    names = {n.rsplit("/", 1)[-1] for n in (getattr(target, "name", None), (getattr(target, "path", None) or "").rstrip("/")) if n}
    # (and the repository a QGIS plugin's root metadata.txt names, repository=…/synchro_retour_terrain: the plugin's folder once
    # installed, whatever the local copy is called — issue 12, s41 fo41 = smavd/synchro_retour_terrain cloned as srt_withzip)
    if "metadata.txt" in ctx.snapshot.files:
        text = ctx.snapshot.read_text("metadata.txt", limit=64 * 1024) or ""
        if _QGIS_MINIMUM.search(text) and (name := qgis_repository_name(text)):
            names.add(name)
    return {n.replace("-", "_") for n in names if re.fullmatch(r"[A-Za-z_][\w-]*", n)}


_QGIS_MINIMUM = lazy_compile(r"^qgisMinimumVersion[ \t]*[=:]", re.M | re.I)


_ROOT_MARKERS = frozenset({"manage.py", "setup.py", "setup.cfg", "pyproject.toml"})


def _children(files) -> dict[str, set[str]]:
    """``{folder: names}``: the modules a folder holds (its .py files' names, its sub-folders), ``""`` the repository's root; and under
    ``"\0roots"`` the folders holding a project's root marker (manage.py, setup.py, pyproject.toml)."""
    out: dict[str, set[str]] = {"\0roots": {""}}
    for p in files:
        parts = p.split("/")
        for i in range(len(parts)):
            folder, name = "/".join(parts[:i]), parts[i]
            if i < len(parts) - 1 or name.endswith(".py"):
                out.setdefault(folder, set()).add(name.removesuffix(".py") if i == len(parts) - 1 else name)
        if parts[-1] in _ROOT_MARKERS:
            out["\0roots"].add("/".join(parts[:-1]))
    return out


def import_roots(path: str, children: dict[str, set[str]]) -> set[str]:
    """The folders a bare ``import name`` of the file at ``path`` may resolve in: the repository's root, src/, the folders of a
    project's root marker, the file's own folder (a script's, Python 2's implicit relative imports) and its package's root — the folder
    above the topmost folder holding an __init__.py in its chain; a file outside any package (no __init__.py beside it) may be run
    from any folder above it. A module of that name deeper in the repository (vizApps/services/lumen/) does not shadow the
    third-party package for that file (issue 12, s40 fp40 = yougis/sudBoard: ``import lumen`` from vizApps/controllers/)."""
    folder = path.rsplit("/", 1)[0] if "/" in path else ""
    roots = {"", "src", folder} | children.get("\0roots", set())
    if folder and "__init__" in children.get(folder, ()):
        top = folder
        while "/" in top and "__init__" in children.get(top.rsplit("/", 1)[0], ()):
            top = top.rsplit("/", 1)[0]
        roots.add(top.rsplit("/", 1)[0] if "/" in top else "")
    else:  # (no package: the folder it is run from is unknown, any folder above it)
        parts = folder.split("/") if folder else []
        roots |= {"/".join(parts[:i]) for i in range(len(parts))}
    return roots


# a folder the file adds to the module search path by a literal (sys.path.append("../technique"), sys.path.insert(0, "lib")): its
# modules are the project's own for that file (issue 12, s42 fl42 = guillett/tarification-solidaire-strasbourg: server/run.py's
# `import baremes`, technique/baremes.py, was an undeclared third-party package)
_SYS_PATH = lazy_compile(r"""\bsys\.path\.(?:append|insert)\([ \t]*(?:\d+[ \t]*,[ \t]*)?[rR]?['"]([^'"\n]{1,200})['"][ \t]*\)""")


def added_paths(path: str, text: str) -> set[str]:
    """The repository's folders a file adds to ``sys.path`` by a relative literal, resolved from the file's folder (where a script is
    run from) and from the root; never above the root, an absolute path left out (at most 20 additions read)."""
    folder = path.rsplit("/", 1)[0] if "/" in path else ""
    out: set[str] = set()
    for i, m in enumerate(_SYS_PATH.finditer(text)):
        target = m.group(1).replace("\\", "/")
        if i >= 20 or target.startswith("/") or re.match(r"[A-Za-z]:", target):
            continue
        for base in {folder, ""}:
            parts, ok = (base.split("/") if base else []), True
            for seg in target.split("/"):
                if seg == "..":
                    ok = bool(parts) and ok
                    parts = parts[:-1]
                elif seg not in ("", "."):
                    parts = parts + [seg]
            if ok:
                out.add("/".join(parts))
    return out


# the names a module's distribution goes by, when they are not the module's, pip's first (sklearn is installed as scikit-learn)
DISTRIBUTIONS = {"cv2": ("opencv-python", "opencv"), "skimage": ("scikit-image",), "sklearn": ("scikit-learn",), "PIL": ("pillow",),
                  "serial": ("pyserial",), "win32api": ("pywin32",), "win32com": ("pywin32",), "bs4": ("beautifulsoup4",),
                  "yaml": ("pyyaml",), "dateutil": ("python-dateutil",), "mpl_toolkits": ("matplotlib",)}
_DECLARING = lazy_compile(r"(?:^|/)(?:readme(?:\.\w+)?|metadata\.txt|requirements[\w.-]*\.txt|requirements/[\w.-]+\.txt)$", re.I)
NAMED_FILES, NAMED_BYTES = 12, 64 * 1024


def _named(ctx, modules: list[str]) -> dict[str, str]:
    """Each of ``modules`` (imported by code a host runs, the host's own left out) that a file people or tools read names as a word —
    the root README, a plugin's metadata.txt (its ``about``, its ``plugin_dependencies``), a README beside it, a requirements file —,
    with the first such file (README first, then path order; at most NAMED_FILES files of NAMED_BYTES): ``{module: path}``."""
    readme = (ctx.fact("files") or {}).get("readme")
    paths = sorted(p for p in ctx.snapshot.files if _DECLARING.search(p) and p != readme)
    found: dict[str, str] = {}
    for path in ([readme] if readme else []) + paths[:NAMED_FILES - 1]:
        text = ctx.snapshot.read_text(path, limit=NAMED_BYTES) or ""
        for m in modules:
            if m not in found and any(re.search(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text, re.I)
                                      for n in (m, *DISTRIBUTIONS.get(m, ()), *_dists_of(m))):
                found[m] = path
    return found


def _dists_of(module: str) -> tuple[str, ...]:
    from auditor.facts.unimported_packages import MODULES

    return tuple(d for d, mods in MODULES.items() if module.lower() in mods)


def listed_in_docs(ctx, modules: list[str]) -> dict[str, str]:
    """Those of ``modules`` that the README, a README beside the code or a requirements file lists for people to install (at most
    NAMED_FILES files of NAMED_BYTES): a list item opening with the module or one of its distributions' names ("- arcpy",
    "* win32com.client"), or an install command naming it (pip install, conda install): declared in prose, no manifest (issue 12,
    s35 p35, an ArcGIS script's README "## requires … Modules python: - arcpy - win32com.client"). A word in a sentence ("it
    sends requests") lists nothing. ``{module: file}``."""
    readme = (ctx.fact("files") or {}).get("readme")
    paths = ([readme] if readme else []) + sorted(p for p in ctx.snapshot.files if _DECLARING.search(p) and p != readme)[:NAMED_FILES - 1]
    found: dict[str, str] = {}
    for path in paths:
        text = ctx.snapshot.read_text(path, limit=NAMED_BYTES) or ""
        for m in modules:
            if m in found:
                continue
            names = "|".join(re.escape(n) for n in (m, *DISTRIBUTIONS.get(m, ()), *_dists_of(m)))
            listed = re.search(rf"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+[`'\"*]*(?:{names})(?![\w-])", text, re.I | re.M)
            install = re.search(rf"\b(?:pip3?|conda|mamba)[ \t]+install\b[^\n]{{0,200}}?(?<![\w-])(?:{names})(?![\w-])", text, re.I)
            if listed or install:
                found[m] = path
    return found

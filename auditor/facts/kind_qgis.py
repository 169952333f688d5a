"""What makes a repository a QGIS kit besides its projects and styles: code that runs inside QGIS.

- a QGIS plugin's entry point, ``def classFactory(iface):`` in the ``__init__.py`` of the plugin's folder (at the root or one or
  two folders down), which QGIS calls to load every plugin, whatever its ``metadata.txt`` holds (a plugin whose metadata.txt is
  reduced to ``hasProcessingProvider=yes``, with no ``qgisMinimumVersion``, is loaded all the same);
- QGIS Processing models (``.model3``, saved by QGIS's graphical modeler, opened from the Processing toolbox);
- PyQGIS scripts: Python files importing QGIS's own modules (``from qgis.core import …``, ``from qgis import processing``,
  ``import qgis``), run from QGIS's Python console or added to the Processing toolbox (``class …(QgsProcessingAlgorithm)``), when
  they are most of the Python code (more than half of its files: a QGIS script beside its standalone geopandas version is an
  analysis run either way) and no package manifest makes the code a library others import (a Python library that merely
  mentions QGIS, or has one module importing it, stays a library).
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test, is_vendored
from auditor.lazyre import lazy_compile

# (the function at the start of a line, its first parameter QGIS's interface: no comment nor string naming it)
_CLASS_FACTORY = lazy_compile(r"^def[^\S\n]+classFactory[^\S\n]*\([^\S\n]*iface\b", re.M)
# QGIS's own Python modules: qgis.core, qgis.gui, qgis.analysis, qgis.utils, qgis.PyQt, qgis.processing (not a module named qgis2web)
_QGIS_IMPORT = lazy_compile(r"^[^\S\n]*(?:from[^\S\n]+qgis(?:\.\w+)*[^\S\n]+import\b|import[^\S\n]+qgis(?:\.\w+)*[^\S\n]*(?:$|[,#;]|as\b))", re.M)
_PROCESSING_ALGORITHM = lazy_compile(r"^[^\S\n]*class[^\S\n]+\w+[^\S\n]*\([^)\n]*\bQgsProcessingAlgorithm\b", re.M)
MAX_READ = 60  # Python files read, in path order
READ_LIMIT = 256 * 1024
MODEL_EXT = frozenset({"model3"})


def _own_python(files) -> list[str]:
    return sorted(e.path for e in files if e.ext.lower() == "py" and not is_test(e.path) and not is_vendored(e.path)
                  and not e.path.startswith("."))


def plugin_entry_points(ctx, files) -> list[str]:
    """The ``__init__.py`` files (at the root or one or two folders down, the first 20 in path order, 64 KB each) defining
    ``classFactory(iface)``: the entry point QGIS requires of every plugin."""
    inits = [p for p in _own_python(files) if p.rsplit("/", 1)[-1] == "__init__.py" and p.count("/") <= 2][:20]
    return [p for p in inits if _CLASS_FACTORY.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]


def processing_models(files) -> list[str]:
    """The QGIS Processing models (.model3) among the project's own files, in path order."""
    return sorted(e.path for e in files if e.ext.lower() in MODEL_EXT and not is_vendored(e.path) and not e.path.startswith("."))


def pyqgis_scripts(ctx, files) -> tuple[list[str], int]:
    """The Python files importing QGIS's modules, when they are more than half of the project's own Python files (the first
    :data:`MAX_READ` in path order are read, 256 KB each; the share is of those read), and how many of them define a Processing
    algorithm (``class …(QgsProcessingAlgorithm)``); ``([], 0)`` otherwise."""
    own = _own_python(files)
    read = own[:MAX_READ]
    texts = {p: ctx.snapshot.read_text(p, limit=READ_LIMIT) or "" for p in read}
    # (a package's empty __init__.py imports nothing: it is not counted on either side)
    counted = [p for p in read if texts[p].strip()]
    qgis = [p for p in counted if _QGIS_IMPORT.search(texts[p])]
    if not qgis or len(qgis) * 2 <= len(counted):
        return [], 0
    # (the Processing algorithms first: what the Processing toolbox shows)
    algorithms = [p for p in qgis if _PROCESSING_ALGORITHM.search(texts[p])]
    return algorithms + [p for p in qgis if p not in algorithms], len(algorithms)

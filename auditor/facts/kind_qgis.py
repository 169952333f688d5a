"""What makes a repository a QGIS kit besides its projects and styles: code that runs inside QGIS.

- a QGIS plugin's entry point, ``def classFactory(iface):`` in the ``__init__.py`` of the plugin's folder (at the root or one or
  two folders down), which QGIS calls to load every plugin, whatever its ``metadata.txt`` holds (a plugin whose metadata.txt is
  reduced to ``hasProcessingProvider=yes``, with no ``qgisMinimumVersion``, is loaded all the same);
- QGIS Processing models (``.model3``, saved by QGIS's graphical modeler, opened from the Processing toolbox; and QGIS 2's ``.model``,
  told by its text: the JSON of ``processing.modeler.ModelerAlgorithm`` (QGIS 2.10 to 2.18) or the lines ``NAME:``/``ALGORITHM:`` of
  QGIS 2.0 to 2.8 — ``.model`` alone names nothing, a trained model's file is one too);
- PyQGIS scripts: Python files importing QGIS's own modules (``from qgis.core import …``, ``from qgis import processing``,
  ``import qgis``), run from QGIS's Python console or added to the Processing toolbox (``class …(QgsProcessingAlgorithm)``), when
  they are most of the Python code (a QGIS 2 Processing script imports nothing of QGIS: it declares its parameters in header lines,
  ``##Mask from NDCI=name``, ``##raster=raster``, ``##mask=output raster``, that the Processing toolbox reads, and calls
  ``processing.runalg``: it counts as importing QGIS and as a Processing algorithm) (more than half of its files: a QGIS script beside its standalone geopandas version is an
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
# a QGIS 2 Processing script's header line, ##<parameter>=<type> (https://docs.qgis.org/2.18/en/docs/user_manual/processing/scripts.html):
# the script's name or group, or a parameter of one of Processing's types, an input or an output
_PROCESSING_HEADER = lazy_compile(r"^##[^\S\n]*[^=#\n]{1,80}=[^\S\n]*(?:name|group|raster|vector(?:[^\S\n]+\w+)?|table|number|string|longstring|"
                                  r"boolean|field(?:[^\S\n]+\w+)?|folder|file|extent|crs|selection|multiple[^\S\n]+\w+|point|"
                                  r"output[^\S\n]+(?:raster|vector|table|file|folder|html|number|string|directory))\b", re.M | re.I)
MAX_READ = 60  # Python files read, in path order
READ_LIMIT = 256 * 1024
MODEL_EXT = frozenset({"model3"})
QGIS2_MODEL_EXT = "model"
# a QGIS 2 model's text: the JSON of Processing's modeler classes (2.10 to 2.18), or the line format of 2.0 to 2.8
_QGIS2_MODEL = lazy_compile(r'"class"\s*:\s*"processing\.(?:modeler|core)\.|\A\ufeff?NAME:[^\n]*\n(?:[^\n]*\n){0,400}?ALGORITHM:')


def _own_python(files) -> list[str]:
    return sorted(e.path for e in files if e.ext.lower() == "py" and not is_test(e.path) and not is_vendored(e.path)
                  and not e.path.startswith("."))


def plugin_entry_points(ctx, files) -> list[str]:
    """The ``__init__.py`` files (at the root or one or two folders down, the first 20 in path order, 64 KB each) defining
    ``classFactory(iface)``: the entry point QGIS requires of every plugin."""
    inits = [p for p in _own_python(files) if p.rsplit("/", 1)[-1] == "__init__.py" and p.count("/") <= 2][:20]
    return [p for p in inits if _CLASS_FACTORY.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]


def processing_models(files, ctx=None) -> list[str]:
    """The QGIS Processing models (.model3; with ``ctx``, the QGIS 2 ``.model`` files whose first 16 KB are a QGIS 2 model's text,
    the first 20 in path order) among the project's own files, in path order."""
    own = [e for e in files if not is_vendored(e.path) and not e.path.startswith(".")]
    models = [e.path for e in own if e.ext.lower() in MODEL_EXT]
    if ctx is not None:
        candidates = sorted(e.path for e in own if e.ext.lower() == QGIS2_MODEL_EXT)[:20]
        models += [p for p in candidates if _QGIS2_MODEL.search(ctx.snapshot.read_text(p, limit=16 * 1024) or "")]
    return sorted(models)


def processing_script(text: str) -> bool:
    """A QGIS 2 Processing script: a ``##<parameter>=<type>`` header line among its first 40 lines."""
    return bool(_PROCESSING_HEADER.search("\n".join(text.splitlines()[:40])))


def pyqgis_scripts(ctx, files) -> tuple[list[str], int, int]:
    """The Python files importing QGIS's modules, when they are more than half of the project's own Python files (the first
    :data:`MAX_READ` in path order are read, 256 KB each; the share is of those read), and how many of them define a Processing
    algorithm (``class …(QgsProcessingAlgorithm)``, or a QGIS 2 Processing script's header) and how many are QGIS 2 Processing scripts;
    ``([], 0, 0)`` otherwise."""
    own = _own_python(files)
    read = own[:MAX_READ]
    texts = {p: ctx.snapshot.read_text(p, limit=READ_LIMIT) or "" for p in read}
    # (a package's empty __init__.py imports nothing: it is not counted on either side)
    counted = [p for p in read if texts[p].strip()]
    headed = [p for p in counted if processing_script(texts[p])]  # (QGIS 2 Processing scripts)
    qgis = [p for p in counted if _QGIS_IMPORT.search(texts[p]) or p in headed]
    if not qgis or len(qgis) * 2 <= len(counted):
        return [], 0, 0
    # (the Processing algorithms first: what the Processing toolbox shows)
    algorithms = [p for p in qgis if _PROCESSING_ALGORITHM.search(texts[p]) or p in headed]
    return algorithms + [p for p in qgis if p not in algorithms], len(algorithms), len(headed)

"""Documentation sites a documentation generator wrote from the code and that were committed (Javadoc's ``doc/`` or
``apidocs/``, YARD's or RDoc's ``doc/``, Doxygen's ``html/``, JSDoc's ``out/``, a Sphinx site built into ``_build/html/``
without its ``.buildinfo``): found by the files each generator always writes at the top of its output folder, by name
alone (nothing is read). Their pages, scripts and stylesheets are the generator's, not the project's: they neither make
the project a static site nor count as its code (the inventory files them as ``generated``).

Only an output folder below the root is recognised: a repository whose root is such a site (a ``gh-pages`` branch) is
that site.
"""

from __future__ import annotations

# (the generator, the file names that together mark the top of its output folder)
_MARKERS = (
    ("javadoc", ("allclasses-frame.html",)),  # Javadoc up to Java 8
    ("javadoc", ("allclasses-noframe.html",)),
    ("javadoc", ("allclasses-index.html",)),  # Javadoc since Java 9
    ("javadoc", ("overview-tree.html", "package-list")),
    ("javadoc", ("overview-tree.html", "element-list")),
    ("yard", ("class_list.html", "method_list.html")),  # YARD
    ("rdoc", ("created.rid",)),  # RDoc
    ("doxygen", ("doxygen.css",)),  # Doxygen's HTML output
    ("doxygen", ("doxygen.svg", "index.html")),
    ("sphinx", ("searchindex.js", "genindex.html")),  # a built Sphinx site
    ("jsdoc", ("jsdoc-default.css",)),  # JSDoc's default template (out/styles/jsdoc-default.css): the site is the folder above
    ("jsdoc", ("_global_.html",)),  # JsDoc Toolkit (JSDoc 2: index.html, files.html, symbols/_global_.html): the folder above too
)
# the marker files a generator writes one level below its site's top, and the name of that sub-folder
_SUB_FOLDER_MARKERS = {"jsdoc-default.css": "styles", "_global_.html": "symbols"}


API_REFERENCE_TOOLS = ("javadoc", "yard", "rdoc", "doxygen", "jsdoc")  # (they document the code's classes and functions; Sphinx, any pages)


def doc_output_folders(paths) -> list[str]:
    """The folders (``a/b/``, sorted) holding a documentation generator's output, from the paths of the tree."""
    return [f for f, _ in doc_outputs(paths)]


def doc_outputs(paths) -> list[tuple[str, str]]:
    """``(folder, generator)`` of each documentation generator's output folder (``a/b/``), in folder order."""
    names: dict[str, set[str]] = {}
    for path in paths:
        folder, _, name = path.rpartition("/")
        names.setdefault(folder, set()).add(name)
    out: dict[str, str] = {}
    for folder, here in sorted(names.items()):
        if not folder:
            continue
        for tool, marker in _MARKERS:
            if set(marker) <= here:
                top, _, last = folder.rpartition("/")
                if marker[0] in _SUB_FOLDER_MARKERS:
                    if last != _SUB_FOLDER_MARKERS[marker[0]] or not top:
                        continue
                    folder = top
                out.setdefault(folder + "/", tool)
                break
    # an output folder inside another one (a Javadoc's class-use/ pages) is part of it
    kept = sorted(out)
    return [(f, out[f]) for f in kept if not any(f != g and f.startswith(g) for g in kept)]


def api_references(paths) -> list[str]:
    """The top page (or folder) of each reference of the code a generator wrote and that is committed (Javadoc's doc/, YARD's
    doc/, Doxygen's html/): the API documentation of a library, in folder order."""
    paths = set(paths)
    return [f + "index.html" if f + "index.html" in paths else f for f, tool in doc_outputs(paths) if tool in API_REFERENCE_TOOLS]


def in_doc_output(path: str, folders: list[str]) -> bool:
    return any(path.startswith(f) for f in folders)

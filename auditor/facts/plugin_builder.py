"""QGIS Plugin Builder's template: the files the Plugin Builder plugin writes into every new QGIS plugin, the same in each,
that the author did not write — the upload script (``plugin_upload.py``, "Authors: A. Pasotti, V. Picavet"), the test
harness (``test/qgis_interface.py``, ``test/utilities.py`` and the generic tests of the metadata, the QGIS environment and
the translations, signed by the template's authors: linfiniti.com, the Australia Indonesia Facility for Disaster Reduction,
the 'postgis viewer' authors; its regression tests' common functions) and the translation scripts (``scripts/compile-strings.sh``…). Measured as the project's code,
they lend it comments, documented functions and tests it never wrote: they are generated, like a form compiled from its .ui.

Only in a plugin's folder (its ``metadata.txt`` naming ``qgisMinimumVersion``) that Plugin Builder made, by its build
settings (``pb_tool.cfg``) or its upload script's banner; each file by its name there and, for Python files, by the template's
authors in its first bytes (a test the author wrote in the same folder stays the project's). At most :data:`MAX_PROBES` files read.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PROBES = 60
HEAD_BYTES = 2048
# the upload script's banner, as Plugin Builder writes it
UPLOADER = lazy_compile(r"\bAuthors?:[^\S\n]*A\.[^\S\n]*Pasotti,[^\S\n]*V\.[^\S\n]*Picavet\b")
# the template test harness's authors (InaSAFE's test tools, which Plugin Builder copied)
_TEMPLATE_AUTHORS = lazy_compile(r"linfiniti\.com|Australia Indonesia Facility for Disaster Reduction|ismailsunni@|Ivan Mincik|"
                                 r"'postgis viewer' application|^\"\"\"Common functionality used by regression tests\.\"\"\"", re.M)
TEMPLATE_TESTS = frozenset({"qgis_interface.py", "utilities.py", "test_init.py", "test_qgis_environment.py",
                            "test_resources.py", "test_translations.py"})
TEMPLATE_SCRIPTS = frozenset({"compile-strings.sh", "update-strings.sh", "run-env-linux.sh"})


def _head(snap, path: str) -> str:
    return (snap.read_bytes(path, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")


def plugin_builder_files(snap, paths: list[str]) -> set[str]:
    """The paths of Plugin Builder's template files in the QGIS plugins it made (see the module's docstring)."""
    have = set(paths)
    plugins = sorted(p[: -len("metadata.txt")] for p in paths if p.rsplit("/", 1)[-1] == "metadata.txt" and p.count("/") <= 2)
    out: set[str] = set()
    probes = 0
    for folder in plugins:
        if "qgisminimumversion" not in (snap.read_text(folder + "metadata.txt", limit=64 * 1024) or "").lower():
            continue
        uploader = folder + "plugin_upload.py"
        signed = uploader in have and bool(UPLOADER.search(_head(snap, uploader)))
        probes += 1
        if not (signed or folder + "pb_tool.cfg" in have):
            continue  # (a plugin made otherwise, or by hand)
        if signed:
            out.add(uploader)
        out.update(p for p in (folder + "scripts/" + n for n in sorted(TEMPLATE_SCRIPTS)) if p in have)
        for p in sorted(folder + "test/" + n for n in TEMPLATE_TESTS):
            if p in have and probes < MAX_PROBES:
                probes += 1
                head = _head(snap, p)
                if _TEMPLATE_AUTHORS.search(head):
                    out.add(p)
    return out

"""The JavaScript family's file extensions: one definition for every scan that reads JavaScript.

Google Apps Script's ``.gs`` files are JavaScript (the same syntax, run on Google's platform): a scan that reads
``.js`` reads them too (issue 12, s40 fa40 = Cedrico59/signalement_travaux, whose Code.gs held the server's passwords).
"""

from __future__ import annotations

# (extensions without their dot, lower case)
JS_EXT = frozenset({"js", "mjs", "cjs", "jsx", "gs"})
# the same with their dot, for str.endswith
JS_SUFFIXES = tuple(sorted("." + e for e in JS_EXT))


def is_js(path: str) -> bool:
    """Whether ``path`` names a file of the JavaScript family (by its extension)."""
    return path.lower().endswith(JS_SUFFIXES)

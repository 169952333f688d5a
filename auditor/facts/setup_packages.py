"""The ``setup_packages`` fact: the packages a root setup.py lists that the repository does not hold (issue 12, s43 vb43 =
frague59/wagtail-leaflet).

A setup.py giving its packages as a literal list (``packages=['wagtail-leaflet']``) builds those folders only (setuptools and
distutils: "packages: a list of Python import packages"; ``a.b`` is the folder a/b). When none of them is a folder of the repository
(the code lives in wagtailleaflet/), ``pip install`` of it installs no code: the manifest does not install the project. A setup.py
finding its packages (``find_packages()``, ``find_namespace_packages``), mapping them elsewhere (``package_dir``) or listing modules
(``py_modules``) is not judged. ``missing``: the listed names none of which exists (empty when one exists or nothing is judged);
``line``: the line of ``packages=``.
"""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

_MAX = 64 * 1024
_LIST = lazy_compile(r"\bpackages[ \t]*=[ \t]*\[([^\]]{0,2000})\]")
_FOUND_ELSEWHERE = lazy_compile(r"\bfind_(?:namespace_)?packages\b|\bpackage_dir\b|\bpy_modules\b")
_NAME = lazy_compile(r"""['"]([^'"\n]{1,100})['"]""")


@fact("setup_packages", version=1, public=False)
def setup_packages(ctx) -> dict:
    snap = ctx.snapshot
    text = snap.read_text("setup.py", limit=_MAX) if "setup.py" in snap.files else None
    m = _LIST.search(text or "")
    if not m or _FOUND_ELSEWHERE.search(text):
        return {"missing": [], "line": None}
    names = _NAME.findall(m.group(1))
    missing = [n for n in names if not any(p.startswith(n.replace(".", "/") + "/") for p in snap.files)]
    if not names or len(missing) < len(names):
        return {"missing": [], "line": None}
    return {"missing": missing[:5], "line": text.count("\n", 0, m.start()) + 1}

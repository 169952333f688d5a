"""The folders of a copied UI template's library shelf that the project's own pages load: libraries the project uses.

An application built inside a copied admin template (AdminLTE's ``plugins/`` of ~40 libraries) adds its own libraries to the template's
shelf (``plugins/html2pdf-4.5.1/``, ``plugins/sweetalert2/``) and loads some of the template's (``plugins/datatables/``): its pages name
them by path, ``<script src="../../plugins/sweetalert2/sweetalert2.min.js">``, ``<link href="…/plugins/jquery-ui-1.11.4/…css">``,
``require_once(__DIR__ . '/../../plugins/html2pdf-4.5.1/vendor/autoload.php')``. A shelf folder the project's own files load so is a
library the project uses, listed with the other copies (its name, the version written in its folder's name or banner, its licence);
a shelf folder nothing of the project loads stays the template's, no library of the project (issue 12, s38 fa38).

Bounded: at most :data:`MAX_READS` of the project's own files read, in path order, :data:`READ_BYTES` of each.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_READS = 400
READ_BYTES = 256 * 1024
_LOAD_EXT = {"php", "inc", "phtml", "html", "htm", "js", "tpl", "twig", "css", "jsp", "asp", "aspx", "cshtml", "erb"}
# a file named by path where a page or a server file loads it: a script's or stylesheet's src/href, PHP's require/include (with
# __DIR__ . '…'), an ES/CSS import, a CSS url(…)
_LOAD = lazy_compile(r"""(?:\b(?:src|href|data-src)\s*=\s*|\b(?:require|include)(?:_once)?\b[^;\n'"]{0,60}|\bimport\b[^;\n'"]{0,60}|"""
                     r"""\burl\(\s*)(["'])([^"'\n<>]{1,300}?)\1""", re.I)


def shelf_folders(template_files: list[str], paths: list[str], shelves: set[str]) -> list[str]:
    """The folders (``plugins/datatables``) of the root shelves (``shelves``: names such as plugins, vendor) on which the copied
    template's own files lie (``template_files``): every subfolder of such a shelf in ``paths``, told copied by the template or
    before it (a folder with its own licence, ``plugins/Chart.js-master/``)."""
    tops = {f.split("/", 1)[0] for f in template_files if f.count("/") >= 2 and f.split("/", 1)[0].lower() in shelves}
    return sorted({"/".join(p.split("/")[:2]) for p in paths if p.count("/") >= 2 and p.split("/", 1)[0] in tops})


def loaded_folders(snap, own: list[str], folders: list[str]) -> set[str]:
    """The folders among ``folders`` (``plugins/x``) that the project's own files ``own`` load by a path through them
    (``../../plugins/x/…``), read in path order, at most :data:`MAX_READS` files of a page's, script's or server file's extension."""
    by_pair = {tuple(f.lower().split("/")): f for f in folders}
    shelves = {pair[0] for pair in by_pair}
    out: set[str] = set()
    for path in [p for p in sorted(own) if p.rsplit(".", 1)[-1].lower() in _LOAD_EXT][:MAX_READS]:
        text = snap.read_head(path, READ_BYTES) or ""
        if not any(s in text.lower() for s in shelves):
            continue
        for m in _LOAD.finditer(text):
            segs = [s for s in m.group(2).split("?", 1)[0].lower().split("/") if s]
            for k in range(len(segs) - 2):
                folder = by_pair.get((segs[k], segs[k + 1])) if segs[k] in shelves else None
                if folder:
                    out.add(folder)
                    break
    return out

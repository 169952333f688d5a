"""Files of another project copied beside the project's own, told by what their leading comments say of their origin (issue 12,
s23 k1 = m2 GIP-RECIA/esco-lea): R&OS's PDF classes copied into ``lib/pdf/`` say "released under a public domain licence. Wayne
Munro, R&OS Ltd, http://www.ros.co.nz/pdf" and "@package Cpdf … LICENCE … Public Domain": a licence and the home page of the
project they come from, a site the project itself never names.

A code file is such a copy when the comment lines of its first :data:`HEAD_BYTES` bytes state a licence and give a web address whose
site (its host) at least :data:`MIN_FILES` files of one folder name so, while no code file outside that folder names it in its
comments, neither do the root README nor the root licence, and those files make less than half of the repository's code files. Only
the files naming the site are the copy's (a demo page or the project's own helper beside them stay the project's). Licence and
standards sites (opensource.org, gnu.org, creativecommons.org…) name no origin. Bounded: at most :data:`MAX_PROBES` file heads read,
in path order.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_PROBES = 600
HEAD_BYTES = 1024
MIN_FILES = 2
CODE_EXT = {"php", "inc", "js", "java", "py", "pl", "pm", "rb", "cs"}
_COMMENT_LINE = lazy_compile(r"^[^\S\n]*(?://|#|/?\*)[^\n]*", re.M)
_LICENCE = lazy_compile(r"licen[cs]e|public domain|domaine public|\bL?GPL|\bMIT\b|\bBSD\b|\bapache\b|\bCeCILL", re.I)
_SITE = lazy_compile(r"\bhttps?://(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)", re.I)
# sites of licences, standards and languages: named by anyone's header, they tell no origin
_NEUTRAL = lazy_compile(r"(?:^|\.)(?:opensource\.org|gnu\.org|fsf\.org|creativecommons\.org|apache\.org|spdx\.org|cecill\.info|php\.net|"
                        r"w3\.org|ietf\.org|wikipedia\.org|mozilla\.org|python\.org|oracle\.com|ecma-international\.org|eupl\.eu|"
                        r"europa\.eu|legifrance\.gouv\.fr|github\.com|gitlab\.com|sourceforge\.net|bitbucket\.org)$", re.I)


def _ext(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _sites(text: str) -> set[str]:
    return {m.group(1).lower() for m in _SITE.finditer(text)} - {""}


def origin_headers(snap, items: list, root_text: str) -> set[str]:
    """The paths of code files whose comments name another project's site and a licence (see the module's docstring). ``root_text``:
    the root README's and licence's text (lower case), whose sites are the project's."""
    code = [i.path for i in items if i.category in ("source", "test") and _ext(i.path) in CODE_EXT]
    named: dict[str, set[str]] = {}  # path -> the sites its comment lines name
    licensed: set[str] = set()
    for path in code[:MAX_PROBES]:
        head = (snap.read_bytes(path, limit=snap.max_blob) or b"")[:HEAD_BYTES].decode("utf-8", "replace")
        comments = "\n".join(m.group(0) for m in _COMMENT_LINE.finditer(head))
        sites = {s for s in _sites(comments) if not _NEUTRAL.search(s)}
        if sites:
            named[path] = sites
            if _LICENCE.search(comments):
                licensed.add(path)
    own = _sites(root_text.lower())
    out: set[str] = set()
    for site in sorted({s for p in licensed for s in named[p]}):
        if site in own or any(site.endswith("." + o) or o.endswith("." + site) for o in own):
            continue
        files = sorted(p for p in licensed if site in named[p])
        folder = files[0].rpartition("/")[0]
        if len(files) < MIN_FILES or not folder or any(p.rpartition("/")[0] != folder for p in files) or 2 * len(files) >= len(code):
            continue
        if any(site in sites and p.rpartition("/")[0] != folder for p, sites in named.items()):
            continue  # the project's own files elsewhere name the site too: its own
        out.update(files)
    return out

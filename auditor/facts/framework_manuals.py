"""A framework's manual shipped in its distribution and committed with it (issue 12, s43 fd43 = Louischaill/Foissy-sur-Vanne).

A PHP framework's download brings, beside its core (CodeIgniter 3's ``system/``), its own manual already built (``user_guide/``, a
Sphinx HTML site: ``.buildinfo``, ``searchindex.js``, ``genindex.html``, its ``_static/`` scripts and fonts). An application committed
with the whole distribution carries that manual too: it is the framework's copy like its core, not the project's documentation, data,
fonts, sign-in or build output.

Rule: a built documentation site (a Sphinx ``.buildinfo`` folder or a generator's output folder, :mod:`auditor.facts.doc_outputs`)
lying in the folder that holds a framework's committed core (its sibling, as in the distribution), whose home page's ``<title>`` names
that framework ("CodeIgniter User Guide — CodeIgniter 3.1.10 documentation"), is that framework's manual: its files are vendored and
described with the framework (one library, its name and version). A documentation site titled after anything else (the project's own
Sphinx build beside the same core) stays what it was. Bounded: one home page read per site, :data:`HOME_BYTES` of it, at most
:data:`MAX_SITES` sites.
"""

from __future__ import annotations

import re

from auditor.facts.doc_outputs import doc_output_folders
from auditor.lazyre import lazy_compile

MAX_SITES = 20
HOME_BYTES = 16 * 1024
_TITLE = lazy_compile(r"<title[^>]{0,200}>([^<]{0,500})</title>", re.I)
_SPHINX_MARKS = (".buildinfo", ".buildinfo.bak")


def _parent(folder: str) -> str:
    """The folder holding ``folder`` (``a/b/`` -> ``a/``; ``b/`` -> ``""``)."""
    return folder.rstrip("/").rpartition("/")[0] + "/" if "/" in folder.rstrip("/") else ""


def _names(title: str, name: str) -> bool:
    """The title names the framework as a word, whatever its case (``CodeIgniter`` for ``codeigniter``)."""
    return bool(re.search(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", title, re.I))


def framework_manuals(read_text, paths: list[str], frameworks: dict[str, dict]) -> dict[str, dict]:
    """``{manual folder: the framework's description}`` of the built manuals shipped beside a committed framework's core, from the
    tree's ``paths`` and the framework folders found (``{folder: {"name", "version", "license"}}``); ``read_text(path, limit)`` gives a file's first ``limit`` bytes as text."""
    if not frameworks:
        return {}
    sites = {p.rpartition("/")[0] + "/" for p in paths if "/" in p and p.rpartition("/")[2] in _SPHINX_MARKS}
    sites |= set(doc_output_folders(paths))
    present = set(paths)
    out: dict[str, dict] = {}
    for site in sorted(sites)[:MAX_SITES]:
        if any(site.startswith(f) or f.startswith(site) for f in frameworks) or any(site.startswith(o) for o in out):
            continue  # (inside the core, or holding it: not a manual beside it)
        beside = [d for f, d in sorted(frameworks.items()) if _parent(f) == _parent(site)]
        home = site + "index.html"
        if not beside or home not in present:
            continue
        m = _TITLE.search(read_text(home, HOME_BYTES) or "")
        title = re.sub(r"\s+", " ", m.group(1)) if m else ""
        framework = next((d for d in beside if _names(title, d["name"])), None)
        if framework:
            out[site] = dict(framework)
    return out

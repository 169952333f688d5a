"""The pages a deploy platform's build writes into the folder it publishes (issue 12, s38 fl38 = reader ma38's
ed199531/mairie_de_montastruc): ``vercel.json`` giving a ``buildCommand`` and an ``outputDirectory`` (``"node build.js"``,
``"public"``), or ``netlify.toml``'s ``[build]`` ``command`` and ``publish``, declares that folder the build's output. Its pages are
built when one of them has a twin of the same name in another folder of the repository (public/contact.html beside
src/pages/contact.html: the page's source, assembled with a layout): then the folder's pages (.html), sitemap.xml and robots.txt
are build output. Its stylesheets, scripts and pictures may be hand-written files the build reads or copies, and stay the
project's. Read as text, nothing run; at most the two root configuration files, 64 kB each."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

_NETLIFY_BUILD = lazy_compile(r"^\[build\][^\[]*", re.M)
_NETLIFY_KEY = lazy_compile(r"""^[^\S\n]*(command|publish)[^\S\n]*=[^\S\n]*["']([^"'\n]{1,200})["']""", re.M)
_GENERATED = {"sitemap.xml", "robots.txt"}


def _published(snap, paths: set[str]) -> str | None:
    """The folder a root vercel.json or netlify.toml publishes after running a build command, or None."""
    if "vercel.json" in paths:
        try:
            conf = safejson.loads(snap.read_text("vercel.json", limit=65536) or "")
        except ValueError:
            conf = None
        if isinstance(conf, dict) and isinstance(conf.get("buildCommand"), str) and conf["buildCommand"].strip() \
                and isinstance(conf.get("outputDirectory"), str):
            return conf["outputDirectory"].strip("./ ") or None
    if "netlify.toml" in paths:
        block = _NETLIFY_BUILD.search(snap.read_text("netlify.toml", limit=65536) or "")
        keys = dict(m.groups() for m in _NETLIFY_KEY.finditer(block.group(0))) if block else {}
        if keys.get("command", "").strip() and keys.get("publish"):
            return keys["publish"].strip("./ ") or None
    return None


def platform_pages(snap, items: list) -> dict[str, str]:
    """``{path: "build"}`` for the built pages of the folder a deploy platform publishes (see the module's docstring)."""
    paths = {i.path for i in items}
    folder = _published(snap, paths)
    if not folder or ".." in folder:
        return {}
    inside = [p for p in sorted(paths) if p.startswith(folder + "/")]
    pages = [p for p in inside if p.lower().endswith((".html", ".htm"))]
    names = {p.rsplit("/", 1)[-1] for p in paths if not p.startswith(folder + "/") and p.lower().endswith((".html", ".htm"))}
    if not any(p.rsplit("/", 1)[-1] in names for p in pages):
        return {}
    return {p: "build" for p in inside if p in pages or p[len(folder) + 1:] in _GENERATED}

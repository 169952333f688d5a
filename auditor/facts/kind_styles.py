"""A style-sheet package: a theme others build into their site, told by its manifest and the Sass or Less sources its scripts
compile (issue 12, s48 ff48 = OPEN-ENT-NG/theme-open-ent)."""

from __future__ import annotations

from auditor.facts.kind_packages import root_json
from auditor.lazyre import lazy_compile

_STYLE_SOURCE_EXT = ("scss", "sass", "less", "styl")
_STYLE_COMPILE = lazy_compile(r"(?:^|[\s&;|(])(?:npx\s+)?(?:sass|node-sass|dart-sass|lessc|stylus)\s[^&;|]*?[\w./-]+\.(?:scss|sass|less|styl)\b")
MIN_STYLE_SOURCES = 5


def style_package(ctx, files: list, code: list[str]) -> tuple[str, str, int] | None:
    """(manifest, its package name, count of style sources) when the repository is a style-sheet package — a theme others build
    into their site: the root package.json (or the template the build writes it from, package.json.template) names the package,
    not private, and what it ships (``files``, ``style``, ``main``…), and a script compiles the project's own Sass, Less or Stylus sources (``sass scss/index.scss …``), those sources (at least
    :data:`MIN_STYLE_SOURCES`) outnumbering the scripts. Its HTML files are the templates and demonstrations it ships, no site
    of its own (issue 12, s48 ff48 = OPEN-ENT-NG/theme-open-ent: an ENT theme taken as a static site)."""
    from auditor.facts.cleaned_outputs import MANIFEST_BYTES, root_package_path

    path = root_package_path(ctx.snapshot.files)
    if path is None:
        return None
    sources = sum(1 for e in files if e.ext.lower() in _STYLE_SOURCE_EXT)
    if sources < MIN_STYLE_SOURCES or sources <= len(code):
        return None
    doc = root_json(ctx, path, MANIFEST_BYTES)
    if not isinstance(doc, dict) or not isinstance(doc.get("name"), str) or not doc["name"].strip() or doc.get("private") is True:
        return None
    # (published: what it ships named, "files": ["dist"], "style" or "main"; a site compiling its own Sass names none of them)
    if not any(doc.get(k) for k in ("files", "style", "main", "exports", "sass")):
        return None
    scripts = doc.get("scripts")
    if not isinstance(scripts, dict) or not any(isinstance(v, str) and _STYLE_COMPILE.search(v[:2000]) for v in list(scripts.values())[:200]):
        return None
    return path, doc["name"].strip()[:80], sources

"""The files Laravel Mix writes, read from the project's ``webpack.mix.js`` (nothing is run): ``mix.js('resources/js/app.js',
'public/js')`` writes public/js/app.js, ``.sass('resources/sass/app.scss', 'public/css')`` public/css/app.css, ``.vue``/``.react``/
``.ts``/``.less``/``.stylus``/``.postCss`` likewise, and Mix writes its ``mix-manifest.json`` in the public folder
(``.setPublicPath('public')``, by default ``public``). A Laravel front end's committed bundle (a 7 KB webpack bootstrap) is that
build's output, not a library copied under the name "app"; other files of those folders (a hand-written script) stay what they are."""

from __future__ import annotations

import posixpath

from auditor.lazyre import lazy_compile

_STEP = lazy_compile(r"\.(?:js|ts|vue|react|sass|scss|less|stylus|postCss|styles|scripts|combine|babel)\(\s*['\"]([^'\"\n]{1,200})['\"]\s*,\s*"
                     r"['\"]([^'\"\n]{1,200})['\"]")
_PUBLIC = lazy_compile(r"\.setPublicPath\(\s*['\"]([^'\"\n]{1,200})['\"]")
_CSS_STEPS = ("sass", "scss", "less", "stylus", "postCss", "styles")


def mix_outputs(snap, entries) -> dict[str, str]:
    """``{path: "build"}`` for the committed files the root ``webpack.mix.js`` writes (see the module's docstring)."""
    if "webpack.mix.js" not in snap.files:
        return {}
    text = snap.read_text("webpack.mix.js", limit=128 * 1024) or ""
    paths = {e.path for e in entries}
    out: dict[str, str] = {}
    for m in _STEP.finditer(text):
        source, target = m.group(1).strip("./"), m.group(2).strip("/").removeprefix("./")
        step = text[m.start() + 1: m.start() + 1 + text[m.start() + 1:].find("(")]
        if not target or target.startswith(".."):
            continue
        if "." in target.rsplit("/", 1)[-1]:
            written = target
        else:
            stem = posixpath.basename(source).rsplit(".", 1)[0]
            written = f"{target}/{stem}.{'css' if step in _CSS_STEPS else 'js'}"
        for p in (written, written + ".map"):
            if p in paths:
                out[p] = "build"
    public = _PUBLIC.search(text)
    manifest = f"{(public.group(1).strip('./') if public else 'public')}/mix-manifest.json".lstrip("/")
    if out and manifest in paths:
        out[manifest] = "build"
    return out

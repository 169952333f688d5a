"""What a repository's own gulp build writes, read from its ``gulpfile.js`` as text (nothing is run): each pipeline
``src(…)…pipe(rename("styles.css"))…pipe(dest(assets_folder))`` writes one file, named by its last ``rename("…")``,
``concat("…")`` or gulp-zip's ``zip("….zip")`` (or, without either, after the one file ``src`` reads, a Sass or Less source becoming ``.css``), into the folder
``dest`` names, relative to the gulpfile's folder. The folder may be a variable built from quoted strings and other such
variables (``var theme_folder = './wp-content/themes/t/'; var assets_folder = theme_folder + 'assets/';``).

A committed file at that path is the build's output — a WordPress theme's compiled ``assets/styles.css``, a one-line 29 KB
stylesheet in an ``assets/`` folder, is not a library copied in — and so is its source map (``sourcemaps.write('./maps')``).
A file the gulpfile also reads as a source is never called its output. Bounded: at most :data:`MAX_GULPFILES` gulpfiles of
:data:`GULP_BYTES` each, :data:`MAX_DESTS` pipelines each.
"""

from __future__ import annotations

import posixpath
import re

from auditor.lazyre import lazy_compile

MAX_GULPFILES = 10
GULP_BYTES = 64 * 1024
MAX_DESTS = 50
_GULPFILE = lazy_compile(r"^gulpfile(?:\.babel)?\.[cm]?[jt]s$", re.I)
_SKIP_DIRS = {"node_modules", "vendor", "vendors", "bower_components", "lib", "libs", "third_party", "third-party"}
_VAR = lazy_compile(r"\b(?:var|let|const)[ \t]+(\w+)[ \t]*=[ \t]*([^;\n]{1,300})")
_PART = lazy_compile(r"""^\s*(?:'([^'\n]*)'|"([^"\n]*)"|`([^`$\n]*)`|(\w+))\s*$""")
_DEST = lazy_compile(r"\bdest\(\s*([^)\n]{1,200})\)")
_SRC = lazy_compile(r"\bsrc\(\s*([^)\n]{1,200})\)")
# (or gulp-zip's zip("bundle.zip"), its options maybe after the name: the archive of the files piped in, written into dest's folder — a
# kiosk's offline bundle zipped at the root; issue 12, s42 fp42 = nuit-musee-musba/experience-2025)
_NAMED = lazy_compile(r"""\b(?:rename|concat)\(\s*['"]([\w.@-]{1,100})['"]\s*\)|\bzip\(\s*['"]([\w.@-]{1,100}\.zip)['"]\s*[,)]""")
# gulp-rename given options rather than a name (rename({extname: '.min.css'}), rename({suffix: '.min'})): the name the file had, changed
# (an Ionic app's ionic.app.scss compiled to www/css/ionic.app.css, then minified to ionic.app.min.css; issue 12, s37 fg37 =
# OPEN-ENT-NG/ent-mobile)
_RENAME_OPTIONS = lazy_compile(r"\brename\(\s*\{([^{}]{0,300})\}\s*\)")
_RENAME_OPTION = lazy_compile(r"""\b(extname|suffix|prefix|basename)['"]?\s*:\s*['"]([\w.@-]{0,100})['"]""")
_MAPS = lazy_compile(r"""\bsourcemaps\.write\(\s*['"]([\w./-]{1,100})['"]""")
_COMPILED = {"scss": "css", "sass": "css", "less": "css", "styl": "css", "ts": "js"}
_WRITTEN = ("js", "css", "mjs", "zip")


def _value(expr: str, names: dict[str, str]) -> str | None:
    """A concatenation of quoted strings and known variables, or None (a call, an array, an unknown name)."""
    out = []
    for part in expr.split("+"):
        m = _PART.match(part)
        if not m:
            return None
        if m.group(4) is not None:
            if m.group(4) not in names:
                return None
            out.append(names[m.group(4)])
        else:
            out.append(next(g for g in m.groups()[:3] if g is not None))
    return "".join(out)


def _inside(base: str, value: str) -> str | None:
    """The repository path ``value`` names from the gulpfile's folder ``base``, or None (absolute, outside the tree)."""
    if value.startswith("/") or "://" in value:
        return None
    path = posixpath.normpath(posixpath.join(base, value)).strip("/")
    return None if path in ("", ".") or path.startswith("..") else path


def _renamed(name: str, options: str) -> str:
    """The file name gulp-rename's options give ``name`` (its basename, its extension, a prefix or a suffix to the basename)."""
    stem, dot, ext = name.rpartition(".")
    stem, ext = (stem, dot + ext) if stem else (name, "")
    opts = {m.group(1): m.group(2) for m in _RENAME_OPTION.finditer(options)}
    stem = opts.get("prefix", "") + opts.get("basename", stem) + opts.get("suffix", "")
    return stem + opts.get("extname", ext)


def gulp_outputs(snap, entries) -> dict[str, str]:
    """``{path: "build"}`` for the committed files a gulpfile of the repository writes (see the module's docstring)."""
    paths = {e.path for e in entries}
    gulpfiles = sorted(p for p in paths if _GULPFILE.match(p.rsplit("/", 1)[-1])
                       and not {s.lower() for s in p.split("/")[:-1]} & _SKIP_DIRS)[:MAX_GULPFILES]
    out: dict[str, str] = {}
    for gulpfile in gulpfiles:
        text = snap.read_text(gulpfile, limit=GULP_BYTES) or ""
        text = re.sub(r"^[^\S\n]*//.*$", "", text, flags=re.M)  # a commented-out line writes nothing
        base = posixpath.dirname(gulpfile)
        names: dict[str, str] = {}
        for m in _VAR.finditer(text):
            value = _value(m.group(2), names)
            if value is not None:
                names[m.group(1)] = value
        read = set()
        for m in _SRC.finditer(text):
            value = _value(m.group(1), names)
            path = _inside(base, value) if value else None
            if path:
                read.add(path)
        for m in list(_DEST.finditer(text))[:MAX_DESTS]:
            folder_value = _value(m.group(1), names)
            folder = None
            if folder_value is not None and not folder_value.startswith("/") and "://" not in folder_value:
                folder = posixpath.normpath(posixpath.join(base, folder_value)).strip("/")
                folder = None if folder.startswith("..") else folder.replace(".", "", 1) if folder == "." else folder
            start = text.rfind("src(", 0, m.start())
            if folder is None or start < 0:
                continue
            chain = text[start:m.start()]
            named = list(_NAMED.finditer(chain))
            options = list(_RENAME_OPTIONS.finditer(chain))
            if named:
                name = named[-1].group(1) or named[-1].group(2)
                options = [o for o in options if o.start() > named[-1].start()]
            else:
                source = _SRC.search(text, start, m.start())
                value = _value(source.group(1), names) if source else None
                if not value or "*" in value or "{" in value:
                    continue
                stem, _, ext = value.rsplit("/", 1)[-1].rpartition(".")
                name = f"{stem}.{_COMPILED.get(ext.lower(), ext)}"
            for o in options:
                name = _renamed(name, o.group(1))
            if name.rsplit(".", 1)[-1].lower() not in _WRITTEN:
                continue
            written = posixpath.join(folder, name) if folder else name
            if written in read or written not in paths:
                continue
            out[written] = "build"
            maps = _MAPS.search(chain)
            for twin in (written + ".map", posixpath.normpath(posixpath.join(folder, maps.group(1), name + ".map")) if maps else ""):
                if twin in paths and twin not in read:
                    out[twin] = "build"
    return out

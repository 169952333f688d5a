"""``settings_file_reads``: the INI settings files the code reads by name and the repository commits (issue 12, s42 fj42 =
ISPF/enquetes-tourisme-eft-exportatn: an R export job's ``params <- read.ini("conf.ini")``, conf.ini committed with the database's
server, account and password). R's ``read.ini``/``ini::read.ini``, Python's ``configparser`` ``.read("settings.ini")`` and PHP's
``parse_ini_file("config.ini")``, given a literal name, resolved from the repository's root or the reading script's folder.

Read: the project's R, Python and PHP files (at most :data:`MAX_FILES` of :data:`MAX_BYTES`, in path order); nothing is run."""

from __future__ import annotations

import posixpath

from auditor.facts import fact
from auditor.facts.scaling.common import project_files
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES = 200, 256 * 1024
_CODE_EXT = ("r", "py", "php")
_READ = lazy_compile(r"""(?:\bread\.ini|\bread_ini|\.read|\bparse_ini_file)\s*\(\s*(?:filepath\s*=\s*)?["']([^"'\n]{1,200}\.(?:ini|cfg|conf))["']""")


@fact("settings_file_reads", version=1, public=False)
def settings_file_reads(ctx) -> list[dict]:
    """``{"file", "path", "line"}`` of each committed settings file the code reads by name, first read first (one entry a file)."""
    snap = ctx.snapshot
    out: list[dict] = []
    seen: set[str] = set()
    for e in [e for e in project_files(ctx, tests=False) if e.ext.lower() in _CODE_EXT][:MAX_FILES]:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if ".ini" not in text and ".cfg" not in text and ".conf" not in text:
            continue
        for m in _READ.finditer(text):
            name = m.group(1).replace("\\", "/").lstrip("./") if not m.group(1).startswith("../") else m.group(1)
            folder = e.path.rpartition("/")[0]
            for cand in (posixpath.normpath(name), posixpath.normpath(posixpath.join(folder, name)) if folder else None):
                if cand and cand in snap.files and cand not in seen:
                    seen.add(cand)
                    out.append({"file": cand, "path": e.path, "line": text.count("\n", 0, m.start()) + 1})
                    break
    return out

"""A Shiny application an R package carries in its inst/ folder, launched by one of its functions (issue 12, s47 fa47)."""

from __future__ import annotations

import re

from auditor.facts.kind_packages import _R_COMMENT
from auditor.lazyre import lazy_compile

# A Shiny application an R package ships in inst/<folder>/ (ui.R and server.R, or app.R) and one of its R/ functions launches
# (`shiny::runApp(system.file("mon_app", package = "pkg"))`, shinyAppDir): the package is that application's carrier, the way
# golem's layout is (issue 12, s47 fa47 = nl-nicolas/appliInvest_maj). An example or demo folder's app (inst/examples/…) shows
# the package in use: no application of its own.
_SHINY_LAUNCH = lazy_compile(r"\b(?:runApp|shinyAppDir)[ \t]*\(")
_SYSTEM_FILE = lazy_compile(r"""\bsystem\.file[ \t]*\([ \t]*((?:["'][^"'\n]{1,80}["'][ \t]*,[ \t]*)+)package[ \t]*=""")
_R_STRING = lazy_compile(r"""["']([^"'\n]{1,80})["']""")
_EXAMPLE_DIR = lazy_compile(r"(?:^|/)(?:examples?|exemples?|demos?|samples?|tutorials?|showcase|tests?)(?:/|$)", re.I)


def launched_inst_apps(ctx, top: str) -> tuple[str, str, list[str]] | None:
    """(the launching R file, the first app's folder, its files) when functions of the R package at ``top`` launch Shiny
    applications kept in its inst/ folder, not an example's (see above), and those applications' R code outweighs the package's
    R/ functions (bytes): the package is there to carry them. A package of functions whose Shiny gadget, a small app in inst/,
    shows them (a model fitted by R/model.R, an interface opened from RStudio) stays a package. None otherwise. At most 50 R/
    files read, 256 KB each."""
    files = ctx.snapshot.files
    own = sorted(p for p in files if p.startswith(top + "R/") and p.lower().endswith(".r"))
    found: list[tuple[str, str, list[str]]] = []
    for p in own[:50]:
        text = _R_COMMENT.sub("", ctx.snapshot.read_text(p, limit=256 * 1024) or "")
        if not _SHINY_LAUNCH.search(text):
            continue
        for m in _SYSTEM_FILE.finditer(text):
            folder = "/".join(s.strip("/") for s in _R_STRING.findall(m.group(1)))
            if not folder or _EXAMPLE_DIR.search(folder) or any(base == f"{top}inst/{folder}/" for _, base, _ in found):
                continue
            base = f"{top}inst/{folder}/"
            app = [base + n for n in ("app.R", "ui.R", "server.R", "global.R") if base + n in files]
            if base + "app.R" in app or {base + "ui.R", base + "server.R"} <= set(app):
                found.append((p, base, app))
    if not found:
        return None
    bases = tuple(base for _, base, _ in found)
    app_bytes = sum(e.size for q, e in files.items() if q.startswith(bases) and q.lower().endswith(".r"))
    return found[0] if app_bytes > sum(files[q].size for q in own) else None

"""R's plumber: an API framework (issue 12, s42 fj42 = ISPF/Truc's S01E01/plumber.R, ``#* @apiTitle api.ispf.pf`` over
``#* @get /SearchRTE-JW/`` functions returning data tables as JSON). A plumber file's endpoints are R functions annotated with
``#* @get /path`` (``@post``, ``@put``, ``@delete``, ``@patch``), served by ``plumber::pr("api.R") |> pr_run()`` or
``plumb("api.R")$run()``; plumber answers JSON and builds the API's OpenAPI description from those annotations at run time.

Read: the R scripts (at most :data:`MAX_SCRIPTS` of :data:`SCRIPT_BYTES`, in path order); a plain comment naming plumber
(``# on pourrait servir ce modèle avec plumber``) is no API; nothing is run."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

PLUMBER_API = "R plumber API (annotated endpoints)"  # (the kind evidence's reason)
MAX_SCRIPTS = 50
SCRIPT_BYTES = 256 * 1024
# an endpoint's annotation (#* @get /path, #' @post /path: plumber reads both), or the router built and run in code
_ENDPOINT = lazy_compile(r"^[ \t]*#['*][ \t]*@(?:get|post|put|delete|patch|head|options)[ \t]+/", flags=8)  # (re.M)
_ROUTER = lazy_compile(r"^[ \t]*[^#\n]*?\b(?:plumber::)?(?:plumb|pr)\s*\(\s*(?:file\s*=\s*)?[\"'][^\"'\n]+\.[Rr][\"']|^[ \t]*[^#\n]*?\bpr_run\s*\(",
                       flags=8)


def plumber_files(ctx, r_files: list[str]) -> list[str]:
    """The R scripts among ``r_files`` that declare plumber endpoints or build and run a plumber router, in path order."""
    out = []
    for p in sorted(r_files)[:MAX_SCRIPTS]:
        text = ctx.snapshot.read_text(p, limit=SCRIPT_BYTES) or ""
        if "@" in text and _ENDPOINT.search(text) or ("pr" in text and _ROUTER.search(text)):
            out.append(p)
    return out

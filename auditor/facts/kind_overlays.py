"""A server's configuration overlay: a tree that mirrors the system's ``/etc`` (``etc/<product>/…``: BigBlueButton's
``etc/bigbluebutton/bbb-web.properties`` and ``bbb-html5.yml``, an nginx's ``etc/nginx/sites-available/site``), with at most the
shell scripts that put it into place (BigBlueButton's ``apply-config.sh`` hook, which ``bbb-conf`` runs and which copies the
overrides into ``/etc/bigbluebutton/``). No program of its own: the configuration of a server installed from its packages, judged
as infrastructure (it declares no dependency, packages nothing, and its settings are the tree itself).

Read: the paths, and at most :data:`MAX_SCRIPTS` shell scripts of :data:`SCRIPT_BYTES` (to name the ones that write into ``/etc``),
in path order."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_doc_file, is_test
from auditor.lazyre import lazy_compile

MAX_SCRIPTS, SCRIPT_BYTES = 20, 64 * 1024
MIN_FILES = 2
OVERLAY_REASON = "server configuration overlay"  # (the project fact's evidence reason, "server configuration overlay (etc/<product>/)")
_SHELL_EXT = ("sh", "bash")
_WRITES_ETC = lazy_compile(r"(?:^|[\s\"'=])/etc/([\w.-]+)/", re.M)


def _product(path: str) -> str | None:
    """The product an overlay file configures (``etc/<product>/…`` at the root or one folder down), or None."""
    segs = path.split("/")
    for k in (0, 1):
        if len(segs) > k + 2 and segs[k] == "etc" and segs[k + 1] and not segs[k + 1].startswith("."):
            return segs[k + 1]
    return None


def configuration_overlay(snap, files: list, app_code: list[str]) -> tuple[list[str], str]:
    """``(evidence paths, products)`` of a configuration overlay (see the module): at least :data:`MIN_FILES` files under
    ``etc/<product>/``, no code but shell scripts; the scripts that write into ``/etc/<product>/`` first. ``([], "")`` otherwise."""
    if app_code:
        return [], ""
    overlay = sorted(e.path for e in files if _product(e.path) and not is_doc_file(e.path))
    if len(overlay) < MIN_FILES:
        return [], ""
    products = sorted({_product(p) for p in overlay})
    scripts = sorted(e.path for e in files if e.ext.lower() in _SHELL_EXT and not is_test(e.path))
    hooks = [p for p in scripts[:MAX_SCRIPTS]
             if {m.group(1) for m in _WRITES_ETC.finditer(snap.read_text(p, limit=SCRIPT_BYTES) or "")} & set(products)]
    return hooks[:2] + overlay[:4], ", ".join(products[:3])

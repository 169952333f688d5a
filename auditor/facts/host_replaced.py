"""Files of its host application an add-on replaces with its own copy: an Odoo module's manifest listing, among its assets,
``('replace', '/web_editor/static/src/js/wysiwyg/widgets/media.js', '/<module>/static/src/js/media.js')`` ships a modified copy of
Odoo's file in place of the original (issue 12, s48 fb48 = GIP-RECIA/recia_odoo_video_widget). Such a copy is the host's code,
modified: it stays under the host's licence (Odoo's LGPL-3), which the licence advice must weigh.

Read as text, never executed: the manifests (``__manifest__.py``, ``__openerp__.py``) at most two folders down, the first
:data:`MAX_MANIFESTS` in path order, 64 KB each; at most :data:`MAX_REPLACED` replacements kept."""

from __future__ import annotations

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_MANIFESTS, MAX_BYTES, MAX_REPLACED = 20, 64 * 1024, 20
_ODOO_MANIFEST = lazy_compile(r"^(?:[^/]+/){0,2}__(?:manifest|openerp)__\.py$")
_REPLACE = lazy_compile(r"""\(\s*['"]replace['"]\s*,\s*['"]/?([\w./-]{1,300})['"]\s*,\s*['"]/?([\w./-]{1,300})['"]\s*\)""")


def replaced_files(text: str) -> list[tuple[str, str, int]]:
    """(host file, own file, line) of each ``('replace', target, own)`` asset of an Odoo manifest's text."""
    return [(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1) for m in _REPLACE.finditer(text)][:MAX_REPLACED]


@fact("host_replaced", version=1)
def host_replaced(ctx) -> dict:
    """``{"replaced": [{"manifest", "line", "host", "target", "file"}]}``: the host's files the add-on's manifests replace."""
    out = []
    for path in sorted(p for p in ctx.snapshot.files if _ODOO_MANIFEST.match(p))[:MAX_MANIFESTS]:
        for target, own, line in replaced_files(ctx.snapshot.read_text(path, limit=MAX_BYTES) or ""):
            # (the own file is the module's: its first folder is the module's name, the manifest's folder)
            out.append({"manifest": path, "line": line, "host": "Odoo", "target": target, "file": own})
    return {"replaced": out[:MAX_REPLACED]}

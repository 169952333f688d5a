"""The ``module_templates`` fact: Python modules an install writes from a template the repository holds
(``base/pyenv.template`` -> ``pyenv.py``, ``settings.py.dist``). Such a module, imported by the project's own files, is
the project's, not a package a manifest should declare."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

_MODULE_TEMPLATE = lazy_compile(r"^([A-Za-z_]\w*)(?:\.py)?\.(?:template|tpl|tmpl|in|dist|sample|example|j2)$")


@fact("module_templates", version=1, public=False)
def module_templates(ctx) -> list[str]:
    """Sorted lower-case module names of the repository's template files."""
    return sorted({m.group(1).lower() for e in ctx.snapshot.files.values() if (m := _MODULE_TEMPLATE.match(e.name))})

"""``host_depends``: the extensions a TYPO3 extension declares it depends on, in its ext_emconf.php's ``'constraints' => ['depends'
=> [...]]`` (other than typo3 and php themselves): third-party or system extensions TYPO3's Extension Manager installs beside it, no
library of its own (issue 12, s41 fb41 = CDG47-Dev/t3_Serignac: a site template depending on bootstrap_package and indexed_search).

Value: ``{"path": "ext_emconf.php", "line": n, "depends": [[name, version constraint], …]}`` or ``{}``. Read at the root and one
folder down (an extension kept in a sub-folder), the first 64 kB of each, at most 5 files, in path order; the PHP is never run."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_BYTES = 64 * 1024
_DEPENDS = lazy_compile(r"""['"]depends['"]\s*=>\s*(?:array\s*\(|\[)([^()\[\]]{0,4000})[)\]]""", re.I)
_PAIR = lazy_compile(r"""['"]([A-Za-z][\w.-]{0,80})['"]\s*=>\s*['"]([^'"\n]{0,60})['"]""")
_PLATFORM = frozenset({"typo3", "php", "cms", "core"})  # (the host and its runtime, named as constraints: no extension)


@fact("host_depends", version=1, public=False)
def host_depends(ctx) -> dict:
    paths = sorted(p for p, e in ctx.snapshot.files.items() if e.kind == "file" and p.rsplit("/", 1)[-1] == "ext_emconf.php"
                   and p.count("/") <= 1)[:5]
    for path in paths:
        text = ctx.snapshot.read_text(path, limit=MAX_BYTES) or ""
        m = _DEPENDS.search(text)
        if not m:
            continue
        depends = [[k, v.strip()] for k, v in _PAIR.findall(m.group(1)) if k.lower() not in _PLATFORM]
        if depends:
            return {"path": path, "line": text.count("\n", 0, m.start()) + 1, "depends": depends[:20]}
    return {}

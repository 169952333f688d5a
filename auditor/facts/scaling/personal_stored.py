"""Records a browser application keeps, read as models by ``personal_data`` (issue 12, s44 fg44 = laatirisedki93/pointage-app-noisy:
a town's clock-in page declared ``interface PointageData { ip: string; latitude: number | null; longitude: number | null; address:
string; … }`` in its component, src/components/Pointage.tsx, and wrote each record to ``localStorage.setItem``: the model of what it
keeps, though no file is named or placed as a model).

A code file that writes to the browser's storage (``localStorage``/``sessionStorage``/``localforage`` ``.setItem``, an IndexedDB
object store's ``add``/``put``) is read for the record types it declares at the top level and uses elsewhere in the file
(``interface X {…}``, ``type X = {…}``; not a component's props, state or context, nor settings or options): only those
declarations are read, the rest of the file is blanked, line numbers kept. Such a file counts as a model only with a person's field
(a theme preference kept in localStorage is no database)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# (the signal personal.browser-store, in scaling/signals.py)
STORE_WRITE = r"\b(?:localStorage|sessionStorage|localforage)\.setItem\s*\(|\.objectStore\([^)\n]{0,80}\)\.(?:add|put)\s*\("
_DECLARATION = lazy_compile(r"^(?:export\s+)?(?:interface\s+([A-Za-z_]\w*)\b[^{\n]*\{|type\s+([A-Za-z_]\w*)\s*=\s*\{)")
_NOT_RECORD = lazy_compile(r"(?:Props|State|Context|ContextValue|ContextProps|Config|Configuration|Options|Settings|Params|Theme|Styles?)$")
MAX_DECLARATIONS = 40
MAX_LINES = 200  # (of one declaration)


def stored_record_types(text: str) -> str:
    """``text`` with only the lines of its top-level record types used elsewhere in the file (see the module); "" when none."""
    lines = text.split("\n")
    keep = [False] * len(lines)
    found = 0
    for i, line in enumerate(lines):
        m = _DECLARATION.match(line)
        if not m or found >= MAX_DECLARATIONS:
            continue
        name = m.group(1) or m.group(2)
        if _NOT_RECORD.search(name) or len(re.findall(rf"\b{re.escape(name)}\b", text)) < 2:
            continue
        depth, end = 0, None
        for j in range(i, min(len(lines), i + MAX_LINES)):
            depth += lines[j].count("{") - lines[j].count("}")
            if depth <= 0:
                end = j
                break
        if end is None:
            continue
        found += 1
        for j in range(i, end + 1):
            keep[j] = True
    return "\n".join(line if k else "" for line, k in zip(lines, keep)) if found else ""

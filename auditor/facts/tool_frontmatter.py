"""Dependencies an Open WebUI Tool or Function declares in its frontmatter: the module docstring at the top of its one Python file
(``title: …``, ``author: …``, ``version: …``, ``requirements: psycopg2-binary, requests==2.32.3``), which Open WebUI reads when an
administrator installs the Tool and installs with pip (docs.openwebui.com, Tools: "Tool Requirements"). No manifest beside it: that
line is the Tool's dependency declaration, pinned when every package carries ``==version`` (issue 12, s22: CharlotteAudiar/
dev_outils_dataIA's fonctionnalites/exploration-bd/exploration-bd.py was "Aucun manifeste de dépendances")."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_TOOL_FILES = 200
HEAD_BYTES = 8192
_FIELD = lazy_compile(r"^[ \t]*([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*([^\n]*)$", re.M)
# the class Open WebUI loads from the file: a Tool's Tools, a Function's Pipe, Filter or Action, a pipeline's Pipeline
_OPENWEBUI_CLASS = lazy_compile(r"^class[ \t]+(?:Tools|Pipe|Filter|Action|Pipeline)\b", re.M)
_PACKAGE = lazy_compile(r"^[ \t]*([A-Za-z0-9][A-Za-z0-9._-]{0,100})(\[[^\]]{0,100}\])?[ \t]*(==|>=|<=|~=|!=|<|>)?")


def frontmatter(text: str) -> dict[str, tuple[str, int]] | None:
    """The fields (value, line) of the docstring opening a Python file, after its comment and blank lines, when it is a
    frontmatter (a ``title:`` field); None otherwise."""
    lines = text[:HEAD_BYTES].split("\n")
    i = 0
    while i < len(lines) and i < 30 and (not lines[i].strip() or lines[i].lstrip().startswith("#")):
        i += 1
    if i >= len(lines) or not lines[i].lstrip().startswith(('"""', "'''")):
        return None
    quote = lines[i].lstrip()[:3]
    first = lines[i].lstrip()[3:]
    body = [first] if first.strip() else []
    start = i + 1 if not first.strip() else i
    for j in range(i + 1, min(len(lines), i + 200)):
        if quote in lines[j]:
            body.append(lines[j].split(quote, 1)[0])
            break
        body.append(lines[j])
    else:
        return None
    text_body = "\n".join(body)
    fields = {}
    for m in _FIELD.finditer(text_body):
        fields.setdefault(m.group(1).lower(), (m.group(2).strip(), start + text_body.count("\n", 0, m.start()) + 1))
    return fields if "title" in fields else None


def tool_manifests(snap, python_files: list[str]) -> list[dict]:
    """A manifests-fact entry per Open WebUI Tool or Function declaring its requirements (a frontmatter with a ``requirements:``
    field, in a file defining the class Open WebUI loads: ``class Tools``, ``Pipe``, ``Filter``, ``Action``, ``Pipeline``), sorted
    files, at most MAX_TOOL_FILES."""
    out = []
    for path in sorted(python_files)[:MAX_TOOL_FILES]:
        text = snap.read_text(path, limit=256 * 1024) or ""
        fields = frontmatter(text)
        value = (fields or {}).get("requirements")
        if not value or not value[0] or not _OPENWEBUI_CLASS.search(text):
            continue
        reqs = [r for r in (p.strip() for p in value[0].split(",")) if r][:100]
        found = [m for m in (_PACKAGE.match(r) for r in reqs) if m]
        if not found:
            continue
        out.append({"path": path, "ecosystem": "openwebui", "name": (fields.get("title") or ("", 0))[0][:100] or None,
                    "dependencies": sorted({m.group(1).lower() for m in found}), "dev_dependencies": [],
                    "lockfile": path if all(m.group(3) == "==" for m in found) else None, "error": None})
    return out

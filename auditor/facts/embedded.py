"""Code embedded in files of another format, extracted so that it can be measured like any source file:

- a Jupyter notebook's code cells (Python, R), its Markdown cells kept as comment lines (``# …``: a notebook explains
  itself in prose cells) and IPython magics (``%matplotlib``, ``!pip``) commented out so that the code parses;
- a Vue or Svelte single-file component's ``<script>`` blocks (JavaScript, or TypeScript with ``lang="ts"``), the
  template and style replaced by blank lines so that line numbers stay the component's.

Pure functions of a text (nothing is executed), used by the per-file tasks of the ``code`` and ``code-comments`` facts.
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.lazyre import lazy_compile

_SCRIPT = lazy_compile(r"<script\b([^>]*)>((?:(?!<script\b).)*?)</script\s*>", re.S | re.I)
_TS = lazy_compile(r"""\blang\s*=\s*["']?(ts|typescript|tsx)\b""", re.I)
_MAGIC = lazy_compile(r"^\s*[%!?]")


def notebook_code(text: str) -> tuple[str, str] | None:
    """``(code, language)`` of a notebook ("python" or "r"), None when it is not a readable notebook or in another language."""
    try:
        data = safejson.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return None
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    kernel = meta.get("kernelspec") if isinstance(meta.get("kernelspec"), dict) else {}
    info = meta.get("language_info") if isinstance(meta.get("language_info"), dict) else {}
    language = str(info.get("name") or kernel.get("language") or "python").lower()
    if language not in ("python", "r"):
        return None
    lines: list[str] = []
    for cell in data["cells"]:
        if not isinstance(cell, dict):
            continue
        source = cell.get("source", "")
        body = "".join(s for s in source if isinstance(s, str)) if isinstance(source, list) else str(source)
        if cell.get("cell_type") == "code":
            lines += ["# " + line if _MAGIC.match(line) else line for line in body.splitlines()]
        elif cell.get("cell_type") == "markdown":
            lines += ["# " + line for line in body.splitlines() if line.strip()]
        lines.append("")
    return "\n".join(lines) + "\n", language


def component_script(text: str) -> tuple[str, str]:
    """``(script, language)`` of a Vue or Svelte component: its ``<script>`` blocks where they stand, every other line blank;
    language "typescript" when a block says ``lang="ts"``, else "javascript"."""
    out = ["" for _ in range(text.count("\n") + 1)]
    language = "javascript"
    for m in _SCRIPT.finditer(text):
        if _TS.search(m.group(1)):
            language = "typescript"
        first = text.count("\n", 0, m.start(2))
        for k, line in enumerate(m.group(2).split("\n")):
            out[first + k] = line if k else line.lstrip()
    return "\n".join(out), language


LITERATE_EXT = {"rmd", "qmd"}  # R Markdown and Quarto documents: chunks of code between paragraphs of prose
_CHUNK_OPEN = lazy_compile(r"^\s*(`{3,})\s*\{\s*([A-Za-z]+)\b")  # ```{r setup}, ```{python}, ```{sql, connection=con}
_CHUNK_EXT = {"r": "r", "python": "py", "sql": "sql", "bash": "sh", "sh": "sh", "js": "js", "javascript": "js"}
_PARAMS = lazy_compile(r"^params\s*:")


def literate_code(text: str) -> dict[str, str]:
    """``{extension: code}`` of an R Markdown or Quarto document: each language's chunks where they stand (``r``, ``py``,
    ``sql``…), every other line blank, so that line numbers stay the document's. The ``params:`` block of the YAML header
    (the values the chunks read as ``params$…``) goes with the R code (Quarto documents without R chunks: with the most
    frequent language). Display-only code blocks (plain fences, no ``{language}``) and the prose are left out."""
    lines = text.split("\n")
    parts: dict[str, list[str]] = {}
    header: list[tuple[int, str]] = []
    i = 0
    if lines and lines[0].strip() == "---":  # the YAML header: keep its params: block only (title, author, output are no code)
        in_params = False
        for k in range(1, len(lines)):
            if lines[k].strip() in ("---", "..."):
                i = k + 1
                break
            if _PARAMS.match(lines[k]):
                in_params = True
            elif lines[k][:1] not in (" ", "\t", "") and lines[k].strip():
                in_params = False
            if in_params:
                header.append((k, lines[k]))
    counts: dict[str, int] = {}
    while i < len(lines):
        m = _CHUNK_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        fence, ext = m.group(1), _CHUNK_EXT.get(m.group(2).lower())
        j = i + 1
        while j < len(lines) and not (lines[j].strip().startswith(fence) and not lines[j].strip().strip("`")):
            j += 1
        if ext:
            out = parts.setdefault(ext, [""] * len(lines))
            out[i + 1:j] = lines[i + 1:j]
            counts[ext] = counts.get(ext, 0) + 1
        i = j + 1
    if header:
        main = "r" if "r" in counts or not counts else max(sorted(counts), key=counts.get)
        out = parts.setdefault(main, [""] * len(lines))
        for k, line in header:
            out[k] = line
    return {ext: "\n".join(out) for ext, out in sorted(parts.items())}

"""Code embedded in files of another format, extracted so that it can be measured like any source file:

- a Jupyter notebook's code cells (Python, R; the text scans read any kernel's language, :data:`KERNEL_EXT`), its Markdown cells kept as comment lines (``# …``: a notebook explains
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
# IPython's other line syntax (its input transformers turn them into calls before Python reads the cell): a help suffix, `ax.plot?`,
# `plt.figure??`, `obj.method()?`; a shell escape or a magic whose output is assigned, `files = !ls`, `t = %timeit -o f()`
_HELP_END = lazy_compile(r"^[^\S\n]*[A-Za-z_*][\w.*]*(?:\[[^\]\n]*\])?(?:\(\))?[^\S\n]*\?\??[^\S\n]*$")
_ASSIGNED_MAGIC = lazy_compile(r"^[^\S\n]*[A-Za-z_][\w.]*(?:[^\S\n]*,[^\S\n]*[A-Za-z_][\w.]*)*[^\S\n]*=[^\S\n]*[!%][^=]")
# a cell magic, `%%bash`, `%%html`, `%%sql`: the whole cell is the magic's input; only these run their body as Python
_CELL_MAGIC = lazy_compile(r"^[^\S\n]*%%([A-Za-z_]\w*)")
_PYTHON_BODY_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug"})


def ipython_line(line: str) -> bool:
    """Whether one line of a Python notebook's code cell is IPython syntax rather than Python (a magic, a shell escape, a help
    request): Python's parser cannot read it, IPython runs it as a call."""
    return bool(_MAGIC.match(line) or _HELP_END.match(line) or _ASSIGNED_MAGIC.match(line))


def _code_cell(body: str, language: str) -> list[str]:
    """The lines of a code cell as Python reads them: IPython's lines turned into comments (a cell magic's whole cell when its
    body is not Python, `%%bash`), line by line, in order."""
    lines = body.splitlines()
    if language != "python":
        return ["# " + line if _MAGIC.match(line) else line for line in lines]
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    magic = _CELL_MAGIC.match(lines[first]) if first is not None else None
    if magic and magic.group(1) not in _PYTHON_BODY_MAGICS:
        return ["# " + line for line in lines]
    out: list[str] = []
    continued = False  # (an IPython line continued by a backslash, `%pip install \` then one package a line: all IPython's)
    for line in lines:
        magic_line = continued or ipython_line(line)
        out.append("# " + line if magic_line else line)
        continued = magic_line and line.rstrip().endswith("\\")
    return out


# A notebook's file carries its cells' outputs (figures in base64, HTML tables): a file of a few MB holds a few KB of cells. A reader
# bounding what it reads per file (the text scan's 512 KB) bounds a notebook's cell sources (code and Markdown), and reads its file up
# to this fixed size (a hostile file of hundreds of MB is never parsed; the snapshot's own cap, 2 MB by default, comes first).
NOTEBOOK_MAX_RAW_BYTES = 20 * 1024 * 1024


def notebook_code(text: str) -> tuple[str, str] | None:
    """``(code, language)`` of a notebook ("python" or "r"), None when it is not a readable notebook or in another language."""
    found = _notebook(text, False)
    return None if found is None else (found[0], found[1])


def notebook_cell_bytes(text: str) -> int | None:
    """The size in UTF-8 bytes of a notebook's cell sources, code and Markdown (its outputs and attachments left out): what a
    per-file bound weighs of a notebook; None when it is no readable notebook (JSON with a list of cells), whatever its language."""
    data = _notebook_json(text)
    return None if data is None else _source_bytes(data)


def _source_bytes(data: dict) -> int:
    n = 0
    for cell in data["cells"]:
        if isinstance(cell, dict) and cell.get("cell_type") in ("code", "markdown"):
            n += len(_cell_source(cell).encode("utf-8", "replace"))
    return n


def _cell_source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(s for s in source if isinstance(s, str)) if isinstance(source, list) else str(source)


def notebook_measurable(text: str) -> tuple[str, str, int, int] | None:
    """``(code, language, code_chars, dropped_chars)`` of a notebook for the code's measures (complexity, comments): the code
    cells Python parses, one by one as IPython runs them — a cell left unfinished (``df["Date"] = pd.``) is left out, not the
    whole notebook —; ``code_chars`` the characters of the cells' sources kept (what the notebook weighs as code: its JSON
    carries the outputs, base64 figures of 100 KB), ``dropped_chars`` those of the cells left out. None as :func:`notebook_code`."""
    return _notebook(text, True)


def _parses(lines: list[str]) -> bool:
    from auditor.facts.pyparse import parse

    try:
        parse("\n".join(lines) + "\n")
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _notebook_json(text: str) -> dict | None:
    try:
        data = safejson.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return None
    return data


def notebook_language(data: dict) -> str:
    """A notebook's kernel language, lower case: its ``language_info.name``, else its ``kernelspec.language``, else "python" (a
    notebook saying none is IPython's, Jupyter's default)."""
    meta = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    kernel = meta.get("kernelspec") if isinstance(meta.get("kernelspec"), dict) else {}
    info = meta.get("language_info") if isinstance(meta.get("language_info"), dict) else {}
    return str(info.get("name") or kernel.get("language") or "python").strip().lower()


# The extension a notebook's code cells are read as by the text scans (the signals, the secrets scan), by its kernel language: an R
# notebook (IRkernel, "R") as an .R script — library(sf), st_read(…), a join on code_insee, as in the team's .R files —, a Julia one
# as Julia, and so on. A language not named here is read as plain text ("": what every file is read for, its addresses, territory
# values and credentials), never as Python.
KERNEL_EXT = {"python": "py", "python3": "py", "ipython": "py", "r": "r", "julia": "jl", "javascript": "js", "typescript": "ts",
              "bash": "sh", "sh": "sh", "shell": "sh", "sql": "sql", "scala": "scala", "java": "java", "kotlin": "kt", "groovy": "groovy",
              "ruby": "rb", "go": "go", "rust": "rs", "c#": "cs", "csharp": "cs", "powershell": "ps1", "php": "php", "perl": "pl",
              "lua": "lua", "c++": "cpp", "cpp": "cpp", "c": "c"}


def notebook_ext(data: dict) -> str:
    """The extension a notebook's code cells are read as (:data:`KERNEL_EXT`; "" for a language not named there)."""
    return KERNEL_EXT.get(notebook_language(data), "")


def _notebook(text: str | dict, parsable: bool) -> tuple[str, str, int, int] | None:
    data = _notebook_json(text) if isinstance(text, str) else text
    if data is None:
        return None
    language = notebook_language(data)
    if language not in ("python", "r"):
        return None
    lines: list[str] = []
    kept = dropped = 0
    for cell in data["cells"]:
        if not isinstance(cell, dict):
            continue
        body = _cell_source(cell)
        if cell.get("cell_type") == "code":
            code = _code_cell(body, language)
            if parsable and language == "python" and body.strip() and not _parses(code):
                dropped += len(body)
                continue
            kept += len(body)
            lines += code
        elif cell.get("cell_type") == "markdown":
            lines += ["# " + line for line in body.splitlines() if line.strip()]
        lines.append("")
    return "\n".join(lines) + "\n", language, kept, dropped


_JSON_STRING_LINE = lazy_compile(r'^[^\S\n]*("(?:[^"\\\n]|\\.)*")[^\S\n]*,?[^\S\n]*$')
_CELL_TYPE = lazy_compile(r'^[^\S\n]*"cell_type"[^\S\n]*:[^\S\n]*"(\w+)"')
_SOURCE_OPEN = lazy_compile(r'^([^\S\n]*)"source"[^\S\n]*:[^\S\n]*\[[^\S\n]*$')


def _cell_strings(text: str, opener, one_line=None):
    """``(line index, value)`` of each JSON string a code cell holds in a list opened by ``opener`` (a cell's "source", an
    output's "text"), or on one line matched by ``one_line``, as nbformat writes a notebook: one string a line, the list closed at
    its opening line's indent; the value's line breaks as spaces. Other cells' lists are stepped over, never read as cells."""
    kind, indent = "", None
    for k, line in enumerate(text.split("\n")):
        if indent is not None:
            if line.strip() in ("]", "],") and line[: len(line) - len(line.lstrip())] == indent:
                indent = None
                continue
            m = _JSON_STRING_LINE.match(line)
        elif m := _CELL_TYPE.match(line):
            kind = m.group(1)
            continue
        elif m := opener.match(line):
            indent = m.group(1)
            continue
        else:
            m = one_line.match(line) if one_line is not None else None
        if m and kind == "code":
            try:
                value = safejson.loads(m.group(1))
            except ValueError:
                value = None
            if isinstance(value, str):
                yield k, value.rstrip("\n").replace("\n", " ")


def notebook_lines(text: str, data: dict | None = None) -> str | None:
    """A notebook's code cells where they are written in its file, whatever its kernel language (:func:`notebook_ext` says which
    language they are read as): the text has the file's lines, each line of a code cell's source on the line of the JSON file
    holding it (nbformat writes one source line per line), every other line blank, so that a finding names the line of the file. A
    notebook written otherwise (a cell's source as one string, the JSON on one line) gives its code cells one after the other; None
    when it is no readable notebook. ``data``: the notebook's JSON when the caller parsed it already (:func:`notebook_scan`)."""
    data = _notebook_json(text) if data is None else data
    if data is None:
        return None
    out = ["" for _ in range(text.count("\n") + 1)]
    mapped = 0
    for k, value in _cell_strings(text, _SOURCE_OPEN):
        out[k] = value
        mapped += 1
    if not mapped:  # (a Python or R notebook as :func:`notebook_code` gives it; another language's code cells only)
        found = _notebook(data, False)
        cells = found[0] if found is not None else "\n".join(
            "\n".join(_code_cell(_cell_source(c), "")) for c in data["cells"] if isinstance(c, dict) and c.get("cell_type") == "code") + "\n"
        if cells.strip():
            return cells
    return "\n".join(out)


# An output's text in a notebook's file as nbformat writes it: a stream's "text" (what the code printed: an environment listed, a
# response), a result's "text/plain", a list of lines (or one string); figures (image/png), HTML tables and tracebacks are left out
_OUTPUT_TEXT_OPEN = lazy_compile(r'^([^\S\n]*)"(?:text|text/plain)"[^\S\n]*:[^\S\n]*\[[^\S\n]*$')
_OUTPUT_TEXT_ONE = lazy_compile(r'^[^\S\n]*"(?:text|text/plain)"[^\S\n]*:[^\S\n]*("(?:[^"\\\n]|\\.)*")[^\S\n]*,?[^\S\n]*$')


def _output_texts(data: dict) -> list[str]:
    out = []
    for cell in data["cells"]:
        for o in (cell.get("outputs") if isinstance(cell, dict) and isinstance(cell.get("outputs"), list) else []):
            if not isinstance(o, dict):
                continue
            value = o.get("text") if o.get("output_type") == "stream" else (o.get("data") or {}).get("text/plain") \
                if isinstance(o.get("data"), dict) else None
            if isinstance(value, list):
                out.append("".join(v for v in value if isinstance(v, str)))
            elif isinstance(value, str):
                out.append(value)
    return out


def notebook_outputs(text: str, max_bytes: int, data: dict | None = None) -> str | None:
    """A notebook's text outputs (:data:`_OUTPUT_TEXT_OPEN`: what its cells printed, published with it) where they are written in its
    file, every other line blank, as :func:`notebook_lines` gives its code; only the first ``max_bytes`` (UTF-8) of them in file
    order, the lines past that bound blank (a notebook printing a table of 100,000 rows is read up to the bound). A notebook written
    otherwise gives them one after the other, up to the bound. None when it is no readable notebook."""
    data = _notebook_json(text) if data is None else data
    if data is None:
        return None
    out = ["" for _ in range(text.count("\n") + 1)]
    mapped, size = 0, 0
    for k, value in _cell_strings(text, _OUTPUT_TEXT_OPEN, _OUTPUT_TEXT_ONE):
        size += len(value.encode("utf-8", "replace")) + 1
        mapped += 1
        if size <= max_bytes:
            out[k] = value
    if not mapped:
        found, size = [], 0
        for value in _output_texts(data):
            for piece in value.split("\n"):
                size += len(piece.encode("utf-8", "replace")) + 1
                if size > max_bytes:
                    break
                found.append(piece)
        return "\n".join(found) + "\n" if "".join(found).strip() else "\n".join(out)
    return "\n".join(out)


def notebook_scan(text: str, max_cell_bytes: int) -> tuple[str | None, int | None, str]:
    """``(lines, cell_bytes, ext)`` of a notebook for a text scan bounded to ``max_cell_bytes`` a file, its JSON parsed once: its
    code cells as :func:`notebook_lines` gives them, None when it is no readable notebook or when its cell sources
    (:func:`notebook_cell_bytes`) weigh more than the bound (then left unread, as a file over it); ``cell_bytes`` None when it is no
    readable notebook; ``ext`` the extension its code is read as (:func:`notebook_ext`)."""
    data = _notebook_json(text)
    if data is None:
        return None, None, ""
    size = _source_bytes(data)
    if size > max_cell_bytes:
        return None, size, notebook_ext(data)
    return notebook_lines(text, data), size, notebook_ext(data)


def notebook_sources(text: str, max_cell_bytes: int) -> str | None:
    """A notebook's cell sources, code and Markdown, one cell after the other (its outputs dropped), for a reader looking for words
    in it; "" when they weigh more than ``max_cell_bytes`` (left unread, as a file over the reader's bound); None when it is no
    readable notebook."""
    data = _notebook_json(text)
    if data is None:
        return None
    if _source_bytes(data) > max_cell_bytes:
        return ""
    return "\n".join(_cell_source(c) for c in data["cells"] if isinstance(c, dict) and c.get("cell_type") in ("code", "markdown")) + "\n"


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
# (ojs: Quarto's Observable JavaScript cells, run in the reader's browser: a static map site's MapLibre map and its IGN WMTS layer)
_CHUNK_EXT = {"r": "r", "python": "py", "sql": "sql", "bash": "sh", "sh": "sh", "js": "js", "javascript": "js", "ojs": "js"}
_PARAMS = lazy_compile(r"^params\s*:")
# a chunk never run, only shown: knitr's ```{r, eval = FALSE} (or eval=F), Quarto's "#| eval: false" option line (written in the
# chunk's comment syntax: "//|" in an {ojs} or {js} chunk, "--|" in a {sql} one)
_NO_EVAL = lazy_compile(r"[{,\s]eval\s*=\s*(?:FALSE|F)\s*[,}]")
_NO_EVAL_OPTION = lazy_compile(r"^\s*(?:#|//|--)\|\s*eval\s*:\s*false\s*$", re.I)
_OPTION = lazy_compile(r"^\s*(?:#|//|--)\|")


def literate_code(text: str, shown: bool = False) -> dict[str, str]:
    """``{extension: code}`` of an R Markdown or Quarto document: each language's chunks where they stand (``r``, ``py``,
    ``sql``, ``js`` for JavaScript and Observable JS…), every other line blank, so that line numbers stay the document's. The
    ``params:`` block of the YAML header (the values the chunks read as ``params$…``) goes with the R code (Quarto documents
    without R chunks: with the most frequent language). Display-only code blocks (plain fences, no ``{language}``; chunks never run, ``{r, eval = FALSE}`` or
    ``#| eval: false``: code shown to the reader, a tutorial's example) and the prose are left out; ``shown``: the chunks never run
    are kept too (what the published document shows: a password written in its install chunk is published with it, s41 fr41)."""
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
        options = []
        for k in range(i + 1, min(j, i + 30)):  # (Quarto's chunk options: the "#|" lines opening the chunk)
            if not _OPTION.match(lines[k]):
                break
            options.append(lines[k])
        shown_only = bool(_NO_EVAL.search(lines[i])) or any(_NO_EVAL_OPTION.match(o) for o in options)
        if ext and (shown or not shown_only):
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

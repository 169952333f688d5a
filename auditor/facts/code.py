"""``code``: code inventory and complexity metrics.

- Python: radon (cyclomatic complexity per function, maintainability index per file).
- JavaScript, TypeScript, PHP, Java, Ruby, Go, Rust, Kotlin, C#, C/C++, Scala, Swift, Lua, R…: lizard
  (cyclomatic complexity per function).
- Vue and Svelte components: their ``<script>`` blocks; Jupyter notebooks: their code cells (Python or R), as
  :mod:`auditor.facts.embedded` extracts them.

Both are fed texts read through the snapshot (``cc_visit(text)``, ``analyze_source_code(name,
text)``): nothing is executed and no file on disk is read. Vendored, generated, minified, test and
documentation code is left out, and the counts of what was left out are part of the value.
Bounded by file size, file count and total bytes in path order, never by time, so the same commit
gives the same value under any load (``complete`` is false when a bound was hit).
"""

from __future__ import annotations


from auditor.facts import fact, within_bounds
from auditor.facts.embedded import component_script, notebook_code
from auditor.facts.inventory import (PROGRAM_EXT, TOOL_LANGUAGES, code_ext, inventory_of, is_doc, is_generated, is_test, is_vendored,
                                     opens_as_php)

MAX_FILE_BYTES = 300 * 1024
MAX_FILES = 10_000
MAX_TOTAL_BYTES = 64 * 1024 * 1024  # read and measured, in path order
WORST_KEPT = 100

LIZARD_EXT = {
    "js": "JavaScript", "mjs": "JavaScript", "cjs": "JavaScript", "jsx": "JavaScript", "ts": "TypeScript", "mts": "TypeScript",
    "tsx": "TypeScript", "vue": "Vue", "php": "PHP", "java": "Java", "rb": "Ruby", "go": "Go", "rs": "Rust", "kt": "Kotlin",
    "kts": "Kotlin", "cs": "C#", "c": "C", "h": "C", "cc": "C++", "cpp": "C++", "hpp": "C++", "scala": "Scala", "swift": "Swift",
    "lua": "Lua", "m": "Objective-C", "pl": "Perl", "r": "R", "erl": "Erlang", "sol": "Solidity", "zig": "Zig",
}
SOURCE_EXT = {"py": "Python", **LIZARD_EXT, "svelte": "Svelte", "ipynb": "Jupyter Notebook"}
NOTEBOOK_MAX_BYTES = 2 * 1024 * 1024  # a notebook's JSON carries its outputs (images): its code is a small part of it
# Every programming language of the inventory (PROGRAM_EXT) counts in the source/test inventory (no file
# is read there), measured or not (Elixir, Dart, Haskell…); markup, styles, SQL and notebooks do not.


def looks_minified(text: str) -> bool:
    """Bundled or minified code: very long lines on average, or one huge line."""
    if not text:
        return False
    lines = text.count("\n") + 1
    return len(text) / lines > 300 or (lines < 5 and len(text) > 5000)


def classify_source(path: str, category: str | None = None) -> str | None:
    """'vendored', 'generated', 'test', 'doc' or None (project code) for a source file; ``category`` is the
    inventory's (a library copy recognised by its banner or name is vendored wherever it sits)."""
    if is_vendored(path):
        return "vendored"
    if is_generated(path):
        return "generated"
    if category == "vendored":  # (a copied package's own tests are the library's: lib/datetimepicker/tests/)
        return "vendored"
    if is_test(path) or category == "test":  # (the inventory's too: a folder a test runner or the CI names, puppeteer/)
        return "test"
    if is_doc(path):
        return "doc"
    if category in ("vendored", "generated"):  # (the inventory's: a parser generated from the grammar beside it)
        return category
    if category == "documentation":  # (the inventory's: a Sphinx site's conf.py beside its index.rst)
        return "doc"
    if category in ("data", "build"):  # (the inventory's: a qgis2web export's layers, GeoJSON written into .js files by the exporter;
        return "generated"              # a bundler's declared output, a minified copy of the project's own script)
    return None


def _raw_counts(text: str) -> tuple[int, int, int]:
    """(logical lines, source lines, comment + docstring lines) in one tokenize pass.

    radon's ``raw.analyze`` re-tokenizes each logical line and dominates the run time on large
    projects; these are the same three inputs of its maintainability index, counted once.
    """
    import io
    import tokenize

    lloc = 0
    code_lines: set[int] = set()
    comment_lines: set[int] = set()
    doc_lines: set[int] = set()
    prev = tokenize.NEWLINE
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            t = tok.type
            if t == tokenize.COMMENT:
                comment_lines.add(tok.start[0])
            elif t == tokenize.STRING and prev in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.NL) and tok.end[0] > tok.start[0]:
                doc_lines.update(range(tok.start[0], tok.end[0] + 1))  # a docstring-like multi-line string
            elif t == tokenize.NEWLINE:
                lloc += 1
            if t not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER, tokenize.STRING) or (
                    t == tokenize.STRING and tok.start[0] not in doc_lines):
                code_lines.update(range(tok.start[0], tok.end[0] + 1))
            if t not in (tokenize.COMMENT, tokenize.NL):
                prev = t
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return lloc, len(code_lines - doc_lines), len(comment_lines) + len(doc_lines)


def _python_metrics(text: str):
    """Functions (name, line, cc, length) with radon, and radon's maintainability index (mi_compute)."""
    import ast

    from radon.complexity import cc_visit_ast
    from radon.metrics import h_visit_ast, mi_compute

    tree = ast.parse(text)
    funcs = []
    total_cc = 0
    for block in cc_visit_ast(tree):
        # methods come as their own blocks (with their class name); a Class block sums them: skip it
        if type(block).__name__ == "Class":
            continue
        name = f"{block.classname}.{block.name}" if getattr(block, "classname", None) else block.name
        funcs.append((name, block.lineno, block.complexity, block.endline - block.lineno + 1 if block.endline else None))
    from radon.visitors import ComplexityVisitor

    total_cc = ComplexityVisitor.from_ast(tree).total_complexity
    lloc, sloc, comments = _raw_counts(text)
    volume = h_visit_ast(tree).total.volume
    mi = mi_compute(volume, total_cc, lloc, comments / sloc * 100 if sloc else 0)
    return funcs, float(mi), sloc


def load_lizard():
    """lizard's module, imported with ``sys.path`` left as it was.

    When imported, lizard puts the folder of the running script first on ``sys.path`` (for Windows'
    embeddable Python). In a pool's server process, started with ``python -c``, that folder is the
    current one: run from inside an audited repository, every module imported after lizard (the
    analysers, the standard library's lazily imported modules) would be looked for in the repository
    first, and a ``detect_secrets/`` or ``tokenize.py`` planted there would run in the workers."""
    import sys

    module = sys.modules.get("lizard")
    if module is None:
        saved = list(sys.path)
        try:
            import lizard as module
        finally:
            sys.path[:] = saved
    return module


def _lizard_metrics(name: str, text: str):
    info = load_lizard().analyze_file.analyze_source_code(name, text)
    return [(f.name, f.start_line, f.cyclomatic_complexity, f.nloc) for f in info.function_list], info.nloc


def measure(path: str, text: str | None) -> tuple[str | None, list, float | None, int]:
    """(reason left out or None, functions, maintainability index (Python) or None, nloc) of one
    file: a task of ``ctx.map_blobs`` (runs in a worker process, from the path and the text only)."""
    if text is None:
        return "unparsable", [], None, 0
    name = path.rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name[1:] else ""  # as FileEntry.ext
    if opens_as_php(name, text):  # a Drupal module's .module, .inc, .install… (see PHP_ALIAS_EXT)
        ext, name = "php", name + ".php"
    elif ext in ("vue", "svelte"):  # a component's <script> blocks, measured as the JavaScript or TypeScript they are
        text, lang = component_script(text)
        ext, name = ("ts" if lang == "typescript" else "js"), "component." + ("ts" if lang == "typescript" else "js")
    elif ext == "ipynb":  # a notebook's code cells
        found = notebook_code(text)
        if found is None:
            return "unparsable", [], None, 0
        text, lang = found
        ext, name = ("py", "notebook.py") if lang == "python" else ("r", "notebook.r")
    if ext != "py" and looks_minified(text):
        return "minified", [], None, 0
    try:
        if SOURCE_EXT[ext] == "Python":
            funcs, mi, nloc = _python_metrics(text)
            return None, funcs, mi, nloc
        funcs, nloc = _lizard_metrics(name, text)
        return None, funcs, None, nloc
    except (SyntaxError, ValueError, RecursionError, IndexError, TypeError, AttributeError):
        return "unparsable", [], None, 0


@fact("code", version=13, ahead=4)
def code(ctx) -> dict:
    snap = ctx.snapshot
    excluded = {"vendored": 0, "generated": 0, "test": 0, "doc": 0, "minified": 0, "too_large": 0, "over_budget": 0, "unparsable": 0}
    candidates = []
    inv = inventory_of(ctx)
    # the project's programs in a language no analyser here reads (Shell, Elixir, Dart…), and R Markdown notebooks (Jupyter's are read)
    not_measured: dict[str, int] = {}
    for e in snap.files.values():
        lang = inv.language(e.path)
        ext = code_ext(e, inv)
        if e.kind in ("file", "executable") and (ext in PROGRAM_EXT or ext == "rmd" or lang in TOOL_LANGUAGES) \
                and ext not in SOURCE_EXT and not classify_source(e.path, inv.category(e.path)):
            lang = lang or ext
            not_measured[lang] = not_measured.get(lang, 0) + 1
        if e.kind not in ("file", "executable") or ext not in SOURCE_EXT:
            continue
        why = classify_source(e.path, inv.category(e.path))
        if why:
            excluded[why] += 1
        elif e.size > (NOTEBOOK_MAX_BYTES if e.ext == "ipynb" else MAX_FILE_BYTES):
            excluded["too_large"] += 1
        else:
            candidates.append(e)
    # the functions and triggers of a data model, written in PL/pgSQL (CREATE FUNCTION …): code no analyser here reads (a schema
    # of tables alone is no code)
    routine_files = len((ctx.fact("sql-comments") or {}).get("routines") or {})
    if routine_files:
        not_measured["PL/pgSQL"] = not_measured.get("PL/pgSQL", 0) + routine_files
    candidates.sort(key=lambda e: e.path)
    kept = within_bounds(candidates, MAX_FILES, MAX_TOTAL_BYTES)[0]
    if len(kept) < len(candidates):
        excluded["over_budget"] += len(candidates) - len(kept)
    by_language: dict[str, dict] = {}
    cc_counts: dict[int, int] = {}
    worst: list[list] = []
    mi_files: list[list] = []
    measured = 0
    complete = len(kept) == len(candidates)
    measured_by_path = ctx.map_blobs("code-metrics", 4, kept, measure, limit=NOTEBOOK_MAX_BYTES)
    for e in kept:
        lang = SOURCE_EXT[code_ext(e, inv)]
        why, funcs, mi, nloc = measured_by_path[e.path]
        if why:
            excluded[why] += 1
            continue
        if mi is not None:
            mi_files.append([e.path, round(mi, 1)])
        measured += 1
        stats = by_language.setdefault(lang, {"files": 0, "functions": 0, "nloc": 0, "cc_total": 0})
        stats["files"] += 1
        stats["nloc"] += int(nloc or 0)
        for name, line, cc, length in funcs:
            stats["functions"] += 1
            stats["cc_total"] += cc
            cc_counts[cc] = cc_counts.get(cc, 0) + 1
            if cc > 5:
                worst.append([e.path, line, name[:120], cc, length])
        if len(worst) > 4 * WORST_KEPT:
            worst.sort(key=lambda w: (-w[3], w[0], w[1]))
            del worst[WORST_KEPT:]
    worst.sort(key=lambda w: (-w[3], w[0], w[1]))
    mi_files.sort(key=lambda m: (m[1], m[0]))
    functions = sum(cc_counts.values())
    return {
        "files_measured": measured,
        "functions": functions,
        "by_language": by_language,
        "cc_counts": {str(k): v for k, v in sorted(cc_counts.items())},
        "cc_mean": round(sum(k * v for k, v in cc_counts.items()) / functions, 2) if functions else None,
        "worst_functions": [{"path": p, "line": ln, "name": n, "cc": c, "length": length} for p, ln, n, c, length in worst[:WORST_KEPT]],
        "python_mi": {"files": len(mi_files), "mean": round(sum(m[1] for m in mi_files) / len(mi_files), 1) if mi_files else None,
                      "lowest": [{"path": p, "mi": v} for p, v in mi_files[:20]]},
        "excluded": excluded,
        "not_measured": dict(sorted(not_measured.items(), key=lambda kv: (-kv[1], kv[0]))),
        "complete": complete,
    }


@fact("source_inventory", version=11)
def source_inventory(ctx) -> dict:
    """Source and test file counts by kind (no file is read)."""
    counts = {"source": 0, "test": 0, "vendored": 0, "generated": 0, "doc": 0}
    tests = []
    tool_jobs: dict[str, int] = {}  # programs drawn in a tool (Talend, FME…): no test file of theirs to count, apart from the code's
    inv = inventory_of(ctx)
    for e in ctx.snapshot.files.values():
        if e.kind not in ("file", "executable"):
            continue
        lang = inv.language(e.path)
        if lang in TOOL_LANGUAGES:
            if inv.category(e.path) == "source":
                tool_jobs[lang] = tool_jobs.get(lang, 0) + 1
            continue
        if code_ext(e, inv) not in SOURCE_EXT and code_ext(e, inv) not in PROGRAM_EXT:
            continue
        why = classify_source(e.path, inv.category(e.path)) or "source"
        counts[why] += 1
        if why == "test" and len(tests) < 20:
            tests.append(e.path)
    return {**counts, "test_examples": sorted(tests), "tool_jobs": dict(sorted(tool_jobs.items(), key=lambda kv: (-kv[1], kv[0])))}

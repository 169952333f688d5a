"""``code``: code inventory and complexity metrics.

- Python: radon (cyclomatic complexity per function, maintainability index per file).
- JavaScript, TypeScript, PHP, Java, Ruby, Go, Rust, Kotlin, C#, C/C++, Scala, Swift, Lua, R…: lizard
  (cyclomatic complexity per function).
- Vue and Svelte components, and PHP pages: their ``<script>`` blocks (a page's inline JavaScript); Jupyter notebooks: their code cells (Python or R), as
  :mod:`auditor.facts.embedded` extracts them.

Both are fed texts read through the snapshot (``cc_visit(text)``, ``analyze_source_code(name,
text)``): nothing is executed and no file on disk is read. Vendored, generated, minified, test and
documentation code is left out, and the counts of what was left out are part of the value.
Bounded by file size, file count and total bytes in path order, never by time, so the same commit
gives the same value under any load (``complete`` is false when a bound was hit).
Longer than 400 lines: the measures and the source inventory (source_inventory: source, test, vendored… files and their
languages) share one classification of the code files, kept in one place.
"""

from __future__ import annotations

import re

from auditor.facts import fact, within_bounds
from auditor.textlines import line_breaks
from auditor.facts.embedded import component_script, notebook_measurable
from auditor.facts.r_functions import nested_functions_hidden
from auditor.facts.files import rust_test_files, scaffold_test, test_data, holds_no_test, untested_script
from auditor.facts.scaffold_react_native import react_native_scaffold
from auditor.facts.scaffold_e2e import e2e_helper, nx_e2e_scaffold
from auditor.facts.scaffold_tests import testless_files
from auditor.facts.test_drivers import is_driver_name, unchecked_drivers
from auditor.facts.library_headers import banner_files
from auditor.facts.dummy_tests import DUMMY_PROBE_BYTES, dummy_test
from auditor.facts.inventory import (PROGRAM_EXT, TOOL_LANGUAGES, code_ext, inventory_of, is_doc, is_generated, is_test, is_vendored,
                                     opens_as_php)
from auditor.facts.java_annotations import blank_annotation_arguments
from auditor.facts.js_family import JS_EXT
from auditor.facts.server_pages import holds_logic, is_server_page
from auditor.facts.testdirs import dbt_schema_tests, dbt_sql, dbt_tests
from auditor.facts.pasted import without_pasted
from auditor.facts.php_closers import closers_in_strings_masked
from auditor.facts.page_scripts import PAGE_EXT, page_script
from auditor.facts.pyparse import parse as parse_python
from auditor.lazyre import lazy_compile

MAX_FILE_BYTES = 300 * 1024
MAX_FILES = 10_000
MAX_TOTAL_BYTES = 64 * 1024 * 1024  # read and measured, in path order
WORST_KEPT = 100
MAX_SERVER_PAGES = 2000  # Java server pages read for their scriptlets (source_inventory)
SERVER_PAGE_BYTES = 256 * 1024

LIZARD_EXT = {
    **dict.fromkeys(sorted(JS_EXT), "JavaScript"), "ts": "TypeScript", "mts": "TypeScript",
    "tsx": "TypeScript", "vue": "Vue", "php": "PHP", "java": "Java", "rb": "Ruby", "go": "Go", "rs": "Rust", "kt": "Kotlin",
    "kts": "Kotlin", "cs": "C#", "c": "C", "h": "C", "cc": "C++", "cpp": "C++", "hpp": "C++", "scala": "Scala", "swift": "Swift",
    "lua": "Lua", "m": "Objective-C", "pl": "Perl", "r": "R", "erl": "Erlang", "sol": "Solidity", "zig": "Zig",
}
SOURCE_EXT = {"py": "Python", **LIZARD_EXT, "svelte": "Svelte", "ipynb": "Jupyter Notebook"}
NOTEBOOK_MAX_BYTES = 2 * 1024 * 1024  # a notebook's JSON carries its outputs (images): its code is a small part of it
# Every programming language of the inventory (PROGRAM_EXT) counts in the source/test inventory (no file
# is read there), measured or not (Elixir, Dart, Haskell…); markup, styles, SQL and notebooks do not.


from auditor.facts.generator_head import GENERATOR_BYTES, GENERATOR_HEAD, written_by_generator  # noqa: E402,F401 (re-exported)


MINIFIED_LINE = 1000  # a line longer than this is no person's


def looks_minified(text: str) -> bool:
    """Bundled or minified code: very long lines on average, or one huge line, or most of the text on a few huge lines of
    spaceless code (a bundler's minified output whose template literals, CSS or HTML, keep their line breaks)."""
    if not text:
        return False
    lines = line_breaks(text) + 1
    if len(text) / lines > 300 or (lines < 5 and len(text) > 5000):
        return True
    if len(text) < 5 * MINIFIED_LINE:
        return False
    long_lines = [line for line in text.splitlines() if len(line) > MINIFIED_LINE]
    size = sum(map(len, long_lines))
    # dense in calls and nearly spaceless: code a minifier wrote (a long line of data, base64 or a word list, is neither)
    return size * 2 > len(text) and sum(line.count(" ") for line in long_lines) * 12 < size \
        and sum(line.count("(") for line in long_lines) * 100 >= size


def classify_source(path: str, category: str | None = None, inv=None) -> str | None:
    """'vendored', 'generated', 'test', 'doc' or None (project code) for a source file; ``category`` is the
    inventory's (a library copy recognised by its banner or name is vendored wherever it sits), ``inv`` the inventory itself
    (a library's minified copy is vendored, the project's own minified build generated)."""
    if is_vendored(path):
        return "vendored"
    if is_generated(path):
        # (a library's minified copy the inventory calls copied, jquery.<plugin>.min.js with no source of the project's beside it:
        # third-party code, not generated; the project's own minified build, beside its readable file or named after its parts
        # (app.min.js), stays generated: issue 12, s46 fd46 = a TYPO3 extension's copied jQuery plugin called generated)
        if inv is not None and inv.copied_minified(path):
            return "vendored"
        return "generated"
    if category == "vendored":  # (a copied package's own tests are the library's: lib/datetimepicker/tests/)
        return "vendored"
    if category == "generated" and is_test(path):  # (a template's tests, QGIS Plugin Builder's test/test_init.py: written by it)
        return "generated"
    # (not a .NET file the inventory reads as the program's though its name says test: MailEngineTest.cs of a library project, no
    # test project nor test attribute — dotnet_tests, s43 fj43)
    if (is_test(path) and not (category == "source" and path.rsplit(".", 1)[-1].lower() in ("cs", "fs", "vb"))) or category == "test":
        return "test"  # (the inventory's too: a folder a test runner or the CI names, puppeteer/)
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
    from radon.complexity import cc_visit_ast
    from radon.metrics import h_visit_ast, mi_compute

    tree = parse_python(text)
    funcs = []
    total_cc = 0
    for block in cc_visit_ast(tree):
        # methods come as their own blocks (with their class name); a Class block sums them: skip it
        if type(block).__name__ == "Class":
            continue
        name = f"{block.classname}.{block.name}" if getattr(block, "classname", None) else block.name
        funcs.append((name, block.lineno, block.complexity, block.endline - block.lineno + 1 if block.endline else None))
    from radon.visitors import ComplexityVisitor

    visitor = ComplexityVisitor.from_ast(tree)
    total_cc = visitor.total_complexity
    lloc, sloc, comments = _raw_counts(text)
    volume = h_visit_ast(tree).total.volume
    mi = mi_compute(volume, total_cc, lloc, comments / sloc * 100 if sloc else 0)
    return funcs, float(mi), sloc, visitor.complexity - 1  # (the decisions written at the module's top level, in no function)


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


# Lizard's JavaScript/TypeScript reader loses a line here and there in JSX (a child expression between elements whose attributes hold
# expressions, `<div s={1}>` / `{m}` / `<b onClick={c}>`): the functions after them are given lines too early, more so the further
# they are (a component at line 587 said at 568, a handler at 824 said at 805; issue 12, s46 fd46 = D-OTIsud/badgeuse_oti). A named
# function is put back on the line that declares its name, at or after the line lizard gives, up to MAX_LINE_SHIFT lines below;
# an anonymous one keeps lizard's line.
MAX_LINE_SHIFT = 400
_JS_FAMILY = frozenset({"js", "jsx", "mjs", "cjs", "ts", "tsx", "mts", "cts"})


def declared_lines(funcs: list, text: str) -> list:
    lines = text.split("\n")
    out = []
    for name, line, cc, nloc in funcs:
        if re.fullmatch(r"[\w$]+(?:\.[\w$]+)*", name) and 0 < line <= len(lines):
            short = re.escape(name.rsplit(".", 1)[-1])
            own = re.escape(name) if "." in name else r"(?<![\w$.])" + short
            # (its declaration: function name, name = / name: (a property, a variable, a typed one), name(…) { (a method))
            decl = re.compile(r"(?<![\w$])function\s*\*?\s*" + short + r"\b|(?<![\w$])" + own
                              + r"\s*(?:\??\s*:|=(?![=>])|<[^\n]*>\s*\(|\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)\s*(?::[^{\n]*)?\{)")
            if not decl.search(lines[line - 1]):
                line = next((k + 1 for k in range(line, min(len(lines), line + MAX_LINE_SHIFT)) if decl.search(lines[k])), line)
        out.append((name, line, cc, nloc))
    return out


def _lizard_metrics(name: str, text: str):
    info = load_lizard().analyze_file.analyze_source_code(name, text)
    return [(f.name, f.start_line, f.cyclomatic_complexity, f.nloc) for f in info.function_list], info.nloc


def measure(path: str, text: str | None) -> tuple:
    """(reason left out or None, functions, maintainability index (Python) or None, nloc, the code's weight in bytes or None for
    the file's size, the decision points of its top-level code (Python) or None) of one file: a task of ``ctx.map_blobs`` (runs in a worker process, from the path and the text only). A
    notebook weighs its code cells' sources, not its JSON and outputs; its cells Python cannot parse are left out one by one,
    and the notebook is unparsable only when they outweigh those it can (issue 12, s25 t25)."""
    why, funcs, mi, nloc, top = _measure_all(path, text)
    weight, dropped = None, 0
    if text is not None and path.lower().endswith(".ipynb") and (found := notebook_measurable(text)) is not None:
        weight, dropped = (found[2] + found[3], 0) if why else (found[2], found[3])
    return why, funcs, mi, nloc, weight, dropped, top


# A call's type arguments written right after its name, up to the call's parenthesis (useState<{value: number, label: string}[]>([]),
# useRef<HTMLDivElement | null>(null)): two in a row made lizard's TSX reader take their braces for blocks, so the function after them
# ran to the component's end (a 36-line function given complexity 316; issue 12, s45 fj45 = D-OTIsud/badgeuse_oti). Blanked with their
# line kept; not a comparison (a < b && c > (d): no type holds && or ||), nor arguments holding parentheses (left as they are).
_TYPE_ARGS = lazy_compile(r"(?<=[\w$])<(?:[^<>()\n;?=]|=>|<[^<>()\n;?]*>)*>(?=\()")


def type_arguments_blanked(text: str) -> str:
    return declared_types_blanked(
        _TYPE_ARGS.sub(lambda m: m.group(0) if "&&" in m.group(0) or "||" in m.group(0) else " " * len(m.group(0)), text))


# A variable's declared type, from its colon to the "=" of its value (const SuccessPopup: React.FC<{ message: string; onClose: () =>
# void }> = (…) => (…)): no code either, and its braces, its ";" and its "=>" made lizard's TSX reader lose the component's end, so
# the component after it was measured to the file's next hundreds of lines (a popup with no branch given complexity 51; issue 12,
# s46 fd46 = D-OTIsud/badgeuse_oti). Read bracket by bracket (<{[( against >}])), "=>" skipped, up to MAX_DECLARED_TYPE characters;
# a declaration without a value at depth 0 (let x: Foo;) is left as it is.
_DECL_ANNOTATION = lazy_compile(r"\b(?:const|let|var)[ \t]+[\w$]+[ \t]*:(?!:)")
MAX_DECLARED_TYPE = 2000


def declared_types_blanked(text: str) -> str:
    out, last = [], 0
    for m in _DECL_ANNOTATION.finditer(text):
        if m.start() < last:
            continue
        i, depth, end = m.end(), 0, None
        stop = min(len(text), m.end() + MAX_DECLARED_TYPE)
        while i < stop:
            ch = text[i]
            if text.startswith("=>", i):
                i += 2
                continue
            if ch in "<{[(":
                depth += 1
            elif ch in ">}])":
                depth -= 1
                if depth < 0:
                    break
            elif depth == 0 and ch in "=;\n":
                end = i if ch == "=" and not text.startswith("==", i) else None
                break
            i += 1
        if end is None or not text[m.end():end].strip():
            continue
        out += [text[last:m.end() - 1], re.sub(r"[^\n]", " ", text[m.end() - 1:end])]
        last = end
    out.append(text[last:])
    return "".join(out)


_SCRIPT_TAG = lazy_compile(r"<script\b", re.I)
_PHP_BLOCK = lazy_compile(r"<\?(?:php\b|=)(?:(?!\?>).)*(?:\?>|$)", re.S | re.I)  # (PHP written into a script: blanked, lines kept)


def _blank(m) -> str:
    return re.sub(r"[^\n]", " ", m.group(0))


def _measure(path: str, text: str | None) -> tuple[str | None, list, float | None, int]:
    return _measure_all(path, text)[:4]


def _measure_all(path: str, text: str | None) -> tuple[str | None, list, float | None, int, int | None]:
    """:func:`_measure`'s values and the decision points of a Python file's top-level code (None for other languages)."""
    out = _measure_code(path, text)
    return out if len(out) == 5 else (*out, None)


def _measure_code(path: str, text: str | None) -> tuple:
    if text is None:
        return "unparsable", [], None, 0
    name = path.rsplit("/", 1)[-1]
    ext = name.rsplit(".", 1)[-1].lower() if "." in name[1:] else ""  # as FileEntry.ext
    if opens_as_php(name, text):  # a Drupal module's .module, .inc, .install… (see PHP_ALIAS_EXT)
        ext, name = "php", name + ".php"
    elif ext in ("vue", "svelte"):  # a component's <script> blocks, measured as the JavaScript or TypeScript they are
        text, lang = component_script(text)
        ext, name = ("ts" if lang == "typescript" else "js"), "component." + ("ts" if lang == "typescript" else "js")
    elif ext in PAGE_EXT:  # an HTML page's own inline scripts (the pages the page_scripts fact found holding a program)
        text, ext, name = page_script(text), "js", "page.js"
    elif ext == "ipynb":  # a notebook's code cells
        found = notebook_measurable(text)
        if found is None or found[3] > found[2]:  # (not a notebook; or most of its code cells do not parse)
            return "unparsable", [], None, 0
        text, lang = found[0], found[1]
        ext, name = ("py", "notebook.py") if lang == "python" else ("r", "notebook.r")
    if ext != "py" and looks_minified(text):
        return "minified", [], None, 0
    if ext != "py":  # (a library pasted between two banners, "Debut Insertion … de calendar.js" … "Fin Insertion …": not the project's)
        text = without_pasted(text)[0]
    if written_by_generator(text):
        return "generated", [], None, 0
    try:
        if SOURCE_EXT[ext] == "Python":
            funcs, mi, nloc, top = _python_metrics(text)
            return None, funcs, mi, nloc, top
        if ext == "java":  # lizard names a method after its second annotation when that one has arguments
            text = blank_annotation_arguments(text)
        if ext == "r":  # a function written inside another (a Shiny server's `labels = function(x) …`) is part of it, not its end
            text = nested_functions_hidden(text)
        if ext == "php":  # a "?>" inside a string ('<?xml … ?>') closes no PHP block: lizard would read the rest as HTML
            text = closers_in_strings_masked(text)
        if ext in ("ts", "tsx", "mts", "cts"):  # a call's type arguments, useState<{value: number}[]>(…): no code, and lizard's TSX reader
            text = type_arguments_blanked(text)  # takes their braces for blocks and loses the next function's end (and declared types)
        funcs, nloc = _lizard_metrics(name, text)
        if ext in _JS_FAMILY:
            funcs = declared_lines(funcs, text)
        if ext == "php" and _SCRIPT_TAG.search(text):  # a PHP page's own <script> blocks: its JavaScript functions, where they stand
            funcs = funcs + _lizard_metrics("page.js", _PHP_BLOCK.sub(_blank, component_script(text)[0]))[0]
        return None, funcs, None, nloc
    except (SyntaxError, ValueError, RecursionError, IndexError, TypeError, AttributeError):
        return "unparsable", [], None, 0


@fact("code", version=48, ahead=4)
def code(ctx) -> dict:
    snap = ctx.snapshot
    excluded = {"vendored": 0, "generated": 0, "test": 0, "doc": 0, "minified": 0, "too_large": 0, "over_budget": 0, "unparsable": 0,
                "missing": 0}
    candidates = []
    inv = inventory_of(ctx)
    # the project's programs in a language no analyser here reads (Shell, Elixir, Dart…), and R Markdown notebooks (Jupyter's are read)
    not_measured: dict[str, int] = {}
    not_measured_bytes = probes = 0
    for e in snap.files.values():
        lang = inv.language(e.path)
        ext = code_ext(e, inv)
        if e.kind in ("file", "executable") and (ext in PROGRAM_EXT or ext == "rmd" or lang in TOOL_LANGUAGES) \
                and ext not in SOURCE_EXT and not classify_source(e.path, inv.category(e.path), inv):
            lang = lang or ext
            not_measured[lang] = not_measured.get(lang, 0) + 1
            not_measured_bytes += e.size
        if e.kind not in ("file", "executable") or ext not in SOURCE_EXT:
            continue
        why = classify_source(e.path, inv.category(e.path), inv)
        if why:
            excluded[why] += 1
        elif snap.missing(e.path):  # (an object the copy lacks: not read, said as such, never "could not be parsed")
            excluded["missing"] += 1
        elif e.size > (NOTEBOOK_MAX_BYTES if e.ext == "ipynb" else MAX_FILE_BYTES):  # (unless a generator's words open it: Qt's resources.py)
            probes += 1
            excluded["generated" if probes <= 50 and written_by_generator(snap.read_head(e.path, GENERATOR_BYTES) or "") else "too_large"] += 1
        else:
            candidates.append(e)
    # the functions and triggers of a data model, written in PL/pgSQL (CREATE FUNCTION …): code no analyser here reads (a schema
    # of tables alone is no code)
    routines = (ctx.fact("sql-comments") or {}).get("routines") or {}
    if routines:
        not_measured["PL/pgSQL"] = not_measured.get("PL/pgSQL", 0) + len(routines)
        not_measured_bytes += sum(snap.files[p].size for p in routines if p in snap.files)
    # Java server pages whose scriptlets hold the application's logic (a JCMS plugin's pages, counted as source files by
    # source_inventory): code no analyser here measures — said, never taken as measured (issue 12, s15)
    pages = sorted((e for e in snap.files.values() if e.kind == "file" and is_server_page(e.path)
                    and not classify_source(e.path, inv.category(e.path), inv)), key=lambda e: e.path)[:MAX_SERVER_PAGES]
    if logic_pages := [e for e in pages if holds_logic(snap.read_text(e.path, limit=SERVER_PAGE_BYTES))]:
        not_measured["JSP"] = not_measured.get("JSP", 0) + len(logic_pages)
        not_measured_bytes += sum(e.size for e in logic_pages)
    # HTML pages whose own inline scripts are a program (see page_scripts): the project's JavaScript, measured where it stands
    candidates += [snap.files[p] for p in (ctx.fact("page_scripts") or {}).get("pages") or {} if p in snap.files]
    candidates.sort(key=lambda e: e.path)
    kept = within_bounds(candidates, MAX_FILES, MAX_TOTAL_BYTES)[0]
    if len(kept) < len(candidates):
        excluded["over_budget"] += len(candidates) - len(kept)
    by_language: dict[str, dict] = {}
    cc_counts: dict[int, int] = {}
    worst: list[list] = []
    mi_files: list[list] = []
    measured = measured_bytes = unparsable_bytes = 0
    unparsable: list[str] = []  # (files the analysers could not parse: a syntax error, or a syntax newer than this Python's)
    cells_left_out: dict[str, int] = {}  # (notebooks measured without the code cells Python could not parse: characters left out)
    complete = len(kept) == len(candidates) and not excluded["missing"]
    measured_by_path = ctx.map_blobs("code-metrics", 19, kept, measure, limit=NOTEBOOK_MAX_BYTES)
    # (Python scripts' top-level code: decision points written in no function, which no function's complexity counts)
    top_level: list[list] = []
    for e in kept:
        lang = "JavaScript" if e.ext in PAGE_EXT else SOURCE_EXT[code_ext(e, inv)]
        why, funcs, mi, nloc, weight, dropped, top = measured_by_path[e.path]
        size = e.size if weight is None else weight
        if dropped and not why:
            cells_left_out[e.path] = dropped
        if why:
            excluded[why] += 1
            if why == "unparsable":
                unparsable.append(e.path)
                unparsable_bytes += size
            continue
        measured_bytes += size
        if top:
            top_level.append([e.path, top])
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
        "unparsable_examples": unparsable[:5],
        "notebook_cells_unparsed": dict(sorted(cells_left_out.items())[:20]),
        # (bytes of the files measured and of those no analyser could parse: a Python 2 module of 662 lines beside three small
        # boilerplate files is the project's code left unmeasured)
        "measured_bytes": measured_bytes,
        "unparsable_bytes": unparsable_bytes,
        "not_measured": dict(sorted(not_measured.items(), key=lambda kv: (-kv[1], kv[0]))),
        "not_measured_bytes": not_measured_bytes,  # (their size: two 25-line shell wrappers around a 640-line Python program weigh little)
        "complete": complete,
        # (the decision points of the Python files' top-level code, and of all the functions measured: a script of 200 lines of
        # nested loops at top level beside one 5-line helper is not measured by that helper)
        "top_level": {"decisions": sum(t for _, t in top_level), "files": len(top_level),
                      "largest": [{"path": p, "decisions": t} for p, t in sorted(top_level, key=lambda x: (-x[1], x[0]))[:5]]},
        "function_decisions": sum((k - 1) * v for k, v in cc_counts.items()),
    }


_YAML_TEST_PATH = lazy_compile(r"(^|/)(tests?|api[_-]?tests?|integration[_-]?tests?)/(?:[^/]+/){0,4}[^/]+\.ya?ml$|(^|/)test_[\w-]+\.(tavern\.)?ya?ml$", re.I)
# (and OpenFisca's YAML tests, which `openfisca test <folder>` runs: cases giving a period, the input variables and the expected output —
# openfisca_pf/tests/daf/rch/droit_enregistrement.yaml "- name: … period: 2025-01-16 input: … output: …", issue 12, s38 fn38)
# (and OpenFisca's first format, `openfisca-run-test`'s: a case's period and output_variables, in either order, its input given as
# the entities' own keys — betagouv/openfisca-cd93's tests/test_….yaml "output_variables: / adpa: 96 … period: 'month:2015-08'
# familles: …", issue 12, s44 ff44)
_YAML_TEST = lazy_compile(r"^(?:-[ \t]+|[ \t]*)output_variables:[ \t]*\n(?:[^\n]*\n){0,400}?(?:-[ \t]+|[ \t]*)period:[ \t]*\S|"
                          r"^(?:-[ \t]+|[ \t]*)period:[ \t]*\S[^\n]*\n(?:[^\n]*\n){0,400}?[ \t]*output_variables:[ \t]*$|"
                          r"^-[ \t]+test:[ \t]*$|^test_name:[ \t]*\S[^\n]*\n(?:[^\n]*\n){0,40}?stages:|"
                          r"^(?:-[ \t]+|[ \t]*)period:[ \t]*\S[^\n]*\n(?:[^\n]*\n){0,200}?[ \t]*input(?:_variables)?:[ \t]*\n(?:[^\n]*\n){0,400}?[ \t]*output(?:_variables)?:", re.M)
MAX_YAML_TESTS = 200


@fact("source_inventory", version=54)
def source_inventory(ctx) -> dict:
    """Source and test file counts by kind (source files are not read, but Rust sources for their own #[test] functions and
    YAML test sets, see below)."""
    counts = {"source": 0, "test": 0, "vendored": 0, "generated": 0, "doc": 0}
    tests = []
    tool_jobs: dict[str, int] = {}  # programs drawn in a tool (Talend, FME…): no test file of theirs to count, apart from the code's
    langs: dict[str, dict[str, int]] = {"source": {}, "test": {}}
    inv = inventory_of(ctx)
    # files of a test folder whose text holds no test (a script calling a service and printing the answer, a helper): no test files
    testless = testless_files(ctx.snapshot, [e.path for e in ctx.snapshot.files.values() if e.kind in ("file", "executable")
                                             and (code_ext(e, inv) in SOURCE_EXT or code_ext(e, inv) in PROGRAM_EXT)
                                             and is_test(e.path) and classify_source(e.path, inv.category(e.path), inv) == "test"], inv.language)
    # (nor a test driver named for a scenario whose main() prints sorted samples for the eye to compare, no assertion nor verdict:
    # its values are fixtures, see test_drivers, but it checks nothing by itself — issue 12, s46 ff46)
    testless |= unchecked_drivers(ctx.snapshot, [p for p in inv.paths("test") if is_driver_name(p) and not is_test(p)])
    # (nor a copied library's file under a test folder, its banner atop: jQuery Cycle in a prototype page's test/style/js/)
    copied = banner_files(ctx.snapshot, [e.path for e in ctx.snapshot.files.values() if e.kind in ("file", "executable")
                                         and is_test(e.path) and classify_source(e.path, inv.category(e.path), inv) == "test"])
    # (the project's own JVM classes, by their files' names: a test naming none of them, calling itself a dummy, is a placeholder)
    own_classes = {e.path.rsplit("/", 1)[-1].rsplit(".", 1)[0] for e in ctx.snapshot.files.values()
                   if e.kind == "file" and e.ext in ("java", "kt") and not is_test(e.path)}
    # (by their name or folder only: browser scenarios a CI runs from their own folder are tests by that role, asserting or not)
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
        why = classify_source(e.path, inv.category(e.path), inv) or "source"
        if why == "test" and untested_script(ctx.snapshot, e.path):  # (a city GIS's test.sh looping a converter: a script)
            why = "source"
        if why == "test" and holds_no_test(e):  # (a runner's set-up, a package marker, an empty file: files.TEST_SETUP)
            counts["test_setup"] = counts.get("test_setup", 0) + 1
            continue
        if why == "test" and test_data(e.path):  # (src/tests/datasets/entities_v4.ts: the data a test reads, not a test)
            counts["test_data"] = counts.get("test_data", 0) + 1
            continue
        if why == "test" and e.path in copied:
            counts["vendored"] += 1
            continue
        if why == "test" and (e.path in testless or e2e_helper(ctx.snapshot, e.path)):  # (tests/test_authent.py: requests.get and print,
            # no test function nor assertion; a browser test's page object, app.po.ts)
            counts["test_support"] = counts.get("test_support", 0) + 1
            continue
        if why == "test" and (scaffold_test(ctx.snapshot, e.path) or react_native_scaffold(ctx.snapshot, e.path) or nx_e2e_scaffold(ctx.snapshot, e.path)):
            # (Android Studio's ExampleUnitTest, React Native's "renders correctly", left as generated: they test nothing)
            counts["test_scaffold"] = counts.get("test_scaffold", 0) + 1
            continue
        if why == "test" and e.ext in ("java", "kt") and e.size < DUMMY_PROBE_BYTES \
                and dummy_test(ctx.snapshot.read_text(e.path, DUMMY_PROBE_BYTES) or "", own_classes):  # (DummyTest: JDK types only)
            counts["test_dummy"] = counts.get("test_dummy", 0) + 1
            continue
        counts[why] += 1
        if why in ("source", "test") and lang:  # (the languages of the code and of its tests: the advice's tools follow them)
            langs[why][lang] = langs[why].get(lang, 0) + 1
        if why == "test" and len(tests) < 20:
            tests.append(e.path)
    # Java server pages whose scriptlets hold the application's logic (a JCMS plugin's pages: conditions, loops, exceptions caught in
    # Java): source files of the project as its classes are; a page of markup, EL and JSTL, or one calling a bean (a Lutece admin
    # page's stub), is not (see server_pages). Read in path order, MAX_SERVER_PAGES of SERVER_PAGE_BYTES at most.
    pages = sorted((e for e in ctx.snapshot.files.values() if e.kind == "file" and is_server_page(e.path)
                    and not classify_source(e.path, inv.category(e.path), inv)), key=lambda e: e.path)[:MAX_SERVER_PAGES]
    logic = sum(holds_logic(ctx.snapshot.read_text(e.path, limit=SERVER_PAGE_BYTES)) for e in pages)
    if logic:
        counts["source"] += logic
        counts["server_pages"] = logic
        langs["source"]["JSP"] = langs["source"].get("JSP", 0) + logic
    # HTML pages whose own inline scripts are a program (see page_scripts): source files of the project's JavaScript
    if script_pages := (ctx.fact("page_scripts") or {}).get("pages") or {}:
        counts["source"] += len(script_pages)
        counts["script_pages"] = len(script_pages)
        langs["source"]["JavaScript"] = langs["source"].get("JavaScript", 0) + len(script_pages)
    # Rust sources holding their own unit tests (#[test] functions in a #[cfg(test)] module): the tests of that code, counted beside it
    inline = rust_test_files(ctx.snapshot, [e for e in ctx.snapshot.files.values() if inv.category(e.path) == "source"])
    if inline:
        counts["test"] += len(inline)
        counts["inline_test"] = len(inline)
        langs["test"]["Rust"] = langs["test"].get("Rust", 0) + len(inline)
        tests += inline[:max(0, 20 - len(tests))]
    # HTTP test sets written in YAML (pyresttest's `- test:` items, Tavern's `test_name:` and `stages:`): tests of a service's API
    # (DataSud-2017-2019's test/test_auth_ogc.yml), read when named or placed as tests (MAX_YAML_TESTS files of 64 KB at most)
    for e in sorted((e for e in ctx.snapshot.files.values() if e.kind == "file" and e.ext in ("yml", "yaml") and e.size <= 64 * 1024
                     and _YAML_TEST_PATH.search(e.path) and inv.category(e.path) != "vendored"), key=lambda e: e.path)[:MAX_YAML_TESTS]:
        if _YAML_TEST.search(ctx.snapshot.read_text(e.path, limit=64 * 1024) or ""):
            counts["test"] += 1
            if len(tests) < 20:
                tests.append(e.path)
    # Scenarios a test runner plays, written as text: Gherkin features (Behat, Cucumber: "Feature:" then "Scenario:") and Selenium
    # IDE cases (Selenese HTML tables, <link rel="selenium.base">) in a test folder — the tests of a Symfony bundle's screens; Selenium
    # IDE saves its cases without an extension by default (tests/Login, its <head profile="…/profiles/test-case">: s31 c31 = s31 m23o3)
    for e in sorted((e for e in ctx.snapshot.files.values() if e.kind == "file" and e.ext in ("feature", "html", "htm", "xhtml", "")
                     and e.size <= 64 * 1024 and code_ext(e, inv) not in SOURCE_EXT and code_ext(e, inv) not in PROGRAM_EXT and is_test(e.path)
                     and inv.category(e.path) != "vendored"), key=lambda e: e.path)[:500]:
        if (_GHERKIN if e.ext == "feature" else _SELENESE).search(ctx.snapshot.read_text(e.path, limit=64 * 1024) or ""):
            counts["test"] += 1
            if len(tests) < 20:
                tests.append(e.path)
    # Requests a runner plays and checks: a Postman collection holding test scripts (Newman runs them: tests["Status code is 200"],
    # pm.test(…)) in a test folder or named as one (tests/api_postman.json, api.postman_collection.json), and a Selenium IDE project
    # (.side: its "tests" and their "commands") — the end-to-end tests of a web application's API and screens (s31 c31 = s31 m23o3)
    for e in sorted((e for e in ctx.snapshot.files.values() if e.kind == "file" and e.size <= 2 * 1024 * 1024 and inv.category(e.path) != "vendored"
                     and (e.ext == "side" or (e.ext == "json" and (is_test(e.path) or _POSTMAN_NAME.search(e.name))))), key=lambda e: e.path)[:100]:
        text = ctx.snapshot.read_text(e.path, limit=2 * 1024 * 1024) or ""
        if (_SIDE_TESTS.search(text) and _SIDE_COMMANDS.search(text)) if e.ext == "side" else (_POSTMAN.search(text) and _POSTMAN_TEST.search(text)):
            counts["test"] += 1
            if len(tests) < 20:
                tests.append(e.path)
    # Robot Framework suites (a .robot file with a "*** Test Cases ***" table, openMairie's tests/001_login.robot): the functional tests
    # of a web application's screens, wherever they sit (a .resource file or a suite of keywords only holds no test)
    for e in sorted((e for e in ctx.snapshot.files.values() if e.kind == "file" and e.ext == "robot" and e.size <= 256 * 1024
                     and inv.category(e.path) != "vendored"), key=lambda e: e.path)[:500]:
        if _ROBOT_CASES.search(ctx.snapshot.read_text(e.path, limit=256 * 1024) or ""):
            counts["test"] += 1
            langs["test"]["Robot Framework"] = langs["test"].get("Robot Framework", 0) + 1
            if len(tests) < 20:
                tests.append(e.path)
    # dbt's singular tests (transform/tests/test_perceval_monthly.sql, "-- Make sure that the totals match"): the .sql files of the test
    # folders a dbt_project.yml names, which `dbt test` runs; SQL is no measured source otherwise, so none is counted twice
    # (and the models' YAML applying dbt's generic tests to columns, dbtHelios/models/schema.yml "tests: - not_null"; YAML is no source)
    for path in dbt_tests(ctx.snapshot, lambda p: inv.category(p) == "vendored") + dbt_schema_tests(ctx.snapshot, lambda p: inv.category(p) == "vendored"):
        counts["test"] += 1
        langs["test"]["dbt"] = langs["test"].get("dbt", 0) + 1
        if len(tests) < 20:
            tests.append(path)
    # (and a dbt project's models, macros, snapshots and analyses: its code, SQL with Jinja that `dbt run` compiles and runs, which its
    # tests test — issue 12, s38 fj38 = France-Data-Reseau/fdr-appuiscommuns was "1 test file for 0 source files")
    dbt_code = [p for p in dbt_sql(ctx.snapshot, lambda p: inv.category(p) == "vendored", tests=False) if inv.category(p) == "source"]
    if dbt_code:
        counts["source"] += len(dbt_code)
        langs["source"]["dbt"] = langs["source"].get("dbt", 0) + len(dbt_code)
    return {**counts, "test_examples": sorted(tests), **{key: dict(sorted(n.items(), key=lambda kv: (-kv[1], kv[0]))) for key, n in (
        ("tool_jobs", tool_jobs), ("source_languages", langs["source"]), ("test_languages", langs["test"]))}}


_GHERKIN = lazy_compile(r"^[ \t]*(?:Feature|Fonctionnalité|Scenario(?: Outline)?|Scénario|Plan du scénario)\s*:", re.M)
_SELENESE = lazy_compile(r"""<link\s+rel=["']selenium\.base["']|<td>\s*(?:open|clickAndWait|verifyTextPresent|assertTextPresent|verifyText|assertText)\s*</td>"""
                         r"""|<head\s+profile=["']https?://selenium-ide\.openqa\.org/profiles/test-case["']""")
# a Postman collection (v2: its schema's address; v1: its requests' "collectionId") and its test scripts (v1's tests["…"] = …, pm.test)
_POSTMAN = lazy_compile(r""""schema"\s*:\s*"https?://schema\.getpostman\.com/json/collection/|"collectionId"\s*:""")
_POSTMAN_TEST = lazy_compile(r"""\btests\[\\?"|\bpm\.(?:test|expect)\(""")
_POSTMAN_NAME = lazy_compile(r"postman", re.I)
# a Selenium IDE project (.side): its test cases, each a list of commands
_SIDE_TESTS = lazy_compile(r""""tests"\s*:\s*\[\s*\{""")
_SIDE_COMMANDS = lazy_compile(r""""commands"\s*:\s*\[\s*\{""")
# a Robot Framework test case table ("*** Test Cases ***", "*** Test Case ***"; the asterisks may be one or more)
_ROBOT_CASES = lazy_compile(r"^\*+[ \t]*test[ \t]*cases?[ \t]*\**[ \t]*$", re.M | re.I)

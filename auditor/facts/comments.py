"""``code-comments``: comment density and doc-comment coverage of each source file, for the
``documentation.code-comments`` check.

Python: coverage of public functions, classes and methods by a docstring or a comment right above (``ast``) and comment density
from radon's raw metrics. Notebooks (their code cells, Markdown cells as comments) and Vue/Svelte components
(their ``<script>`` blocks) are measured as the Python, R, JavaScript or TypeScript they hold. JavaScript, TypeScript, PHP and Java: comment density and doc-comment
(JSDoc, PHPDoc, Javadoc) coverage of exported or public declarations, from Pygments' lexers (a
real tokenizer: comments inside strings or templates are never counted). Files are never executed.

The files measured are bounded by counts and bytes in a fixed order (largest first, then path),
never by time: the same commit always gives the same value. Value: ``{"candidates": n,
"metrics": [[path, language, metrics or None (unreadable, minified, unparsable)], …], "left_out": {…}, "bounds":
{…}}`` for the candidates within :data:`BOUNDS`. Each file is a task of ``ctx.map_blobs``
(:func:`measure`): analysed once per blob, in a worker process when there are many.

Longer than 400 lines: one fact reads the comments of every language it knows (Python, notebooks, components, Pygments'
languages, R, shell) under one set of bounds and weights.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import warnings

from auditor.facts import fact, within_bounds
from auditor.facts.code import GENERATOR_BYTES, written_by_generator
from auditor.facts.js_family import JS_EXT
from auditor.facts.pasted import without_pasted
from auditor.facts.py_comments import comment_above
from auditor.facts.doc_annotations import without_annotations
from auditor.facts.embedded import component_script, notebook_measurable
from auditor.facts.page_scripts import PAGE_EXT, page_script
from auditor.facts.framework_skeleton import framework_template
from auditor.facts.library_opened import library_opened
from auditor.facts.inventory import _own_holders, _readme_text, SHELL_SHEBANG, code_ext, inventory_of, is_source_candidate, opens_as_php
from auditor.facts.python_lines import LONG_EXPRESSION, longest_expression, raw_lines
from auditor.facts.js_exports import ES_DEFAULT_OBJECT, cjs_exports, es_later_exports, iife_roots, namespace_member, object_names
from auditor.facts.pyparse import parse as parse_python
from auditor.lazyre import lazy_compile

# What is read at most: counts and bytes, in the order above.
BOUNDS = {"max_files": 400, "max_file_bytes": 300_000, "max_total_bytes": 4_000_000}

LANG_BY_EXT = {"py": "python", **dict.fromkeys(sorted(JS_EXT), "javascript"),
               "ts": "typescript", "mts": "typescript", "cts": "typescript", "tsx": "typescript", "php": "php", "java": "java",
               "r": "r", "vue": "vue", "svelte": "svelte", "ipynb": "notebook", "sh": "shell", "bash": "shell"}
NOTEBOOK_MAX_BYTES = 2_000_000  # a notebook's JSON carries its outputs: its code cells are a small part of it
MAX_COMMENTS = 200
_COMMENT_MARKS = lazy_compile(r"^[^\S\n]*(/\*\*?|\*/|\*|//+|#)\s?|\*/\s*$|@\w+(\s+\{[^}]*\})?(\s+[\w$.]+)?", re.M)
# The Pygments lexer of each language, by module and class: the one ``get_lexer_for_filename`` picks for
# x.js, x.ts, x.php and X.java, without its search through every lexer's file patterns (hundreds of
# regular expressions compiled on a process's first call, then a scan of all lexers on every file).
LEXERS = {"javascript": ("pygments.lexers.javascript", "JavascriptLexer"), "typescript": ("pygments.lexers.javascript", "TypeScriptLexer"),
          "php": ("pygments.lexers.php", "PhpLexer"), "java": ("pygments.lexers.jvm", "JavaLexer")}


def lexer_for(lang: str):
    """A new Pygments lexer for ``lang`` (one of :data:`LEXERS`), keeping the text as it is."""
    import importlib

    module, name = LEXERS[lang]
    return getattr(importlib.import_module(module), name)(stripnl=False, ensurenl=False)


def python_metrics(text: str) -> dict:
    from radon.raw import analyze

    with warnings.catch_warnings():  # (parsed first: a file that is no Python never reaches radon's tokenizer, quadratic on garbage)
        warnings.simplefilter("ignore")
        tree = parse_python(text)
    raw = analyze(text) if longest_expression(tree) <= LONG_EXPRESSION else raw_lines(text)
    total = documented = 0
    undocumented: list[dict] = []
    source_lines = text.splitlines()

    def visit(node: ast.AST, in_class: bool) -> None:
        nonlocal total, documented
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                public = not child.name.startswith("_")
                if public:
                    total += 1
                    first = min([child.lineno] + [d.lineno for d in child.decorator_list])
                    if has_words(ast.get_docstring(child)) or comment_above(source_lines, first):
                        documented += 1
                    elif len(undocumented) < 5:
                        undocumented.append({"name": child.name, "line": child.lineno})
                if isinstance(child, ast.ClassDef):
                    visit(child, True)
            elif isinstance(child, (ast.If, ast.Try)) and not in_class:
                visit(child, in_class)

    visit(tree, False)
    texts: list[str] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT and len(texts) < MAX_COMMENTS:
                texts.append(tok.string.lstrip("#").strip())
    except (tokenize.TokenError, SyntaxError):
        pass
    for node in ast.walk(tree):
        if len(texts) >= MAX_COMMENTS:
            break
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            doc = ast.get_docstring(node)
            if has_words(doc):
                texts.append(doc.split("\n\n")[0])
    lines = raw.loc or 1
    return {"code_lines": raw.sloc, "comment_lines": raw.comments + raw.multi, "loc": raw.loc,
            "density": (raw.comments + raw.multi) / lines, "declarations": total, "documented": documented,
            "undocumented": undocumented, "comment_texts": texts}


_STOP = set(";{}")
_SKIP_BACK = {"export", "default", "async", "public", "protected", "private", "static", "abstract", "final", "readonly",
              "declare", "synchronized", "native", "strictfp", "transient", "sealed", "non-sealed", "function", "class",
              "interface", "enum", "record", "trait", "const", "let", "var", "type"}


_LETTER = lazy_compile(r"[^\W\d_]")


def has_words(doc: str | None) -> bool:
    """A docstring or doc comment documents only if it says something: an empty one (``\"\"\"⏎    \"\"\"``, ``/** */``), left by an
    editor's snippet or a generator, is no documentation (issue 12, s37 fe37 = vfabry/geopicardie-qgis-plugin: 26 of its 89
    public functions had one)."""
    return bool(doc) and bool(_LETTER.search(doc))


def _is_doc(tok_type, value: str) -> bool:
    from pygments.token import Comment, String

    body = value.strip()
    # (a block of annotations only, /** @Route("/x") */, is routing or mapping configuration: no documentation; s40 fp40)
    return (tok_type in Comment or tok_type in String.Doc) and body.startswith("/**") and has_words(without_annotations(body[3:].removesuffix("*/")))


def _is_function_value(toks, sig, k: int) -> bool:
    """After ``export const name``: is the value a function (``= function``, ``= async (…) =>``, ``= (…) =>``)?"""
    j = k
    while j < len(sig) and toks[sig[j]][1] != "=" and j < k + 20:  # skip a type annotation
        if toks[sig[j]][1] in (";", "{"):
            return False
        j += 1
    if j >= len(sig) or toks[sig[j]][1] != "=":
        return False
    nxt = toks[sig[j + 1]][1] if j + 1 < len(sig) else ""
    if nxt in ("function", "async"):
        return True
    if nxt != "(" and not (j + 2 < len(sig) and toks[sig[j + 2]][1] == "=>"):
        return False
    depth = 0
    for m in range(j + 1, min(len(sig), j + 200)):
        v = toks[sig[m]][1]
        depth += v.count("(") - v.count(")")
        if depth <= 0 and "=>" in v:
            return True
        if depth <= 0 and (";" in v or "{" in v):
            return False
    return False


def token_metrics(text: str, lang: str) -> dict:
    """Comment density and doc-comment coverage of exported (JS/TS) or public (PHP/Java) declarations."""
    from pygments.token import Comment, Keyword, Name, Punctuation, String, Text, Whitespace

    lexer = lexer_for(lang)
    if lang == "php":
        lexer.options["startinline"] = False
    toks = [(t, v) for t, v in lexer.get_tokens(text)]
    comment_lines: set[int] = set()
    code_lines: set[int] = set()
    line = 1
    positions = []
    texts: list[str] = []
    for t, v in toks:
        positions.append(line)
        is_comment = (t in Comment and t not in Comment.Preproc and t not in Comment.Hashbang) or t in String.Doc
        if is_comment and len(texts) < MAX_COMMENTS:
            texts.append(" ".join(_COMMENT_MARKS.sub(" ", v).split()))
        if v.strip():
            span = range(line, line + v.count("\n") + (0 if v.endswith("\n") else 1))
            (comment_lines if is_comment else code_lines).update(span)
        line += v.count("\n")
    sig = [i for i, (t, v) in enumerate(toks) if v.strip() and t not in Whitespace and t not in Text.Whitespace]

    def documented_before(k: int, walk: bool) -> bool:
        """Is the significant token before sig[k] (skipping modifiers, annotations, types when ``walk``) a doc comment?"""
        j = k - 1
        while j >= 0:
            t, v = toks[sig[j]]
            if t in Comment or t in String.Doc:
                return _is_doc(t, v)
            if not walk:
                return False
            if t in Punctuation and any(c in _STOP for c in v):
                return False
            j -= 1
        return False

    total = documented = 0
    undocumented: list[dict] = []
    # a classic browser script (no import, export or require): its top-level functions and classes are globals, its public interface
    # (a property named export or import, "{ export: true }", "obj.import", is neither)
    modular = [k for k, i in enumerate(sig) if toks[i][1] in ("export", "import", "require", "exports")
               and not (k + 1 < len(sig) and toks[sig[k + 1]][1] == ":") and not (k > 0 and toks[sig[k - 1]][1] in (".", "?."))
               or toks[i][1] == "exports" and k > 0 and toks[sig[k - 1]][1] == "."]
    script = lang == "javascript" and not modular
    # a script wrapped in a function called at once publishes its members through that function's parameters, one level down
    roots = iife_roots(toks, sig) if script else frozenset()
    # a CommonJS module (module.exports, no export statement): its public interface is what module.exports names
    cjs = (lang == "javascript" and not script and not any(toks[sig[k]][1] in ("export", "import") for k in modular)
           and any(toks[sig[k]][1] == "exports" for k in modular))
    exported = cjs_exports(text) if cjs else set()
    # an ES module whose default export is an object of its functions (export default { getFeatures: getFeatures, post })
    # (and the declarations an ES module exports by a later statement: `export default Widget`, `export { a, b as c }`)
    es_object = object_names(ES_DEFAULT_OBJECT, text) | es_later_exports(text) if lang in ("javascript", "typescript") and not cjs else set()
    depth = 0
    # (the bodies of Java interfaces, by depth: their methods are public with no modifier written — issue 12, s48 fc48)
    interfaces: list[int] = []
    pending_interface = False
    for k, i in enumerate(sig):
        t, v = toks[i]
        decl_name = None
        start = k
        if lang == "java" and t in Keyword and v in ("interface", "class", "enum", "record"):
            pending_interface = v == "interface"
        if t in Punctuation:
            depth = max(0, depth + v.count("{") - v.count("}"))
            while interfaces and depth < interfaces[-1]:
                interfaces.pop()
            if pending_interface and "{" in v:
                interfaces.append(depth)
                pending_interface = False
        if script and depth == 0 and t in Keyword and v in ("function", "class") and k + 1 < len(sig) and toks[sig[k + 1]][0] in Name:
            decl_name = toks[sig[k + 1]][1]
            if k > 0 and toks[sig[k - 1]][1] == "async":
                start = k - 1
            # such scripts document a function by the comment right above it, /** */ or // lines alike
            ok = start > 0 and (toks[sig[start - 1]][0] in Comment or toks[sig[start - 1]][0] in String.Doc)
        elif script and t in Name and (depth == 0 and (member := namespace_member(toks, sig, k))  # GEOR.Addons.profile = function…
                                       or depth == 1 and roots and (member := namespace_member(toks, sig, k, roots))):
            decl_name = member[0]
            ok = k > 0 and (toks[sig[k - 1]][0] in Comment or toks[sig[k - 1]][0] in String.Doc)
        elif cjs and depth == 0:
            nxt = toks[sig[k + 1]][1] if k + 1 < len(sig) else ""
            if t in Keyword and v == "function" and nxt in exported:
                decl_name = nxt
            elif t in Keyword and v in ("const", "let", "var") and nxt in exported and k + 2 < len(sig) and _is_function_value(toks, sig, k + 2):
                decl_name = nxt
            elif v == "exports" and nxt == "." and k + 3 < len(sig) and toks[sig[k + 3]][1] == "=" and _is_function_value(toks, sig, k + 3):
                decl_name = toks[sig[k + 2]][1]  # exports.name = function / module.exports.name = (…) =>
                if k >= 2 and toks[sig[k - 1]][1] == "." and toks[sig[k - 2]][1] == "module":
                    start = k - 2
            if decl_name is None:
                continue
            ok = documented_before(start, walk=False)
        elif lang in ("javascript", "typescript"):
            if t in Keyword and v == "export" and k + 1 < len(sig):
                n = k + 1
                while n < len(sig) and toks[sig[n]][1] in ("default", "async", "declare", "abstract"):
                    n += 1
                kw = toks[sig[n]][1] if n < len(sig) else ""
                if kw in ("function", "class"):
                    nm = n + 1
                    if nm < len(sig) and toks[sig[nm]][1] == "*":
                        nm += 1
                    decl_name = toks[sig[nm]][1] if nm < len(sig) and toks[sig[nm]][1] not in ("(", "{", "extends") else "default"
                elif kw in ("const", "let", "var") and n + 2 < len(sig) and _is_function_value(toks, sig, n + 2):
                    decl_name = toks[sig[n + 1]][1]
            elif es_object and depth == 0 and k + 1 < len(sig) and toks[sig[k + 1]][1] in es_object:
                nxt = toks[sig[k + 1]][1]
                if (t in Keyword and v in ("function", "class")) or (t in Keyword and v in ("const", "let", "var") and k + 2 < len(sig)
                                                                     and _is_function_value(toks, sig, k + 2)):
                    decl_name = nxt
                    if k > 0 and toks[sig[k - 1]][1] == "async":
                        start = k - 1
            if decl_name is None:
                continue
            ok = documented_before(start, walk=False)
        else:
            if lang == "php" and t in Keyword and v in ("function", "class", "interface", "trait", "enum") and k + 1 < len(sig):
                nt, nv = toks[sig[k + 1]]
                if nt not in Name or nv in ("(",):
                    continue
                # (`use function Vendor\Pkg\helper;` imports a function another package declares: no declaration of the file's —
                # issue 12, s45 fh45)
                if v == "function" and k > 0 and toks[sig[k - 1]][1].lower() == "use":
                    continue
                decl_name = nv
            elif lang == "java" and (t in Name.Function or (t in Name.Class and k > 0 and toks[sig[k - 1]][1] in ("class", "interface", "enum", "record"))):
                decl_name = v
            else:
                continue
            # Modifiers of the declaration: walk back to the previous statement.
            mods = set()
            j = k - 1
            while j >= 0:
                tj, vj = toks[sig[j]]
                if tj in Comment or tj in String.Doc or (tj in Punctuation and any(c in _STOP for c in vj)):
                    break
                mods.add(vj)
                j -= 1
            if "private" in mods or "protected" in mods:
                continue
            if lang == "java" and "public" not in mods and not (interfaces and depth == interfaces[-1] and t in Name.Function):
                continue  # (an interface's method is public by default; its nested types' members are judged by their own modifiers)
            ok = documented_before(k, walk=True)
        total += 1
        if ok:
            documented += 1
        elif len(undocumented) < 5:
            undocumented.append({"name": decl_name[:60], "line": positions[i]})
    loc = max(1, len(code_lines | comment_lines))
    return {"code_lines": len(code_lines - comment_lines), "comment_lines": len(comment_lines), "loc": loc,
            "density": len(comment_lines) / loc, "declarations": total, "documented": documented, "undocumented": undocumented,
            "comment_texts": texts}


_R_FUNCTION = lazy_compile(r"^([A-Za-z][\w.]*|`[^`]+`)\s*(?:<-|<<-|=)\s*function\s*\(")
_SHELL_FUNCTION = lazy_compile(r"^\s*(?:function\s+([A-Za-z_][\w-]*)\s*(?:\(\s*\))?|([A-Za-z_][\w-]*)\s*\(\s*\))\s*\{?\s*$")


def r_metrics(text: str) -> dict:
    """R (Shiny apps, scripts, packages): ``#`` comment lines, and top-level functions (``name <- function(``)
    documented by a roxygen block (``#'``) or a comment right above them; a name starting with a dot is private."""
    return hash_comment_metrics(text, _R_FUNCTION)


# a here-document's opening (cat > /etc/automx.conf <<EOF, << 'EOF', <<-END), not a here-string (<<<)
_HEREDOC = lazy_compile(r"(?<!<)<<(-?)[ \t]*(['\"]?)([A-Za-z_]\w*)\2")
# the command an interpreter runs it with (python3 - <<'PY', sudo -u postgres bash <<EOF): the document is a program
_INTERPRETER = lazy_compile(r"(?:^|[|;&(]\s*|\b(?:sudo|exec|env|time|nohup)\s+(?:-\S+\s+(?:\S+\s+)?)*)(?:[\w/.-]*/)?"
                            r"(?:python[\d.]*|node|perl|ruby|php|Rscript|R|bash|sh|zsh|ksh|dash)\b")


def shell_metrics(text: str) -> dict:
    """Shell scripts: ``#`` comment lines (not the ``#!`` line), and functions (``name() {``, ``function name {``)
    documented by a comment right above them. A here-document's lines are the text a command is given (a configuration file,
    a usage message), not the script's comments (s30 m22o3: an installer writing /etc/automx.conf whose English "# The DEFAULT
    section…" lines outnumbered its authors' French comments); one an interpreter runs, or opening with a shebang, is a program
    whose comments count."""
    return hash_comment_metrics(text, _SHELL_FUNCTION, heredocs=True)


def hash_comment_metrics(text: str, function_rx: re.Pattern, heredocs: bool = False) -> dict:
    """Languages commented with ``#``: comment lines, and the functions ``function_rx`` finds (its first group that
    matched names them) documented by a comment right above them; a name starting with a dot is private. With ``heredocs``
    (shell), the lines of a here-document that is no program count as code up to its delimiter."""
    comment_lines = code_lines = 0
    total = documented = 0
    undocumented: list[dict] = []
    texts: list[str] = []
    previous = ""
    pending: list[list] = []  # the here-documents still open, in order: [tabs stripped, delimiter, a program, lines read]
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if pending:
            doc = pending[0]
            doc[3] += 1
            if (raw.lstrip("\t") if doc[0] else raw).rstrip() == doc[1]:
                pending.pop(0)
                code_lines += 1
                continue
            if doc[3] == 1 and line.startswith("#!"):
                doc[2] = True  # (cat <<'EOF' > .git/hooks/pre-commit, then #!/bin/bash: a script it writes)
                code_lines += 1
                continue
            if not doc[2]:
                code_lines += bool(line)
                continue
        if not line:
            continue
        if heredocs and not pending and not line.startswith("#") and "<<" in line:
            # (not one written inside quotes: echo "… <<EOF …" opens nothing)
            pending = [[m.group(1) == "-", m.group(3), bool(_INTERPRETER.search(line[:m.start()])), 0] for m in _HEREDOC.finditer(line)
                       if line[:m.start()].count('"') % 2 == 0 and line[:m.start()].count("'") % 2 == 0]
        if number == 1 and line.startswith("#!"):
            continue  # the interpreter line
        if line.startswith("#"):
            comment_lines += 1
            if len(texts) < MAX_COMMENTS and not line.startswith("#!"):
                body = line.lstrip("#'").strip()
                if body and not body.startswith("@"):
                    texts.append(body)
        else:
            code_lines += 1
            m = function_rx.match(raw)
            name = next((g for g in m.groups() if g), "") if m else ""
            if name and not name.startswith("."):
                total += 1
                if previous.startswith("#"):
                    documented += 1
                elif len(undocumented) < 5:
                    undocumented.append({"name": name[:60], "line": number})
        previous = line
    loc = max(1, comment_lines + code_lines)
    return {"code_lines": code_lines, "comment_lines": comment_lines, "loc": loc, "density": comment_lines / loc,
            "declarations": total, "documented": documented, "undocumented": undocumented, "comment_texts": texts}


def measure(path: str, text: str | None) -> dict | None:
    """Comment and documentation metrics of one file, None when it cannot be analysed (unreadable,
    minified, unparsable): a task of ``ctx.map_blobs``, run in a worker process or here."""
    if text is None:
        return None
    name = path.rsplit("/", 1)[-1]
    # (as FileEntry.ext; a Drupal module's .module, .inc, .install… is PHP: see PHP_ALIAS_EXT)
    ext = name.rsplit(".", 1)[-1].lower() if "." in name[1:] else ""  # (a shell script without an extension: its shebang says so)
    lang = "php" if opens_as_php(name, text) else "page" if ext in PAGE_EXT else LANG_BY_EXT[ext] if ext else "shell" if SHELL_SHEBANG.match(text) \
        else None
    if lang is None:
        return None
    if lang in ("vue", "svelte"):  # a component's <script> blocks (see auditor.facts.embedded)
        text, lang = component_script(text)
    elif lang == "page":  # an HTML page's own inline scripts (the pages the page_scripts fact found holding a program)
        text, lang = page_script(text), "javascript"
    elif lang == "notebook":  # a notebook's code cells (those Python parses, cell by cell), its Markdown cells as comments
        found = notebook_measurable(text)
        if found is None or found[3] > found[2]:  # (not a notebook; or most of its code cells do not parse)
            return None
        metrics = measure(path.rsplit(".", 1)[0] + ".py" if found[1] == "python" else path.rsplit(".", 1)[0] + ".r", found[0])
        if metrics is not None and not metrics.get("generated"):
            metrics = {**metrics, "code_bytes": found[2]}  # (what it weighs: its cells' code, not its JSON and outputs)
        return metrics
    lines = text.count("\n") + 1
    if lines and len(text) / lines > 400:  # minified or generated on one line
        return None
    if written_by_generator(text):  # JAXB's classes, protoc's: a generator's comments, not the project's
        return {"generated": True}
    if lang == "php" and framework_template(path, text):  # (CodeIgniter's index.php and config/*.php: the framework's text)
        return {"generated": True, "framework": True}
    if lang not in ("python", "notebook"):  # (a library pasted between two banners: its comments are the library's)
        text = without_pasted(text)[0]
    try:
        if lang == "r":
            return r_metrics(text)
        if lang == "shell":
            return shell_metrics(text)
        return python_metrics(text) if lang == "python" else token_metrics(text, lang)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


MAX_GENERATED_PROBES = 50  # the files over the size bound whose first bytes are read for a generator's words


@fact("code-comments", version=35, public=False, ahead=2)
def code_comments(ctx) -> dict:
    """Per-file metrics (``comment_texts`` included) of the candidates within :data:`BOUNDS`, in the
    order read, and what was left out."""
    # library copies recognised by their banner or name are not the project's code, nor what the build wrote (the inventory's
    # build category: a tsc outFile bundle or a script compiled next to its .ts, whatever its path)
    inv = inventory_of(ctx)
    candidates = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable") and code_ext(e, inv) in LANG_BY_EXT
                  and is_source_candidate(e.path) and inv.category(e.path) not in ("vendored", "generated", "build", "documentation", "data") and not e.name.endswith((".d.ts", ".min.js"))]
    # (and HTML pages whose own inline scripts are a program, see page_scripts: the project's JavaScript)
    candidates += [ctx.snapshot.files[p] for p in (ctx.fact("page_scripts") or {}).get("pages") or {} if p in ctx.snapshot.files]
    max_bytes = BOUNDS["max_file_bytes"]

    def too_large(e) -> bool:
        return e.size > (NOTEBOOK_MAX_BYTES if e.ext == "ipynb" else max_bytes)

    too_big = [e for e in candidates if too_large(e)]
    # (a file over the bound opening on another holder's library banner, CodeMirror concatenated with a few lines of the project's:
    # a copied library, named apart, not the project's code left out for its size)
    libraries = library_opened(ctx.snapshot, [e.path for e in too_big], _own_holders(ctx.snapshot) + _readme_text(ctx.snapshot)) if too_big else {}
    too_big = [e for e in too_big if e.path not in libraries]
    # (nor one a generator wrote, its first bytes saying so before any bound on its size: Qt's resource compiler's resources.py, 573 KB
    # of a QGIS plugin's icons, set apart as generated, never making a sample "too small"; s43 fg43. The first MAX_GENERATED_PROBES read)
    made = {e.path for e in sorted(too_big, key=lambda e: e.path)[:MAX_GENERATED_PROBES]
            if written_by_generator(ctx.snapshot.read_head(e.path, GENERATOR_BYTES) or "")}
    too_big = [e for e in too_big if e.path not in made]
    fit = sorted((e for e in candidates if not too_large(e)), key=lambda e: (-e.size, e.path))
    # Bounded by counts and bytes in a fixed order, never by time: the same commit reads the same files.
    chosen, beyond, over_bytes = within_bounds(fit, BOUNDS["max_files"], BOUNDS["max_total_bytes"])
    measured = ctx.map_blobs("code-comments", 20, chosen, measure, limit=NOTEBOOK_MAX_BYTES)
    return {"candidates": len(candidates) - len(made), "generated_large": sorted(made), "metrics": [[e.path, "javascript" if e.ext in PAGE_EXT else LANG_BY_EXT[code_ext(e, inv)], measured[e.path]]
                                                 for e in chosen],
            "left_out": {"too_large": len(too_big), "beyond_max_files": len(beyond), "beyond_max_bytes": len(over_bytes)},
            "library_opened": [[p, libraries[p]] for p in sorted(libraries)],
            "bounds": dict(BOUNDS),
            # (bytes of the files analysed and of those that could not be: one large unparsable module beside small ones)
            "bytes": {"analysed": sum(measured[e.path].get("code_bytes", e.size) for e in chosen if measured[e.path] and not measured[e.path].get("generated")),
                      "failed": sum(e.size for e in chosen if measured[e.path] is None)}}

"""``documentation.code-comments``: how documented the code is.

Python: docstring coverage of public functions, classes and methods (``ast``) and comment density
from radon's raw metrics. JavaScript, TypeScript, PHP and Java: comment density and doc-comment
(JSDoc, PHPDoc, Javadoc) coverage of exported or public declarations, from Pygments' lexers (a
real tokenizer: comments inside strings or templates are never counted). Files are never executed;
the number and size of files read are bounded by counts and bytes in a fixed order (largest first, then
path), never by time, so the same commit always gives the same answer; what was left out is reported.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import warnings

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts import within_bounds
from auditor.facts.inventory import inventory_of, is_source_candidate
from auditor.i18n import LANGUAGE_NAMES

LANG_BY_EXT = {"py": "python", "js": "javascript", "mjs": "javascript", "cjs": "javascript", "jsx": "javascript",
               "ts": "typescript", "mts": "typescript", "cts": "typescript", "tsx": "typescript", "php": "php", "java": "java"}
MAX_COMMENTS = 200
_COMMENT_MARKS = re.compile(r"^\s*(/\*\*?|\*/|\*|//+|#)\s?|\*/\s*$|@\w+(\s+\{[^}]*\})?(\s+[\w$.]+)?", re.M)
LEXER_FILE = {"javascript": "x.js", "typescript": "x.ts", "php": "x.php", "java": "X.java"}


def python_metrics(text: str) -> dict:
    from radon.raw import analyze

    raw = analyze(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(text)
    total = documented = 0
    undocumented: list[dict] = []

    def visit(node: ast.AST, in_class: bool) -> None:
        nonlocal total, documented
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                public = not child.name.startswith("_")
                if public:
                    total += 1
                    if ast.get_docstring(child):
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
            if doc:
                texts.append(doc.split("\n\n")[0])
    lines = raw.loc or 1
    return {"code_lines": raw.sloc, "comment_lines": raw.comments + raw.multi, "loc": raw.loc,
            "density": (raw.comments + raw.multi) / lines, "declarations": total, "documented": documented,
            "undocumented": undocumented, "comment_texts": texts}


_STOP = set(";{}")
_SKIP_BACK = {"export", "default", "async", "public", "protected", "private", "static", "abstract", "final", "readonly",
              "declare", "synchronized", "native", "strictfp", "transient", "sealed", "non-sealed", "function", "class",
              "interface", "enum", "record", "trait", "const", "let", "var", "type"}


def _is_doc(tok_type, value: str) -> bool:
    from pygments.token import Comment, String

    return (tok_type in Comment or tok_type in String.Doc) and value.lstrip().startswith("/**")


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
    from pygments.lexers import get_lexer_for_filename
    from pygments.token import Comment, Keyword, Name, Punctuation, String, Text, Whitespace

    lexer = get_lexer_for_filename(LEXER_FILE[lang], stripnl=False, ensurenl=False)
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
    for k, i in enumerate(sig):
        t, v = toks[i]
        decl_name = None
        start = k
        if lang in ("javascript", "typescript"):
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
            if decl_name is None:
                continue
            ok = documented_before(start, walk=False)
        else:
            if lang == "php" and t in Keyword and v in ("function", "class", "interface", "trait", "enum") and k + 1 < len(sig):
                nt, nv = toks[sig[k + 1]]
                if nt not in Name or nv in ("(",):
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
            if lang == "java" and "public" not in mods:
                continue
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


@check(
    id="documentation.code-comments",
    family="documentation",
    effort="days",
    title=T("Le code est commenté et ses fonctions publiques documentées", "The code is commented and its public functions documented"),
    rationale=T(
        "Une équipe qui reprend le code doit comprendre ce que fait chaque module sans l'auteur d'origine. Les docstrings et "
        "les blocs JSDoc/PHPDoc/Javadoc des fonctions exportées servent aussi à générer la documentation d'API. La DINUM "
        "demande des commentaires de code en anglais.",
        "A team taking over the code must understand what each module does without its original author. Docstrings and "
        "JSDoc/PHPDoc/Javadoc blocks on exported functions also generate the API documentation. DINUM asks for code comments "
        "in English.",
    ),
    remediation=T(
        "Commencez par les fichiers listés dans les preuves : ajoutez une docstring (Python) ou un bloc /** … */ (JS, TS, PHP, "
        "Java) à chaque fonction et classe publique ou exportée, qui dit ce qu'elle fait, ses paramètres et ce qu'elle renvoie. "
        "Un linter peut l'exiger (pydocstyle/ruff D, eslint-plugin-jsdoc, PHP_CodeSniffer, Checkstyle).",
        "Start with the files listed in the evidence: add a docstring (Python) or a /** … */ block (JS, TS, PHP, Java) to each "
        "public or exported function and class, saying what it does, its parameters and what it returns. A linter can "
        "enforce it (pydocstyle/ruff D, eslint-plugin-jsdoc, PHP_CodeSniffer, Checkstyle).",
    ),
    params={"coverage_target": 0.6, "density_target": 0.1, "coverage_weight": 0.6, "max_files": 400, "max_file_bytes": 300_000,
            "max_total_bytes": 4_000_000, "min_files": 10,
            "min_lines_listed": 50, "evidence_files": 10},
)
def code_comments(ctx) -> Result:
    p = ctx.params
    max_files, max_bytes = int(p.get("max_files", 400)), int(p.get("max_file_bytes", 300_000))
    inv = inventory_of(ctx)  # library copies recognised by their banner or name are not the project's code
    candidates = [e for e in ctx.snapshot.files.values() if e.kind in ("file", "executable") and e.ext in LANG_BY_EXT
                  and is_source_candidate(e.path) and inv.category(e.path) != "vendored" and not e.name.endswith((".d.ts", ".min.js"))]
    if not candidates:  # the inventory's languages: SQL, R, Scala… that this check cannot read
        # markup, styles and project files (HTML, SLD, QGIS projects…) carry no comments to measure
        other = sorted({i.language for i in inv.items if i.category == "source" and i.language
                        and i.language not in ("HTML", "CSS", "SCSS", "Stylus", "Twig", "QGIS project", "SLD style", "QGIS style", "XSLT")})
        if other:  # source code in a language this check cannot read: not measured, neither a pass nor "nothing to judge"
            return Result.inconclusive(T(f"Non mesuré : code en {', '.join(other[:5])}, langage(s) que ce contrôle ne sait pas analyser.",
                                         f"Not measured: code in {', '.join(other[:5])}, which this check cannot analyse."), languages=other[:10])
        return Result.not_applicable(T("Aucun fichier Python, JavaScript, TypeScript, PHP ou Java à analyser.",
                                       "No Python, JavaScript, TypeScript, PHP or Java file to analyse."))
    too_big = [e for e in candidates if e.size > max_bytes]
    fit = sorted((e for e in candidates if e.size <= max_bytes), key=lambda e: (-e.size, e.path))
    # Bounded by counts and bytes in a fixed order, never by time: the same commit reads the same files.
    max_total = int(p.get("max_total_bytes", 4_000_000))
    chosen, beyond, over_bytes = within_bounds(fit, max_files, max_total)
    per_file: list[dict] = []
    failed: list[str] = []
    by_lang: dict[str, dict] = {}
    ctx.snapshot.prefetch([e.path for e in chosen], limit=max_bytes)
    for e in chosen:
        text = ctx.snapshot.read_text(e.path, limit=max_bytes)
        if text is None:
            failed.append(e.path)
            continue
        lines = text.count("\n") + 1
        if lines and len(text) / lines > 400:  # minified or generated on one line
            failed.append(e.path)
            continue
        lang = LANG_BY_EXT[e.ext]
        try:
            m = python_metrics(text) if lang == "python" else token_metrics(text, lang)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            failed.append(e.path)
            continue
        m["path"], m["lang"] = e.path, lang
        per_file.append(m)
        agg = by_lang.setdefault(lang, {"files": 0, "loc": 0, "comment_lines": 0, "declarations": 0, "documented": 0})
        agg["files"] += 1
        for k in ("loc", "comment_lines", "declarations", "documented"):
            agg[k] += m[k]
    left_out = {"too_large": len(too_big), "beyond_max_files": len(beyond), "beyond_max_bytes": len(over_bytes), "unparsed": len(failed)}
    min_files = int(p.get("min_files", 10))
    bounded = len(too_big) + len(beyond) + len(over_bytes)
    if per_file and bounded and len(per_file) < min(min_files, len(candidates)):
        return Result.inconclusive(T(
            f"Échantillon trop petit pour juger : {len(per_file)} fichier(s) analysé(s) sur {len(candidates)} ; "
            f"{len(too_big)} trop gros (> {max_bytes} octets), {len(over_bytes)} au-delà de {max_total} octets lus.",
            f"Sample too small to judge: {len(per_file)} file(s) analysed out of {len(candidates)}; "
            f"{len(too_big)} too large (> {max_bytes} bytes), {len(over_bytes)} beyond {max_total} bytes read."),
            [Evidence(value=left_out)], left_out=left_out, files_analysed=len(per_file))
    if not per_file:
        return Result.inconclusive(T("Aucun fichier source n'a pu être analysé.", "No source file could be analysed."),
                                   [Evidence(path=x, kind="finding") for x in failed[:10]],
                                   left_out=left_out)
    from auditor.facts.readme import identify_languages

    comment_texts = [t for m in per_file for t in m.pop("comment_texts", [])[:50] if t][:5000]
    comment_lang = identify_languages(comment_texts, min_words=50)
    loc = sum(a["loc"] for a in by_lang.values())
    comments = sum(a["comment_lines"] for a in by_lang.values())
    decls = sum(a["declarations"] for a in by_lang.values())
    docd = sum(a["documented"] for a in by_lang.values())
    density = comments / loc if loc else 0.0
    coverage = docd / decls if decls else None
    cov_t, den_t, cov_w = float(p.get("coverage_target", 0.6)), float(p.get("density_target", 0.1)), float(p.get("coverage_weight", 0.6))
    den_part = min(1.0, density / den_t) if den_t else 1.0
    if coverage is None:
        score = 10 * den_part
    else:
        score = 10 * (cov_w * min(1.0, coverage / cov_t if cov_t else 1.0) + (1 - cov_w) * den_part)
    min_lines = int(p.get("min_lines_listed", 50))

    def badness(m: dict) -> tuple:
        cov = m["documented"] / m["declarations"] if m["declarations"] else 1.0
        return (cov + m["density"], -m["loc"])

    worst = sorted((m for m in per_file if m["loc"] >= min_lines), key=badness)[: int(p.get("evidence_files", 10))]
    evidence = []
    for m in worst:
        first = (m["undocumented"] or [{}])[0]
        evidence.append(Evidence(path=m["path"], line=first.get("line"), kind="finding", value={
            "lines": m["loc"], "comment_density": round(m["density"], 3), "declarations": m["declarations"],
            "documented": m["documented"], "undocumented": [u["name"] for u in m["undocumented"]]}))
    if any(left_out.values()):
        evidence.append(Evidence(value=left_out, note=T(
            f"Non analysés : {len(too_big)} fichier(s) trop gros, {len(beyond)} au-delà de la limite de {max_files} fichiers, "
            f"{len(over_bytes)} au-delà de {max_total} octets lus, {len(failed)} illisible(s) ou minifié(s).",
            f"Not analysed: {len(too_big)} file(s) too large, {len(beyond)} beyond the {max_files}-file limit, "
            f"{len(over_bytes)} beyond {max_total} bytes read, {len(failed)} unreadable or minified.")))
    lang = comment_lang["language"]
    if lang is not None:
        langs = [lang] if isinstance(lang, str) else lang
        shares = comment_lang.get("languages") or {}
        main = max(langs, key=lambda x: (shares.get(x) or 0, x == "en"))  # the language most comments are in
        names = {x: LANGUAGE_NAMES.get(x, {"fr": x, "en": x}) for x in langs}
        if main == "en":
            note = T("Commentaires surtout en anglais, comme le demande la DINUM.", "Comments mostly in English, as DINUM asks.")
        else:
            note = T(f"Commentaires surtout en {names[main]['fr']} : la DINUM demande des commentaires de code en anglais.",
                     f"Comments mostly in {names[main]['en']}: DINUM asks for code comments in English.")
        evidence.append(Evidence(value={"comment_language": lang, "shares": shares}, kind="found" if main == "en" else "finding", note=note))
    cov_txt = (f"{coverage:.0%}", f"{coverage:.0%}") if coverage is not None else ("sans objet", "n/a")
    msg = T(f"{len(per_file)} fichier(s) analysé(s) : {cov_txt[0]} des fonctions et classes publiques documentées ({docd}/{decls}), "
            f"densité de commentaires {density:.0%}.",
            f"{len(per_file)} file(s) analysed: {cov_txt[1]} of public functions and classes documented ({docd}/{decls}), "
            f"comment density {density:.0%}.")
    return Result.scored(score, msg, evidence, coverage=None if coverage is None else round(coverage, 3), density=round(density, 3),
                         by_language={k: {**v} for k, v in by_lang.items()}, left_out=left_out,
                         comment_language=comment_lang["language"])

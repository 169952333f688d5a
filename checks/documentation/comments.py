"""``documentation.code-comments``: how documented the code is, from the ``code-comments`` fact
(docstring and doc-comment coverage, comment density per file: see :mod:`auditor.facts.comments`).
What was left out by the fact's bounds (counts and bytes in a fixed order, never time) is reported.
"""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts.comments import LANG_BY_EXT, python_metrics, token_metrics  # noqa: F401 (re-exported)
from auditor.i18n import LANGUAGE_NAMES
from auditor.lazyre import lazy_compile


# A licence header repeated at the top of the files ("Licensed under the Apache License, Version 2.0…", "This program is free
# software…", a copyright line): the licence's words, not the team's comments, so it tells nothing of the comments' language
LICENCE_TEXT = lazy_compile(r"licensed under|\blicen[cs]ed? (?:version|v\d)|apache license|general public license|permission is hereby granted|"
                            r"\bfree software\b|spdx-license-identifier|\bwarrant(?:y|ies)\b|merchantability|any later version|see the license|licensed to |\bcopyright\b|limitations under the license|"
                            r"you may not use this file|(?:obtain|get) a copy of the license|distributed (?:under|in the hope)|agreed to in writing|"
                            r"apache\.org/licenses|gnu\.org/licenses|logiciel libre|licence publique|selon les termes de la licence", re.I)
TINY_LOC = 20  # below this many lines of code and with no declaration, a comment density means nothing


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
    params={"coverage_target": 0.6, "density_target": 0.1, "coverage_weight": 0.6, "min_files": 10,
            "min_lines_listed": 50, "evidence_files": 10},
)
def code_comments(ctx) -> Result:
    from auditor.checks.reusability.common import copied_project

    if copy := copied_project(ctx):
        return copy
    p = ctx.params
    measured = ctx.fact("code-comments")
    if not measured["candidates"]:
        # the inventory's languages of source files: SQL, R, Scala… that this check cannot read; markup, styles and
        # project files (HTML, SLD, QGIS projects…) carry no comments to measure
        other = sorted(lang for lang in ((ctx.fact("inventory") or {}).get("languages") or {}) if lang not in MARKUP)
        sql = ctx.fact("sql-comments")
        if sql["declared"] and set(other) <= SQL_LANGUAGES:  # a SQL data model documents itself with COMMENT ON
            return _sql_result(ctx, sql)
        if other:  # source code in a language this check cannot read: not measured, neither a pass nor "nothing to judge"
            return Result.inconclusive(T(f"Non mesuré : code en {', '.join(other[:5])}, langage(s) que ce contrôle ne sait pas analyser.",
                                         f"Not measured: code in {', '.join(other[:5])}, which this check cannot analyse."), languages=other[:10])
        from auditor.checks.reusability.common import submodule_code

        if why := submodule_code(ctx):  # (a README and the add-ons it pins as git submodules)
            return Result.inconclusive(why)
        inv = ctx.fact("inventory") or {}
        tests = (inv.get("categories") or {}).get("test", 0)
        # (code this check reads among them: a GeoNature package's test/ folder of JSON settings and SQL is no test code)
        if tests and any(p.rsplit(".", 1)[-1].lower() in LANG_BY_EXT for p in (inv.get("examples") or {}).get("test", [])):  # a test suite's only code (25 Java page objects and tests under src/test): it exists, but is left out here
            return Result.inconclusive(T(f"Non mesuré : le seul code du dépôt est du code de test ({tests} fichier(s)), que ce contrôle laisse de côté.",
                                         f"Not measured: the repository's only code is test code ({tests} file(s)), which this check leaves out."),
                                       test_files=tests)
        return Result.not_applicable(T("Aucun fichier Python, JavaScript, TypeScript, PHP ou Java à analyser.",
                                       "No Python, JavaScript, TypeScript, PHP or Java file to analyse."))
    bounds = measured["bounds"]
    max_files, max_bytes, max_total = bounds["max_files"], bounds["max_file_bytes"], bounds["max_total_bytes"]
    candidates = measured["candidates"]
    too_big, beyond, over_bytes = (measured["left_out"][k] for k in ("too_large", "beyond_max_files", "beyond_max_bytes"))
    per_file: list[dict] = []
    failed: list[str] = []
    by_lang: dict[str, dict] = {}
    for path, lang, metrics in measured["metrics"]:  # largest first, then by path (the order read)
        if metrics is None:
            failed.append(path)
            continue
        if metrics.get("generated"):  # written by a generator (JAXB, protoc…): not the project's documentation to judge
            continue
        m = dict(metrics)  # the fact's value is shared: a copy to annotate
        m["path"], m["lang"] = path, lang
        per_file.append(m)
        agg = by_lang.setdefault(lang, {"files": 0, "loc": 0, "comment_lines": 0, "declarations": 0, "documented": 0})
        agg["files"] += 1
        for k in ("loc", "comment_lines", "declarations", "documented"):
            agg[k] += m[k]
    left_out = {"too_large": too_big, "beyond_max_files": beyond, "beyond_max_bytes": over_bytes, "unparsed": len(failed)}
    min_files = int(p.get("min_files", 10))
    bounded = too_big + beyond + over_bytes
    if per_file and bounded and len(per_file) < min(min_files, candidates):
        return Result.inconclusive(T(
            f"Échantillon trop petit pour juger : {len(per_file)} fichier(s) analysé(s) sur {candidates} ; "
            f"{too_big} trop gros (> {max_bytes} octets), {over_bytes} au-delà de {max_total} octets lus.",
            f"Sample too small to judge: {len(per_file)} file(s) analysed out of {candidates}; "
            f"{too_big} too large (> {max_bytes} bytes), {over_bytes} beyond {max_total} bytes read."),
            [Evidence(value=left_out)], left_out=left_out, files_analysed=len(per_file))
    sizes = measured.get("bytes") or {}
    # the project's code could not be parsed (two notebooks, a Python 2 plugin's 662-line module) beside scripts that could
    if per_file and (len(failed) > len(per_file) or (sizes.get("failed") or 0) > (sizes.get("analysed") or 0)):
        return Result.inconclusive(T(
            f"Non mesuré pour l'essentiel : {len(failed)} fichier(s) illisible(s) ou non analysable(s) ({', '.join(failed[:3])}) contre "
            f"{len(per_file)} analysé(s)" + (f" ({sizes['failed']} octets non lus, {sizes['analysed']} analysés)." if sizes else "."),
            f"Mostly not measured: {len(failed)} file(s) could not be read or parsed ({', '.join(failed[:3])}) against {len(per_file)} "
            "analysed" + (f" ({sizes['failed']} bytes unread, {sizes['analysed']} analysed)." if sizes else ".")),
            [Evidence(path=x, kind="missing") for x in failed[:10]], left_out=left_out, files_analysed=len(per_file))
    unread = _unmeasured(ctx)
    if per_file and sum(unread.values()) > candidates:  # a few scripts measured beside the project's code in another language
        langs = ", ".join(f"{lang} ({n})" for lang, n in sorted(unread.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
        return Result.inconclusive(T(
            f"Non mesuré pour l'essentiel : {sum(unread.values())} fichier(s) de code en {langs}, langage(s) que ce contrôle ne sait pas "
            f"analyser, contre {candidates} fichier(s) analysable(s).",
            f"Mostly not measured: {sum(unread.values())} code file(s) in {langs}, which this check cannot analyse, against "
            f"{candidates} file(s) it can."), languages=sorted(unread), files_analysed=len(per_file))
    if not per_file:
        return Result.inconclusive(T("Aucun fichier source n'a pu être analysé.", "No source file could be analysed."),
                                   [Evidence(path=x, kind="finding") for x in failed[:10]],
                                   left_out=left_out)
    from auditor.facts.readme import identify_languages

    comment_texts = [t for m in per_file for t in m.pop("comment_texts", [])[:50] if t and not LICENCE_TEXT.search(t)][:5000]
    comment_lang = identify_languages(comment_texts, min_words=50)
    loc = sum(a["loc"] for a in by_lang.values())
    comments = sum(a["comment_lines"] for a in by_lang.values())
    decls = sum(a["declarations"] for a in by_lang.values())
    docd = sum(a["documented"] for a in by_lang.values())
    density = comments / loc if loc else 0.0
    coverage = docd / decls if decls else None
    cov_t, den_t, cov_w = float(p.get("coverage_target", 0.6)), float(p.get("density_target", 0.1)), float(p.get("coverage_weight", 0.6))
    if coverage is None and loc < TINY_LOC and density < den_t:  # a two-line shell profile snippet: no function, nothing to document
        return Result.not_applicable(T(f"Trop peu de code pour juger ses commentaires : {loc} ligne(s) dans {len(per_file)} fichier(s), sans fonction ni classe.",
                                       f"Too little code to judge its comments: {loc} line(s) in {len(per_file)} file(s), with no function or class."),
                                     files_analysed=len(per_file), lines=loc)
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
            f"Non analysés : {too_big} fichier(s) trop gros, {beyond} au-delà de la limite de {max_files} fichiers, "
            f"{over_bytes} au-delà de {max_total} octets lus, {len(failed)} illisible(s) ou minifié(s).",
            f"Not analysed: {too_big} file(s) too large, {beyond} beyond the {max_files}-file limit, "
            f"{over_bytes} beyond {max_total} bytes read, {len(failed)} unreadable or minified.")))
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
    if coverage is None:  # no public function or class declared (scripts, page code): only the density says something
        cov_fr, cov_en = "aucune fonction ni classe publique à documenter", "no public function or class to document"
    else:
        cov_fr = f"{coverage:.0%} des fonctions et classes publiques documentées ({docd}/{decls})"
        cov_en = f"{coverage:.0%} of public functions and classes documented ({docd}/{decls})"
    msg = T(f"{len(per_file)} fichier(s) analysé(s) : {cov_fr}, densité de commentaires {density:.0%}.",
            f"{len(per_file)} file(s) analysed: {cov_en}, comment density {density:.0%}.")
    if failed:  # (a file whose syntax the parser does not read, a Python 3.12 f-string: left out of the measure, said so)
        named = ", ".join(failed[:3])
        msg = T(msg["fr"] + f" {len(failed)} fichier(s) illisible(s), minifié(s) ou non analysable(s) laissé(s) de côté (par exemple {named}).",
                msg["en"] + f" {len(failed)} unreadable, minified or unparsable file(s) left out (for example {named}).")
        evidence += [Evidence(path=x, kind="missing", note=T("Non analysé : illisible, minifié ou syntaxe non lue par l'analyseur.",
                                                               "Not analysed: unreadable, minified or a syntax the parser does not read."))
                     for x in failed[:3]]
    result = Result.scored(score, msg, evidence, coverage=None if coverage is None else round(coverage, 3), density=round(density, 3),
                           by_language={k: {**v} for k, v in by_lang.items()}, left_out=left_out,
                           comment_language=comment_lang["language"])
    if worst and (coverage is not None and coverage < cov_t or density < den_t):
        named = [f"{m['path']} (" + ", ".join(u["name"] for u in m["undocumented"][:3]) + ")" if m["undocumented"] else m["path"]
                 for m in worst[:3]]
        styles = ", ".join(dict.fromkeys(DOC_STYLE[m["lang"]] for m in worst[:3] if m["lang"] in DOC_STYLE))
        result.advise(T(f"Commencez par les fichiers les moins documentés : {' ; '.join(named)} ; écrivez pour chaque fonction ou classe publique ce "
                        f"qu'elle fait, ses paramètres et ce qu'elle renvoie" + (f" ({styles})" if styles else "") + ", en anglais.",
                        f"Start with the least documented files: {'; '.join(named)}; write for each public function or class what it does, its "
                        f"parameters and what it returns" + (f" ({styles})" if styles else "") + ", in English."))
    return result


DOC_STYLE = {"python": "docstring", "javascript": "JSDoc /** … */", "typescript": "TSDoc /** … */", "php": "PHPDoc /** … */",
             "java": "Javadoc /** … */", "vue": "JSDoc /** … */", "svelte": "JSDoc /** … */", "notebook": "docstring",
             "r": "roxygen #'", "shell": "# …"}


SQL_LANGUAGES = {"SQL", "PL/pgSQL"}
# Markup, styles and project files (HTML, SLD, QGIS projects…): no comments to measure in them
MARKUP = ("HTML", "CSS", "SCSS", "Stylus", "Twig", "JSP", "QGIS project", "SLD style", "QGIS style", "XSLT")


def _unmeasured(ctx) -> dict[str, int]:
    """The project's source files in languages this check cannot read, by language, from the inventory
    fact (SQL aside: a data model documents itself with COMMENT ON, judged on its own)."""
    from auditor.facts.inventory import LANGUAGES

    readable = {LANGUAGES[ext] for ext in LANG_BY_EXT if ext in LANGUAGES}
    counts = (ctx.fact("inventory") or {}).get("languages") or {}
    return {lang: n for lang, n in counts.items() if lang not in readable and lang not in MARKUP and lang not in SQL_LANGUAGES}


def _sql_result(ctx, sql: dict) -> Result:
    """A SQL model's documentation: the share of its tables, columns, views and functions with a COMMENT ON."""
    share = sql["documented"] / sql["declared"]
    target = float(ctx.params.get("coverage_target", 0.6))
    (nt, dt), (nc, dc) = sql["tables"], sql["columns"]
    ev = [Evidence(path=None, value={"tables": [dt, nt], "columns": [dc, nc], "views_functions": sql["others"][::-1]}, kind="found")]
    ev += [Evidence(value=name, kind="finding", note=T("Objet SQL sans COMMENT ON.", "SQL object without a COMMENT ON.")) for name in sql["undocumented"][:10]]
    return Result.scored(10 * min(1.0, share / target),
                         T(f"Modèle SQL : {share:.0%} des tables, colonnes, vues et fonctions documentées par COMMENT ON ({sql['documented']}/{sql['declared']} ; "
                           f"tables {dt}/{nt}, colonnes {dc}/{nc}), dans {sql['files']} fichier(s) SQL.",
                           f"SQL model: {share:.0%} of tables, columns, views and functions documented by COMMENT ON ({sql['documented']}/{sql['declared']}; "
                           f"tables {dt}/{nt}, columns {dc}/{nc}), in {sql['files']} SQL file(s)."),
                         ev, sql_coverage=round(share, 3), sql_files=sql["files"], complete=sql["complete"])

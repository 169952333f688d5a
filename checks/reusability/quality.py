"""reusability.tests-and-ci and reusability.maintainability."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check
from auditor.facts.ci_systems import CI_SYSTEMS
from auditor.facts.inventory import is_build_output, is_vendored
from auditor.facts.tree import tree_of

from .common import copied_project, submodule_code
from .tests_advice import _tests_todo
from auditor.lazyre import lazy_compile

# (SchemaCrawler lints a database schema with the rules of its schemacrawler-linter-configs.yaml: a linter of the data model)
LINT_CONFIG = lazy_compile(r"^(\.eslintrc(\.\w+)?|eslint\.config\.[cm]?[jt]s|\.prettierrc(\.\w+)?|prettier\.config\.[cm]?js|biome\.jsonc?|ruff\.toml|\.ruff\.toml|\.flake8|\.pylintrc|pylintrc|mypy\.ini|\.php-cs-fixer(\.dist)?\.php|phpstan\.neon(\.dist)?|phpstan\.dist\.neon|psalm\.xml(\.dist)?|phpcs\.xml(\.dist)?|\.rubocop\.ya?ml|\.golangci\.ya?ml|\.stylelintrc(\.\w+)?|stylelint\.config\.[cm]?js|\.pre-commit-config\.ya?ml|\.editorconfig|rustfmt\.toml|\.credo\.exs|\.swiftlint\.yml|\.?checkstyle(\.xml)?|checkstyle-\w+\.xml|\.scalafmt\.conf|ecs\.php|rector\.php|pint\.json|sonar-project\.properties|pmd(-ruleset)?\.xml|spotbugs(-exclude)?\.xml|\.?detekt\.ya?ml|tslint\.json|tslint\.ya?ml|\.jshintrc|schemacrawler-linter-configs\.(?:ya?ml|xml))$")


# (tests that need no test file: a data specification's validation, a chart installed in a cluster, a database model's upgrade
# tested on a restored dump, pum test-and-upgrade, s34 i34)
_VALIDATION = lazy_compile(r"validate-json-action|\bajv\b|check-jsonschema|frictionless|validata|\bct install\b|\bhelm (?:test|unittest)\b|\bpum[ \t]+test-and-upgrade\b")
_CHART_TEST = lazy_compile(r"\bct install\b|\bhelm (?:test|unittest)\b")


@check(
    id="reusability.tests-and-ci",
    family="reusability",
    effort="days",
    title=T("Des tests existent et l'intégration continue les lance", "Tests exist and continuous integration runs them"),
    rationale=T(
        "Un territoire qui adapte le service doit savoir s'il l'a cassé : des tests automatisés lancés à chaque changement par "
        "l'intégration continue, avec un linter, rendent les contributions d'autres équipes acceptables sans risque (standard beta.gouv).",
        "A territory adapting the service must know whether it broke it: automated tests run on every change by continuous "
        "integration, with a linter, make contributions from other teams safe to accept (beta.gouv standard).",
    ),
    remediation=T(
        "Ajoutez des tests (pytest, Jest/Vitest, PHPUnit…) à côté du code, un workflow CI (.github/workflows/ci.yml ou .gitlab-ci.yml) "
        "qui les lance avec le linter (ruff, ESLint, PHPStan…) à chaque push et merge request.",
        "Add tests (pytest, Jest/Vitest, PHPUnit…) next to the code, and a CI workflow (.github/workflows/ci.yml or .gitlab-ci.yml) "
        "that runs them with the linter (ruff, ESLint, PHPStan…) on every push and merge request.",
    ),
    params={"good_test_ratio": 0.2, "thin_test_ratio": 0.02},
)
def tests_and_ci(ctx) -> Result:
    if copy := copied_project(ctx):
        return copy
    inv = ctx.fact("source_inventory")
    commands = ctx.fact("ci_commands")
    configs = ctx.fact("root_configs")
    src, tests = inv["source"], inv["test"]
    ratio = tests / src if src else 0.0
    ci = [(name, path) for name, path in commands["ci"]]
    # (a build command that would run tests, in a repository with no test file, runs none: "running the tests" would be false;
    # a data specification's validation of its examples stays a test)
    runs_tests = [Evidence(path=path, line=line, value=value, kind="found") for path, line, value in commands["tests"]
                  if tests or _VALIDATION.search(value)]
    # (said, though: the CI's test step is there and will run the tests once written — issue 12, s48 fc48)
    idle_runs = [(path, line, value) for path, line, value in commands["tests"] if not (tests or _VALIDATION.search(value))]
    runs_lint = [Evidence(path=path, line=line, value=value, kind="found") for path, line, value in commands["lint"]]
    lint_cfg = _lint_configs(ctx, configs)
    ev: list[Evidence] = [Evidence(path=p, value="test", kind="found") for p in inv.get("test_examples", [])[:5]]
    ev += [Evidence(path=p, value=n, kind="found") for n, p in ci[:5]]
    ev += runs_tests[:5] + runs_lint[:3] + [Evidence(path=p, value="linter", kind="found") for p in lint_cfg[:5]]
    if src == 0 and tests == 0:
        jobs = inv.get("tool_jobs") or {}
        if jobs:  # jobs drawn in Talend, FME…: code whose tests, if any, live in the tool, not files this check can find
            names = ", ".join(f"{lang} ({n})" for lang, n in list(jobs.items())[:5])
            return Result.inconclusive(T(f"Non mesuré : le code est fait de traitements conçus dans un outil ou écrits pour lui ({names}), dont ce contrôle ne "
                                         "sait pas trouver les tests ; CI : " + (", ".join(sorted({n for n, _ in ci})) or "aucune") + ".",
                                         f"Not measured: the code is made of jobs designed in or written for a tool ({names}), whose tests this check "
                                         "cannot find; CI: " + (", ".join(sorted({n for n, _ in ci})) or "none") + "."),
                                       ev, tool_jobs=jobs, ci=sorted({n for n, _ in ci}))
        routines = (ctx.fact("sql-comments") or {}).get("routines") or {}
        if routines:  # a data model's functions and triggers (PL/pgSQL): code, in a language whose tests this check does not know
            n, files = sum(routines.values()), sorted(routines)
            ev += [Evidence(path=p, value=routines[p], kind="found") for p in files[:5]]
            systems = ", ".join(sorted({n for n, _ in ci}))
            return Result.inconclusive(T(f"Non mesuré : le seul code est fait de {n} fonction(s) PL/pgSQL (dans "
                                         f"{len(files)} fichier(s) SQL), dont ce contrôle ne sait pas trouver les tests (pgTAP…) ; CI : "
                                         f"{systems or 'aucune'}.",
                                         f"Not measured: the only code is {n} PL/pgSQL function(s) (in {len(files)} SQL "
                                         f"file(s)), whose tests (pgTAP…) this check cannot find; CI: {systems or 'none'}."),
                                       ev, sql_routines=n, ci=sorted({n for n, _ in ci}))
        if why := submodule_code(ctx):  # (a README and the add-ons it pins as git submodules)
            return Result.inconclusive(why)
        chart = [e for e in runs_tests if _CHART_TEST.search(str(e.value))]
        if chart:  # a Helm chart, no source file: CI installs it in a cluster (chart-testing's ct install) at every change
            linter = bool(lint_cfg or runs_lint)
            systems = ", ".join(sorted({n for n, _ in ci}))
            return Result.scored(10 if linter else 8, T(f"Aucun fichier source ; la CI ({systems}) teste le chart en l'installant ({chart[0].value}, "
                                                        f"{chart[0].path}:{chart[0].line}) ; linter : {'oui' if linter else 'non'}.",
                                                        f"No source file; CI ({systems}) tests the chart by installing it ({chart[0].value}, "
                                                        f"{chart[0].path}:{chart[0].line}); linter: {'yes' if linter else 'no'}."),
                                 ev, test_files=0, source_files=0, ci=sorted({n for n, _ in ci}), ci_runs_tests=True, linter=linter)
        return Result.not_applicable(T("Pas de code source à tester.", "No source code to test."))
    score = _score(tests, ratio / ctx.params["good_test_ratio"], bool(ci), bool(runs_tests), bool(lint_cfg or runs_lint))
    # (one test file for hundreds of sources: the code is not tested, whatever the CI runs; no pass)
    thin = bool(tests) and src >= 20 and ratio < ctx.params["thin_test_ratio"]
    if thin:
        score = min(score, 7.0)
        thin_per = round(1 / ctx.params["thin_test_ratio"])
    if not tests:
        ev.append(Evidence(kind="missing", value="tests", note=T("Aucun fichier de test.", "No test file.")))
    if not ci:
        ev.append(Evidence(kind="missing", value="CI", note=T("Aucune configuration d'intégration continue.", "No continuous integration configuration.")))
    elif not runs_tests and idle_runs:  # (a test command with no test file to run: the step exists, the tests do not)
        p, ln, cmd = idle_runs[0]
        ev.append(Evidence(path=p, line=ln, value=cmd, kind="finding", note=T(
            "La CI lance bien la commande des tests, mais le dépôt n'a aucun fichier de test : elle n'en lance aucun.",
            "CI does run the test command, but the repository has no test file: it runs none.")))
    elif not runs_tests:
        ev.append(Evidence(path=ci[0][1], kind="finding", note=T("La CI ne semble lancer aucun test.", "CI does not seem to run any test.")))
    systems, linter = sorted({n for n, _ in ci}), bool(lint_cfg or runs_lint)
    inline = inv.get("inline_test", 0)  # (Rust sources holding their own #[test] functions: counted as test files too)
    pages = inv.get("server_pages", 0)  # (Java server pages whose scriptlets hold logic: counted as source files)
    # (a generator's specs left as created, ng generate's "should create" beside each component: said, since they are not counted)
    stubs = inv.get("test_scaffold", 0)
    stubs_fr = f" ; {stubs} test(s) générés laissés tels quels (« should create » d'Angular CLI, assertTrue(true) de Maven…) non comptés : ils ne testent rien" if stubs else ""
    stubs_en = f"; {stubs} generated test(s) left as created (Angular CLI's \"should create\", Maven's assertTrue(true)…) not counted: they test nothing" if stubs else ""
    # (files named or placed as tests holding no test outside their comments: said, since one opening the test folder sees them — an
    # ENT module's only JUnit class, commented out line by line)
    if idle := inv.get("test_support", 0):
        stubs_fr += f" ; {idle} fichier(s) nommé(s) ou rangé(s) comme tests sans aucun test hors commentaires (ni fonction de test ni assertion) non compté(s)"
        stubs_en += f"; {idle} file(s) named or placed as tests holding no test outside comments (no test function nor assertion) not counted"
    # (a hand-written test that calls itself a dummy and names nothing of the project, DummyTest "to workaround jacoco bug")
    if dummy := inv.get("test_dummy", 0):
        stubs_fr += f" ; {dummy} test(s) se disant factice(s) (dummy, placeholder) qui n'appelle(nt) rien du projet non compté(s) : ils ne le testent pas"
        stubs_en += f"; {dummy} test(s) calling themselves dummies (dummy, placeholder) that call nothing of the project not counted: they do not test it"
    # (a monorepo's components' own pipelines, Backend/.gitlab-ci.yml: named, since none lies where a reader of the root looks)
    nested = [p for _, p in ci if not any(rx.match(p) for _, rx in CI_SYSTEMS)]
    if nested:
        systems_fr = f"{', '.join(systems)} ({len(nested)} fichier(s) de sous-projet : {', '.join(nested[:4])}{'…' if len(nested) > 4 else ''})"
        systems_en = f"{', '.join(systems)} ({len(nested)} sub-project file(s): {', '.join(nested[:4])}{'…' if len(nested) > 4 else ''})"
    else:
        systems_fr, systems_en = ', '.join(systems) or 'aucune dans le dépôt', ', '.join(systems) or 'none in the repository'
    thin_fr = f", trop peu pour dire le code testé (moins d'un fichier de test pour {thin_per} fichiers source)" if thin else ""
    thin_en = f", too few to call the code tested (under one test file for {thin_per} source files)" if thin else ""
    msg = T(f"{tests} fichier(s) de test{f' (dont {inline} fichier(s) source Rust portant leurs propres tests #[test])' if inline else ''} "
            f"pour {src} fichier(s) source{f' (dont {pages} page(s) JSP dont le code Java porte de la logique)' if pages else ''} "
            f"(ratio {ratio:.2f}){thin_fr}{stubs_fr} ; CI : {systems_fr}"
            f"{' qui lance les tests' if runs_tests else ''} ; linter : {'oui' if linter else 'non'}.",
            f"{tests} test file(s){f' (of which {inline} Rust source file(s) holding their own #[test] tests)' if inline else ''} "
            f"for {src} source file(s){f' (of which {pages} Java server page(s) whose Java code holds logic)' if pages else ''} "
            f"(ratio {ratio:.2f}){thin_en}{stubs_en}; CI: {systems_en}"
            f"{' running the tests' if runs_tests else ''}; linter: {'yes' if linter else 'no'}.")
    result = Result.scored(score, msg, ev, test_files=tests, source_files=src, ratio=round(ratio, 3), ci=systems, generated_tests=stubs,
                           ci_runs_tests=bool(runs_tests), linter=linter)
    if not (tests and ci and runs_tests and linter) or thin:
        result.advise(_tests_todo(ctx, tests, [p for _, p in ci], bool(runs_tests), linter, thin, idle_runs))
    return result


def _lint_configs(ctx, configs: dict) -> list[str]:
    """Linter configuration files, and the linters configured inside pyproject.toml or package.json (an .editorconfig
    sets the editor's indentation and charset: no linter)."""
    # (a copied library's own linter settings, dist/PapaParse-5.0.2/.eslintrc.js, lint nothing of the project's; nor do those of a
    # plugin the inventory calls a copy, plugins/<published plugin>/phpcs.xml.dist)
    copied = set(ctx.fact("copied_paths"))
    lint_cfg = sorted(e.path for e in tree_of(ctx) if LINT_CONFIG.match(e.name) and "node_modules/" not in e.path
                      and not is_vendored(e.path) and not is_build_output(e.path) and e.path not in copied)
    if configs["pyproject_lint"]:
        lint_cfg.append("pyproject.toml")
    if configs["package_json"]["lint_config"]:
        lint_cfg.append("package.json")
    if configs.get("composer_lint") and "composer.json" not in lint_cfg:  # (require-dev: squizlabs/php_codesniffer, phpstan/phpstan)
        lint_cfg.append("composer.json")
    lint_cfg += [p for p in configs.get("lint_packages") or [] if p not in lint_cfg]  # (a front end's frontend/package.json)
    lint_cfg += [p for p in configs.get("python_lint") or [] if p not in lint_cfg]  # (tox.ini's [testenv] commands = flake8 …)
    lint_cfg = [p for p in lint_cfg if not p.endswith(".editorconfig")]
    # (.NET's analyzers: StyleCop.Analyzers referenced by a .csproj, an .editorconfig setting dotnet_diagnostic rules)
    lint_cfg += [p for p in configs.get("dart_lint") or [] if p not in lint_cfg and p not in copied]  # (flutter create's flutter_lints)
    return lint_cfg + [p for p in configs.get("dotnet_lint") or [] if p not in lint_cfg and p not in copied]


def _score(tests: int, ratio_share: float, ci: bool, runs_tests: bool, linter: bool) -> float:
    """3 for tests, up to 2 for their share of the sources, 2 for a CI, 2 for a CI that runs them, 1 for a linter."""
    score = 0.0
    score += 3 if tests else 0
    score += 2 * min(1.0, ratio_share) if tests else 0
    score += 2 if ci else 0
    score += 2 if runs_tests else 0
    score += 1 if linter else 0
    return score


@check(
    id="reusability.maintainability",
    family="reusability",
    effort="days",
    title=T("Le code reste simple à maintenir", "The code stays simple to maintain"),
    rationale=T(
        "Une équipe qui reprend le service doit comprendre et modifier le code : des fonctions trop complexes (complexité cyclomatique "
        "élevée) concentrent les bugs et rendent chaque adaptation locale coûteuse.",
        "A team taking over the service must understand and change the code: overly complex functions (high cyclomatic complexity) "
        "concentrate bugs and make each local adaptation costly.",
    ),
    remediation=T(
        "Découpez les fonctions listées (complexité au-dessus du seuil) en fonctions plus petites et testées ; ajoutez une limite "
        "de complexité au linter (ruff C901/mccabe, ESLint complexity, PHPMD) pour qu'elle ne remonte pas.",
        "Split the listed functions (complexity above the threshold) into smaller, tested functions; add a complexity limit to the "
        "linter (ruff C901/mccabe, ESLint complexity, PHPMD) so that it does not creep back.",
    ),
    params={"cc_threshold": 10, "cc_severe": 20, "share_ok": 0.03, "share_bad": 0.15, "mi_low": 20},
)
def maintainability(ctx) -> Result:
    if copy := copied_project(ctx):
        return copy
    value = ctx.fact("code")
    p = ctx.params
    functions = value["functions"]
    details = {"files_measured": value["files_measured"], "functions": functions, "excluded": value["excluded"], "cc_mean": value["cc_mean"],
               "by_language": value["by_language"], "python_mi_mean": value["python_mi"]["mean"], "complete": value["complete"]}
    excl = value["excluded"]
    left_out = T(f"Laissés de côté : {excl['vendored']} tiers, {excl['generated']} générés, {excl['minified']} minifiés, {excl['test']} de test, "
                 f"{excl['doc']} de documentation, {excl['too_large']} trop gros, {excl['over_budget']} au-delà des limites, "
                 f"{excl['unparsable']} non analysables.",
                 f"Left out: {excl['vendored']} vendored, {excl['generated']} generated, {excl['minified']} minified, {excl['test']} test, "
                 f"{excl['doc']} documentation, {excl['too_large']} too large, {excl['over_budget']} beyond the limits, "
                 f"{excl['unparsable']} unparsable.")
    if excl.get("missing"):
        left_out = T(left_out["fr"][:-1] + f", {excl['missing']} absents de la copie.", left_out["en"][:-1] + f", {excl['missing']} missing from the copy.")
    unread = value.get("not_measured") or {}
    # most of the project's code is in languages no analyser here reads: more files, and more bytes (two shell wrappers of 25
    # lines around one 640-line Python program are no majority)
    if sum(unread.values()) > value["files_measured"] and value.get("not_measured_bytes", 1) > value.get("measured_bytes", 0):
        names = ", ".join(f"{lang} ({n})" for lang, n in list(unread.items())[:5])
        return Result.inconclusive(T(f"Non mesuré : l'essentiel du code est en {names}, langage(s) que ce contrôle ne sait pas analyser "
                                     f"({value['files_measured']} fichier(s) mesuré(s) seulement).",
                                     f"Not measured: most of the code is in {names}, which this check cannot analyse "
                                     f"(only {value['files_measured']} file(s) measured)."), [Evidence(note=left_out)], not_measured=unread, **details)
    if value["files_measured"] == 0:
        if excl["over_budget"] or excl["too_large"] or excl["unparsable"]:
            return Result.inconclusive(T("Aucun fichier source n'a pu être mesuré. ", "No source file could be measured. ") , [Evidence(note=left_out)], **details)
        if why := submodule_code(ctx):
            return Result.inconclusive(why, **details)
        if excl["test"]:  # a test suite's only code (page objects and tests under src/test): it exists, but is left out here
            return Result.inconclusive(T(f"Non mesuré : le seul code du dépôt est du code de test ({excl['test']} fichier(s)), que ce contrôle "
                                         "laisse de côté.",
                                         f"Not measured: the repository's only code is test code ({excl['test']} file(s)), which this check "
                                         "leaves out."), [Evidence(note=left_out)], **details)
        return Result.not_applicable(T("Aucun code source mesurable (Python, JavaScript/TypeScript, PHP, Java…).",
                                       "No measurable source code (Python, JavaScript/TypeScript, PHP, Java…)."), **details)
    if excl["unparsable"] and (value.get("unparsable_bytes") or 0) > (value.get("measured_bytes") or 0):
        # the project's main code could not be parsed (a Python 2 plugin's 662-line module beside three boilerplate files): the
        # functions measured are not the project's
        return Result.inconclusive(T(f"Non mesuré pour l'essentiel : le code non analysable ({value['unparsable_bytes']} octets) pèse plus "
                                     f"que les {value['files_measured']} fichier(s) mesuré(s) ({value['measured_bytes']} octets)."
                                     f"{unparsed_note(value)['fr']}",
                                     f"Mostly not measured: the code that could not be parsed ({value['unparsable_bytes']} bytes) outweighs "
                                     f"the {value['files_measured']} file(s) measured ({value['measured_bytes']} bytes)."
                                     f"{unparsed_note(value)['en']}"),
                                   [Evidence(path=x, kind="missing") for x in (value.get("unparsable_examples") or [])[:3]]
                                   + [Evidence(note=left_out)], **details)
    if functions == 0:  # scripts written at top level (PHP pages, shell-like Python): nothing this check measures
        return Result.inconclusive(T(f"Aucune fonction à mesurer : les {value['files_measured']} fichier(s) sont des scripts écrits au niveau "
                                     "supérieur, dont ce contrôle ne mesure pas la complexité.",
                                     f"No function to measure: the {value['files_measured']} file(s) are top-level scripts, whose complexity "
                                     "this check does not measure."), [Evidence(note=left_out)], **details)
    top = value.get("top_level") or {}
    if top.get("decisions", 0) > max(p["cc_threshold"], value.get("function_decisions", 0)):
        # (scripts written mostly at top level, a few helpers aside: the functions measured are not where the code's branching is)
        largest = top.get("largest") or []
        eg = ", ".join(f"{t['path']} ({t['decisions']})" for t in largest[:3])
        return Result.inconclusive(T(f"Non mesuré pour l'essentiel : le code écrit au niveau supérieur des scripts Python, hors de toute fonction, "
                                     f"compte {top['decisions']} point(s) de décision ({eg}), plus que les {functions} fonction(s) mesurée(s) "
                                     f"({value.get('function_decisions', 0)}) ; ce contrôle ne mesure que la complexité des fonctions.",
                                     f"Mostly not measured: the Python scripts' top-level code, outside any function, holds {top['decisions']} "
                                     f"decision point(s) ({eg}), more than the {functions} function(s) measured ({value.get('function_decisions', 0)}); "
                                     "this check measures the complexity of functions only."),
                                   [Evidence(path=t["path"], value={"top_level_decisions": t["decisions"]}, kind="finding") for t in largest[:5]]
                                   + [Evidence(note=left_out)], top_level_decisions=top["decisions"], **details)
    counts = {int(k): v for k, v in value["cc_counts"].items()}
    over = sum(v for k, v in counts.items() if k > p["cc_threshold"])
    severe = sum(v for k, v in counts.items() if k > p["cc_severe"])
    share = over / functions if functions else 0.0
    if share <= p["share_ok"]:
        score = 10.0
    elif share >= p["share_bad"]:
        score = 2.0
    else:
        score = 10 - 8 * (share - p["share_ok"]) / (p["share_bad"] - p["share_ok"])
    score -= min(2.0, severe * 0.25)
    mi_mean = value["python_mi"]["mean"]
    if mi_mean is not None and mi_mean < p["mi_low"]:
        score -= 1
    ev = [Evidence(path=w["path"], line=w["line"], value={"function": w["name"], "cc": w["cc"]}, kind="finding",
                   note=T(f"Complexité cyclomatique {w['cc']} (seuil {p['cc_threshold']}).", f"Cyclomatic complexity {w['cc']} (threshold {p['cc_threshold']})."))
          for w in value["worst_functions"] if w["cc"] > p["cc_threshold"]][:25]
    ev += [Evidence(path=m["path"], value={"maintainability_index": m["mi"]}, kind="finding",
                    note=T("Indice de maintenabilité bas (radon).", "Low maintainability index (radon)."))
           for m in value["python_mi"]["lowest"] if m["mi"] < p["mi_low"]][:10]
    ev.append(Evidence(note=left_out, value=excl))
    details.update({"over_threshold": over, "severe": severe, "share_over": round(share, 4)})
    msg = T(f"{functions} fonctions mesurées dans {value['files_measured']} fichiers ; {over} au-dessus d'une complexité de {p['cc_threshold']} "
            f"({share:.1%}), dont {severe} au-dessus de {p['cc_severe']}.",
            f"{functions} functions measured in {value['files_measured']} files; {over} above a complexity of {p['cc_threshold']} "
            f"({share:.1%}), {severe} of them above {p['cc_severe']}.")
    if not value["complete"] and excl["over_budget"]:
        msg = T(msg["fr"] + f" Mesure partielle : {excl['over_budget']} fichier(s) au-delà des limites de nombre ou de taille.",
                msg["en"] + f" Partial measure: {excl['over_budget']} file(s) beyond the count or size limits.")
    if excl.get("missing"):  # (files whose object the copy lacks, a partial clone's: not read, so not measured)
        msg = T(msg["fr"] + f" Mesure partielle : {excl['missing']} fichier(s) de code absent(s) de la copie du dépôt, non lu(s).",
                msg["en"] + f" Partial measure: {excl['missing']} code file(s) missing from the repository's copy, not read.")
    if unread:  # a part of the code in languages no analyser here reads (Java server pages beside the classes, shell scripts): said
        names = ", ".join(f"{lang} ({n})" for lang, n in list(unread.items())[:5])
        msg = T(msg["fr"] + f" Non mesurés : {names}, fichiers en langage(s) que ce contrôle ne sait pas analyser.",
                msg["en"] + f" Not measured: {names}, files in language(s) this check cannot analyse.")
        details["not_measured"] = unread
    if excl["unparsable"]:  # a file the analyser cannot parse (a syntax error, a syntax newer than its Python): its functions are not counted
        msg = T(msg["fr"] + unparsed_note(value)["fr"], msg["en"] + unparsed_note(value)["en"])
        ev += [Evidence(path=x, kind="missing", note=T("Non analysable : ses fonctions ne sont pas comptées.",
                                                       "Could not be parsed: its functions are not counted."))
               for x in value.get("unparsable_examples") or []][:3]
    return Result.scored(score, msg, ev, **details)


def unparsed_note(value: dict) -> T:
    """The files of the ``code`` fact its analysers could not parse, said in the message: the measure leaves them out."""
    n, named = value["excluded"]["unparsable"], (value.get("unparsable_examples") or [])[:3]
    eg_fr, eg_en = (f" (par exemple {', '.join(named)})", f" (for example {', '.join(named)})") if named else ("", "")
    return T(f" {n} fichier(s) de code n'ont pas pu être analysés{eg_fr} : erreur de syntaxe ou syntaxe plus récente que celle que "
             "lit l'analyseur ; leurs fonctions ne sont pas comptées.",
             f" {n} code file(s) could not be parsed{eg_en}: a syntax error or a syntax newer than the analyser reads; their "
             "functions are not counted.")

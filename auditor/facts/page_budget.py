"""The ``page_budget`` fact: the page weight budgets a repository states, and what enforces them (RGESN 6.1).

A budget is a stated limit that something enforces. The limit is written in a file: Lighthouse CI's assertions (a
``lighthouserc`` file with an ``assert`` section: a preset, assertions, a budgets file), a Lighthouse budget file (``budget.json``
with ``resourceSizes``, ``resourceCounts`` or ``timings``), size-limit's entries with a ``limit`` (``.size-limit.json`` or the
``"size-limit"`` key of a package.json), bundlesize's with a ``maxSize``. Those tools check the limit only when they run: the
continuous integration runs them (directly, ``npx lhci autorun``, through the Lighthouse CI GitHub action, or through an npm script of
a package.json of the repository that runs them, ``npm run lighthouse`` → ``lhci autorun``), or the build script does. A tool a
developer may run by hand, ``"lighthouse": "lhci autorun"`` in a package.json with no assertion anywhere and no CI running it, states
no limit and enforces none (issue 12, s47 fg47). The build-time budgets that the build itself enforces (Angular's ``"budgets"``,
webpack's ``performance.maxAssetSize``) are read by the check from the text signals.

Bounded and deterministic: the candidate files in path order, at most :data:`MAX_FILES` of :data:`MAX_BYTES`; the CI files as
``ci_commands`` reads them (the first 30, their local includes and the shell scripts they run).
"""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts import fact
from auditor.facts.ci_commands import MAX_BYTES as CI_BYTES
from auditor.facts.ci_commands import MAX_CI_FILES, _RUN_SCRIPT, _included, _shell_scripts, uncommented
from auditor.facts.ci_systems import ci_files
from auditor.facts.inventory import component_dirs, is_vendored
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_MANIFESTS, SCRIPT_DEPTH = 40, 256 * 1024, 40, 3
LIGHTHOUSERC = lazy_compile(r"^\.?lighthouserc(?:\.(?:json|js|cjs|mjs|ts|ya?ml))?$")
LH_BUDGET = lazy_compile(r"^(?:[\w.-]*[-_.])?budgets?\.json$")
SIZE_LIMIT = lazy_compile(r"^\.size-limit(?:\.(?:json|js|cjs|mjs|ts))?$")
# a Lighthouse CI assert section (JSON, YAML or a JS object): `"assert": {`, `assert:`, and the budgets file it may name
# (at a line's start, or after an object's { or , on one line: a minified lighthouserc.json, {"ci": {"assert": {…}}})
_LH_ASSERT = lazy_compile(r"""(?:^|[{,])[ \t]*["']?(?:assert|assertions|budgetsFile|budgetPath)["']?[ \t]*:""", re.M)
_LH_BUDGET_KEYS = lazy_compile(r"""["']?(?:resourceSizes|resourceCounts|timings)["']?\s*:""")
_LIMIT_KEY = lazy_compile(r"""["']?limit["']?\s*:""")
# a command running a budget tool: Lighthouse CI (its CLI or GitHub action), size-limit, bundlesize, Lighthouse given a budget file,
# sitespeed.io given a budget
RUN_TOOL = lazy_compile(r"""(?<![\w.-])(?:lhci|@lhci/cli|lighthouse-ci|size-limit|bundlesize)(?![\w.-])|treosh/lighthouse-ci-action"""
                        r"""|(?<![\w.-])lighthouse(?![\w-])[^\n]{0,300}?--budget-path|sitespeed\.io[^\n]{0,300}?--budget""")
BUILD_SCRIPTS = ("prebuild", "build", "postbuild")


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _key_line(text: str, key: str) -> int | None:
    m = re.search(r'"' + re.escape(key) + r'"\s*:', text)
    return _line(text, m.start()) if m else None


def _tool_scripts(scripts: dict[str, str]) -> dict[str, str]:
    """The scripts of one package.json that run a budget tool, directly or through another of its scripts (name -> command)."""
    found = {n: c for n, c in scripts.items() if RUN_TOOL.search(c)}
    for _ in range(SCRIPT_DEPTH):
        more = {n: c for n, c in scripts.items() if n not in found and any(m.group(1) in found for m in _RUN_SCRIPT.finditer(c))}
        if not more:
            break
        found.update(more)
    return dict(sorted(found.items()))


@fact("page_budget", version=1)
def page_budget(ctx) -> dict:
    """``limits``: ``[path, line, tool]`` for every budget the repository states (tool: ``lighthouse-ci``, ``lighthouse-budget``,
    ``size-limit``, ``bundlesize``); ``runs``: ``[path, line, command]`` for the CI lines and build scripts running a budget tool
    (``where`` is ``ci`` or ``build``: ``[path, line, command, where]``); ``tools``: ``[path, line, command]`` for the package
    scripts running a budget tool, whatever runs them."""
    snap = ctx.snapshot
    own = [e for e in sorted(snap.files.values(), key=lambda e: e.path) if e.kind in ("file", "executable") and not is_vendored(e.path)]
    limits: list[list] = []
    candidates = [e for e in own if LIGHTHOUSERC.match(e.name) or LH_BUDGET.match(e.name) or SIZE_LIMIT.match(e.name)][:MAX_FILES]
    for e in candidates:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if LIGHTHOUSERC.match(e.name):
            m, tool = _LH_ASSERT.search(text), "lighthouse-ci"
        elif SIZE_LIMIT.match(e.name):
            m, tool = _LIMIT_KEY.search(text), "size-limit"
        else:
            m, tool = _LH_BUDGET_KEYS.search(text), "lighthouse-budget"
        if m:
            limits.append([e.path, _line(text, m.end()), tool])
    tools: list[list] = []
    tool_names: set[str] = set()
    runs: list[list] = []
    for e in [e for e in own if e.name == "package.json"][:MAX_MANIFESTS]:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        try:
            doc = safejson.loads(text)
        except ValueError:
            continue
        if not isinstance(doc, dict):
            continue
        for key, field, tool in (("size-limit", "limit", "size-limit"), ("bundlesize", "maxSize", "bundlesize")):
            entries = doc.get(key)
            if isinstance(entries, list) and any(isinstance(x, dict) and x.get(field) for x in entries):
                limits.append([e.path, _key_line(text, key), tool])
        scripts = doc.get("scripts")
        scripts = {k: v[:2000] for k, v in scripts.items() if isinstance(k, str) and isinstance(v, str)} if isinstance(scripts, dict) else {}
        found = _tool_scripts(scripts)
        tool_names |= set(found)
        tools += [[e.path, _key_line(text, n), f"{n}: {c}"[:160]] for n, c in found.items()]
        runs += [[e.path, _key_line(text, n), f"{n}: {c}"[:160], "build"] for n, c in found.items() if n in BUILD_SCRIPTS]
    ci = ci_files(sorted(snap.files), component_dirs(list(snap.files.values())))
    for name, path in [c for c in ci if not is_vendored(c[1])][:MAX_CI_FILES]:
        text = snap.read_text(path, limit=CI_BYTES) or ""
        texts = [(path, text)] + (_included(snap, path, text) if name == "gitlab-ci" else [])
        texts = [(q, uncommented(q, body)) for q, body in texts]
        texts += [(q, uncommented(q, body)) for q, body in (t for r, b in texts[:] for t in _shell_scripts(snap, r, b)) if all(q != r for r, _ in texts)]
        for q, body in texts:
            for m in list(RUN_TOOL.finditer(body))[:1] or [m for m in _RUN_SCRIPT.finditer(body) if m.group(1) in tool_names][:1]:
                start = body.rfind("\n", 0, m.start()) + 1
                end = body.find("\n", m.end())
                runs.append([q, _line(body, m.start()), body[start:end if end >= 0 else None].strip()[:160], "ci"])
    return {"limits": limits, "runs": runs, "tools": tools}

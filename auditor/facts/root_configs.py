"""The ``root_configs`` fact: what the root package.json, composer.json and pyproject.toml say about
running, linting and targeting browsers (the checks' questions, answered once)."""

from __future__ import annotations

import re

from auditor import safejson
from auditor.facts import fact
from auditor.lazyre import lazy_compile

MAX_BYTES = 1_000_000
PYPROJECT_LINT = lazy_compile(r"^\[tool\.(ruff|black|isort|pylint|mypy|flake8)", re.M)
# a linter configured in package.json, or a "lint" script running one ("lint": "ng lint", "lint": "eslint assets/scripts/*.js")
PACKAGE_LINT = lazy_compile(r'"eslintConfig"\s*:|"prettier"\s*:|"lint(?::[\w-]+)?"\s*:\s*"[^"\n]*\b(?:eslint|tslint|ng lint|vue-cli-service lint|stylelint|'
                            r'prettier|standard|xo|biome|jshint|next lint)\b')
RUN_SCRIPTS = ("start", "dev", "serve", "build")


def _package_json(text: str | None) -> dict:
    out = {"present": text is not None, "run_scripts": False, "browser_targets": False,
           "lint_config": bool(PACKAGE_LINT.search(text or ""))}
    if not text:
        return out
    try:
        data = safejson.loads(text)
    except ValueError:
        return out
    if isinstance(data, dict):
        scripts = data.get("scripts") or {}
        out["run_scripts"] = isinstance(scripts, dict) and any(k in scripts for k in RUN_SCRIPTS)
        out["browser_targets"] = bool(data.get("browserslist") or data.get("engines"))
    return out


@fact("root_configs", version=2, public=False)
def root_configs(ctx) -> dict:
    """``package_json``: present, scripts that start or build the service, browser targets
    (browserslist/engines), a linter configured inside it; ``composer_symfony``: composer.json names
    Symfony; ``pyproject_lint``: pyproject.toml configures a linter."""
    snap = ctx.snapshot
    files = snap.files
    pkg = snap.read_text("package.json", limit=MAX_BYTES) if "package.json" in files else None
    composer = (snap.read_text("composer.json") or "") if "composer.json" in files else ""
    pyproject = (snap.read_text("pyproject.toml") or "") if "pyproject.toml" in files else ""
    return {"package_json": _package_json(pkg), "composer_symfony": "symfony" in composer,
            "pyproject_lint": bool(PYPROJECT_LINT.search(pyproject))}

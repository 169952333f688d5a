"""Session 21 (reader r1's Datagora-erasme/datagora_datatlas_back): an Express server whose src/package.json runs JavaScript Standard
Style from its test script ("test": "standard && node …", standard in devDependencies) was "linter: no" in reusability.tests-and-ci:
only a script named "lint" (or eslintConfig/prettier keys) counted. A linter run at a command's place by any npm script counts (ESLint,
standard and its variants, XO, JSHint, TSLint, stylelint, Biome, Prettier when it checks…); a formatter that only writes, a word in
an argument, or a tool whose name only begins like a linter's (standard-version) does not."""

from __future__ import annotations

import json

import pytest

from auditor.facts.root_configs import SCRIPT_LINTER
from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.tests-and-ci"


def _server(scripts: dict, folder: str = "src/") -> dict:
    return {
        "README.md": "# Serveur\n\nServeur de la carte.\n",
        f"{folder}package.json": json.dumps({"name": "serveur", "version": "1.0.0", "scripts": scripts,
                                             "dependencies": {"express": "^4.18.0"}, "devDependencies": {"standard": "*"}}, indent=2) + "\n",
        f"{folder}server.js": "const express = require('express')\nconst app = express()\napp.listen(3000)\n",
        f"{folder}routes.js": "module.exports = (app) => app.get('/api', (req, res) => res.json({}))\n",
    }


def _linter(tmp_path, files) -> bool:
    res = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK]))[CHECK]
    return res["details"]["linter"], res["message"]["en"]


def test_standard_run_by_the_test_script_of_the_code_folders_manifest(tmp_path):
    linter, message = _linter(tmp_path, _server({"test": "standard && node my-tests.js"}))
    assert linter is True and "linter: yes" in message, message


def test_xo_run_by_a_root_pretest_script(tmp_path):
    linter, message = _linter(tmp_path, _server({"pretest": "xo", "test": "node my-tests.js"}, folder=""))
    assert linter is True, message


def test_scripts_running_no_linter_stay_without_one(tmp_path):
    linter, message = _linter(tmp_path, _server({"test": "node my-tests.js", "format": "prettier --write .", "release": "standard-version"}))
    assert linter is False and "linter: no" in message, message


@pytest.mark.parametrize(("command", "runs"), [
    ("standard && node my-tests.js", True), ("semistandard --fix", True), ("ts-standard", True), ("npx eslint src", True),
    ("cross-env NODE_ENV=test eslint .", True), ("tsc && xo", True), ("jshint lib", True), ("stylelint 'src/**/*.css'", True),
    ("biome check .", True), ("prettier --check .", True), ("./node_modules/.bin/eslint app", True), ("lint-staged", True),
    ("prettier --write .", False), ("standard-version", False), ("echo standard", False), ("node build.js --standard", False),
    ("npm run lint", False), ("jest --coverage", False), ("eslint-config-prettier", False),
])
def test_a_linter_at_a_commands_place(command, runs):
    assert bool(SCRIPT_LINTER.search(command)) is runs

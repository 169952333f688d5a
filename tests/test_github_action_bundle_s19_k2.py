"""A JavaScript GitHub Action (issue 12, session 19 reader d2: opt-nc/setup-duckdb-action). Its action.yml runs
dist/index.js from the repository (runs: using: node24, main: dist/index.js): build-output warned "5 compiled or bundled build
output file(s) are committed"; and licensing.dependencies was inconclusive ("@actions/core … no license declared", the
lockfile lists no licences) while ncc's dist/licenses.txt names each bundled package's licence."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

MIT = ("Permission is hereby granted, free of charge, to any person obtaining a copy of this software.\n\n"
       "THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.\n")
LOCK = json.dumps({"name": "setup-outil", "lockfileVersion": 3, "packages": {
    "": {"name": "setup-outil", "version": "1.0.0", "dependencies": {"@actions/core": "^1.10.0", "tunnel": "^0.0.6"}},
    "node_modules/@actions/core": {"version": "1.10.1", "resolved": "https://registry.npmjs.org/@actions/core/-/core-1.10.1.tgz"},
    "node_modules/tunnel": {"version": "0.0.6", "resolved": "https://registry.npmjs.org/tunnel/-/tunnel-0.0.6.tgz"}}}, indent=2)
ACTION = {
    "README.md": "# setup-outil\n\nInstalle l'outil dans un workflow GitHub.\n\n```yaml\n- uses: exemple/setup-outil@v1\n```\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2024 Exemple\n\n" + MIT,
    "action.yml": "name: 'Outil setup'\ndescription: 'Install the tool'\nruns:\n  using: 'node24'\n  main: 'dist/index.js'\n",
    "package.json": '{"name": "setup-outil", "version": "1.0.0", "license": "MIT", "scripts": {"build": "ncc build index.ts --license licenses.txt"},'
                    ' "dependencies": {"@actions/core": "^1.10.0", "tunnel": "^0.0.6"}}\n',
    "package-lock.json": LOCK + "\n",
    "index.ts": "import * as core from '@actions/core';\n\nexport async function run(): Promise<void> {\n  core.info('ok');\n}\n\nrun();\n",
    "dist/index.js": "/******/ (() => { // webpackBootstrap\n/******/ \tvar __webpack_modules__ = ({});\n" + "var a=1;" * 200 + "\n",
    "dist/index.js.map": '{"version":3,"sources":["../index.ts"],"mappings":"AAAA"}\n',
    "dist/licenses.txt": "@actions/core\nMIT\nThe MIT License (MIT)\n\nCopyright 2019 GitHub\n\n" + MIT + "\ntunnel\nMIT\n"
                         "The MIT License (MIT)\n\nCopyright (c) 2012 Koichi Kobayashi\n\n" + MIT,
}


def test_the_bundle_an_action_runs_is_its_distribution(tmp_path):
    report = run_audit(build(tmp_path / "r", ACTION), tmp_path / "c", ["reusability.build-output", "licensing.dependencies"])
    r = results(report)["reusability.build-output"]
    assert r["status"] == "pass" and "action.yml runs dist/index.js" in r["message"]["en"], r["message"]
    lic = results(report)["licensing.dependencies"]
    assert lic["status"] == "pass", lic["message"]


def test_build_output_beside_an_action_outside_its_folder_still_counts(tmp_path):
    files = {**ACTION, "web/build/app.js": "/******/ (() => { // webpackBootstrap\n" + "var b=2;" * 200 + "\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.build-output"]))["reusability.build-output"]
    assert r["status"] == "warn", r["message"]


def test_a_composite_action_is_no_javascript_bundle(tmp_path):
    files = {**ACTION, "action.yml": "name: 'Outil'\nruns:\n  using: 'composite'\n  steps:\n    - run: echo ok\n      shell: bash\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.build-output"]))["reusability.build-output"]
    assert r["status"] == "warn", r["message"]

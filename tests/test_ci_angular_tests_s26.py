"""A workflow running Angular CLI's `ng test` runs the tests (issue 12, s26 j26 = s26 o4, an Angular map app whose
.github/workflows/ci.yaml runs `ng test --watch=false --code-coverage` and uploads the coverage: "CI runs no tests" was
wrong). A workflow that only builds (`ng build`) still runs none."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CI = "reusability.tests-and-ci"

APP = {"README.md": "# Carte des forêts\n\nApplication de cartographie.\n",
       "package.json": '{"name": "carte-foret", "version": "1.0.0", "scripts": {"build": "ng build", "test": "ng test"}}\n',
       "src/app/app.component.ts": "import { Component } from '@angular/core';\n@Component({selector: 'app-root', template: ''})\nexport class AppComponent {}\n",
       "src/app/app.component.spec.ts": "describe('AppComponent', () => { it('creates', () => { expect(true).toBeTrue(); }); });\n"}


def _workflow(step: str) -> str:
    return ("name: CI\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - run: npm install -g @angular/cli\n      - run: npm install --include=dev\n"
            f"      - name: Run\n        run: {step}\n")


def test_a_workflow_running_ng_test_runs_the_tests(tmp_path):
    res = judge(tmp_path, {**APP, ".github/workflows/ci.yaml": _workflow("ng test --watch=false --code-coverage")}, [CI])[1][CI]
    assert res["details"]["ci_runs_tests"] is True, res["message"]


def test_a_workflow_running_ng_build_runs_no_tests(tmp_path):
    res = judge(tmp_path, {**APP, ".github/workflows/ci.yaml": _workflow("ng build --configuration production")}, [CI])[1][CI]
    assert not res["details"]["ci_runs_tests"], res["message"]

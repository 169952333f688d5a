"""reusability.tests-and-ci (issue 12, session 31, reader m23o4: camptocamp/mel-dataplatform): an Nx monorepo's workflow runs its
tests through the task runner (`npx nx e2e home-e2e`, `npx nx affected --target=test --parallel=3 --ci`); the check said "CI
does not seem to run any test". Nx's test targets (nx test / e2e, affected or run-many with -t/--target(s) naming test or e2e,
nx run app:test), `turbo run test` and `lerna run test` now run the tests; the same runners building or linting do not."""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
FILES = {"README.md": "# Datahub\n", "package.json": '{"name": "datahub", "license": "GPL-3.0-only"}\n',
         "apps/datahub/src/app.ts": "export const a = 1;\n", "apps/datahub/src/search.ts": "export const s = 2;\n",
         "apps/datahub/src/app.spec.ts": "import { a } from './app';\ndescribe('a', () => { it('is one', () => { expect(a).toBe(1); }); });\n"}


def workflow(run: str) -> str:
    return ("name: ci\non: [push]\njobs:\n  checks:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
            f"      - run: npm ci\n      - run: {run}\n")


@pytest.mark.parametrize("run", ["npx nx affected --target=test --parallel=3 --ci --code-coverage", "npx nx e2e datahub-e2e",
                                 "yarn nx run-many -t lint,test", "npx turbo run test", "npx lerna run test --stream"])
def test_a_task_runner_running_test_targets_runs_the_tests(tmp_path, run):
    r = check_result(tmp_path, {**FILES, ".github/workflows/ci.yml": workflow(run)}, CID)
    assert r["details"]["ci_runs_tests"] is True, (r["message"], r["evidence"])  # was false: "CI does not seem to run any test"


@pytest.mark.parametrize("run", ["npx nx affected --target=build --parallel=3", "pnpm nx run-many -t lint,typecheck", "npx turbo run build"])
def test_a_task_runner_building_or_linting_runs_no_test(tmp_path, run):
    r = check_result(tmp_path, {**FILES, ".github/workflows/ci.yml": workflow(run)}, CID)
    assert r["details"]["ci_runs_tests"] is False, (r["message"], r["evidence"])

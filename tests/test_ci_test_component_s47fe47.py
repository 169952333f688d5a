"""reusability.tests-and-ci (issue 12, s47 fe47 = OPEN-ENT-NG/swarm-console): the .gitlab-ci.yml has a test stage and includes a
CI/CD component of the organisation's toolkit named for the unit tests of its framework (`- component: $CI_SERVER_FQDN/…/
nextjs-unit-tests@1.8.0`); the job comes from the component, so no test command is written in the file, and the check said
"ci_runs_tests: false", advising to "make .gitlab-ci.yml run npm test". An included component or template named for the tests
runs them. Near miss: a pipeline including only build and image components still runs no tests. Fixtures written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CI = "reusability.tests-and-ci"

APP = {"README.md": "# Console\n\nConsole d'administration des services.\n",
       "package.json": '{"name": "console", "version": "1.0.0", "scripts": {"build": "next build", "test": "jest"}}\n',
       "src/app/page.tsx": "export default function Page() { return null; }\n",
       "src/app/page.test.tsx": "describe('Page', () => { it('renders', () => { expect(true).toBe(true); }); });\n"}


def _pipeline(*components: str) -> str:
    items = "".join(f"  - component: $CI_SERVER_FQDN/outils/ci-kit/{c}@2.1.0\n    inputs:\n      stage: test\n" for c in components)
    return ("stages: [test, build, deploy]\n\ninclude:\n" + items +
            "\ndeploy:\n  stage: deploy\n  script:\n    - kubectl rollout restart deployment/console\n")


def test_an_included_unit_tests_component_runs_the_tests(tmp_path):
    res = judge(tmp_path, {**APP, ".gitlab-ci.yml": _pipeline("node-unit-tests", "node-build-image")}, [CI])[1][CI]
    assert res["details"]["ci_runs_tests"] is True, res["message"]  # was: false, "Make .gitlab-ci.yml run npm test"


def test_near_miss_build_components_only_run_no_tests(tmp_path):
    res = judge(tmp_path, {**APP, ".gitlab-ci.yml": _pipeline("node-build-image", "node-deploy-test-env")}, [CI])[1][CI]
    assert not res["details"]["ci_runs_tests"], res["message"]

"""A CI's `npm run test --if-present` runs no test when no package.json defines a test script (issue 12, s40 fg40 = reader rg40,
fbonhomme/calordure).

Azure's generated workflow for a Node.js web app runs `npm install`, `npm run build --if-present`, `npm run test --if-present`;
the calendar's backend/package.json and frontend/package.json have no "test" script, so npm skips the step: tests-and-ci said
"CI: github-actions running the tests". Near misses: a package.json whose "test" is "jest" keeps a CI running the tests; npm's
placeholder test script ("echo \\"Error: no test specified\\" && exit 1") is none either.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.tests-and-ci"
WORKFLOW = ("name: Build and deploy Node.js app to Azure Web App\non:\n  push:\n    branches: [backend]\njobs:\n  build:\n"
            "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v3\n"
            "        with:\n          node-version: '22.x'\n      - name: npm install, build, and test\n        run: |\n"
            "          npm install\n          npm run build --if-present\n          npm run test --if-present\n")


def _files(scripts: str) -> dict:
    return {
        "README.md": "# Calendrier des collectes\n\nCalendrier de collecte des déchets ménagers.\n",
        "backend/package.json": '{"name": "api", "scripts": {' + scripts + '}, "dependencies": {"express": "^4.18.0"}}\n',
        "backend/src/index.js": "const express = require('express');\nconst app = express();\napp.listen(3000);\n",
        "frontend/package.json": '{"name": "front", "scripts": {"build": "next build"}, "dependencies": {"next": "15.0.0"}}\n',
        "backend/test/collectes.test.js": "const assert = require('assert');\nassert.strictEqual(1 + 1, 2);\n",
        "frontend/src/page.js": "export default function Page() {\n  return null;\n}\n",
        ".github/workflows/backend.yml": WORKFLOW,
    }


def _ci(tmp_path, scripts, name):
    r = judge(tmp_path, _files(scripts), [CHECK], name=name)[1][CHECK]
    return r, r["message"]["en"]


def test_a_test_script_no_package_json_defines_runs_no_test(tmp_path):
    r, msg = _ci(tmp_path, '"start": "node src/index.js", "build": "tsc"', "none")
    assert "running the tests" not in msg, msg
    r, msg = _ci(tmp_path, '"test": "echo \\"Error: no test specified\\" && exit 1"', "placeholder")
    assert "running the tests" not in msg, msg


def test_a_package_json_test_script_keeps_a_ci_running_the_tests(tmp_path):
    r, msg = _ci(tmp_path, '"start": "node src/index.js", "test": "jest"', "jest")
    assert "running the tests" in msg, msg

"""reusability.tests-and-ci: a Next.js application whose vitest.config.ts says `coverage: { include: ["src/lib/**/*.ts"] }` (the
code whose coverage is measured) had its src/lib/ counted as tests: "37 test file(s) for 18 source file(s)", the scoring engine
cited as tests (issue 12, s29 e29). Vitest's own `test.include` still names the test folder."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CONFIG = ('import { defineConfig } from "vitest/config";\n\nexport default defineConfig({\n  test: {\n    environment: "node",\n'
          '    include: ["checks/unit/**/*.test.ts"],\n    coverage: {\n      reporter: ["text", "html"],\n'
          '      include: ["src/lib/**/*.ts"],\n    },\n  },\n});\n')
PKG = json.dumps({"name": "diag", "private": True, "scripts": {"dev": "next dev", "test": "vitest run"},
                  "dependencies": {"next": "16.0.0", "react": "19.0.0"}, "devDependencies": {"vitest": "^3.0.0"}})


def test_vitest_coverage_include_names_sources_and_test_include_names_tests(tmp_path):
    files = {"package.json": PKG, "vitest.config.ts": CONFIG, "README.md": "# Diag\n\nDiagnostic numérique d'une collectivité.\n",
             "src/app/page.tsx": "export default function Page() { return <main>Diag</main>; }\n"}
    for n in ("score", "alertes", "actions", "auth"):
        files[f"src/lib/{n}.ts"] = f"export function {n}(x: number): number {{\n  return x + 1;\n}}\n"
    files["checks/unit/score.test.ts"] = 'import { score } from "../../src/lib/score";\nit("adds", () => expect(score(1)).toBe(2));\n'
    report, res = judge(tmp_path, files, ["reusability.tests-and-ci"])
    r = res["reusability.tests-and-ci"]
    tests = [e["path"] for e in r["evidence"] if e.get("value") == "test"]
    assert tests == ["checks/unit/score.test.ts"], (r["message"], tests)

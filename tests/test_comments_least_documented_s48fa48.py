"""documentation.code-comments advice (issue 12, s48 fa48 = GIP-RECIA/template-webcomponent-vue3). The advice "Start with the least
documented files: playwright.config.ts" named a tool's configuration of 0 declarations and 61 % comment lines, the best-commented
file, because it was the only one of 50 lines or more; the undocumented exported functions sat in small utils files. A file with
nothing to document and enough comments is no "least documented file"; when no file of that size lacks anything, the smaller files
whose declarations are undocumented are named. Near miss: a large file with undocumented functions is still named first."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.code-comments"
CONFIG = "import { defineConfig } from '@playwright/test';\n\n" + "".join(
    f"/**\n * Setting number {i}: read the runner's guide before changing it,\n * it decides how the tests are run in CI.\n */\n"
    f"const setting{i} = {i};\n" for i in range(10)) + "export default defineConfig({ workers: setting1 });\n"
UTIL = "export function {name}(value: string): string {{\n  return value.trim();\n}}\n\nexport const {name}Size = 3;\n"


def _names(r):
    return [e["path"] for e in r["evidence"] if e.get("kind") == "finding" and e.get("path")]


def test_a_commented_config_with_no_declaration_is_not_named(tmp_path):
    files = {"playwright.config.ts": CONFIG, "src/utils/textUtils.ts": UTIL.format(name="clean"),
             "src/utils/langUtils.ts": UTIL.format(name="lang"), "package.json": '{"name": "wc", "version": "1.0.0"}'}
    r = check_result(tmp_path / "a", files, CID)
    assert "playwright.config.ts" not in _names(r), r["evidence"]
    assert set(_names(r)) == {"src/utils/textUtils.ts", "src/utils/langUtils.ts"}, r["evidence"]
    advice = (r.get("remediation") or {}).get("en", "")
    assert r.get("remediation_for_finding") and "playwright.config.ts" not in advice and "src/utils/textUtils.ts (clean" in advice, advice


def test_near_miss_a_large_undocumented_file_is_named(tmp_path):
    big = "".join(UTIL.format(name=f"step{i}") + "\n" for i in range(20))
    files = {"playwright.config.ts": CONFIG, "src/utils/steps.ts": big, "src/utils/textUtils.ts": UTIL.format(name="clean"),
             "package.json": '{"name": "wc", "version": "1.0.0"}'}
    r = check_result(tmp_path / "b", files, CID)
    assert _names(r)[0] == "src/utils/steps.ts" and "src/utils/textUtils.ts" not in _names(r), r["evidence"]

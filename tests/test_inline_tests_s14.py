"""Tests read where no name shows them, and data taken for tests, on session 13's reads (issue 12): Rust unit tests inside the
sources they test (#[test], #[cfg(test)] mod tests) were not seen; a TypeScript sketch of the data kept in a test folder's datasets/
was counted as a test. Each on a git fixture shaped like the real case (invented content)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


# a Rust validator whose unit tests sit in the modules they test (#[cfg(test)] mod tests, #[test] functions), CI running cargo test
_RS = "/// Check {0}.\npub fn check_{0}(v: u32) -> bool {{\n    v > 0\n}}\n"
RUST_VALIDATOR = {
    "README.md": "# validator\n\nValidates transit feeds.\n",
    "Cargo.toml": "[package]\nname = \"validator\"\nversion = \"0.1.0\"\n\n[dependencies]\nserde = \"1\"\n",
    "src/main.rs": "mod checks;\nmod stops;\n\nfn main() {\n    println!(\"{}\", checks::check_a(1));\n}\n",
    "src/checks.rs": _RS.format("a") + "\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn positive() {\n"
                     "        assert!(check_a(1));\n    }\n}\n",
    "src/stops.rs": _RS.format("b") + "\n#[test]\nfn test_stops() {\n    assert!(check_b(2));\n}\n",
    "src/names.rs": _RS.format("c"),
    ".github/workflows/test.yml": "name: test\non: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                                  "      - uses: actions/checkout@v4\n      - run: cargo clippy\n      - run: cargo test\n",
}


def test_rust_unit_tests_inside_the_sources_are_tests(tmp_path):
    report = run_audit(build(tmp_path / "r", RUST_VALIDATOR), tmp_path / "c", ["reusability.tests-and-ci"])
    result = results(report)["reusability.tests-and-ci"]
    assert result["details"]["test_files"] == 2
    assert result["details"]["ci_runs_tests"] is True
    assert "src/checks.rs" in [e.get("path") for e in result["evidence"]] and "src/names.rs" not in [e.get("path") for e in result["evidence"]]
    assert report["facts"]["files"]["tests"] is True


def test_the_data_a_test_folder_holds_is_no_test(tmp_path):
    """src/tests/datasets/entities.ts (a TypeScript sketch of the data beside zipped datasets) is what tests would read: no test
    file, and the repository has no tests; a test beside the data is still one."""
    files = {"README.md": "# survey\n\nSurvey app.\n", "package.json": "{\"name\": \"survey\", \"dependencies\": {\"elysia\": \"1.0.0\"}}\n",
             "src/index.ts": "export const main = (): number => 1;\n", "src/db.ts": "export const db = (): number => 2;\n",
             "src/tests/datasets/entities.ts": "export interface Survey {\n  id: string;\n  title: string;\n}\n",
             "src/tests/datasets/answers.json": "[]\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.tests-and-ci"])
    assert results(report)["reusability.tests-and-ci"]["details"]["test_files"] == 0
    assert report["facts"]["files"]["tests"] is False
    with_test = {**files, "src/tests/survey.test.ts": "import { main } from \"../index\";\ntest(\"main\", () => expect(main()).toBe(1));\n"}
    report = run_audit(build(tmp_path / "r2", with_test), tmp_path / "c2", ["reusability.tests-and-ci"])
    assert results(report)["reusability.tests-and-ci"]["details"]["test_files"] == 1

"""reusability.tests-and-ci (issue 12, s34 g34 = reader m28o3, dataforgoodfr/13_potentiel_solaire): pass "1 test file(s) for 218
source file(s) (ratio 0.00); CI running the tests" — the whole project had one test file (the pipeline's), nothing for the web
application; the CI and the linter earned the rest of the score. One test file for hundreds of sources does not make the code
tested: under one test file for 50 source files (and 20 sources or more) the check warns at best, and says so. The near misses:
a few test files for the same code, or one test for a small project, still pass."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
WORKFLOW = ("name: ci-algorithme\non: [push, pull_request]\njobs:\n  tests:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - run: pip install poetry && poetry install\n      - run: poetry run pytest\n"
            "      - run: poetry run ruff check .\n")
TEST = ("from algorithme.attach import attach\n\n\ndef test_attach_buildings_to_schools():\n    assert attach([1], [1]) == [(1, 1)]\n")


def project(sources: int, tests: int) -> dict:
    files = {"README.md": "# Potentiel solaire\n", "pyproject.toml": '[tool.ruff]\nline-length = 120\n', ".github/workflows/ci.yml": WORKFLOW}
    for i in range(sources):
        folder = "algorithme/algorithme" if i % 3 == 0 else "application/app/components"
        ext = "py" if i % 3 == 0 else "tsx"
        body = f"def step_{i}(x):\n    return x + {i}\n" if ext == "py" else f"export const Part{i} = () => <div>{i}</div>;\n"
        files[f"{folder}/part_{i}.{ext}"] = body
    for i in range(tests):
        files[f"algorithme/tests/test_attach_{i}.py"] = TEST
    return files


def test_one_test_file_for_sixty_sources_is_no_pass(tmp_path):
    r = check_result(tmp_path, project(60, 1), CID)
    assert r["status"] == "warn", r["message"]  # was pass (score 8.1): "1 test file(s) for 60 source file(s) … CI running the tests"
    assert "too few to call the code tested" in r["message"]["en"] and r["details"]["ci_runs_tests"] is True
    assert "for the rest of the code" in r["remediation"]["en"], r["remediation"]


def test_a_few_test_files_for_the_same_code_still_pass(tmp_path):
    r = check_result(tmp_path, project(60, 3), CID)
    assert r["status"] == "pass" and "too few" not in r["message"]["en"], r["message"]


def test_one_test_for_a_small_project_still_passes(tmp_path):
    r = check_result(tmp_path, project(12, 1), CID)
    assert r["status"] == "pass", r["message"]

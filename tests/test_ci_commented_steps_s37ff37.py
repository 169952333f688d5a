"""A CI step commented out runs nothing (issue 12, s37 ff37 = GIP-RECIA/Ressources-Diffusables-API): the Spring Boot API's
maven.yml runs `./mvnw -B notice:check` and `./mvnw license:check`, then keeps its "Build with Maven" and "Test with Maven" steps
commented out (`#      run: ./mvnw -B package --file pom.xml`); reusability.tests-and-ci read the commented line as "CI running
the tests" (pass 8.78). A line whose first non-blank character is `#` (a Jenkinsfile's `//`) is a comment, not a step; a command
with a trailing comment, or the same steps uncommented, still run the tests."""

from __future__ import annotations

from auditor.facts.ci_commands import uncommented
from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"
JAVA = "package fr.exemple.api;\n\npublic class {name} {{\n    public int value() {{ return 1; }}\n}}\n"
TEST = ("package fr.exemple.api;\n\nimport org.junit.jupiter.api.Test;\nimport static org.junit.jupiter.api.Assertions.assertEquals;\n\n"
        "class {name}Test {{\n    @Test\n    void value() {{ assertEquals(1, new {name}().value()); }}\n}}\n")
FILES = {"pom.xml": "<project><groupId>fr.exemple</groupId><artifactId>api</artifactId><version>1.0.0</version></project>\n",
         **{f"src/main/java/fr/exemple/api/{n}.java": JAVA.format(name=n) for n in ("Cache", "Filter", "Page", "Resource")},
         **{f"src/test/java/fr/exemple/api/{n}Test.java": TEST.format(name=n) for n in ("Cache", "Filter")}}


def workflow(steps: str) -> str:
    return ("name: Java CI with Maven\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
            "    - uses: actions/checkout@v4\n    - name: Check NOTICE\n      run: ./mvnw -B notice:check\n"
            "    - name: Check license headers\n      run: ./mvnw license:check\n" + steps)


COMMENTED = ("#    - name: Build with Maven\n#      run: ./mvnw -B package --file pom.xml\n"
             "#    - name: Test with Maven\n#      run: ./mvnw -B test --file pom.xml\n")


def test_commented_out_test_steps_run_no_test(tmp_path):
    r = check_result(tmp_path, {**FILES, ".github/workflows/maven.yml": workflow(COMMENTED)}, CID)
    assert r["details"]["ci_runs_tests"] is False and r["status"] == "warn", (r["status"], r["message"], r["evidence"])


def test_the_same_steps_uncommented_run_the_tests(tmp_path):
    steps = COMMENTED.replace("#", " ").replace("  run: ./mvnw -B test --file pom.xml", "  run: ./mvnw -B test --file pom.xml  # all tests")
    r = check_result(tmp_path, {**FILES, ".github/workflows/maven.yml": workflow(steps)}, CID)
    assert r["details"]["ci_runs_tests"] is True, (r["message"], r["evidence"])


def test_comment_lines_emptied_with_their_line_numbers():
    text = "steps:\n  # - run: pytest\n  - run: make test # then pytest\n"
    assert uncommented(".github/workflows/ci.yml", text) == "steps:\n\n  - run: make test # then pytest\n"
    assert uncommented("Jenkinsfile", "// sh 'mvn test'\nsh 'mvn verify'\n") == "\nsh 'mvn verify'\n"

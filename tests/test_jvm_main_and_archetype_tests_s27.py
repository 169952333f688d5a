"""Classes of a JVM program's main source set are no tests, whatever their package is named, and Maven's archetype AppTest
asserting assertTrue(true) is no test (issue 12, session 27, fixer q27 = measure 18 reader o1 on jdev-org/sync-remocra).

sync-remocra, a Maven batch synchronising a fire service's hydrant base, keeps three connection-check jobs in
app/src/main/java/…/job/test/ (DbTestJob, HttpTestJob, MailTestJob: run by its CLI) and the quickstart archetype's
app/src/test/java/…/AppTest.java (shouldAnswerWithTrue: assertTrue(true)): reusability.tests-and-ci read "4 test file(s)".
A JUnit test asserting something of the code still counts, and so does a *Test.java named so under src/main (by its name)."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PKG = "app/src/main/java/fr/exemple/sync"
APP_TEST = """package fr.exemple.sync;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class AppTest {
  @Test
  public void shouldAnswerWithTrue() {
    assertTrue(true);
  }
}
"""
OLD_APP_TEST = """package fr.exemple.sync;

import junit.framework.Test;
import junit.framework.TestCase;
import junit.framework.TestSuite;

/**
 * Unit test for simple App.
 */
public class AppTest extends TestCase {
    public AppTest( String testName ) {
        super( testName );
    }

    public static Test suite() {
        return new TestSuite( AppTest.class );
    }

    /**
     * Rigourous Test :-)
     */
    public void testApp() {
        assertTrue( true );
    }
}
"""
REAL_TEST = """package fr.exemple.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class MapperTest {
  @Test
  public void mapsTheHydrantNumber() {
    assertTrue(true);
    assertEquals("PI-12", new Mapper().numero("12"));
  }
}
"""


def job(name: str) -> str:
    # (a job checking a connection, run by the tool's CLI: its constructor's name reads like a test's)
    return (f"package fr.exemple.sync.job.test;\n\nimport javax.inject.Inject;\n\npublic class {name} implements Job {{\n"
            f"  private final Client client;\n\n  @Inject\n  public {name}(Client client) {{\n    this.client = client;\n  }}\n\n"
            f"  public int run() {{\n    logger.info(\"{name} : \" + client.count());\n    return 0;\n  }}\n}}\n")


def app(extra: dict | None = None) -> dict:
    files = {
        "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.exemple</groupId><artifactId>sync</artifactId>"
                   "<version>1.0</version></project>\n",
        f"{PKG}/App.java": "package fr.exemple.sync;\n\npublic class App {\n  public static void main(String[] a) {}\n}\n",
        f"{PKG}/Mapper.java": "package fr.exemple.sync;\n\npublic class Mapper {\n  String numero(String n) { return \"PI-\" + n; }\n}\n",
        f"{PKG}/job/test/DbTestJob.java": job("DbTestJob"),
        f"{PKG}/job/test/HttpTestJob.java": job("HttpTestJob"),
        f"{PKG}/job/test/MailTestJob.java": job("MailTestJob"),
        "app/src/test/java/fr/exemple/sync/AppTest.java": APP_TEST,
    }
    return {**files, **(extra or {})}


def run(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.tests-and-ci"]))
    result = next(r for r in report["results"] if r["id"] == "reusability.tests-and-ci")
    return result, report["facts"]["source_inventory"] if "facts" in report else {}


def test_main_source_set_jobs_and_the_archetype_test_are_no_tests(tmp_path):
    result, _ = run(tmp_path, app())
    assert result["details"]["test_files"] == 0 and result["details"]["source_files"] == 5, result
    assert result["status"] == "fail" and result["details"]["generated_tests"] == 1, result
    assert "Maven's assertTrue(true)" in result["message"]["en"], result["message"]


def test_the_older_archetype_test_is_no_test(tmp_path):
    result, _ = run(tmp_path, app({"app/src/test/java/fr/exemple/sync/AppTest.java": OLD_APP_TEST}))
    assert result["details"]["test_files"] == 0 and result["details"]["generated_tests"] == 1, result


def test_a_junit_test_asserting_the_code_counts(tmp_path):
    result, _ = run(tmp_path, app({"app/src/test/java/fr/exemple/sync/MapperTest.java": REAL_TEST}))
    assert result["details"]["test_files"] == 1 and result["details"]["generated_tests"] == 1, result


def test_a_test_folder_outside_the_main_source_set_stays_a_test(tmp_path):
    # (a JavaScript project's test/ folder, or a Java one's src/test/java: tests by where they are)
    result, _ = run(tmp_path, app({"app/src/test/java/fr/exemple/sync/mapping/MapperCheck.java":
                                   REAL_TEST.replace("MapperTest", "MapperCheck")}))
    assert result["details"]["test_files"] == 1, result

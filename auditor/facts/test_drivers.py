"""Test drivers of a program written without a test framework: a class named for a test or a scenario (ScenarioDonnee.java,
TestLieu.java, DemoGraphe.java, EssaiCarte.java), whose comments say it tests the code ("Test the package traitement", "Class that
tests all the classes in the package donnee") and whose main() runs it. A course project's way of testing its model classes: the
values it builds (two sightings in Paris and Lyon, a point at 0, 0 for the error case) are samples, as a test's fixtures, not the
service's data (issue 12, s39 fe39 = elucas0/SAE-PNR). A class so named that says nothing of tests (a simulation's
ScenarioEvacuation.java, "Runs the evacuation scenario"), or has no main(), stays the program's."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# a class named for a test, a scenario, a demonstration or a trial (French: essai), first or last in its name
_DRIVER_NAME = lazy_compile(r"^(?:(?:Scenario|Sc[eé]nario|Test|Tests|Demo|Essai)(?:[A-Z_]\w*)?|\w+(?:Scenario|Demo))\.(?:java|kt|scala|groovy|cs)$")
# a program's entry point: Java's and Scala's main(String[] args), C#'s Main(string[] args), Kotlin's fun main(
_MAIN = lazy_compile(r"\bstatic\s+void\s+[Mm]ain\s*\(|\bfun\s+main\s*\(|\bdef\s+main\s*\(")
# what its comments say it does: it tests ("Test the class Lieu", "tests all", "teste", "Class that tes all the classes": the word
# cut short in a hurry), checks by trying (essai, "on vérifie")
_TESTS = lazy_compile(r"(?:/\*\*?|//|^[ \t]*\*)[^\n]*?\b(?:test(?:s|e|er|ing|ed)?|tes\s+all|essais?|v[ée]rifi(?:e|er)\s+(?:la|le|les)\s+classes?)\b",
                      re.I | re.M)
MAX_DRIVERS = 200  # candidate files read, in path order
# What makes a driver check its results by itself, its comments left out: an assertion (Java's assert, assertEquals(…), a test
# framework), a failure raised, or a verdict it prints (OK/KO, réussi/échec, passed/failed). A driver that prints the sorted samples
# for the reader to compare with what is expected checks nothing: its values are fixtures, but it is no automated test.
_DRIVER_CHECK = lazy_compile(r"(?<![\w.$])(?:assert\w*|fail|verify\w*)\s*\(|^[ \t]*assert\b|\b(?:org\.junit|junit|testng|NUnit|Xunit|kotlin\.test)\b|@Test\b"
                             r"|\bthrow\s+new\s+(?:Assertion\w*|IllegalStateException|RuntimeException)\b"
                             r"|[\"'][^\"'\n]{0,80}\b(?i:ok|ko|pass(?:ed)?|fail(?:ed|ure)?|r[ée]ussi\w*|[ée]chec\w*|succ[eè]s|correct|incorrect)\b", re.M)
_DRIVER_COMMENTS = lazy_compile(r"//[^\n]*|/\*(?:(?!/\*).)*?\*/", re.S)  # (tempered by its opener)
HEAD = 8192
DRIVER_BYTES = 256 * 1024


def is_driver_name(path: str) -> bool:
    """Whether a file's name is a test driver's (Scenario*.java, TestLieu.java, *Demo.kt…), whatever its folder."""
    return bool(_DRIVER_NAME.match(path.rsplit("/", 1)[-1]))


def checks_itself(text: str) -> bool:
    """Whether a test driver's code, its comments left out, checks what it runs (see :data:`_DRIVER_CHECK`)."""
    return bool(_DRIVER_CHECK.search(_DRIVER_COMMENTS.sub(" ", text)))


def unchecked_drivers(snap, paths) -> set[str]:
    """Among test drivers' ``paths``, those whose code checks nothing (no assertion, failure nor printed verdict): programs
    printing samples to read, no automated tests. Only a program (its main() runs it by hand): a class so named without one is a
    test suite's helper or fixture (an xUnit project's Scenario.cs building the cases), part of the tests (issue 12, s46 lead:
    a737bb40 uncounted such a helper, tests/test_dotnet_tests_settings_s25.py). The first :data:`MAX_DRIVERS` in path order, read
    whole; one larger than :data:`DRIVER_BYTES`, or unreadable, keeps counting."""
    out = set()
    for path, text in snap.iter_text(sorted(paths)[:MAX_DRIVERS], limit=DRIVER_BYTES):
        if text and _MAIN.search(text) and not checks_itself(text):
            out.add(path)
    return out


def test_drivers(snap, items) -> set[str]:
    """The paths of the project's source files that are such test drivers (at most :data:`MAX_DRIVERS` files read, sorted)."""
    candidates = sorted(i.path for i in items if i.category == "source" and _DRIVER_NAME.match(i.path.rsplit("/", 1)[-1]))
    out = set()
    for path in candidates[:MAX_DRIVERS]:
        head = snap.read_head(path, HEAD) or ""
        if _MAIN.search(head) and _TESTS.search(head):
            out.add(path)
    return out

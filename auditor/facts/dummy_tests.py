"""A hand-written placeholder test: a JUnit class that calls itself a dummy or placeholder and names nothing of the project.

A team that needs one test for a build tool to run (a coverage plug-in, jacoco, failing on a module without tests) writes a class that
says so ("(very) dummy test class to workaround jacoco bug", DummyTest) and exercises the language's own library only (an ArrayList
it fills and measures): it tests nothing of the project, as a generator's placeholder (scaffold_tests) does not (issue 12, s42 fn42 =
DSI-Ville-Noumea/commun). Both are needed: the class declares itself a dummy or placeholder — by its name or by a comment naming it a
dummy test — AND names nothing of the project: every import is of the JDK or a test library, and no identifier of its code is the
name of one of the project's own classes (its main sources' file names). A dummy-named test calling a class of the project is a
test; a test of JDK types only that does not call itself a dummy is judged as any test.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

DUMMY_PROBE_BYTES = 20000
_JVM_TEST = lazy_compile(r"\.(?:java|kt)$")
_CLASS_NAME = lazy_compile(r"\b(?:class|object)[ \t]+(\w{1,80})")
_DUMMY_NAME = lazy_compile(r"(?:Dummy|Placeholder|Factice)")
_COMMENT = lazy_compile(r"//[^\n]*|/\*(?:(?!/\*).)*?\*/", re.S)  # (tempered by its opener: linear on a file of "/*")
# a comment naming the file a dummy or placeholder test: "dummy test class", "placeholder test", "test factice", "test bidon"
_DUMMY_COMMENT = lazy_compile(r"\b(?:dummy|placeholder|factices?|bidons?)\W{1,4}(?:\w{1,20}\W{1,4}){0,2}?tests?\b"
                              r"|\btests?\W{1,4}(?:\w{1,20}\W{1,4}){0,2}?(?:dummy|placeholder|factices?|bidons?)\b", re.I)
_IMPORT = lazy_compile(r"^[ \t]*import[ \t]+(?:static[ \t]+)?([\w.*]+)", re.M)
# the JDK's and the test libraries' packages: importing only these names nothing of the project
_LIBRARY_IMPORT = lazy_compile(r"^(?:java|javax|kotlin|org\.junit|junit|org\.hamcrest|org\.assertj|org\.testng)(?:\.|$)")
_STRING = lazy_compile(r'"(?:[^"\\\n]|\\.)*"')
_IDENT = lazy_compile(r"\b[A-Za-z_]\w{0,80}\b")


def dummy_test(text: str, project_classes: set[str]) -> bool:
    """Whether a JUnit file's ``text`` is a hand-written placeholder: it calls itself a dummy (class name or comment) and names
    nothing of the project (imports of the JDK and test libraries only; none of ``project_classes`` among its identifiers)."""
    comments = " ".join(m.group(0) for m in _COMMENT.finditer(text))
    names = _CLASS_NAME.findall(_COMMENT.sub(" ", text))
    if not (any(_DUMMY_NAME.search(n) for n in names) or _DUMMY_COMMENT.search(comments)):
        return False
    code = _STRING.sub('""', _COMMENT.sub(" ", text))
    if not all(_LIBRARY_IMPORT.match(m.group(1)) for m in _IMPORT.finditer(code)):
        return False
    return not (set(_IDENT.findall(code)) - set(names)) & project_classes


def dummy_tests(snap, paths, project_classes: set[str]) -> set[str]:
    """The JUnit files among ``paths`` (files judged tests) that are hand-written placeholders (:func:`dummy_test`), the first
    DUMMY_PROBE_BYTES of each read; a longer file is judged as a test."""
    out = set()
    for path in sorted(p for p in paths if _JVM_TEST.search(p)):
        text = snap.read_text(path, DUMMY_PROBE_BYTES)
        if text is not None and len(text) < DUMMY_PROBE_BYTES and dummy_test(text, project_classes):
            out.add(path)
    return out

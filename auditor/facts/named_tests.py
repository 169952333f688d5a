"""A Java class named like a test (``TestModel``, ``UserTest``) that holds none: a fixture or a helper kept under src/test.

JUnit and TestNG run a class's methods annotated @Test (or a TestCase's), never a class for its name; a class whose only test-like
marks are its own name — its declaration, its constructors, ``new TestModel(…)`` — with no annotation, assertion, framework import
or call is a test's model or helper, no test (issue 12, s41 fu41 = OPEN-ENT-NG/minibadge: src/test/…/model/TestModel.java, a
``Model<TestModel>`` with constructors, id(), set(), toJson())."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_CLASS = lazy_compile(r"\b(?:class|interface|enum|record)[ \t]+(\w{1,60})")
_DECLARED = lazy_compile(r"(?:class|object|trait|struct|describe)[ \t]+(\w{1,60})")
_CALLED = lazy_compile(r"(\w{1,60})[ \t]*[(`]")
MAX_MARKS = 400


def only_own_names(code: str, rx: re.Pattern) -> bool:
    """Whether every test mark ``rx`` finds in a Java ``code`` is the name of a class the file declares (its declaration, a
    constructor or a ``new`` of it); False when any other mark is found, or none, or too many to look at."""
    classes = set(_CLASS.findall(code))
    marks = 0
    for m in rx.finditer(code):
        marks += 1
        own = _DECLARED.fullmatch(m.group(0)) or _CALLED.fullmatch(m.group(0))
        if marks > MAX_MARKS or not own or own.group(1) not in classes:
            return False
    return marks > 0

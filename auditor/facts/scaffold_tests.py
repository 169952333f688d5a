"""A generator's placeholder test, left as created: it tests nothing of the project (files.tests, code's test counts).

It is longer than 400 lines because each generator's placeholder test (Angular, React, Laravel, Pest, Symfony, JUnit, pytest,
Rails…) is one shape with its near misses, and they are read together in one pass over a test file."""

from __future__ import annotations

import ast
import re

from auditor.facts.named_tests import only_own_names
from auditor.lazyre import lazy_compile

# Android Studio's generated placeholder tests (ExampleUnitTest: assertEquals(4, 2 + 2); ExampleInstrumentedTest: the app's
# package name), left as created in a Capacitor or native Android app: they test nothing of the project.
_SCAFFOLD_TEST = lazy_compile(r"(^|/)Example(Unit|Instrumented)Test\.(java|kt)$")
_SCAFFOLD_BODY = lazy_compile(r"assertEquals\(\s*4\s*,\s*2\s*\+\s*2\s*\)|\buseAppContext\s*\(")

# Android Studio's earlier (2014-2015) generated placeholder, src/androidTest/java/…/ApplicationTest.java: "public class ApplicationTest
# extends ApplicationTestCase<Application>" holding its constructor (super(Application.class)) only, left as created: no test method,
# nothing of the app tested (an ISIMA students' app for a waste-collection syndicat: its two modules' only "tests"). One with a test
# method (@Test, or JUnit 3's public void testSomething()) or an assertion is judged on it.
_APPLICATION_TEST = lazy_compile(r"(^|/)ApplicationTest\.java$")
_APPLICATION_TEST_CASE = lazy_compile(r"\bextends[ \t]+ApplicationTestCase[ \t]*<")

# Maven's quickstart archetype's generated test (src/test/java/…/AppTest.java: shouldAnswerWithTrue() or, in older versions, testApp(),
# each asserting assertTrue(true)), left as created: it asserts a constant. A JUnit file whose every assertion is assertTrue(true),
# in two test methods at most; one asserting anything else is judged on it.
_JUNIT_TEST = lazy_compile(r"(^|/)\w*Tests?\.java$")
_JUNIT_ASSERT = lazy_compile(r"(?<![\w$])(?:Assert(?:ions)?\.)?(?:assert\w*|fail|verify\w*|assertThat)\s*\(")
_JUNIT_TRUE = lazy_compile(r"(?<![\w$])(?:Assert(?:ions)?\.)?assertTrue\s*\(\s*true\s*\)")
_JUNIT_METHOD = lazy_compile(r"@Test\b|\bpublic[ \t]+void[ \t]+test\w*[ \t]*\(")
# Spring Initializr's generated test (src/test/java/…/<Name>ApplicationTests.java: @SpringBootTest over one empty contextLoads()),
# left as created, and any JUnit file whose every test method has an empty body and which asserts nothing: it tests nothing (issue
# 12, s41 fh41 = sipf/mail-api). A method doing anything (a call, a variable) is judged as a test.
_LINE_COMMENT = lazy_compile(r"//[^\n]*")

# Laravel's generated tests (`laravel new`, left as created: issue 12, s45 fg45): tests/Unit/ExampleTest.php asserting
# assertTrue(true) (Pest's `expect(true)->toBeTrue()`), and tests/Feature/ExampleTest.php requesting GET / once and expecting 200
# (the framework's welcome page). As for Maven's AppTest, a PHPUnit or Pest file whose every assertion asserts true, in two tests at
# most, asserts a constant; the Feature example, one test, one request of /, its status only, tests the template's page. A file
# asserting anything else, or requesting another route, is judged on it.
_PHP_TEST = lazy_compile(r"(^|/)\w*Test\.php$")
_PHP_ASSERT = lazy_compile(r"(?:->|::)[ \t]*assert\w*[ \t]*\(|(?<![\w$>:])expect[ \t]*\(")
_PHP_TRUE = lazy_compile(r"(?:->|::)[ \t]*assertTrue[ \t]*\([ \t]*true[ \t]*\)|(?<![\w$>:])expect[ \t]*\([ \t]*true[ \t]*\)[ \t]*->[ \t]*toBeTrue[ \t]*\([ \t]*\)")
_PHP_METHOD = lazy_compile(r"\bfunction[ \t]+test\w*[ \t]*\(|@test\b|#\[Test\]|(?<![\w>$:\\])(?:it|test)[ \t]*\(")
_LARAVEL_EXAMPLE = lazy_compile(r"(^|/)tests/Feature/ExampleTest\.php$")
_PHP_REQUEST = lazy_compile(r"->[ \t]*(?:get|post|put|patch|delete|json|call|getJson|postJson|visit)[ \t]*\(")
_HOME_REQUEST = lazy_compile(r"""->[ \t]*get[ \t]*\([ \t]*['"]/['"][ \t]*\)""")
_STATUS_OK = lazy_compile(r"->[ \t]*(?:assertStatus[ \t]*\([ \t]*200[ \t]*\)|assertOk[ \t]*\([ \t]*\)|assertSuccessful[ \t]*\([ \t]*\))")
_PHP_COMMENTS = lazy_compile(r"^[ \t]*(?://|#(?!\[))[^\n]*|/\*(?:(?!/\*).)*?\*/", re.M | re.S)


def _laravel_scaffold(path: str, text: str) -> bool:
    code = _PHP_COMMENTS.sub("", text)
    asserts, methods = len(_PHP_ASSERT.findall(code)), len(_PHP_METHOD.findall(code))
    if asserts and asserts == len(_PHP_TRUE.findall(code)) and methods <= 2:
        return True
    return bool(_LARAVEL_EXAMPLE.search(path)) and methods == 1 and len(_PHP_REQUEST.findall(code)) == 1 \
        and bool(_HOME_REQUEST.search(code)) and asserts >= 1 and asserts == len(_STATUS_OK.findall(code))


# Create React App's generated test (src/App.test.js|tsx: "renders learn react link", getByText(/learn react/i)), left as created:
# it tests the template's page, not the project's
_CRA_TEST = lazy_compile(r"(^|/)App\.test\.(js|jsx|ts|tsx)$")
_CRA_BODY = lazy_compile(r"learn react", re.I)

# The Nest CLI's generated tests (`nest new`: test/app.e2e-spec.ts requesting GET / and expecting 'Hello World!', and
# src/app.controller.spec.ts expecting getHello() to be 'Hello World!'), left as created: they test the template's greeting route,
# not the project's. One test, and the greeting, only: a project that wrote its own tests in the file is judged on them.
_NEST_TEST = lazy_compile(r"(^|/)(test/app\.e2e-spec|app\.controller\.spec)\.(ts|js)$")
_NEST_BODY = lazy_compile(r"""['"`]Hello World!['"`]""")
# The Angular CLI's generated test of the root component (src/app/app.component.spec.ts: "should create the app", "should have
# as title 'x'" or "should have the 'x' title", "should render title"), left as created: every `it` one of these.
_ANGULAR_TEST = lazy_compile(r"(^|/)app\.component\.spec\.ts$")
_ANGULAR_IT = lazy_compile(r"""(?<![\w.])it\s*\(\s*(['"`])(.*?)\1""")
_ANGULAR_TITLES = lazy_compile(r"""^(should create the app|should have as title '[^']*'|should have the '[^']*' title|should render title( in a h1 tag)?)$""")
_JS_TEST_CALL = lazy_compile(r"(?<![\w.])(?:it|test)\s*\(")
# The Angular CLI's generated end-to-end test (e2e/src/app.e2e-spec.ts: one case "should display welcome message", the page object's
# title compared with the template's greeting 'Welcome to app!' or 'app app is running!'), left as created: it tests the template's page
_E2E_SPEC = lazy_compile(r"e2e-spec\.ts$")
_E2E_TITLES = lazy_compile(r"^(?:should display welcome message|should display message saying app works)$")
_E2E_GREETING = lazy_compile(r"""\.get(?:Title|Paragraph)Text\(\)\)\.toEqual\(\s*['"`](?:Welcome to [^'"`\n]{0,80}!|app works!|[^'"`\n]{0,80} app is running!)['"`]""")
# The spec `ng generate` writes beside every component, service, pipe, directive, guard or interceptor (back.component.spec.ts:
# "should create", expect(component).toBeTruthy(); "should be created" of a service or a guard; "should create an instance" of a
# pipe or a directive), and the Nest CLI's beside a service or a controller (`nest g service`: "should be defined",
# expect(service).toBeDefined()), left as created: one case asserting that the piece exists tests nothing of what it does (a
# département's Angular app: 44 such specs, not one other case). A spec with another case or another expectation is judged on it.
_GENERATED_SPEC = lazy_compile(r"\.spec\.ts$")
_GENERATED_TITLES = lazy_compile(r"^(?:should create|should be created|should create an instance|create an instance|should be defined)$")
_JS_EXPECT = lazy_compile(r"(?<![\w.])expect\s*\(")
_EXISTS_EXPECT = lazy_compile(r"(?<![\w.])expect\s*\(\s*(?:new[ \t]+)?[\w$.]+(?:\s*\(\s*\))?\s*\)\s*\.\s*(?:toBeTruthy|toBeDefined)\s*\(\s*\)")

# Django's `startapp` stub (<app>/tests.py: "from django.test import TestCase" and "# Create your tests here."), left as created:
# a file of imports and comments only defines no test. (A star import, "from .test_models import *", gathers tests: not a stub.)
_DJANGO_TESTS = lazy_compile(r"(^|/)tests\.py$")
_IMPORT_LINE = lazy_compile(r"^(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]+[\w., \t()]+$")

# `flutter create`'s generated tests, left as created in each app it made: test/widget_test.dart ("Counter increments smoke test",
# tapping the template's "+" button: the counter page the app replaced) and ios/RunnerTests/RunnerTests.swift, Xcode's template
# class whose test methods hold comments only ("If you add code to the Runner application, consider adding tests here.").
# One such Dart test only; a Swift XCTest file, or a Swift Testing one (Xcode's AppTests.swift: "@Test func example()"), whose
# every method body is empty once comments are removed (the template's testPerformanceExample measures an empty block) tests nothing
# either. (Xcode's UI test template launches the app: it stays a test.)
_FLUTTER_TEST = lazy_compile(r"(^|/)test/widget_test\.dart$")
_FLUTTER_BODY = lazy_compile(r"""testWidgets\(\s*['"]Counter increments smoke test['"]""")
_DART_TEST_CALL = lazy_compile(r"(?<![\w.])(?:test|testWidgets)\s*\(")
_SWIFT_TEST = lazy_compile(r"(^|/)\w*Tests/\w*Tests\.swift$")
_SWIFT_COMMENT = lazy_compile(r"//[^\n]*|/\*(?:(?!/\*).)*?\*/", re.S)  # (tempered by its opener: linear on a file of "/*")
_SWIFT_FUNC = lazy_compile(r"\bfunc[ \t]+(\w+)[ \t]*\([^)]*\)[ \t\w]*\{")
_SWIFT_EMPTY_BODY = lazy_compile(r"\s*(?:(?:self\.)?measure[ \t]*\{\s*\}\s*)?\}")

# Play's generated spec (`sbt new playframework/play-scala-seed.g8`: test/controllers/HomeControllerSpec.scala, its three cases
# "render the index page from …" each expecting the template's page, contentAsString(home) must include ("Welcome to Play"); the
# earlier template's ApplicationSpec expecting "Your new application is ready."), left as created: it tests the template's page, not
# the project's (an API whose HomeController is gone). Three cases at most, every page read compared with the greeting only.
_PLAY_SPEC = lazy_compile(r"(^|/)test/(?:controllers/)?\w*Spec\.scala$")
_PLAY_GREETING = lazy_compile(r"""\bcontentAsString\(\s*\w+\s*\)\s*(?:must|should)\s+(?:include|contain)\s*\(?\s*"(?:Welcome to Play|Your new application is ready\.?)\"""")
_PLAY_READ = lazy_compile(r"\bcontentAsString\s*\(")
_SCALA_CASE = lazy_compile(r"\"[^\"\n]*\"\s+in\s*\{")


def _play_seed_spec(text: str) -> bool:
    greetings = len(_PLAY_GREETING.findall(text))
    return greetings >= 1 and greetings == len(_PLAY_READ.findall(text)) and len(_SCALA_CASE.findall(text)) <= 3


def _empty_xctest(text: str) -> bool:
    """An XCTest class or a Swift Testing suite (Xcode's AppTests.swift template: "@Test func example() async throws { // Write your
    test here … }") whose methods, a test or more among them, all have empty bodies, comments removed."""
    if "XCTestCase" not in text and not re.search(r"^[ \t]*(?:@testable[ \t]+)?import[ \t]+Testing\b", text, re.M):
        return False
    code = _SWIFT_COMMENT.sub("", text)
    funcs = list(_SWIFT_FUNC.finditer(code))
    tests = [m for m in funcs if m.group(1).startswith("test") or "@Test" in code[max(0, m.start() - 60): m.start()]]
    return bool(tests) and all(_SWIFT_EMPTY_BODY.match(code, m.end()) for m in funcs)


# The test stubs Rails' generators write beside a model, a helper or a mailer (test/models/user_test.rb: require 'test_helper', an
# empty `class UserTest < ActiveSupport::TestCase` holding the commented `# test "the truth" do`), left as created: a class with no
# test (20 of a tourism network's 29 test files). A generated controller test, requesting its routes, keeps counting.
_RAILS_TEST = lazy_compile(r"(^|/)\w+_test\.rb$")
_RAILS_STUB_LINE = lazy_compile(r"^(?:require(?:_relative)?[ \t]+['\"][\w/.]+['\"]|class[ \t]+[\w:]+[ \t]*<[ \t]*[\w:]+|end)$")


def _rails_stub(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines()]
    code = [ln for ln in lines if ln and not ln.startswith("#")]
    return any(ln.startswith("class") for ln in code) and all(_RAILS_STUB_LINE.match(ln) for ln in code)


def _imports_only(text: str) -> bool:
    lines = [ln.strip() for ln in text.splitlines()]
    return all(not ln or ln.startswith("#") or _IMPORT_LINE.match(ln) for ln in lines)


def scaffold_test(snap, path: str) -> bool:
    """A generator's placeholder test, unchanged: Android Studio's one or two generated test methods and nothing else (or, in its
    earlier template, an ApplicationTestCase with its constructor only), Maven's
    archetype AppTest (assertTrue(true)), Create
    React App's one "learn react" test, the Nest CLI's one 'Hello World!' test (e2e or controller), the Angular CLI's root
    component test of its three generated cases at most, the spec `ng generate` or `nest g` writes beside a piece (one case: it
    exists), Flutter's counter widget test and Xcode's XCTest class of empty methods, Play's seed spec (its greeting page only),
    Django's tests.py of imports and comments only, a Rails generator's empty test class."""
    if _SCAFFOLD_TEST.search(path):
        text = snap.read_text(path, 20000) or ""
        return bool(_SCAFFOLD_BODY.search(text)) and text.count("@Test") <= 1
    if _APPLICATION_TEST.search(path):
        text = snap.read_text(path, 20000)
        if text is not None and len(text) < 20000 and _APPLICATION_TEST_CASE.search(text):
            return not _JUNIT_METHOD.search(text) and not _JUNIT_ASSERT.search(text)
    if _JUNIT_TEST.search(path):
        text = snap.read_text(path, 20000)
        if text is None or len(text) >= 20000:
            return False
        asserts = len(_JUNIT_ASSERT.findall(text))
        if asserts == 0:
            return _empty_junit(text)
        return asserts == len(_JUNIT_TRUE.findall(text)) and len(_JUNIT_METHOD.findall(text)) <= 2
    if _PHP_TEST.search(path):
        text = snap.read_text(path, 20000)
        return text is not None and len(text) < 20000 and _laravel_scaffold(path, text)
    if _CRA_TEST.search(path):
        text = snap.read_text(path, 20000) or ""
        return bool(_CRA_BODY.search(text)) and len(re.findall(r"\b(?:it|test)\s*\(", text)) <= 1
    if _NEST_TEST.search(path):
        text = snap.read_text(path, 20000) or ""
        return bool(_NEST_BODY.search(text)) and len(_JS_TEST_CALL.findall(text)) <= 1
    if _ANGULAR_TEST.search(path):
        text = snap.read_text(path, 20000) or ""
        titles = [m.group(2) for m in _ANGULAR_IT.finditer(text)]
        return bool(titles) and len(titles) == len(_JS_TEST_CALL.findall(text)) <= 3 and all(_ANGULAR_TITLES.match(x) for x in titles)
    if _E2E_SPEC.search(path):
        text = snap.read_text(path, 20000) or ""
        titles = [m.group(2) for m in _ANGULAR_IT.finditer(text)]
        return len(titles) == len(_JS_TEST_CALL.findall(text)) == 1 and bool(_E2E_TITLES.match(titles[0])) and bool(_E2E_GREETING.search(text))
    if _GENERATED_SPEC.search(path):
        text = snap.read_text(path, 20000)
        if text is None or len(text) >= 20000:
            return False
        titles = [m.group(2) for m in _ANGULAR_IT.finditer(text)]
        expects = len(_JS_EXPECT.findall(text))
        return len(titles) == len(_JS_TEST_CALL.findall(text)) == 1 and bool(_GENERATED_TITLES.match(titles[0])) \
            and expects >= 1 and expects == len(_EXISTS_EXPECT.findall(text))
    if _FLUTTER_TEST.search(path):
        text = snap.read_text(path, 20000) or ""
        return bool(_FLUTTER_BODY.search(text)) and len(_DART_TEST_CALL.findall(text)) <= 1
    if _SWIFT_TEST.search(path):
        text = snap.read_text(path, 20000)
        return text is not None and len(text) < 20000 and _empty_xctest(text)
    if _PLAY_SPEC.search(path):
        text = snap.read_text(path, 20000)
        return text is not None and len(text) < 20000 and _play_seed_spec(text)
    if _RAILS_TEST.search(path):
        text = snap.read_text(path, 4000)
        return text is not None and len(text) < 4000 and _rails_stub(text)
    if _DJANGO_TESTS.search(path):
        text = snap.read_text(path, 4000)
        if text is not None and len(text) < 4000 and _imports_only(text):
            return True
    if path.endswith(".py"):
        text = snap.read_text(path, 4000)
        return text is not None and len(text) < 4000 and _placeholder_tests(text)
    return False


def _empty_junit(text: str) -> bool:
    """Every test method of a JUnit file (``@Test``, JUnit 3's ``public void testX()``) has an empty body, comments aside; one at least."""
    parts, at = [], 0
    while (opening := text.find("/*", at)) >= 0:  # (block comments, read once from left to right; an unclosed one ends the text)
        parts.append(text[at:opening])
        closing = text.find("*/", opening + 2)
        at = len(text) if closing < 0 else closing + 2
    code = _LINE_COMMENT.sub(" ", "".join(parts) + text[at:])
    starts = [m.end() for m in _JUNIT_METHOD.finditer(code)]
    for at in starts:
        opening = code.find("{", at)
        closing = code.find("}", opening)
        if opening < 0 or closing < 0 or code[opening + 1:closing].strip():
            return False
    return bool(starts)


def _trivial(stmt) -> bool:
    """``pass``, ``...``, a docstring, ``assert True``, ``assert 1 == 1``: a statement that tests nothing."""
    if isinstance(stmt, ast.Pass):
        return True
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
        return True
    if isinstance(stmt, ast.Assert):
        t = stmt.test
        if isinstance(t, ast.Constant):
            return bool(t.value)
        return (isinstance(t, ast.Compare) and isinstance(t.left, ast.Constant) and len(t.comparators) == 1
                and isinstance(t.comparators[0], ast.Constant) and isinstance(t.ops[0], ast.Eq) and t.left.value == t.comparators[0].value)
    return False


def _placeholder_tests(text: str) -> bool:
    """A Python test module whose tests assert nothing of the project (a template's ``def test_OK(): assert True``): imports,
    and test functions (or a class of them) whose bodies are ``assert True``, ``pass`` or a docstring only."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    tests = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) or (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            continue
        funcs = node.body if isinstance(node, ast.ClassDef) else [node]
        for f in funcs:
            if isinstance(f, ast.Expr) and isinstance(f.value, ast.Constant):
                continue
            if not isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) or f.decorator_list or not all(_trivial(x) for x in f.body):
                return False
            tests += f.name.startswith("test")
    return tests > 0


# A shell script is named like a test (test.sh, test-import.sh, run_tests.sh: files.TEST_FILE) because shell projects run their
# tests so; one that checks nothing is a script like the others (a city GIS's test.sh looping a converter over a workbook's
# sheets, no comparison, no exit status, no runner)
_SHELL_TEST_NAME = lazy_compile(r"(^|/)(?:tests?\.sh|test[-_][\w.-]*\.sh|[\w.-]*[-_]tests?\.sh)$")
_SHELL_CHECKS = lazy_compile(
    r"\bassert|\[\[?[ \t]|\btest[ \t]+-|\bexit[ \t]+[1-9]|\$\?|\|\||&&[ \t]*exit|\bset[ \t]+-[a-z]*e|\bdiff\b|\bcmp\b|\bgrep[ \t]+-[a-z]*q|\bfail"
    r"|\bbats\b|\bshunit|\bpytest\b|\bphpunit\b|\b(?:npm|yarn|pnpm)[ \t]+(?:run[ \t]+)?test|\bgo[ \t]+test|\bmvn\b|\bgradlew?\b|\bmake[ \t]+\w*test"
    r"|\bcargo[ \t]+test|\btox\b|\bnose(?:tests)?\b|\bunittest\b|\bjest\b|\bmocha\b|\bkarma\b|\brspec\b|\bctest\b|\bprove\b|\bcurl\b[^\n]*-f"
    r"|\bexpect\b|(?-i:\bPASS(?:ED|ES)?\b)|\bOK\b", re.I)  # (a verdict printed in capitals: not "password", s24 o2's test_turn.sh)


def untested_script(snap, path: str) -> bool:
    """A shell script named like a test that checks nothing (:data:`_SHELL_CHECKS`: no comparison, assertion, exit status or test
    runner in its first 20 KB): the project's script, not a test."""
    if not _SHELL_TEST_NAME.search(path):
        return False
    text = snap.read_text(path, 20000)
    return text is not None and not _SHELL_CHECKS.search(text)


# What makes a file of a test folder (or named as a test) a test, by language: a test function or class, an assertion, an
# expectation, a test framework's import or call, a Gherkin step. A script kept in tests/ that only calls a service and prints
# the answer (a QGIS plugin's tests/test_authent.py: requests.get on the intranet, print) holds none: it is no test. Languages
# with no entry here (Haskell, OCaml…) are not judged: their test-named files keep counting.
# (PHP: a Behat context, its steps' class; in every language: an assertion or expectation, a Gherkin step, a class named as a test, a function named as a test called or defined — test_x(),
# testX(), TestX(), runSimulateurTest(), TEST_F( —, a class extending a test class, an annotation or attribute naming a test)
_ASSERTS = (r"(?i:\bassert)|\bexpect\w*\s*\(|\bshould\w*[ \t(]|\bmust(?:_|[ \t]+(?:be|equal|contain|have|throw|not|match)\w*)"
            r"|\b(?:class|object|trait|struct|describe)[ \t]+(?:\w{0,60}(?:Test|Tests|Spec|Specs|TestCase|IT)|Test\w{0,60})\b"  # (a test class, by its name)
            r"|(?<![\w.$])(?:Given|When|Then)\s*[(/]|@(?:Given|When|Then|given|when|then|step)\b"
            # (a function called or defined with test in its name; a Python or Ruby def is a test only named test…, as pytest and
            # minitest collect it: def creation_fichier_test(…) is a helper, issue 12 s35 ac35)
            r"|(?<![\w.$])(?:(?<!\bdef[ \t])|(?=test|Test|TEST))\w{0,60}(?:test|Test|TEST)\w{0,60}[ \t]*[(`]|@\w{0,60}Test\b|\[\w{0,60}Test\w{0,60}[\](]"
            r"|(?:\bextends|\bwith|\bimplements)[ \t]+[\w.\\]{0,120}(?:Test|Spec|Suite|Specification)\w{0,60}\b"
            # (a test class given as an argument, `class CarteTest(unittest.TestCase)`, `(MyTest)`: a class name, capitalised — a
            # variable named with Test inside, `setLastName( strTestValue )` in a mock's factory, names none: issue 12, s48 fg48 =
            # lutece-secteur-public/gru-plugin-gru's MockAdminUser.java)
            # (after a colon, a class or type name — class FooTest : StringSpec, : XCTestCase —, capitalised: an object's property
            # holding a variable, { config: configFormTest }, names no test class)
            r"|:[ \t]+(?:[\w\\]{0,60}[.\\]){0,4}[A-Z]\w{0,60}(?:Test|Spec|Suite|Specification)\w{0,60}\b|\([ \t]*(?:\w{0,60}\.){0,6}(?=[A-Z])\w{0,60}(?:TestCase|Test|Spec)\w{0,60}[ \t]*[,)]")
# (node's test runner and assert module by their import only: a bare "test" string is a route's name, { path: "/test", name: "test" }
# in a web application's demo page's route table, no test; issue 12, s35 r35 = PnCevennes/app_oeasc)
_JS_TEST = (_ASSERTS + r"|(?<![\w.$])(?:describe|it|test|suite|context|specify|fixture|Feature|Scenario)(?:\.\w+)?\s*[(`]"
            r"|\bQUnit\.\w+|\bcy\.\w+|\.should\b|\bt\.(?:is|not|ok|notOk|equal|deepEqual|strictEqual|same|true|false|pass|fail|plan|match|throws|end|truthy|falsy)\s*\("
            r"""|(?:\bfrom|\brequire|\bimport)[ \t]*\(?[ \t]*['"](?:node:)?(?:test|assert)(?:/strict)?['"]|['"](?:tape|ava|chai|mocha|jest|vitest|uvu|tap|supertest|sinon|jasmine|qunit|nightwatch|testcafe"""
            r"""|cypress|@playwright/test|@jest/globals|@vue/test-utils|@angular/core/testing|@testing-library/[\w-]+)['"]""")
_TEST_MARKERS = {
    "Python": _ASSERTS + r"|^[ \t]*(?:async[ \t]+)?def[ \t]+test|^[ \t]*class[ \t]+\w*Test|\b(?:unittest|pytest|doctest|nose|hypothesis|behave|TestCase)\b"
                         r"|\bself\.fail\b",
    "JavaScript": _JS_TEST, "TypeScript": _JS_TEST, "Vue": _JS_TEST, "Svelte": _JS_TEST, "CoffeeScript": _JS_TEST,
    "PHP": _ASSERTS + r"|\bclass[ \t]+\w*Context\b|\bimplements[ \t]+[\w\\, ]*Context\b|\bextends[ \t]+\\?[\w\\]*TestCase\b|\bfunction[ \t]+test\w*[ \t]*\(|@test\b|#\[Test\]|\$I->|(?<![\w>$:\\])(?:it|test|describe)[ \t]*\("
                      r"|\b(?:PHPUnit|Codeception|UnitTestCase|WebTestCase|Behat|SimpleTest)\b",
    "Java": _ASSERTS + r"|@\w*Test\b|\borg\.junit\b|\b(?:junit|testng|spock|scalatest|Mockito)\b|\bkotlin\.test\b|\bio\.kotest\b|@RunWith\b"
                       r"|\bextends[ \t]+\w*(?:TestCase|Spec|Specification|Suite)\b|\bverify\s*\(|(?<![\w.])(?:describe|it|test|should)\s*\(",
    "C#": _ASSERTS + r"|\[(?:Test|Fact|Theory|TestMethod|TestCase|TestFixture|TestClass)\b|\b(?:NUnit|Xunit|MSTest|FsUnit|Expecto)\b|\.Should\(",
    "Go": _ASSERTS + r"|\bfunc[ \t]+(?:\([\w *.]{0,80}\)[ \t]*)?(?:Test|Benchmark|Example|Fuzz)\w*\(|\"testing\"|\b(?:gomega|ginkgo)\b|(?<![\w.])(?:Describe|It|Context)\s*\(",
    "Ruby": _ASSERTS + r"""|(?<![\w.])(?:describe|context|it|specify|scenario|feature|test|should)\b[ \t]*[('"{:]|\b(?:RSpec|Minitest|Cucumber)\b|Test::Unit""",
    "R": _ASSERTS + r"|\b(?:test_that|testthat|stopifnot|tinytest|RUnit|checkEquals|checkTrue|checkIdentical)\b|\bexpect_\w+\s*\(|\bdescribe\s*\(",
    "Rust": _ASSERTS + r"|#\[(?:cfg\()?test\b|#\[\w+::test\b|\bproptest\b",
    "Elixir": _ASSERTS + r"""|\bExUnit\b|(?<![\w.])(?:test|describe)[ \t]+["']""",
    "Erlang": _ASSERTS + r"|\b(?:eunit|common_test)\b|_test\s*\(\s*\)",
    "Swift": _ASSERTS + r"|\bXCT\w+|\bfunc[ \t]+test\w*|\b(?:Quick|Nimble)\b",
    "Objective-C": _ASSERTS + r"|\bXCT\w+|-[ \t]*\(void\)[ \t]*test\w*",
    "Dart": _ASSERTS + r"|(?<![\w.])(?:test|testWidgets|group)\s*\(|package:(?:test|flutter_test)/",
    "Lua": _ASSERTS + r"|(?<![\w.])(?:describe|it|test)\s*\(|\b(?:busted|luaunit)\b",
    "Perl": _ASSERTS + r"|\bTest::\w+|\b(?:done_testing|is_deeply|subtest)\b",
    "C": _ASSERTS + r"|\b(?:TEST|TEST_F|TEST_P|TEST_CASE|SCENARIO|BOOST_AUTO_TEST_CASE|CHECK|REQUIRE)\b|\b(?:EXPECT|ASSERT|CU|CPPUNIT|TEST_ASSERT)_\w+"
                    r"|\bck_assert\w*|\b(?:gtest|catch2?|cmocka|unity\.h|doctest)\b",
    "Julia": _ASSERTS + r"|@test\w*\b|\busing[ \t]+Test\b",
    "PowerShell": _ASSERTS + r"|\b(?:Describe|It|Should|Pester)\b",
}
_TEST_MARKERS.update({"Kotlin": _TEST_MARKERS["Java"], "Scala": _TEST_MARKERS["Java"], "Groovy": _TEST_MARKERS["Java"],
                      "F#": _TEST_MARKERS["C#"], "C++": _TEST_MARKERS["C"]})
_TEST_RX = {lang: lazy_compile(rx, re.M) for lang, rx in _TEST_MARKERS.items()}
TEST_PROBE_BYTES, MAX_TEST_PROBES = 64 * 1024, 600


# A language's comments, left out before a test is looked for: whole comment lines (//, #, --, %) and /* … */ blocks opening a line.
# A test file commented out line by line (an ENT module's only JUnit class, 329 lines each opening with //) holds no test; nor does
# a Rails stub's `# test "the truth" do`. (A comment after code stays: `//` may sit in a string, a URL; PHP's #[Test] is an attribute.)
_C_COMMENTS = r"^[ \t]*//[^\n]*|^[ \t]*/\*(?:(?!/\*).)*?\*/"  # (tempered by its opener: linear on a file of "/*")
_HASH_COMMENTS = r"^[ \t]*#(?!\[)[^\n]*"
_COMMENT_RX = {lang: lazy_compile(rx, re.M | re.S) for lang, rx in {
    **dict.fromkeys(("JavaScript", "TypeScript", "Vue", "Svelte", "Java", "Kotlin", "Scala", "Groovy", "C#", "F#", "Go", "Rust", "Swift",
                     "Objective-C", "Dart", "C", "C++"), _C_COMMENTS),
    "PHP": _C_COMMENTS + "|" + _HASH_COMMENTS,
    **dict.fromkeys(("Python", "Ruby", "R", "Perl", "Elixir", "Julia", "PowerShell", "CoffeeScript"), _HASH_COMMENTS),
    "Lua": r"^[ \t]*--[^\n]*", "Erlang": r"^[ \t]*%[^\n]*"}.items()}


_ABSTRACT_TEST_CASE = lazy_compile(r"\babstract[ \t]+class[ \t]+\w{1,60}[ \t]+extends[ \t]+\\?[\w\\]*TestCase\b")
_EMPTY_CLASS = lazy_compile(r"\b(?:class|struct|object)[ \t]+\w{1,60}[^{};]{0,200}\{\s*\}")


def holds_test(text: str, lang: str | None) -> bool | None:
    """Whether a program's text holds a test, its comments left out (None: a language whose tests are not recognised here). Shell
    scripts are judged by what they check (:data:`_SHELL_CHECKS`)."""
    if lang == "Shell":
        return bool(_SHELL_CHECKS.search(text))
    rx = _TEST_RX.get(lang or "")
    if rx is None:
        return None
    comments = _COMMENT_RX.get(lang or "")
    code = comments.sub("", text) if comments else text
    if comments and lang != "PHP":  # (an empty class named like a test holds none: a C# tool's `class CTest { }`, its C-prefix naming)
        code = _EMPTY_CLASS.sub("", code)
    if lang == "PHP":  # (an abstract base class of the tests, Laravel's tests/TestCase.php `abstract class TestCase extends BaseTestCase`
        code = _ABSTRACT_TEST_CASE.sub("", code)  # holding `use CreatesApplication;`: no test of its own unless it asserts: s45 fg45)
    # (a Java class whose only marks are its own name, TestModel and its constructors: a test's helper, see named_tests)
    return (bool(rx.search(code)) and not (lang == "Java" and only_own_names(code, rx))) or (lang == "Python" and own_check_helper(code))


# A test script with its own assertion helper, run as `python tests/test_x.py` (no pytest, no `assert`): a function one of whose
# parameters is the condition, which records or raises when it is false (`def verifie(condition, message): … if not condition:
# ECHECS.append(message)`; or `def verifier(intitule, condition): if condition: ok += 1 … else: ko += 1` in a script ending on
# `sys.exit(1 if ko else 0)`), called at least three times; the script exits non-zero on failures. Its checks are tests.
_PY_DEF = lazy_compile(r"^([ \t]*)def[ \t]+(\w{1,60})[ \t]*\([ \t]*(\w{1,60})", re.M)
_PY_CALL = lazy_compile(r"(?<![\w.])(\w{1,60})[ \t]*\(")
_PY_FAILING_EXIT = lazy_compile(r"(?<![\w.])(?:sys\.)?exit\([ \t]*(?:[1-9]|[^)\n]{0,80}\bif\b)|\braise[ \t]+SystemExit\b")
_MIN_HELPER_CALLS = 3


def own_check_helper(code: str) -> bool:
    """Whether Python ``code`` defines a check helper (its first parameter tested by ``if not <it>`` in its first 12 lines) and
    calls it at least three times."""
    helpers = set()
    exits = None
    for m in _PY_DEF.finditer(code):
        indent, name, _ = m.groups()
        params = {p.split("=")[0].split(":")[0].strip().lstrip("*") for p in code[m.start(3):m.start(3) + 300].split(")", 1)[0].split(",")} - {""}
        body = code[m.end():m.end() + 2000].split("\n")[1:13]
        for line in body:
            if line.strip() and len(line) - len(line.lstrip()) <= len(indent):
                break  # (the function ended)
            rest = line.strip()
            if any(rest.startswith(f"if not {p}") and rest[len(f"if not {p}"):][:1] in (":", " ", ")") for p in params):
                helpers.add(name)
                break
            if any(rest.startswith(f"if {p}:") for p in params) and any(b.strip().startswith("else:") for b in body):
                exits = bool(_PY_FAILING_EXIT.search(code)) if exits is None else exits  # (the failures it counts end the script in error)
                if exits:
                    helpers.add(name)
                    break
    if not helpers:
        return False
    calls = [n for n in _PY_CALL.findall(code) if n in helpers]
    return any(calls.count(h) - 1 >= _MIN_HELPER_CALLS for h in helpers)  # (its `def` line is one match)


def testless_files(snap, paths, language) -> set[str]:
    """The files among ``paths`` (test-named or in a test folder) whose text holds no test (:func:`holds_test`): the first
    MAX_TEST_PROBES of a recognised language in path order, TEST_PROBE_BYTES each; an unreadable file, or one beyond the bound,
    keeps counting as a test. ``language`` gives a path's language (the inventory's)."""
    probed = sorted(p for p in set(paths) if language(p) in _TEST_RX or language(p) == "Shell")[:MAX_TEST_PROBES]
    out = set()
    for path, text in snap.iter_text(probed, limit=TEST_PROBE_BYTES):
        if holds_test(text, language(path)) is False:
            out.add(path)
    return out

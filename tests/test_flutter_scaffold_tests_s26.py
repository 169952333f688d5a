"""Flutter's generated tests left as created are no tests of the project (issue 12, session 26, fixer b26 on
GIP-RECIA/Application-mobile-POC): each of its three Flutter apps kept `flutter create`'s test/widget_test.dart ("Counter
increments smoke test", tapping the template's "+" button) and ios/RunnerTests/RunnerTests.swift (Xcode's class whose
testExample holds two comments), and reusability.tests-and-ci counted "6 test file(s)". Both, untouched, are scaffold stubs like
Android Studio's ExampleUnitTest; a widget test the project wrote beside the counter's, or an XCTest method asserting something,
still count. So does Xcode's Swift Testing template of a native app (AMITests.swift: "@Test func example() async throws" and a
comment); Xcode's UI test template, launching the app, stays a test."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

WIDGET_TEST = """// This is a basic Flutter widget test.
import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'package:ent_mobile/main.dart';

void main() {
  testWidgets('Counter increments smoke test', (WidgetTester tester) async {
    // Build our app and trigger a frame.
    await tester.pumpWidget(const MyApp());

    expect(find.text('0'), findsOneWidget);
    await tester.tap(find.byIcon(Icons.add));
    await tester.pump();
    expect(find.text('1'), findsOneWidget);
  });
}
"""
RUNNER_TESTS = """import Flutter
import UIKit
import XCTest

class RunnerTests: XCTestCase {

  func testExample() {
    // If you add code to the Runner application, consider adding tests here.
    // See https://developer.apple.com/documentation/xctest for more information about using XCTest.
  }

}
"""
APP = {
    "README.md": "# ENT mobile\n\nL'application mobile de l'espace numérique de travail.\n",
    "pubspec.yaml": "name: ent_mobile\ndependencies:\n  flutter:\n    sdk: flutter\ndev_dependencies:\n  flutter_test:\n    sdk: flutter\n",
    "lib/main.dart": "import 'package:flutter/material.dart';\n\nvoid main() => runApp(const MyApp());\n\nclass MyApp extends StatelessWidget {\n"
                     "  const MyApp({super.key});\n  @override\n  Widget build(BuildContext context) => const MaterialApp(home: Text('ENT'));\n}\n",
    "lib/login.dart": "String loginUrl(String base) => '$base/login';\n",
    "ios/Runner/AppDelegate.swift": "import UIKit\nimport Flutter\n\n@main\n@objc class AppDelegate: FlutterAppDelegate {}\n",
    "test/widget_test.dart": WIDGET_TEST,
    "ios/RunnerTests/RunnerTests.swift": RUNNER_TESTS,
}


def inventory(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.tests-and-ci"]))
    return report["facts"]["source_inventory"]


def test_flutter_creates_untouched_tests_are_no_tests(tmp_path):
    inv = inventory(tmp_path, APP)
    assert inv["test"] == 0 and inv.get("test_scaffold") == 2, inv


def test_a_widget_test_the_project_wrote_counts(tmp_path):
    own = WIDGET_TEST[: WIDGET_TEST.rindex("}")] + (
        "  testWidgets('shows the ENT title', (WidgetTester tester) async {\n    await tester.pumpWidget(const MyApp());\n"
        "    expect(find.text('ENT'), findsOneWidget);\n  });\n}\n")
    inv = inventory(tmp_path, {**APP, "test/widget_test.dart": own})
    assert inv["test"] == 1 and inv.get("test_scaffold") == 1, inv


def test_an_xctest_asserting_something_counts(tmp_path):
    own = RUNNER_TESTS.replace("    // If you add code to the Runner application, consider adding tests here.\n",
                               '    XCTAssertEqual(loginPath("https://ent.example"), "https://ent.example/login")\n')
    inv = inventory(tmp_path, {**APP, "ios/RunnerTests/RunnerTests.swift": own})
    assert inv["test"] == 1 and inv.get("test_scaffold") == 1, inv


SWIFT_TESTING = """//
//  MairieTests.swift
//

@testable import Mairie
import Testing

struct MairieTests {
    @Test func example() async throws {
        // Write your test here and use APIs like `#expect(...)` to check expected conditions.
    }
}
"""
UI_TESTS = """import XCTest

final class MairieUITests: XCTestCase {
    override func setUpWithError() throws {
        continueAfterFailure = false
    }

    @MainActor
    func testExample() throws {
        // UI tests must launch the application that they test.
        let app = XCUIApplication()
        app.launch()
    }
}
"""
NATIVE = {
    "README.md": "# Mairie\n\nL'application iOS de la mairie.\n",
    "Mairie/MairieApp.swift": "import SwiftUI\n\n@main\nstruct MairieApp: App {\n    var body: some Scene { WindowGroup { Text(\"Mairie\") } }\n}\n",
    "Mairie/Horaires.swift": "struct Horaires { let ouverture: String }\n",
    "MairieTests/MairieTests.swift": SWIFT_TESTING,
}


def test_xcodes_swift_testing_template_is_no_test(tmp_path):
    inv = inventory(tmp_path, NATIVE)
    assert inv["test"] == 0 and inv.get("test_scaffold") == 1, inv


def test_xcodes_ui_test_launching_the_app_stays_a_test(tmp_path):
    inv = inventory(tmp_path, {**NATIVE, "MairieUITests/MairieUITests.swift": UI_TESTS})
    assert inv["test"] == 1 and inv.get("test_scaffold") == 1, inv

"""reusability.tests-and-ci (issue 12, session 26, fixer b26 on GIP-RECIA/Application-mobile-POC): each of the repository's
Flutter apps has `flutter create`'s analysis_options.yaml ("include: package:flutter_lints/flutter.yaml"), the lint rules
`flutter analyze` checks, and the check said "linter: no": no Dart configuration was read. An analysis_options.yaml that includes
a lint rule set or lists rules under "linter:" is the project's linter; one that only excludes files from the analyzer, or lists
no rule, is none."""

from __future__ import annotations

import pytest

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.tests-and-ci"
MAIN = "import 'package:flutter/material.dart';\n\nvoid main() => runApp(const MaterialApp(home: Text('ENT')));\n"
TEST = ("import 'package:flutter_test/flutter_test.dart';\nimport 'package:ent/format.dart';\n\nvoid main() {\n"
        "  test('formats the school year', () {\n    expect(schoolYear(2024), '2024-2025');\n  });\n}\n")
FLUTTER_CREATE = ("# This file configures the analyzer, which statically analyzes Dart code to check for errors, warnings, and lints.\n"
                  "include: package:flutter_lints/flutter.yaml\n\nlinter:\n  # The lint rules applied to this project can be customized.\n"
                  "  rules:\n    # avoid_print: false  # Uncomment to disable the `avoid_print` rule\n")


def run(tmp_path, options: str | None) -> dict:
    files = {"README.md": "# ENT\n", "pubspec.yaml": "name: ent\ndependencies:\n  flutter:\n    sdk: flutter\n", "lib/main.dart": MAIN,
             "lib/format.dart": "String schoolYear(int y) => '$y-${y + 1}';\n", "test/format_test.dart": TEST}
    if options is not None:
        files["analysis_options.yaml"] = options
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


@pytest.mark.parametrize("options", [FLUTTER_CREATE, "include: package:very_good_analysis/analysis_options.yaml\n",
                                     "linter:\n  rules:\n    - prefer_single_quotes\n    - avoid_print\n"])
def test_an_analysis_options_with_lint_rules_is_a_linter(tmp_path, options):
    r = run(tmp_path, options)
    assert "linter: yes" in r["message"]["en"], r["message"]  # was "linter: no"
    assert r["details"]["linter"] is True


@pytest.mark.parametrize("options", [None, "analyzer:\n  exclude:\n    - lib/generated/**\n", "linter:\n  rules:\n\nanalyzer:\n  exclude: [build/**]\n"])
def test_no_lint_rules_is_no_linter(tmp_path, options):
    r = run(tmp_path, options)
    assert "linter: no" in r["message"]["en"], r["message"]

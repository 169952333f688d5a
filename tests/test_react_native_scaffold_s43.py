"""Session 43 (rx43), React Native's generated tests left as created.

SocialGouv/nata: the mobile app's only tests are the two files `react-native init` writes — __tests__/App-test.tsx, one case "renders
correctly" that renders <App /> and expects nothing, and ios/<Name>Tests/<Name>Tests.m (Objective-C, not counted as a test) —
committed once and never changed: facts.files.tests was true. A case expecting something is a test.
"""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

RN_TEST = ("/**\n * @format\n */\n\nimport 'react-native';\nimport React from 'react';\nimport App from '../App';\n\n"
           "// Note: test renderer must be required after react-native.\nimport renderer from 'react-test-renderer';\n\n"
           "it('renders correctly', () => {\n  renderer.create(<App />);\n});\n")
IOS_TEST = ("#import <UIKit/UIKit.h>\n#import <XCTest/XCTest.h>\n\n#define TIMEOUT_SECONDS 600\n#define TEXT_TO_LOOK_FOR @\"Welcome to React\"\n\n"
            "@interface carnetTests : XCTestCase\n\n@end\n\n@implementation carnetTests\n\n"
            "- (BOOL)findSubviewInView:(UIView *)view matching:(BOOL (^)(UIView *view))test\n{\n  return test(view);\n}\n\n"
            "- (void)testRendersWelcomeScreen\n{\n  BOOL foundElement = NO;\n  XCTAssertTrue(foundElement, @\"Couldn't find element with text '%@'\", TEXT_TO_LOOK_FOR);\n}\n\n@end\n")
APP = {"mobile_app/package.json": json.dumps({"name": "carnet", "dependencies": {"react": "18.2.0", "react-native": "0.72.4"},
                                              "devDependencies": {"jest": "^29.2.1", "react-test-renderer": "18.2.0"},
                                              "scripts": {"test": "jest"}}),
       "mobile_app/App.tsx": "import React from 'react';\nimport {Text} from 'react-native';\n\nexport default function App() {\n"
                             "  return <Text>Carnet de suivi</Text>;\n}\n",
       "mobile_app/index.js": "import {AppRegistry} from 'react-native';\nimport App from './App';\n\nAppRegistry.registerComponent('carnet', () => App);\n",
       "README.md": "# Carnet\n\nApplication mobile de suivi.\n"}


def _facts(repo, tmp_path, files: dict):
    path = repo([{"files": {**APP, **files}, "date": "2026-02-03T09:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
    return audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["reusability.tests-and-ci"]))["facts"]


def test_the_generated_pair_tests_nothing(repo, tmp_path):
    facts = _facts(repo, tmp_path, {"mobile_app/__tests__/App-test.tsx": RN_TEST, "mobile_app/ios/carnetTests/carnetTests.m": IOS_TEST})
    assert facts["files"]["tests"] is False, facts["files"]


def test_the_later_template_name_too(repo, tmp_path):
    facts = _facts(repo, tmp_path, {"mobile_app/__tests__/App.test.tsx": RN_TEST})
    assert facts["files"]["tests"] is False, facts["files"]


def test_a_case_expecting_something_is_a_test(repo, tmp_path):
    own = RN_TEST.replace("  renderer.create(<App />);\n", "  const tree = renderer.create(<App />).toJSON();\n  expect(tree).toMatchSnapshot();\n")
    facts = _facts(repo, tmp_path, {"mobile_app/__tests__/App-test.tsx": own})
    assert facts["files"]["tests"] is True, facts["files"]

"""reusability.tests-and-ci: a .travis.yml with no script runs its language's default (issue 12, s39 fe39 = measure reader ra39 on
jplusplus/idf-pnr).

An AngularJS visualisation's .travis.yml declares `language: node_js`, installs Bower and Grunt in before_script and gives no
`script:`; Travis then runs `npm test`, and package.json's test script is "grunt test" (Karma). The check said "CI does not seem to
run any test". A Travis file without a script runs the default of its language (npm test for node_js, when package.json has a test
script of its own); one whose script only builds, or whose package.json keeps npm's placeholder, runs none.
"""

from __future__ import annotations

import json

from tests.test_generated_specs_s27 import run

TRAVIS = "language: node_js\nnode_js:\n  - '0.10'\nbefore_script:\n  - 'npm install -g bower grunt-cli'\n  - 'bower install'\n"
SPEC = ("describe('Filter: slug', function () {\n  beforeEach(module('regionApp'));\n  it('makes a slug', inject(function (slugFilter) {\n"
        "    expect(slugFilter('Parc du Vexin')).toBe('parc-du-vexin');\n  }));\n});\n")
APP = {
    "README.md": "# Parcs naturels régionaux\n\nVisualisation des parcs de la région.\n",
    "package.json": json.dumps({"name": "pnr", "version": "0.0.0", "scripts": {"test": "grunt test"},
                                "devDependencies": {"grunt": "~0.4.1", "grunt-karma": "~0.6.2"}}),
    "app/index.html": "<!DOCTYPE html>\n<html><head><title>PNR</title></head><body ng-app=\"regionApp\"><script src=\"scripts/app.js\"></script></body></html>\n",
    "app/scripts/app.js": "angular.module('regionApp', []).filter('slug', function () {\n  return function (s) { return s.toLowerCase(); };\n});\n",
    "test/spec/filters/slug.js": SPEC,
    ".travis.yml": TRAVIS,
}


def test_travis_without_a_script_runs_npm_test_for_node(tmp_path):
    _, result = run(tmp_path, APP)
    assert result["details"]["ci_runs_tests"] is True, result
    assert "does not seem to run any test" not in str(result), result


def test_a_build_script_or_npms_placeholder_runs_no_test(tmp_path):
    _, result = run(tmp_path, {**APP, ".travis.yml": TRAVIS + "script:\n  - 'grunt build'\n"})
    assert result["details"]["ci_runs_tests"] is False, result
    placeholder = json.dumps({"name": "pnr", "scripts": {"test": "echo \"Error: no test specified\" && exit 1"}})
    _, result = run(tmp_path / "p", {**APP, "package.json": placeholder})
    assert result["details"]["ci_runs_tests"] is False, result

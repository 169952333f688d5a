"""reusability.tests-and-ci (issue 12, session 32, h32 = reader m25o3's makinacorpus/ortho44): a map viewer's .travis.yml clones
CasperJS and runs `./casperjs/bin/casperjs test ./tests --start=…` on its tests/test_*.js; the CI was said to run no test, the
runner being called by its path with its own "test" command. A browser test runner (CasperJS or SlimerJS's `test`, `karma start`,
Mocha, Jasmine, AVA or tape from node_modules/.bin or npx) runs the tests; installing one does not."""

from __future__ import annotations

from tests.test_generated_specs_s27 import run

TRAVIS = ("branches:\n  only:\n    - gh-pages\ninstall:\n  - git clone git://github.com/n1k0/casperjs.git\n"
          "  - cd casperjs; git checkout tags/1.0.2; cd -\nscript:\n  - ./casperjs/bin/casperjs test ./tests --start=http://example.org/viewer/\n")
CASPER_TEST = ("casper.test.begin('search finds a town', 2, function suite(test) {\n    casper.start(casper.cli.get('start'), function () {\n"
               "        test.assertExists('#search');\n        test.assertTitle('Viewer');\n    });\n    casper.run(function () { test.done(); });\n});\n")
VIEWER = {
    "README.md": "# Viewer\n\nAerial photographs viewer.\n",
    "index.html": "<!DOCTYPE html>\n<html><head><title>Viewer</title></head><body><div id=\"map\"></div><script src=\"assets/js/map.js\"></script></body></html>\n",
    "assets/js/map.js": "var map = L.map('map');\nfunction search(q) {\n  return fetch('/search?q=' + q);\n}\n",
    "assets/js/search.js": "function show(results) {\n  return results.map(function (r) { return r.name; });\n}\n",
    "tests/test_search.js": CASPER_TEST,
    "tests/test_navigation.js": CASPER_TEST.replace("search finds a town", "navigation moves the map"),
    ".travis.yml": TRAVIS,
}


def test_casperjs_called_by_its_path_runs_the_tests(tmp_path):
    _, result = run(tmp_path, VIEWER)
    assert result["details"]["ci_runs_tests"] is True, result
    assert "does not seem to run any test" not in str(result), result


def test_cloning_casperjs_without_running_it_runs_no_test(tmp_path):
    travis = TRAVIS.replace("  - ./casperjs/bin/casperjs test ./tests --start=http://example.org/viewer/\n", "  - ./casperjs/bin/casperjs --version\n")
    _, result = run(tmp_path, {**VIEWER, ".travis.yml": travis})
    assert result["details"]["ci_runs_tests"] is False, result

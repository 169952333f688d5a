"""A copied library's version: its own banner over its file's name (issue 12, s37 fj37 = reader ma37, jdev-org/carte-fibre).

A map viewer's add-ons carry js/libs/jquery-3.6.0.min.js, whose first line is "/*! jQuery v3.7.1 | (c) OpenJS Foundation…": the
file was replaced in place and kept its old name. reusability.dependencies said "jquery 3.6.0"; the library is jQuery 3.7.1.
"""

from __future__ import annotations

from auditor.facts.vendored import describe
from tests.test_reusability_fixtures import check_result

JQUERY_371 = ("/*! jQuery v3.7.1 | (c) OpenJS Foundation and other contributors | jquery.org/license */\n"
              "!function(e,t){\"use strict\";e.jQuery=t}(this,function(){return {}});\n")
FILES = {
    "README.md": "# Carte\n\nCarte de l'avancement.\n",
    "index.html": "<!doctype html><html><body><script src=\"addons/search/js/libs/jquery-3.6.0.min.js\"></script></body></html>\n",
    "addons/search/js/libs/jquery-3.6.0.min.js": JQUERY_371,
    "addons/search/js/search.js": "$(function () { $('#q').on('input', function () {}); });\n",
}


def test_the_banner_version_wins_over_the_file_name():
    assert describe("js/libs/jquery-3.6.0.min.js", JQUERY_371)["version"] == "3.7.1"
    # (another library's banner in a known name's file keeps its own rule; a banner without a version leaves the name's)
    assert describe("js/libs/jquery-3.6.0.min.js", "/*! jQuery | (c) OpenJS Foundation */\n!function(){}();\n")["version"] == "3.6.0"


def test_the_dependencies_check_states_the_banner_version(tmp_path):
    r = check_result(tmp_path, FILES, "reusability.dependencies")
    assert "jquery 3.7.1" in r["message"]["en"], r["message"]
    assert "3.6.0" not in r["message"]["en"]

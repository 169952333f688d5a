"""A copied library folder's licence and version come from the file that states them (issue 12, s40 fj40 = reader rh40's
Romain64290/sport_sante: plugins/slimScroll/, plugins/fastclick/, plugins/sweetalert2/, plugins/datatables/ were told "licence not
stated" — the minified twin read in place of the readable file whose banner says "Dual licensed under the MIT…", the licence of a
second comment block or of an @license tag inside the wrapper left unread). Rule: the readable copy's statements fill what its
minified twin does not say; past the first comment block, the comment blocks before any code and a JSDoc @license tag in the
first bytes state the licence. Near miss: a library folder with no statement anywhere stays "licence not stated"."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.dependencies"
PAGE = ("<?php include 'db.php'; ?>\n<html><head><link rel=\"stylesheet\" href=\"plugins/{n}/{n}.css\">\n"
        "<script src=\"plugins/{n}/{n}.min.js\"></script></head><body></body></html>\n")
MINIFIED = "(function(a){a.fn.extend({x:function(o){var d={w:'auto',h:'250px'};return this.each(function(){a(this).css(d)})}})})(jQuery);\n"
CSS = "/*\n * Table styles\n */\ntable.grid {\n  width: 100%;\n}\n"
SLIM = ("/*! Copyright (c) 2011 Jane Upstream (http://example.org)\n * Dual licensed under the MIT (http://www.opensource.org/licenses/mit-license.php)\n"
        " * and GPL (http://www.opensource.org/licenses/gpl-license.php) licenses.\n *\n * Version: 1.3.3\n *\n */\n(function ($) {\n  $.fn.extend({});\n})(jQuery);\n")
TAGGED = (";(function () {\n\t'use strict';\n\n\t/**\n\t * @preserve Tapper: polyfill for touch delays.\n\t *\n"
          "\t * @copyright Jane Upstream [All Rights Reserved]\n\t * @license MIT License (see LICENSE.txt)\n\t */\n\tfunction Tapper(layer) {}\n}());\n")
TWO_BLOCKS = ("/*! Gridtable 1.10.7\n * ©2008-2014 Jane Upstream - gridtable.example.org/license\n */\n\n/**\n * @summary     Gridtable\n"
              " * @version     1.10.7\n *\n * This source file is free software, available under the following license:\n"
              " *   MIT license - http://gridtable.example.org/license\n */\n(function (window) {\n  window.Gridtable = {};\n}(window));\n")
UNSTATED = "/*\n * Helpers for the grid.\n */\n(function (window) {\n  window.Nolib = {};\n}(window));\n"


def files(libs: dict) -> dict:
    out = {"index.php": "<?php\n$db = new PDO(getenv('DSN'));\necho 'ok';\n", "db.php": "<?php\n$pdo = null;\n"}
    for name, text in libs.items():
        out[f"plugins/{name}/{name}.css"] = CSS
        out[f"plugins/{name}/{name}.js"] = text
        out[f"plugins/{name}/{name}.min.js"] = MINIFIED
        out[f"pages/{name}.php"] = PAGE.format(n=name)
    return out


def libraries(res: dict) -> dict:
    return {e["value"]["library"]: e["value"] for e in res["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_the_readable_copy_and_later_comments_state_the_licence_and_version(tmp_path):
    res = check_result(tmp_path, files({"slimscroll": SLIM, "tapper": TAGGED, "gridtable": TWO_BLOCKS}), CID)
    libs = libraries(res)
    assert libs["slimscroll"]["license"] == "MIT" and libs["slimscroll"]["version"] == "1.3.3", libs
    assert libs["tapper"]["license"] == "MIT", libs
    assert libs["gridtable"]["license"] == "MIT" and libs["gridtable"]["version"] == "1.10.7", libs


def test_near_miss_a_library_folder_stating_nothing_stays_unstated(tmp_path):
    res = check_result(tmp_path, files({"nolib": UNSTATED}), CID)
    libs = libraries(res)
    assert libs["nolib"]["license"] is None and libs["nolib"]["version"] is None, libs

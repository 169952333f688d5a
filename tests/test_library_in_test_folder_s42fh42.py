"""reusability.tests-and-ci (issue 12, session 42 fixer fh42 = KeolisAix/MDMKPA, reader ra42 §3 item 12): a prototype web page kept
in test/ carries copied jQuery plugins (test/style/js/jquery.cycle.all.js "/*! jQuery Cycle Plugin … Copyright (c) 2007-2010 M. Alsup
… Version: 2.9999", a Cufón script): "3 test file(s)", from words of their code (context.getElementsByTagName(, "should be"). A file
under a test folder that opens with a library's banner (a /*! notice, or a copyright, a licence and a version) is a copied library,
no test of the project. Near miss: a real test under test/ (a describe/it spec with no banner) still counts. The fixtures are
written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "reusability.tests-and-ci"
PLUGIN = """/*!
 * jQuery Diaporama Plugin
 * Copyright (c) 2009-2011 A. Auteur
 * Version: 1.4.2 (02-MAR-2011)
 * Dual licensed under the MIT and GPL licenses.
 */
;(function($) {
    $.fn.diaporama = function(options) {
        var context = this;
        return this.each(function() {
            var slides = context.getElementsByTagName('li');
            // slides should be shown one by one
            $(slides).hide().first().show();
        });
    };
})(jQuery);
"""
SPEC = """const assert = require('assert');
const { total } = require('../src/comptage');

describe('total', function () {
  it('adds the counts', function () {
    assert.strictEqual(total([1, 2, 3]), 6);
  });
});
"""
PAGE = "<?php\n$rows = array();\nforeach ($rows as $r) {\n    echo '<li>' . htmlspecialchars($r) . '</li>';\n}\n"
SRC = "function total(xs) {\n  return xs.reduce((a, b) => a + b, 0);\n}\nmodule.exports = { total };\n"


def _result(tmp_path, files, name):
    base = {"README.md": "# Intranet\n\nPages internes.\n", "index.php": PAGE, "src/comptage.js": SRC, "test/index.php": PAGE}
    return judge(tmp_path, {**base, **files}, [CID], name=name)[1][CID]


def test_a_copied_plugin_under_test_is_no_test(tmp_path):
    r = _result(tmp_path, {"test/style/js/jquery.diaporama.js": PLUGIN}, "a")
    assert r["details"]["test_files"] == 0, (r["message"], r["evidence"])


def test_a_spec_under_test_still_counts(tmp_path):
    # near miss: a real test beside the copied plugin
    r = _result(tmp_path, {"test/style/js/jquery.diaporama.js": PLUGIN, "test/comptage.test.js": SPEC}, "b")
    assert r["details"]["test_files"] == 1, (r["message"], r["evidence"])

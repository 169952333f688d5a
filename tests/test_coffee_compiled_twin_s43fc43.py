"""reusability.build-output (issue 12, s43 fc43 = OPEN-ENT-NG/cursus): an ENT widget's folder commits cursus-widget.coffee and
cursus-widget.js, the CoffeeScript compiler's output of it (var ref, ref1; `(ref = http.xhr) != null ? ref.always : void 0`;
`(function(_this) {…})(this)`), together: the check said "No build output is committed". A .js beside a .coffee of the same stem in
the same folder is that source compiled. Near misses: a .js with no CoffeeScript twin stays source; a gulpfile.js that only loads
gulpfile.coffee (require('coffee-script/register')) is written by people."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.build-output"

COFFEE = ('widget = model.widgets.findWidget "suivi-widget"\n\nwidget.model =\n  loadingWrapper: (http) ->\n'
          '    return unless http?.xhr?.always\n    http.xhr?.always => @loads = false\n    @loads = true\n')
JS = ('var widget;\n\nwidget = model.widgets.findWidget("suivi-widget");\n\nwidget.model = {\n  loadingWrapper: function(http) {\n'
      '    var ref, ref1;\n    if (!http || !((ref = http.xhr) != null ? ref.always : void 0)) {\n      return;\n    }\n'
      '    if ((ref1 = http.xhr) != null) {\n      ref1.always((function(_this) {\n        return function() {\n'
      '          return _this.loads = false;\n        };\n      })(this));\n    }\n    return this.loads = true;\n  }\n};\n')
BASE = {"README.md": "# Suivi\n\nWidget de suivi des aides pour l'ENT.\n",
        "src/main/java/fr/ent/suivi/Suivi.java": "package fr.ent.suivi;\n\npublic class Suivi {\n}\n",
        "src/main/resources/public/widgets/suivi-widget/suivi-widget.html": "<div>{{ loads }}</div>\n"}
W = "src/main/resources/public/widgets/suivi-widget/"


def test_a_js_beside_its_coffee_source_is_build_output(tmp_path):
    r = check_result(tmp_path, {**BASE, W + "suivi-widget.coffee": COFFEE, W + "suivi-widget.js": JS}, CID)
    assert r["status"] == "warn", r  # was pass "No build output is committed."
    assert W + "suivi-widget.js" in r["message"]["en"], r["message"]


def test_a_js_without_a_coffee_twin_and_a_coffee_loader_stay_source(tmp_path):
    loader = "require('coffee-script/register');\nrequire('./gulpfile.coffee');\n"
    r = check_result(tmp_path, {**BASE, W + "suivi-widget.js": JS, W + "other.coffee": COFFEE,
                                "gulpfile.coffee": "gulp = require 'gulp'\ngulp.task 'default', ->\n", "gulpfile.js": loader}, CID)
    assert r["status"] == "pass", r

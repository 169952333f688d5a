"""Session 17 (h1): copies still counted as the project's own code (session 16's readers r1 and r5).

- A one-file library inside src/ whose banner opens on its own name with a copyleft holder and a licence but no version
  (MDN's "JXON framework - Copyleft 2011 by Mozilla Developer Network … GNU Public License, version 3 or later") was the project's.
- A well-known one-file library copied with no banner at all, defining its global under its coined name (var Canvas2Image =
  function () {…} in webapp/js/canvas2image.js), was the project's.
- A library's bundle of translations (fullcalendar's locale-all.js beside fullcalendar.min.js and moment.min.js) was listed as a
  library called "locale"."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

_BRANCHY = "".join(f"    if (n === {k}) {{ r += {k}; }} else if (n > {k}) {{ r -= 1; }}\n" for k in range(13))

_FRAMEWORK = ("/*\\\n|*|\n|*|    XTREE framework - Copyleft 2012 by Exemple Web Network\n|*|\n|*|    Revision #3 - March 2, 2014\n|*|\n"
              "|*|    https://developer.exemple.org/docs/XTREE\n|*|\n|*|    This framework is released under the GNU Public License, "
              "version 3 or later.\n|*|\n\\*/\n\nconst XTREE = new (function () {\n  function build(n) {\n    var r = 0;\n" + _BRANCHY
              + "    return r;\n  }\n  this.build = build;\n})();\n")


def test_a_framework_banner_without_version_inside_src_is_a_copy(tmp_path):
    files = {"README.md": "# metadonnees.js\n\nLit les fiches de métadonnées ISO 19139 et les convertit en objets JS.\n",
             "js/src/metadata.js": "/**\n * Lit une fiche.\n */\nfunction lireFiche(xml) {\n  return XTREE.build(xml);\n}\n",
             "js/src/xtree.js": _FRAMEWORK}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.maintainability", "reusability.dependencies"])
    inv = report["facts"]["inventory"]
    assert inv["categories"]["source"] == 1 and inv["categories"]["vendored"] == 1, inv["categories"]
    assert "xtree" in {lib["name"] for lib in inv["libraries"]}, inv["libraries"]
    assert "xtree.js" not in json.dumps(results(report)["reusability.maintainability"]["evidence"])
    # the project's own file, whose banner names the project's own holder (its README names it): its own
    own = dict(files, **{"README.md": "# xtree\n\nPar Exemple Web Network.\n"})
    report = run_audit(build(tmp_path / "own", own), tmp_path / "c2", [])
    assert report["facts"]["inventory"]["categories"]["source"] == 2, report["facts"]["inventory"]["categories"]


_SAVER = ("/**\n * covert canvas to image\n * and save the image file\n */\n\nvar Canvas2Image = function () {\n\n"
          "\tfunction scaleCanvas (canvas, width, height) {\n\t\tvar retCanvas = document.createElement('canvas');\n"
          "\t\treturn retCanvas;\n\t}\n\treturn {\n\t\tsaveAsPNG: function (canvas) { return scaleCanvas(canvas); }\n\t};\n}();\n")


def test_a_known_coined_librarys_global_with_no_banner_is_a_copy(tmp_path):
    files = {"README.md": "# Signalements\n", "webapp/js/signalement.js": "function exporter(c) {\n  return Canvas2Image.saveAsPNG(c);\n}\n",
             "webapp/js/canvas2image.js": _SAVER,
             # a project's own module named like a known library but after a plain word stays its own
             "webapp/js/list.js": "var List = function () {\n  return [];\n};\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [])
    inv = report["facts"]["inventory"]
    assert inv["categories"]["vendored"] == 1 and inv["categories"]["source"] == 2, inv["categories"]
    assert "canvas2image" in {lib["name"] for lib in inv["libraries"]}, inv["libraries"]


def _minified(body: str) -> str:
    return body + "".join(f"e.fullCalendar.locale(\"l{k}\",{{buttonText:{{month:\"m{k}\",week:\"w{k}\",day:\"d{k}\"}},allDayText:\"t{k}\"}}),"
                          for k in range(40))


def test_a_librarys_bundle_of_translations_is_that_librarys(tmp_path):
    wrapper = ('!function(e){"function"==typeof define&&define.amd?define(["jquery","moment"],e):"object"==typeof exports?'
               'module.exports=e(require("jquery"),require("moment")):e(jQuery,moment)}(function(e,a){')
    files = {"README.md": "# Rendez-vous\n", "webapp/js/plugins/appointment/appointment.js": "function ouvrir() {\n  return 1;\n}\n",
             "webapp/js/plugins/appointment/fullcalendar.min.js": "/*!\n * FullCalendar v3.4.0\n * Docs & License: https://fullcalendar.io/\n"
                                                          " * (c) 2017 Adam Shaw\n */\n!function(e){e.fullCalendar={}}(jQuery);\n",
             "webapp/js/plugins/appointment/moment.min.js": "//! moment.js\n//! version : 2.18.1\n//! license : MIT\n!function(e){e.moment={}}(this);\n",
             "webapp/js/plugins/appointment/locale-all.js": _minified(wrapper) + "});\n"}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [])
    names = [lib["name"] for lib in report["facts"]["inventory"]["libraries"]]
    assert "locale" not in names and "fullcalendar" in names, report["facts"]["inventory"]["libraries"]

"""Session 16 (k7, reader r5): copies measured as the project's code.

- A desktop program's HTML template copied jQuery UI 1.8 with its 42 datepicker translations (js/i18n/ui.datepicker-fr.js…, named
  after a part of jQuery UI, not after the copied file) and their joined file jquery-ui-i18n.js: they were the project's code,
  and code-comments passed on them while the program's own Python 2 could not be parsed.
- UIkit 2's lib/addons/ (each file's banner "UIkit 2.8.0") was a library called "addons"."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

_LOCALE = "/* {0} initialisation for the jQuery UI date picker plugin. */\njQuery(function($){{\n\t$.datepicker.regional['{1}'] = {{\n" \
          "\t\tcloseText: 'Fermer',\n\t\tprevText: 'Préc',\n\t\tnextText: 'Suiv',\n\t\tfirstDay: 1}};\n\t$.datepicker.setDefaults($.datepicker.regional['{1}']);\n}});\n"


def _desktop_with_jquery_ui() -> dict:
    files = {"README.md": "# Fiches\n\nConvertit les fiches en XML.\n",
             "fiches.py": "import Tkinter\n\nprint 'Fiches'\n\ndef main():\n    print 'ok'\n",
             "fiches_module.py": "def convertir(chemin):\n    print 'conversion', chemin\n    return chemin\n",
             "template/js/jquery-1.7.1.min.js": "/*! jQuery v1.7.1 jquery.com | jquery.org/license */\n(function(a,b){a.jQuery=b})(window,{});\n",
             "template/js/jquery-ui-1.8.18.custom.min.js": "/*! jQuery UI - v1.8.18 - 2012-02-20\n* https://github.com/jquery/jquery-ui\n"
                                                          "* Copyright (c) 2012 AUTHORS.txt; Licensed MIT, GPL */\n(function(a){a.ui=a.ui||{}})(jQuery);\n",
             "template/js/index.js": "$(function () {\n  // onglets de la fiche\n  $('#onglets').tabs();\n});\n",
             "template/js/i18n/jquery-ui-i18n.js": "".join(_LOCALE.format(c, c) for c in ("fr", "de", "it"))}
    for code in ("ar", "bg", "ca", "cs", "da", "de", "el", "es", "fr", "it", "ja", "nl", "pl", "pt-BR", "ru", "sv", "zh-CN"):
        files[f"template/js/i18n/ui.datepicker-{code}.js"] = _LOCALE.format(code, code)
    return files


def test_jquery_ui_datepicker_translations_are_the_copys(tmp_path):
    report = run_audit(build(tmp_path / "r", _desktop_with_jquery_ui()), tmp_path / "c", ["documentation.code-comments", "reusability.tests-and-ci"])
    inv = report["facts"]["inventory"]
    assert inv["categories"]["source"] <= 4, inv["categories"]
    res = results(report)
    assert res["documentation.code-comments"]["status"] != "pass", res["documentation.code-comments"]["message"]
    # a project's own translations, named after no copied library, stay its own
    own = {"README.md": "# Carte\n", "js/carte.js": "var carte = {};\n", "js/lib/jquery.min.js": "/*! jQuery v3.7.1 | (c) OpenJS Foundation */\n!function(){}();\n"}
    for code in ("fr", "en", "de", "it"):
        own[f"js/lang/messages-{code}.js"] = f"carte.messages = {{titre: 'Carte {code}'}};\n"
    report = run_audit(build(tmp_path / "own", own), tmp_path / "c2", [])
    assert report["facts"]["inventory"]["categories"]["source"] == 5, report["facts"]["inventory"]["categories"]


def test_a_librarys_parts_folder_is_named_by_their_banner(tmp_path):
    files = {"README.md": "# Lecteur WMS\n", "index.html": "<html><body><script src='js/app.js'></script></body></html>\n",
             "js/app.js": "$(function () { $.getJSON('proxy.php'); });\n",
             "js/lib/jquery-1.11.1.min.js": "/*! jQuery v1.11.1 | (c) 2005, 2014 jQuery Foundation, Inc. | jquery.org/license */\n!function(){}();\n",
             "js/lib/uikit.min.js": "/*! UIkit 2.8.0 | http://www.getuikit.com | (c) 2014 YOOtheme | MIT License */\n!function(){}();\n"}
    for part in ("autocomplete", "datepicker", "notify", "pagination"):
        files[f"js/lib/addons/{part}.min.js"] = "/*! UIkit 2.8.0 | http://www.getuikit.com | (c) 2014 YOOtheme | MIT License */\n!function(a){a.x=1}(this);\n"
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])
    names = {lib["name"] for lib in report["facts"]["inventory"]["libraries"]}
    assert "addons" not in names and "uikit" in names, report["facts"]["inventory"]["libraries"]

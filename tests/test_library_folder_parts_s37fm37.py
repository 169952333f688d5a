"""reusability.dependencies' copied-library list (issue 12, s37 fm37 = re-reader vc37, Romain64290/zero_dechet): inside the copied
admin template's plugins/ shelf, CKEditor's language files (lang/fr-ca.js, pt-br.js), its spell-checker dialog (plugins/wsc/dialogs/
wsc_ie.js) and jQuery adapter (adapters/jquery.js) were listed as libraries "fr", "pt", "wsc", "jquery"; PHPMailer's examples'
SyntaxHighlighter themes as nine "shcore*"; the template's root Gruntfile.js as "gruntfile". A file inside the folder of a library
copied whole, its folder named after it, is that library's part; the assets of a shelved library's examples are no library in use;
a template's build script is none. A library copied into the project's own examples/ folder stays listed. Minimal fixtures written
for the test (the made-up template DashLite)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_ui_template_copy_s37fc37 import REPO

CK = "/*\nCopyright (c) 2003-2016, CKSource - Frederico Knabben. All rights reserved.\nFor licensing, see LICENSE.md or http://ckeditor.com/license\n*/\n"
PARTS = {
    "plugins/ckeditor/ckeditor.js": CK + "(function(){window.CKEDITOR={version:'4.5.7'};})();\n",
    "plugins/ckeditor/lang/fr-ca.js": CK + "CKEDITOR.lang['fr-ca']={editor:'Éditeur'};\n",
    "plugins/ckeditor/lang/pt-br.js": CK + "CKEDITOR.lang['pt-br']={editor:'Editor'};\n",
    "plugins/ckeditor/adapters/jquery.js": CK + "(function(a){a.fn.ckeditor=function(){return this}})(jQuery);\n",
    "plugins/ckeditor/plugins/wsc/dialogs/wsc_ie.js": CK + "CKEDITOR.dialog.add('checkspell',function(){return{}});\n",
    "plugins/grid/examples/styles/shCoreDefault.css": "/**\n * SyntaxHighlighter\n * http://alexgorbatchev.com/SyntaxHighlighter\n *\n"
                                                      " * @license\n * Dual licensed under the MIT and GPL licenses.\n */\n.syntaxhighlighter{margin:0}\n",
    "plugins/grid/grid.min.js": "/*! Grid 1.2.0 | MIT License */\n!function(){var g=1}();\n",
    # (the application's page loads the editor and jQuery from the template's shelf: libraries it uses, s38 fa38)
    "modules/admin/journal.php": "<?php\nsession_start();\n?>\n<html><body><textarea id=\"texte\"></textarea>\n"
                                 "<script src=\"../../plugins/jQuery/jquery-2.2.3.min.js\"></script>\n"
                                 "<script src=\"../../plugins/ckeditor/ckeditor.js\"></script>\n</body></html>\n",
}


def _libraries(tmp_path, files):
    report, _ = judge(tmp_path, files, ["reusability.dependencies"])
    return {lib["name"]: lib for lib in report["facts"]["inventory"]["libraries"]}


def test_a_librarys_language_files_adapters_and_examples_are_its_own_parts(tmp_path):
    libs = _libraries(tmp_path, {**REPO, **PARTS})
    assert "ckeditor" in libs, sorted(libs)
    assert not {"fr", "pt", "wsc", "shcoredefault", "gruntfile"} & set(libs), sorted(libs)
    assert not any("ckeditor" in p for p in libs["jquery"]["paths"]), libs["jquery"]


def test_a_library_in_the_projects_own_examples_stays_a_library(tmp_path):
    # near miss: the project's own examples/ folder (not a shelved library's) holding a copied library keeps it listed
    files = {**REPO, **PARTS, "examples/lib/chartist.min.js": "/*! Chartist 0.11.0 | (c) 2017 Gion Kunz | MIT License */\n!function(){}();\n"}
    libs = _libraries(tmp_path, files)
    assert "chartist" in libs, sorted(libs)

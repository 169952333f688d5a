"""Copied libraries named right (issue 12, s17 b2/k6, h1): a public-transport server's repository keeps a Windows build of a
graphics library (a DLL and twenty test programs in one folder), a library installer named with its version, a CMS export whose
folders are page ids (sites/lib/<16 digits>/…), and a rich-text editor's distribution (tiny_mce/ with its licence, plugins and
their minified editor_plugin.js beside editor_plugin_src.js). They were listed as twenty "libraries" named after test programs,
one library named by a number, and the editor's minified plugins counted as the project's build output. An add-on's copy of a
chart library, whose banner is only the ASF's licence notice, is known by its UMD wrapper ``factory(global.<name> = {})``."""

from __future__ import annotations

import subprocess

from auditor.facts.inventory import build_inventory, libraries
from auditor.snapshot import GitSnapshot
from tests.gitrepo import make_repo

WHEN = {"date": "2026-03-02T10:00:00Z", "message": "import", "author": ("Jeanne Martin", "jeanne.martin@exemple.fr")}
EXE = b"MZ\x90\x00" + b"\x00" * 200
README = "# Transit\n\nA public transportation server: route planner, departure boards.\n"


def _inventory(path):
    commit = subprocess.check_output(["git", "-C", str(path), "rev-parse", "HEAD"]).decode().strip()
    snap = GitSnapshot(str(path / ".git"), commit, max_blob=1 << 20, max_files=5000, deadline=None)
    inv = build_inventory(snap, (path.name,))
    return {i.path: i.category for i in inv.items}, libraries(snap, inv)


def test_a_native_librarys_programs_are_one_copy_and_an_installer_is_named_by_what_it_installs(tmp_path):
    programs = ["annotate", "gdtest", "gd2copypal", "pngtogd2", "webpng", "fonttest"]
    files = {"README.md": README, "src/main.cpp": "int main() { return 0; }\n",
             "3rd/dev/plot/src/gdwin32/bgd.dll": EXE, "3rd/dev/boost/boost_1_39_setup.exe": EXE,
             "3rd/dev/iconv/bin/libiconv-2.dll": EXE, "3rd/dev/iconv/bin/libintl-8.dll": EXE, "3rd/dev/iconv/bin/iconv.exe": EXE,
             "tools/driver/win/chromedriver.exe": EXE}
    files.update({f"3rd/dev/plot/src/gdwin32/{p}.exe": EXE for p in programs})
    repo = make_repo(tmp_path / "transit", [{"files": files, **WHEN}])
    _, libs = _inventory(repo)
    by_name = {(lib["name"], lib["version"]): lib for lib in libs}
    assert ("gd", None) in by_name and by_name[("gd", None)]["files"] == 7, sorted(by_name)
    assert not any(name in ("annotate", "gdtest", "gd2copypal.exe", "webpng", "bgd") for name, _ in by_name), sorted(by_name)
    assert ("boost", "1.39") in by_name, sorted(by_name)
    # a folder of several native libraries: each its own, and its program its own (no library to give it to)
    assert {("libiconv", "2"), ("libintl", "8"), ("iconv", None), ("chromedriver", None)} <= set(by_name), sorted(by_name)


BOOTSTRAP = "/*!\n * Bootstrap v2.3.1\n *\n * Copyright 2012 Twitter, Inc\n * Licensed under the Apache License v2.0\n */\n.clearfix{*zoom:1;}\n"
JQUI = ("/*\n * jQuery UI CSS Framework 1.8.16\n *\n * Copyright 2011, AUTHORS.txt (http://jqueryui.com/about)\n"
        " * Dual licensed under the MIT or GPL Version 2 licenses.\n */\n.ui-helper-hidden { display: none; }\n")
DATEPICKER = "/*!\n * Datepicker for Bootstrap\n *\n * Copyright 2012 Stefan Petre\n * Licensed under the Apache License v2.0\n */\n.datepicker{top:0}\n"


def test_a_folder_named_by_a_number_names_no_library(tmp_path):
    site = "sites/lib/5036960317112323"
    repo = make_repo(tmp_path / "transit", [{"files": {
        "README.md": README, "src/main.cpp": "int main() { return 0; }\n",
        f"{site}.dump": "t025_sites(id,name)\n\"5036960317112323\",\"lib\"\n",
        f"{site}/17732970777411793/17732970777411838_content1.css": BOOTSTRAP,
        f"{site}/17732970777411793/17732970777411838_bootstrap.css.name": "bootstrap.css\n",
        f"{site}/17733009432117336/17733009432117339_content1.css": JQUI,
        f"{site}/17733142576103434/17733142576103438_content1.css": DATEPICKER,
    }, **WHEN}])
    _, libs = _inventory(repo)
    names = {(lib["name"], lib["version"]) for lib in libs}
    assert not any(name[:1].isdigit() for name, _ in names), names
    assert ("bootstrap", "2.3.1") in names, names
    assert ("jquery-ui-css-framework", "1.8.16") in names, names
    assert ("datepicker-for-bootstrap", None) in names, names


TINY = ('(function(d){var a=/^\\s*|\\s*$/g,e;var b={majorVersion:"3",minorVersion:"3.9.2",releaseDate:"2010-09-29",'
        '_init:function(){var s=this;s.isOpera=d.opera}};' + "b._init();" * 200 + "})(window);")
PLUGIN_SRC = ("/**\n * editor_plugin_src.js\n *\n * Copyright 2009, Moxiecode Systems AB\n * Released under LGPL License.\n */\n\n"
              "(function() {\n\ttinymce.create('tinymce.plugins.RulePlugin', {\n\t\tinit : function(ed, url) {\n"
              "\t\t\ted.addCommand('mceRule', function() {\n\t\t\t\ted.windowManager.open({file : url + '/rule.htm'});\n"
              "\t\t\t});\n\t\t}\n\t});\n})();\n")
PLUGIN_MIN = ('(function(){tinymce.create("tinymce.plugins.RulePlugin",{init:function(a,b){a.addCommand("mceRule",function(){'
              'a.windowManager.open({file:b+"/rule.htm"})})}' + ",x:1" * 300 + "})})();")
def _licence_text(lid: str) -> str:
    from auditor.licenses.matcher import load_data

    return load_data()["licenses"][lid]["texts"][0]["text"]


def test_an_editors_distribution_at_the_top_of_its_folder_is_a_copy_not_build_output(tmp_path):
    ed = "packages/admin/files/admin/tiny_mce"
    files = {"README.md": "# Admin\n\nThe administration console of the route planner.\n",
             "packages/admin/files/admin/admin.js": "function save(form) {\n  return form.submit();\n}\n",
             f"{ed}/tiny_mce.js": TINY, f"{ed}/tiny_mce_src.js": "(function(win) {\n\tvar tinymce = {majorVersion : '3'};\n})(window);\n",
             f"{ed}/license.txt": _licence_text("LGPL-2.1-only"), f"{ed}/utils/form_utils.js": "function getColorPickerHTML(id) {\n  return id;\n}\n"}
    for p in ("rule", "table", "paste"):
        files[f"{ed}/plugins/{p}/editor_plugin.js"] = PLUGIN_MIN.replace("Rule", p.title())
        files[f"{ed}/plugins/{p}/editor_plugin_src.js"] = PLUGIN_SRC.replace("Rule", p.title())
    repo = make_repo(tmp_path / "transit", [{"files": files, **WHEN}])
    cats, libs = _inventory(repo)
    assert all(cats[p] == "vendored" for p in cats if p.startswith(ed + "/")), {p: c for p, c in cats.items() if p.startswith(ed)}
    assert cats["packages/admin/files/admin/admin.js"] == "source"
    assert not [p for p, c in cats.items() if c == "build"]
    tiny = [lib for lib in libs if lib["name"] == "tiny_mce"]
    assert tiny and tiny[0]["version"] == "3.3.9.2", libs
    # its licence from the text at the folder's top (no banner names it)
    assert tiny[0]["license"] and tiny[0]["license"].startswith("LGPL-2.1"), tiny


ASF = ("\n/*\n" + "".join(f"* Licensed to the Apache Software Foundation (ASF) under one or more contributor agreement, line {n}.\n"
                          for n in range(12)) + "*/\n\n")
UMD = ("(function (global, factory) {\n    typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports) :\n"
       "    typeof define === 'function' && define.amd ? define(['exports'], factory) :\n"
       "    (global = typeof globalThis !== 'undefined' ? globalThis : global || self, factory(global.echarts = {}));\n"
       "}(this, (function (exports) { 'use strict';\n  exports.init = function (dom) { return dom; };\n})));\n")


def test_a_chart_librarys_umd_wrapper_after_a_long_licence_notice_names_it(tmp_path):
    repo = make_repo(tmp_path / "viewer", [{"files": {
        "README.md": "# Viewer\n\nA statistics add-on for the regional map viewer.\n",
        "addons/statchart/statchart.js": "var statchart = (function () {\n  return { init: function () { return echarts.init(document.body); } };\n})();\n",
        "addons/statchart/echarts.js": ASF + UMD,
    }, **WHEN}])
    assert len(ASF) > 1024
    cats, _ = _inventory(repo)
    assert cats["addons/statchart/echarts.js"] == "vendored", cats
    assert cats["addons/statchart/statchart.js"] == "source", cats


def test_a_shelf_sorted_by_use_names_the_library_below_it():
    from auditor.facts.inventory import _package_folder

    assert _package_folder("3rd/dev/bzip2/src/bzip.css") == "3rd/dev/bzip2"
    assert _package_folder("vendor/common/leaflet/leaflet.css") == "vendor/common/leaflet"
    assert _package_folder("lib/dev/helpers.js") is None
    assert _package_folder("sites/lib/7036960317112323/17732970777411793/x_content1.css") is None
    assert _package_folder("lib/bootstrap/css/bootstrap.css") == "lib/bootstrap"


def _demo(title: str) -> str:
    return ("<!DOCTYPE html>\n<html>\n<head>\n<title>" + title + "</title>\n"
            '<link href="../../public/vendor/bootstrap-4.1/bootstrap.min.css" rel="stylesheet" media="all">\n'
            '<link href="../../public/css/theme.css?v=2" rel="stylesheet" media="all">\n</head>\n<body>\n<div class="page">\n'
            + "<p>Sample widget</p>\n" * 30 + '<p>Copyright © 2018 Maker. All rights reserved. Template by <a href="https://maker.example">'
            "Maker</a>.</p>\n</div>\n"
            '<script src="../../public/vendor/jquery-3.2.1.min.js"></script>\n<script src="../../public/js/main.js"></script>\n'
            '<script src="../../public/js/map.js"></script>\n</body>\n</html>\n')


MAIN = ("(function ($) {\n  // USE STRICT\n  \"use strict\";\n  try {\n    //WidgetChart 1\n    var ctx = document.getElementById(\"widgetChart1\");\n"
        "    if (ctx) {\n      ctx.height = 130;\n    }\n  } catch (error) {\n    console.log(error);\n  }\n})(jQuery);\n")


def test_a_site_templates_own_script_loaded_by_its_credited_demo_pages_is_the_templates(tmp_path):
    files = {"README.md": "# Parc\n\nGestion du parc informatique de l'agglomération.\n",
             "public/js/main.js": MAIN, "public/css/theme.css": "/* [Master Stylesheet] Project: Parc Version: 1.0 */\nbody{margin:0}\n",
             "public/js/map.js": "function showPark(map) {\n  return map.setView([43.3, 3.2], 12);\n}\n",
             "public/js/box.js": "function box(id) {\n  return document.getElementById(id);\n}\n",
             "public/vendor/jquery-3.2.1.min.js": "/*! jQuery v3.2.1 | (c) JS Foundation and other contributors | jquery.org/license */\n!function(a){}();\n",
             "public/vendor/bootstrap-4.1/bootstrap.min.css": "/*!\n * Bootstrap v4.1.0 (https://getbootstrap.com/)\n * Licensed under MIT\n */\n.btn{}\n",
             "templates/examples/chart.html": _demo("Charts"), "templates/examples/table.html": _demo("Tables"),
             "templates/base.html.twig": "<script src=\"{{ asset('js/main.js') }}\"></script>\n"}
    cats, libs = _inventory(make_repo(tmp_path / "parc", [{"files": files, **WHEN}]))
    assert cats["public/js/main.js"] == "vendored" and cats["public/css/theme.css"] == "vendored", cats
    assert cats["public/js/map.js"] == "source" and cats["public/js/box.js"] == "source", cats  # (a name of its own: the project's)
    assert not any(lib["name"] in ("main", "theme") for lib in libs), libs
    # one credited page is no template's demo set
    one = {k: v for k, v in files.items() if k != "templates/examples/table.html"}
    cats, _ = _inventory(make_repo(tmp_path / "parc1", [{"files": one, **WHEN}]))
    assert cats["public/js/main.js"] == "source", cats
    # a web agency's "Design by" credit on the pages it made for the authority is no template's
    agency = {k: (v.replace('Template by <a href="https://maker.example">', 'Design by <a href="https://agence-web.example">')
                  if k.endswith(".html") else v) for k, v in files.items()}
    cats, _ = _inventory(make_repo(tmp_path / "parc2", [{"files": agency, **WHEN}]))
    assert cats["public/js/main.js"] == "source", cats

"""Copied libraries named after what they are (issue 12, session 8 reads): not after a folder of a kind of file ("js" for
lib/js/head.min.js, "css 3.3.5" for exploit/lib/css/*), nor one library per module (Semantic UI's 21 modules, each a "library"),
nor a generic entry name ("main 8.9.1" for blueimp's jQuery File Upload example, "index 4.1.0" for @panoramax/web-viewer), nor
an unversioned build's placeholder ("0.0.0-no" of "0.0.0-no-version"), nor a test's fixture (Drupal's comment_hacks.css).
Committed node_modules and a bundler's content-hashed chunks are what a package manager and a build wrote (CD34-Herault/PMS:
build-output passed beside 8,435 node_modules files and 246 Angular chunks)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SEMANTIC = "/*!\n * # Semantic UI - {}\n * http://github.com/semantic-org/semantic-ui/\n *\n * Released under the MIT license\n */\n\n;(function ($) {{\n}})(jQuery);\n"
PAGE = "<html><head><script src=\"lib/js/head.min.js\"></script></head><body></body></html>\n"


def test_a_module_of_a_library_is_named_after_the_library():
    from auditor.facts.vendored import describe

    for module in ("Accordion", "Checkbox"):
        assert describe(f"semantic/src/definitions/modules/{module.lower()}.js", SEMANTIC.format(module))["name"] == "semantic-ui"
    assert describe("js/tools.js", "/*!\n * Tools - Helpers\n */\n")["name"] == "tools"  # (its own name: no other library named)


def _libraries(report) -> dict:
    return {lib["name"]: (lib["version"], lib["files"]) for lib in report["facts"]["inventory"]["libraries"]}


def test_copied_libraries_are_named_by_what_they_are(tmp_path):
    files = {"README.md": "# Présentation\n\nUne présentation.\n", "index.html": PAGE,
             "lib/js/head.min.js": "/*! head.core - v1.0.2 */\n(function(n,t){\"use strict\";n.head=t})(window);\n",
             "exploit/lib/css/bootstrap-datetimepicker.css": "/*!\n * Datetimepicker for Bootstrap 3\n */\n.bootstrap-datetimepicker-widget{list-style:none}\n",
             "exploit/lib/js/bootstrap-datetimepicker-4.17.37.min.js": "/*! version : 4.17.37 */\n!function(e){e.fn.datetimepicker=1}(jQuery);\n",
             "webapp/plugins/asynchronousupload/main.js": "/*\n * jQuery File Upload Plugin JS Example 8.9.1\n * https://github.com/blueimp/jQuery-File-Upload\n"
                                                        " *\n * Licensed under the MIT license:\n */\n\n$(function () {\n  'use strict';\n});\n",
             "panoramax/lib/index.css": "/*!\n * \n *   @panoramax/web-viewer v4.1.0\n *   https://gitlab.com/panoramax/clients/web-viewer\n */\n.gvs{color:red}\n",
             "lib/vis-graph3d.min.js": "/**\n * vis-graph3d\n * @version 0.0.0-no-version\n * @license Apache-2.0\n */\n!function(t){t.vis=1}(this);\n",
             "modules/simpletest/files/css_test_files/comment_hacks.css.optimized.css": "/*! comment hacks */\n.a{color:red}\n"}
    report, _ = judge(tmp_path, files, ["reusability.dependencies"])
    libs = _libraries(report)
    assert not {"js", "css", "main", "index", "accordion", "checkbox", "comment_hacks.css.optimized"} & set(libs), libs
    assert libs.get("jquery-file-upload") == ("8.9.1", 1) and libs.get("@panoramax/web-viewer") == ("4.1.0", 1), libs
    assert libs.get("vis-graph3d", ("x",))[0] is None and libs.get("bootstrap-datetimepicker", (None, 0))[0] == "4.17.37", libs


def test_committed_node_modules_and_hashed_chunks_are_not_source(tmp_path):
    files = {"README.md": "# PMS\n\nServeur de mise à jour.\n", "server/package.json": '{"name": "ord-update", "dependencies": {"express": "4.18.2"}}\n',
             "server/package-lock.json": '{"lockfileVersion": 2, "packages": {}}\n', "server/serveur.js": "const express = require('express');\n",
             "server/node_modules/express/index.js": "module.exports = require('./lib/express');\n",
             "server/node_modules/express/lib/express.js": "exports = module.exports = createApplication;\n",
             "server/ord-patch/3rdpartylicenses.txt": "@angular/core\nMIT\n", "server/ord-patch/index.html": "<app-root></app-root>\n"}
    for n, h in enumerate(("4f95bf419d67fc25", "cb6cf8682f8dab2e", "da227e300779ee1b", "4ef40d1c51e7b896", "711a06780aace52a")):
        files[f"server/ord-patch/{100 + n}.{h}.js"] = "\"use strict\";(self.webpackChunk=self.webpackChunk||[]).push([[1],{}]);\n"
    _, res = judge(tmp_path, files, ["reusability.build-output"])
    out = res["reusability.build-output"]
    assert out["status"] == "warn" and "server/ord-patch/" in out["message"]["en"] and "node_modules" in out["message"]["en"], out
    assert "node_modules" in out["message"]["fr"], out


def test_committed_node_modules_alone_are_flagged(tmp_path):
    files = {"README.md": "# Outil\n\nUn outil.\n", "package.json": '{"name": "outil", "dependencies": {"lodash": "4.17.21"}}\n',
             "index.js": "const _ = require('lodash');\n", "node_modules/lodash/lodash.js": "/** @license Lodash 4.17.21 */\n;(function(){}());\n"}
    _, res = judge(tmp_path, files, ["reusability.build-output"])
    out = res["reusability.build-output"]
    assert out["status"] == "warn" and "node_modules/ (1)" in out["message"]["en"] and "gestionnaire de paquets" in out["message"]["fr"], out

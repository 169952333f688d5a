"""A module's own webpack bundles of another name than the project's are its build output (issue 12, s19 d2: OPEN-ENT-NG/mindmap,
whose public/js/application.js and behaviours.js, webpack 4 bundles of its public/ts/app.ts and behaviours.ts, were "libraries copied
outside any manifest" and missing from build-output). Shaped like an ENT module: TypeScript sources, committed bundles beside them."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

RUNTIME = ("/******/ (function(modules) { // webpackBootstrap\n/******/ \t// The module cache\n/******/ \tvar installedModules = {};\n"
           "/******/ \tfunction __webpack_require__(moduleId) {\n/******/ \t\treturn modules[moduleId].call();\n/******/ \t}\n"
           "/******/ \treturn __webpack_require__(0);\n/******/ })\n/******/ ([\n/* 0 */\n/***/ (function(module, exports, __webpack_require__) {\n\n")
APP_TS = ("import { ng, routes, model } from 'entcore';\nimport { Boards } from './model';\n\n/**\n * Allows to create a model and load the boards of the user.\n */\n"
          "model.build = function () {\n    this.boards = new Boards();\n    this.boards.sync('/tableau/list/all');\n};\n\n"
          "/**\n * Allows to define the routes of the boards application.\n */\nroutes.define(function ($routeProvider) {\n"
          "    $routeProvider.when('/view/:boardId', { action: 'displayFullScreen' })\n        .otherwise({ action: 'mainPage' });\n});\n")
MODEL_TS = ("import { Model } from 'entcore';\n\nexport class Boards extends Model {\n    /**\n     * Loads every board the user may open from the server.\n     */\n"
            "    sync(url: string): void {\n        this.all = http().get(url).then((response) => response.data.map((b) => new Board(b)));\n    }\n}\n")


def _compiled(*sources: str) -> str:
    body = "\n".join("\t" + line.replace("this.all = http()", "this.all = entcore_1.http()") for s in sources for line in s.splitlines()
                     if not line.startswith("import "))
    return RUNTIME + '"use strict";\n\nObject.defineProperty(exports, "__esModule", { value: true });\n' + body + "\n\n/***/ })\n/******/ ]);\n"


MODULE = {
    "README.md": "# Tableau\n\nModule ENT de tableaux collaboratifs.\n",
    "pom.xml": "<project><artifactId>tableau</artifactId></project>\n",
    "src/main/java/fr/example/tableau/Tableau.java": "package fr.example.tableau;\n\npublic class Tableau {\n    public void start() {\n    }\n}\n",
    "src/main/resources/public/ts/app.ts": APP_TS,
    "src/main/resources/public/ts/model.ts": MODEL_TS,
    "src/main/resources/public/ts/behaviours.ts": "import { Behaviours } from 'entcore';\n\nBehaviours.register('tableau', { rights: { workflow: { view: 'fr.example.tableau.controllers.TableauController|view' } } });\n",
    "src/main/resources/public/js/application.js": _compiled(APP_TS, MODEL_TS),
    # a library's webpack bundle copied in: none of the module's lines
    "src/main/resources/public/js/chartlib.js": RUNTIME + "\tvar Chart = function (ctx, config) {\n\t\tthis.initialize(ctx, config);\n\t};\n"
                                                "\tChart.prototype.initialize = function (ctx, config) { this.ctx = ctx; this.config = config; };\n"
                                                "\tmodule.exports = Chart;\n\n/***/ })\n/******/ ]);\n",
}


def test_a_modules_own_webpack_bundle_of_another_name_is_build_output(tmp_path):
    report = run(build(tmp_path / "r", MODULE), tmp_path / "c", only=["reusability.dependencies", "reusability.build-output"])
    inv = report["facts"]["inventory"]
    names = {lib["name"] for lib in inv["libraries"]}
    assert "application" not in names, inv["libraries"]  # was a library "copied outside any manifest"
    assert "chartlib" in names, inv["libraries"]  # (a copied library's bundle stays one)
    res = results(report)
    assert "public/js/application.js" in str(res["reusability.build-output"]["evidence"]), res["reusability.build-output"]


PDF_LIB = ("<?php\n/*****\n* PDFGEN\n* Version: 2.1\n* Author:  Someone Else\n*****/\n\nclass PDFGEN\n{\n" +
           "".join(f"    public function cell{i}($w, $h, $txt, $border = 0)\n    {{\n        if ($w == 0) {{\n            $w = $this->w - {i};\n"
                   f"        }}\n        if ($border == 1 && $h > {i}) {{\n            return $txt . $w;\n        }}\n        return $h;\n    }}\n\n" for i in range(8))
           + "}\n")


def test_a_library_its_licence_file_names_is_a_copy(tmp_path):
    # (d1 WordPress---GRC: includes/lib/fpdf.php, FPDF 1.9 beside includes/lib/LICENSE-FPDF.txt, measured as the plugin's code)
    plugin = ("<?php\n/**\n * Plugin Name: Relation usagers\n */\n\nrequire_once __DIR__ . '/includes/lib/pdfgen.php';\n\n"
              "function ru_export( $rows ) {\n\t$pdf = new PDFGEN();\n\treturn $pdf->cell0( 10, 5, count( $rows ) );\n}\n")
    files = {"relation-usagers.php": plugin, "README.md": "# Relation usagers\n\nDemandes des habitants.\n",
             "includes/class-ru-export.php": "<?php\n\nclass RU_Export {\n\tpublic function run() {\n\t\treturn ru_export( array() );\n\t}\n}\n",
             "includes/lib/pdfgen.php": PDF_LIB, "includes/lib/LICENSE-PDFGEN.txt": "PDFGEN is released under a permissive licence.\nAuthor: Someone Else\n",
             "includes/lib/LICENSE-MIT.txt": "MIT\n", "includes/lib/mit-helpers.php": "<?php\nfunction ru_help() {\n\treturn 1;\n}\n"}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.maintainability"])
    cats = report["facts"]["inventory"]["files"] if isinstance(report["facts"]["inventory"].get("files"), dict) else {}
    res = results(report)
    assert "pdfgen" not in str(res["reusability.maintainability"]["evidence"]).lower(), res["reusability.maintainability"]["evidence"]
    vendored = report["facts"]["inventory"]["examples"].get("vendored", [])
    assert "includes/lib/pdfgen.php" in vendored and "includes/lib/mit-helpers.php" not in vendored, (vendored, cats)

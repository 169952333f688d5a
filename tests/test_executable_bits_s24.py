"""The executable bit alone is no command (issue 12, session 24 reader o3, family 4).

The commune of Murol's website was committed from a filesystem without modes: 66 of its 77 root files have the executable bit,
its pages, its Gruntfile.js and its compiled elm.js alike. The two scripts were read as command-line entry points, the site became a
command-line tool and its accessibility check "not applicable". A script at the root or in bin/ is a command when it carries its
interpreter line (#!); a package.json "bin" and a Python program's argument parser stay commands as before."""

from __future__ import annotations

from tests.gitrepo import Executable
from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"
PAGE = "<!doctype html><html lang=\"fr\"><head><title>{t}</title><script src=\"elm.js\"></script></head><body><h1>{t}</h1></body></html>\n"
SITE = {"index.html": Executable(PAGE.format(t="Commune de Valbois")), "Ecoles.html": Executable(PAGE.format(t="Écoles")),
        "Mairie.html": Executable(PAGE.format(t="La mairie")), "Agenda.html": Executable(PAGE.format(t="Agenda")),
        ".gitignore": Executable("node_modules\n"),
        "Gruntfile.js": Executable("module.exports = function(grunt) {\n  grunt.initConfig({ elm: { compile: { files: "
                                   "{ \"elm.js\": [\"src/Main.elm\"] } } } });\n  grunt.loadNpmTasks('grunt-elm');\n};\n"),
        "elm.js": Executable("var Elm = Elm || { Native: {} };\nElm.Main = {};\n"),
        "src/Main.elm": "module Main where\n\nimport Html exposing (text)\n\nmain = text \"Valbois\"\n",
        "README.md": "# Site de Valbois\n"}


def test_a_website_whose_files_are_all_executable_is_no_command_line_tool(tmp_path):
    report, res = judge(tmp_path, SITE, [A11Y])
    project = report["facts"]["project"]
    assert project["kind"] == "static-site", (project["kind"], project.get("kind_evidence"))
    assert not any(e.get("reason") == "command-line entry point" for e in project.get("kind_evidence") or []), project["kind_evidence"]
    assert res[A11Y]["status"] != "not_applicable", res[A11Y]["message"]


def test_a_script_with_its_interpreter_line_stays_a_command(tmp_path):
    script = ("#!/usr/bin/env node\nconst fs = require('fs');\nconst [src, dst] = process.argv.slice(2);\n"
              "fs.writeFileSync(dst, fs.readFileSync(src, 'utf8').trim());\n")
    files = {"normalise.js": Executable(script), "README.md": "# normalise\n\nNettoie un fichier CSV : `./normalise.js a.csv b.csv`.\n"}
    report, _ = judge(tmp_path, files, [A11Y])
    project = report["facts"]["project"]
    assert project["kind"] == "cli-tool", (project["kind"], project.get("kind_evidence"))
    assert {"path": "normalise.js", "reason": "command-line entry point"} in project["kind_evidence"], project["kind_evidence"]

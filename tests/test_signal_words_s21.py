"""Signal words matched inside identifiers (issue 12, session 21 reader r4): interoperability.accessibility-and-ecodesign said
"Present: RGESN statement" of a web application whose only "RGESN" was the letters inside a C test's name (a function named
after two authors, ...SturgesNovak...: "rgesN"), the pattern being case-insensitive with no word bounds. An acronym or a
product name counts as a word; the RGESN named in a page still counts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

APP = {"requirements.txt": "Flask==3.0.0\n", "README.md": "# Sonde\n\nUne interface web de la sonde réseau de la mairie.\n",
       "app.py": ("from flask import Flask, render_template\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n"
                  "    return render_template('index.html')\n"),
       "templates/index.html": "<!doctype html><html lang=\"fr\"><body><h1>Sonde</h1><footer>Mairie</footer></body></html>\n",
       "src/reassemble.c": ("#include <stdio.h>\n\nstatic int ReassembleBergesNormanTest(void)\n{\n    return 1;\n}\n\n"
                            "static int OverlapPurgesNextTest(void)\n{\n    return ReassembleBergesNormanTest();\n}\n"),
       "static/list.js": "export function evergreenItems(list) { return list.filter((x) => x.greenitem); }\n"}


def _present(res) -> str:
    return res["message"]["en"].split("; missing:")[0]


def test_letters_inside_identifiers_are_no_eco_design_statement(tmp_path):
    res = judge(tmp_path, APP, [A11Y])[1][A11Y]
    assert "RGESN" not in _present(res) and "eco-design statement" not in _present(res), res["message"]


def test_an_rgesn_statement_still_counts(tmp_path):
    files = dict(APP, **{"templates/index.html": ("<!doctype html><html lang=\"fr\"><body><h1>Sonde</h1>"
                                                  "<footer><a href=\"/rgesn\">Déclaration RGESN</a></footer></body></html>\n")})
    res = judge(tmp_path, files, [A11Y])[1][A11Y]
    assert "Present: " in _present(res) and ("RGESN" in _present(res) or "eco-design" in _present(res)), res["message"]

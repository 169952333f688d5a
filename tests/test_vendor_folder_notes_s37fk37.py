"""A note kept beside copied libraries records their versions (issue 12, s37 fk37 = reader mb37's
Mvince11/Observatoire-de-la-vulnerabilite-aux-inondations-Vienne---Clain).

js/ holds pmtiles.js and turf.js with no banner, and js/readme.md records "## PMTILES / version 3.0.7 téléchargée le 8 août 2024 /
https://unpkg.com/pmtiles@3.0.7/dist/pmtiles.js" and "## TURF / version 7.0.0". reusability.dependencies said both "version non
indiquée". Rule now: a library left without a version takes the one its folder's note (readme.md, README, versions.md) gives in
the section its heading names. Near miss: a note naming another library, or a section giving no version, gives none."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEPS = "reusability.dependencies"
PMTILES = "var pmtiles = (() => {\n  var __defProp = Object.defineProperty;\n  return {};\n})();\n" + "// " + "x" * 200 + "\n"
TURF = "!function(t,e){\"object\"==typeof exports&&\"undefined\"!=typeof module?e(exports):\"function\"==typeof define&&define.amd?define([\"exports\"],e):e((t=t||self).turf={})}(this,function(t){t.area=function(){return 0}});\n"
NOTE = ("# Pour mémoire\n\n## PMTILES\nversion 3.0.7 téléchargée le 8 août 2024\nhttps://unpkg.com/pmtiles@3.0.7/dist/pmtiles.js\n\n"
        "## TURF\nversion 7.0.0 téléchargée le 8 août 2024\n\nhttps://cdn.jsdelivr.net/npm/@turf/turf@latest/turf.min.js\n\n"
        "## Pour mémoire les cdn qui fonctionnaient\n<script src=\"https://unpkg.com/pmtiles@2.11.0/dist/index.js\"></script>\n")
INDEX = "<!doctype html>\n<html><head><script src=\"js/pmtiles.js\"></script><script src=\"js/turf.js\"></script></head><body></body></html>\n"
FILES = {"README.md": "# Carte\n", "index.html": INDEX, "js/pmtiles.js": PMTILES, "js/turf.js": TURF, "js/readme.md": NOTE}


def _versions(tmp_path, files, name):
    r = judge(tmp_path, files, [DEPS], name=name)[1][DEPS]
    return r, {e["value"]["library"]: e["value"]["version"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "library" in e["value"]}


def test_the_folders_note_gives_the_versions(tmp_path):
    r, libs = _versions(tmp_path, FILES, "note")
    assert libs.get("pmtiles") == "3.0.7" and libs.get("turf") == "7.0.0", (libs, r["message"])


def test_a_note_without_the_librarys_section_gives_none(tmp_path):
    note = NOTE.replace("## TURF\nversion 7.0.0", "## TURF\ntéléchargée").replace("## PMTILES", "## MAPLIBRE")
    r, libs = _versions(tmp_path, {**FILES, "js/readme.md": note}, "near")
    assert "pmtiles" in libs and libs["pmtiles"] is None and libs.get("turf", "x") is None, (libs, r["message"])

"""A Quarto map site of an établissement public territorial de bassin (issue 12, session 29 reader m21o2) copies Protomaps' PMTiles
reader as js/pmtiles.js beside MapLibre: esbuild's browser build (``var pmtiles = (() => { var __defProp = Object.defineProperty;``),
no banner. It was read as the project's own code (1,657 lines: the example file of code-comments, the three complex functions of
maintainability) and missing from the copied libraries. A well-known library's file that opens as esbuild's build under that
library's global name is a copy of it; the project's own file under the same name, written otherwise, stays its own."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

_BRANCHY = "".join(f"      if (n === {k}) {{ r += {k}; }} else if (n > {k}) {{ r -= 1; }}\n" for k in range(13))

_ESBUILD = ('"use strict";\nvar pmtiles = (() => {\n  var __defProp = Object.defineProperty;\n  var __export = (target, all) => {\n'
            "    for (var name in all)\n      __defProp(target, name, { get: all[name], enumerable: true });\n  };\n"
            "  var src_exports = {};\n  __export(src_exports, { PMTiles: () => PMTiles });\n  function tileId(n) {\n    var r = 0;\n"
            + _BRANCHY + "    return r;\n  }\n  class PMTiles {\n    getZxy(z) { return tileId(z); }\n  }\n"
            "  return src_exports;\n})();\n")

FILES = {"README.md": "# Observatoire\n\nCarte des enjeux en zone inondable.\n",
         "js/offcanvas.js": "// ouvre le panneau latéral\nfunction ouvrir(id) {\n  document.getElementById(id).classList.add('show');\n}\n",
         "js/pmtiles.js": _ESBUILD}


def test_a_known_librarys_esbuild_build_under_its_global_name_is_a_copy(tmp_path):
    inv = run_audit(build(tmp_path / "r", FILES), tmp_path / "c", [])["facts"]["inventory"]
    assert inv["categories"]["vendored"] == 1 and inv["categories"]["source"] == 1, inv["categories"]
    assert "pmtiles" in {lib["name"] for lib in inv["libraries"]}, inv["libraries"]


def test_the_projects_own_file_under_that_name_stays_its_own(tmp_path):
    own = dict(FILES, **{"js/pmtiles.js": "// charge les tuiles du territoire\nfunction chargerTuiles(carte) {\n  return carte.addSource('t', {});\n}\n"})
    inv = run_audit(build(tmp_path / "own", own), tmp_path / "c2", [])["facts"]["inventory"]
    assert inv["categories"]["source"] == 2 and not inv["categories"].get("vendored"), inv["categories"]

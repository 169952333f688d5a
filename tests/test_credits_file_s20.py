"""documentation.community-files counted a map viewer's CREDITS.md as its AUTHORS/MAINTAINERS file (issue 12, session 20 reader m3,
a regional GIS platform's viewer): the file credits the libraries the viewer copies (each with its address and licence) and names
none of the project's people. A CREDITS file counts when it names the project's authors, maintainers or team."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CID = "documentation.community-files"

VIEWER = {"README.md": "# Visionneuse\n\nUne visionneuse cartographique avec un curseur temporel sur les couches WMS.\n",
          "index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"map\"></div><script src=\"js/app.js\"></script></body></html>\n",
          "js/app.js": "var map = null;\nfunction start() { map = {}; }\n"}

LIBRARIES = ("Remerciements\n=============\n\nLeaflet\n-------\nhttps://leafletjs.com/ sous licence BSD-2-Clause\n\n"
             "Moment.js\n---------\nhttps://momentjs.com/ under MIT License\n\nIcônes Feather (c) Cole Bemis\n------------------------------\n"
             "https://feathericons.com/\n")


def _run(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])
    return report["facts"]["docs"]["community"]["authors"], next(r for r in report["results"] if r["id"] == CID)


def test_credits_of_libraries_are_no_authors_file(tmp_path):
    authors, res = _run(tmp_path, {**VIEWER, "CREDITS.md": LIBRARIES})
    assert authors is None
    assert "AUTHORS" not in res["message"]["en"].split("; missing:")[0], res["message"]


def test_credits_naming_the_project_team_still_count(tmp_path):
    text = "# Crédits\n\n## Équipe\n\n- Jeanne Martin (cheffe de projet)\n- Paul Durand (développeur)\n\n" + LIBRARIES
    authors, _ = _run(tmp_path, {**VIEWER, "CREDITS.md": text})
    assert authors == {"path": "CREDITS.md"}


def test_an_authors_file_beside_credits_of_libraries_is_found(tmp_path):
    authors, _ = _run(tmp_path, {**VIEWER, "CREDITS.md": LIBRARIES, "AUTHORS": "Jeanne Martin <jeanne.martin@example.org>\n"})
    assert authors == {"path": "AUTHORS"}

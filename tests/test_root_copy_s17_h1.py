"""Session 17 (h1): a repository that IS another project copied at its root, customised with the authority's own add-on.

A region's repository held the whole mviewer map viewer (its package.json named after the viewer and pointing to the viewer's
forge repository, its js/, customcontrols/, demo/…) plus the region's add-on in addons/<name>/, which the README tells to install.
Complexity, comments, tests and hard-coded hosts were measured on the viewer's code, as if the region had written it."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import build, results, run_audit

_BRANCHY = "".join(f"    if (x === {n}) {{ y += {n}; }} else if (x > {n}) {{ y -= 1; }}\n" for n in range(14))


def _viewer_copy(readme: str) -> dict:
    package = {"name": "vuecarte", "version": "2.4.1-snapshot", "description": "Vuecarte", "main": "index.html",
               "repository": {"type": "git", "url": "git+https://github.com/geo-exemple/vuecarte.git"}, "license": "GNU General Public License v3.0",
               "dependencies": {"live-server": "^1.2.2"}}
    return {
        "README.md": readme, "LICENSE": "GNU GENERAL PUBLIC LICENSE\n Version 3, 29 June 2007\n", "package.json": json.dumps(package, indent=2),
        "index.html": "<html><head><script src='js/vuecarte.js'></script></head><body><div id='map'></div></body></html>\n",
        "js/vuecarte.js": "/* This file is part of vuecarte */\nvuecarte = (function () {\n  function zoom(x) {\n    var y = 0;\n" + _BRANCHY
                          + "    return y;\n  }\n  return {zoom: zoom};\n})();\n",
        "js/utils.js": "var utils = {\n  clamp: function (v, a, b) { return Math.min(Math.max(v, a), b); }\n};\n",
        "customcontrols/isochrones.js": "var isochrones = {url: 'https://kartenn.region-exemple.fr/isochrones'};\n",
        "apps/default.xml": "<config><application title='Démo'/><mapoptions center='-307903,6163710' zoom='8'/></config>\n",
        "apps/suivi.xml": "<config><application title='Suivi'/><extension type='component' id='suivi' path='./addons'/></config>\n",
        "addons/suivi/config.json": json.dumps({"js": ["suivi.js"], "html": "suivi.html", "target": "page-content-wrapper"}),
        "addons/suivi/suivi.html": "<div id='suivi'></div>\n",
        "addons/suivi/suivi.js": "// Affiche l'avancement du plan\nfunction afficherSuivi(zones) {\n  return zones.map(function (z) { return z.avancement; });\n}\n",
    }


_README = ("Ce plugin pour vuecarte affiche l'avancement du plan pour chaque zone.\n\n## Installation\n\nCopier le dossier dans addons "
           "et ajouter dans apps/suivi.xml :\n\n```xml\n<extension type=\"component\" id=\"suivi\" path=\"./addons\"/>\n```\n")


def test_a_viewer_copied_at_the_root_is_one_library_and_only_the_add_on_is_measured(tmp_path):
    report = run_audit(build(tmp_path / "suivi-plan-corps-rue", _viewer_copy(_README)), tmp_path / "c",
                       ["reusability.maintainability", "reusability.territory-neutral", "reusability.dependencies"])
    inv = report["facts"]["inventory"]
    copy = inv["copy_of"]
    assert copy["name"] == "vuecarte" and copy["version"] == "2.4.1-snapshot" and copy["license"] == "GPL-3.0", copy
    assert copy["own"] == ["addons/suivi/"] and copy["path"] == "package.json" and copy["line"] == 2, copy
    libs = {lib["name"]: lib for lib in inv["libraries"]}
    assert libs["vuecarte"]["files"] == 4 and libs["vuecarte"]["license"] == "GPL-3.0", inv["libraries"]
    res = results(report)
    # the viewer's branchy zoom() is not the region's; its hard-coded host neither
    assert "js/vuecarte.js" not in json.dumps(res["reusability.maintainability"]["evidence"]), res["reusability.maintainability"]
    assert "kartenn" not in json.dumps(res["reusability.territory-neutral"]), res["reusability.territory-neutral"]
    assert inv["categories"]["source"] == 2, inv["categories"]  # the add-on's script and page
    assert "vuecarte" in res["reusability.dependencies"]["message"]["en"], res["reusability.dependencies"]["message"]
    # said at the top of the report, beside the kind
    from auditor.report import validate_report
    from auditor.reports.common import project_line
    assert validate_report(report) == []
    assert report["facts"]["project"]["copy_of"]["own"] == ["addons/suivi/"]
    assert "a copy of vuecarte 2.4.1-snapshot (package.json); measured: addons/suivi/" in project_line(report, "en"), project_line(report, "en")
    assert "copie de vuecarte 2.4.1-snapshot (package.json) ; mesuré : addons/suivi/" in project_line(report, "fr")


def test_the_projects_own_repository_and_a_copy_with_no_add_on_named_stay_measured(tmp_path):
    # the viewer's own repository (named after it): its code
    report = run_audit(build(tmp_path / "vuecarte", _viewer_copy(_README)), tmp_path / "c1", ["reusability.maintainability"])
    assert report["facts"]["inventory"]["copy_of"] is None
    assert "js/vuecarte.js" in json.dumps(results(report)["reusability.maintainability"]), results(report)["reusability.maintainability"]
    # a copy whose README names no add-on folder: reported, nothing moved (the authority's files cannot be told apart), and the
    # code measures say so rather than judge the viewer's code as the authority's
    code_checks = ["reusability.maintainability", "documentation.code-comments", "reusability.tests-and-ci", "reusability.territory-neutral"]
    report = run_audit(build(tmp_path / "carte-region", _viewer_copy("Notre carte, basée sur vuecarte.\n")), tmp_path / "c2", code_checks)
    copy = report["facts"]["inventory"]["copy_of"]
    assert copy["name"] == "vuecarte" and copy["own"] == [] and copy["files"] == 0, copy
    for cid, r in results(report).items():
        assert r["status"] == "inconclusive" and "mostly a copy of vuecarte 2.4.1-snapshot (geo-exemple/vuecarte, package.json)" in r["message"]["en"], (cid, r)
        assert r["evidence"][0]["path"] == "package.json" and r["evidence"][0]["line"] == 2
    # the project's own repository checked out under another name (its README titled after it, no add-on folder): no copy
    report = run_audit(build(tmp_path / "checkout", _viewer_copy("# Vuecarte\n\nUn visualiseur.\n")), tmp_path / "c4", [])
    assert report["facts"]["inventory"]["copy_of"] is None
    # a project renamed or moved to another owner keeps its long history: its own code, whatever its package.json still says
    commits = [{"files": _viewer_copy(_README), "date": "2024-01-02T10:00:00Z"}] + [
        {"files": {"js/utils.js": f"var utils = {{v: {k}}};\n"}, "date": f"2024-02-{k + 1:02d}T10:00:00Z"} for k in range(21)]
    report = run_audit(make_repo(tmp_path / "suivi-renomme", commits), tmp_path / "c5", [])
    assert report["facts"]["inventory"]["copy_of"] is None
    # a README that does not name the project in the manifest: no copy told (a starter template renamed, say)
    report = run_audit(build(tmp_path / "carte-region2", _viewer_copy("# Carte régionale\n\nLa carte de la région.\n")), tmp_path / "c3", [])
    assert report["facts"]["inventory"]["copy_of"] is None


def test_a_well_known_librarys_build_too_big_to_read_is_a_copy_anywhere(tmp_path):
    files = {"README.md": "# Suivi\n", "addons/suivi/suivi.js": "function f(a) { return a; }\n",
             "addons/suivi/echarts.js": "/* big */\n" + "var a = 1;\n" * 250_000}  # (2.75 MB: over the 2 MB read limit)
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [])
    assert report["facts"]["inventory"]["categories"]["source"] == 1, report["facts"]["inventory"]["categories"]

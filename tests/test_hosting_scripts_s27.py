"""scaling.hosting (issue 12, session 27 fixer e27 = measure 17 reader o1, ALKHOS71/CCPAYSDENEMOURS): a script run from a taken-over host.

A qgis2web map of a communauté de communes passed "No risky hosting dependency" while its index.html runs
``<script src="http://cdn.polyfill.io/v2/polyfill.min.js?features=…">``: polyfill.io was sold in 2024 and served malicious code to
the pages loading it (hosting.yml's taken_over, with its source), and the script comes over plain http besides. A script run from a
taken-over host is a level-3 risk; one loaded over plain http from another server a level-2 one (the network can alter it, a page
served over https blocks it). An https script from a CDN, an http tile address (no script) and a local server's script stay as they were."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PAGE = ("<!doctype html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<link rel=\"stylesheet\" href=\"resources/ol.css\">\n{scripts}"
        "</head>\n<body>\n<div id=\"map\"></div>\n<script src=\"resources/qgis2web.js\"></script>\n</body>\n</html>\n")
LAYERS = ("var lyr_OSM = new ol.layer.Tile({source: new ol.source.XYZ({url: 'http://tile.openstreetmap.org/{z}/{x}/{y}.png'})});\n"
          "var lyr_Pistes = new ol.layer.Vector({source: new ol.source.Vector({url: 'layers/pistes.js'})});\n")


def _hosting(tmp_path, scripts: str) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Pistes\n\nCarte des liaisons cyclables.\n", "index.html": PAGE.format(scripts=scripts),
                                                 "layers/layers.js": LAYERS},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Jeanne Durandal", "jeanne.durandal@gmail.com")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.hosting"]))
    return report["results"][0], report["facts"]["hosting_dependencies"]


def test_a_script_from_a_taken_over_host_fails(tmp_path):
    r, f = _hosting(tmp_path, '<script src="http://cdn.polyfill.io/v2/polyfill.min.js?features=Element.prototype.classList,URL"></script>\n')
    assert [(x["host"], x["taken_over"]) for x in f["scripts"]] == [("cdn.polyfill.io", "2024-06")], f["scripts"]
    assert r["status"] == "fail" and r["details"]["risk"]["level"] == 3, r
    assert "polyfill.io" in r["details"]["risk"]["text"]["en"], r["details"]["risk"]


def test_a_script_over_plain_http_warns(tmp_path):
    r, f = _hosting(tmp_path, '<script src="http://www.carto-durandal.fr/lib/carte.js"></script>\n')
    assert [(x["host"], x["http"]) for x in f["scripts"]] == [("www.carto-durandal.fr", True)], f["scripts"]
    assert r["status"] == "warn" and r["details"]["risk"]["level"] == 2, r


def test_an_https_cdn_script_an_http_tile_and_a_local_script_stay(tmp_path):
    r, f = _hosting(tmp_path, '<script src="https://unpkg.com/ol@7.1.0/dist/ol.js"></script>\n'
                              '<script src="http://localhost:8080/livereload.js"></script>\n')
    assert not f.get("scripts"), f.get("scripts")
    assert r["status"] == "pass", r

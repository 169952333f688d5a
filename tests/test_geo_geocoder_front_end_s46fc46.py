"""interoperability.geo (issue 12, s46 fc46 = reader rd45's remifroger/client-geocodeur): an Express front end uploads an address
file, spawns the geocoding script on it (src/server/controllers/geocodingCtrl.js:47, spawn of ArcGIS 10.8's python.exe with the
address columns and "-g", "interne", "ban") and serves the geocoded results. The check applied only through the Esri interpreter
and scored 0 ("Open libraries: none … IGN / API Adresse: no"): the geocoding itself, with the national address base (BAN) named as
geocoder, was not read, and a front end drawing no map was marked down for no map library. Now the BAN named in the geocoding
program's arguments is the address reference, and such a front end needs no map library. Near miss: the same program run with
no BAN among its geocoders keeps the old verdict. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.geo"
PACKAGE = '{"name": "geocodage", "version": "1.0.0", "dependencies": {"express": "^4.18.2", "formidable": "^2.1.1"}}\n'


def controller(python: str, geocoders: str) -> str:
    return ("const { spawn } = require('child_process')\n\nmodule.exports = {\n  start: (req, res) => {\n"
            f"    const child = spawn('{python}', ['/srv/outils/geocodage/run.py', '-f', 'depot/adresses.csv', '-adr', 'adresse', "
            f"'-cp', 'code_postal', '-g', {geocoders}, '-o', 'sortie.csv'])\n"
            "    child.on('exit', () => res.status(204).end())\n  },\n"
            "  download: (req, res) => res.download('/srv/outils/geocodage/resultats/' + req.params.name)\n}\n")


def files(python: str, geocoders: str) -> dict:
    return {"package.json": PACKAGE, "README.md": "# Géocodage\n\nDéposer un fichier d'adresses et lancer le géocodage.\n",
            "src/app.js": "const express = require('express')\nconst ctrl = require('./geocodage')\nconst app = express()\n"
                          "app.post('/start', ctrl.start)\napp.get('/download/:name', ctrl.download)\napp.listen(3000)\n",
            "src/geocodage.js": controller(python, geocoders)}


def test_a_front_end_running_a_geocoder_on_the_ban_passes(tmp_path):
    r = check_result(tmp_path, files("python3", "'local', 'ban'"), CID)
    assert r["status"] == "pass", r["message"]  # was not_applicable "handles no detectable map or geographic data"
    assert r["details"]["geo_api_gouv"] is True
    assert any(e["path"] == "src/geocodage.js" and e["line"] == 5 and "BAN" in str(e["value"]) for e in r["evidence"]), r["evidence"]


def test_run_by_a_proprietary_gis_interpreter_it_warns(tmp_path):
    r = check_result(tmp_path, files("C:/Python27/ArcGIS10.6/python.exe", "'local', 'ban'"), CID)
    assert r["status"] == "warn", r["message"]  # was fail 0, "Open libraries: none … API Adresse: no; proprietary: Esri ArcGIS"
    assert "not needed (no map)" in r["message"]["en"] and "Esri ArcGIS" in r["message"]["en"], r["message"]


def test_near_miss_a_geocoder_without_the_ban_keeps_the_old_verdict(tmp_path):
    r = check_result(tmp_path, files("python3", "'local'"), CID)
    assert r["status"] == "not_applicable", r["message"]

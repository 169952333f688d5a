"""ArcGIS's own Python run by its install path is Esri lock-in (issue 12, s45 fd45 = reader rd45 on remifroger/client-geocodeur).

remifroger/client-geocodeur: an Express front end whose controller spawns its geocoding script with ArcGIS Desktop 10.8's Python by
absolute path (C:/Python27/ArcGIS10.8/python.exe). scaling.vendor-lock-in passed ("no proprietary service") and reusability.portability
passed 8.5: Esri was known by arcpy imports, SDK packages, hosts and file types only. The interpreter of an ArcGIS install (Desktop's
Python27/ArcGIS10.x, Pro's arcgispro-py3 or propy.bat) runs only where ArcGIS is installed and licensed. Near miss: the same controller
spawning the system's python3 keeps its pass."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CTRL = ("const { spawn } = require('child_process')\n\nmodule.exports = {\n  start: (req, res) => {\n"
        "    const child = spawn({python}, ['D:/outils/geocodage/lancer.py', '-f', 'envois/adresses.csv', '-g', 'ban'])\n"
        "    child.stdout.on('data', (d) => res.write(d.toString()))\n    child.on('close', () => res.end())\n  }\n}\n")
PKG = '{"name": "geocodeur", "version": "1.0.0", "dependencies": {"express": "^4.17.1"}, "scripts": {"start": "node server.js"}}'


def _results(repo, tmp_path, python: str, name: str) -> dict:
    files = {"package.json": PKG, "server.js": "const express = require('express')\nconst app = express()\napp.post('/start', require('./ctrl').start)\napp.listen(3000)\n",
             "ctrl.js": CTRL.replace("{python}", python), "Dockerfile": "FROM node:18\nCOPY . .\nRUN npm install\nCMD [\"npm\", \"start\"]\n",
             "README.md": "# Géocodeur\n\nUne page pour envoyer un fichier d'adresses et lancer leur géocodage.\n"}
    report = audit(str(repo([{"files": files}], name=name)), AuditOptions(cache_dir=tmp_path / "c", only=["scaling.vendor-lock-in", "reusability.portability"]))
    return {r["id"]: r for r in report["results"]}


def test_arcgis_python_by_its_install_path_is_esri(repo, tmp_path):
    for i, python in enumerate(('"C:/Python27/ArcGIS10.8/python.exe"', "'C:\\\\Python27\\\\ArcGISx6410.6\\\\python.exe'",
                                "'C:/Program Files/ArcGIS/Pro/bin/Python/envs/arcgispro-py3/python.exe'")):
        res = _results(repo, tmp_path, python, f"r{i}")
        lock = res["scaling.vendor-lock-in"]
        assert lock["status"] == "warn" and "Esri ArcGIS" in lock["message"]["en"], (python, lock["message"])
        port = res["reusability.portability"]
        assert port["status"] == "warn" and "Esri ArcGIS" in port["message"]["en"], (python, port["message"])


def test_near_miss_the_systems_python_is_no_lock_in(repo, tmp_path):
    res = _results(repo, tmp_path, "'python3'", "sys")
    assert res["scaling.vendor-lock-in"]["status"] == "pass", res["scaling.vendor-lock-in"]["message"]
    assert "Esri" not in res["reusability.portability"]["message"]["en"]

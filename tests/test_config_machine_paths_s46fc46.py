"""reusability.configuration (issue 12, s46 fc46 = reader rd45's remifroger/client-geocodeur): an Express front end reads its port,
session key and database from the environment, all listed in .env.sample, so the check passed 10 ("7 settings read, 0
undocumented"); but its controller spawns one machine's Python interpreter by absolute Windows path on a script, an input file and
a working folder of that machine (src/server/controllers/geocodingCtrl.js:47) and serves results from another (l.10): settings
another territory must change by editing the code. The machine paths the code writes beside the settings it reads are now said as
findings and hold the score to a warning. Near miss: relative paths, and a path given as the default of a setting read on the same
line, keep the pass. Fixtures written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
APP = ("require('dotenv').config()\nconst express = require('express')\nconst session = require('express-session')\nconst { Pool } = require('pg')\n"
       "const app = express()\nconst pool = new Pool({ host: process.env.PGHOST, database: process.env.PGDATABASE })\n"
       "app.use(session({ secret: process.env.SESSION_SECRET }))\napp.use('/traitement', require('./traitement'))\n"
       "app.listen(process.env.PORT)\n")
ENV = "PORT=\nSESSION_SECRET=\nPGHOST=\nPGDATABASE=\nPYTHON=\n"
README = "# Traitement\n\nDéposer un fichier et lancer le traitement.\n\n## Configuration\n\nCopier .env.sample en .env et renseigner PORT, SESSION_SECRET, PGHOST, PGDATABASE et PYTHON.\n"


def controller(python: str, script: str, results: str) -> str:
    return ("const { spawn } = require('child_process')\nconst path = require('path')\n\nmodule.exports = {\n"
            f"  lancer: (req, res) => {{\n    const child = spawn({python}, [{script}, '-f', 'depot/entree.csv', '-o', 'sortie.csv'])\n"
            "    child.on('exit', () => res.status(204).end())\n  },\n"
            f"  telecharger: (req, res) => res.download({results} + req.params.name)\n}}\n")


def files(ctrl: str) -> dict:
    return {"package.json": '{"name": "traitement", "dependencies": {"express": "^4.18.2", "dotenv": "^16.0.0", "pg": "^8.8.0"}}\n',
            "src/app.js": APP, "src/traitement.js": ctrl, ".env.sample": ENV, "README.md": README}


def test_machine_paths_beside_the_settings_read_warn(tmp_path):
    ctrl = controller("'D:/outils/Python39/python.exe'", "'D:\\\\traitements\\\\run.py'", "'D:/exports/resultats/'")
    r = check_result(tmp_path, files(ctrl), CID)
    assert r["status"] == "warn", r["message"]  # was pass 10, "4 setting(s) read from the environment, 0 undocumented"
    assert "path(s) of one machine" in r["message"]["en"], r["message"]
    found = [(e["path"], e["line"], e["value"]) for e in r["evidence"] if e["kind"] == "finding"]
    assert ("src/traitement.js", 6, "D:/outils/Python39/python.exe") in found and ("src/traitement.js", 9, "D:/exports/resultats/") in found, found
    assert "D:/outils/Python39/python.exe" not in r["remediation"]["en"] and "src/traitement.js:6" in r["remediation"]["en"]


def test_near_miss_relative_paths_and_defaults_of_settings_read_keep_the_pass(tmp_path):
    ctrl = controller("process.env.PYTHON || 'D:/outils/Python39/python.exe'", "path.join(__dirname, 'scripts', 'run.py')",
                      "path.join(__dirname, '..', 'resultats') + '/'")
    r = check_result(tmp_path, files(ctrl), CID)
    assert r["status"] == "pass", r["message"]
    assert "one machine" not in r["message"]["en"], r["message"]

"""Languages the tool had no name for (issue 12, family 4, final reads of session 6): a city's parking API written in
CoffeeScript (strasbourg/parkings-api) and an installation's Processing sketch driving an Arduino board (erasme/tamis).
Their files are code: what reads text in code (settings read from the environment, hard-coded hosts) reads them, and the
checks that cannot measure them say *inconclusive — not measured*, never *not applicable* ("no source code") nor a pass
measured on the one JavaScript file beside them."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

APP = ("express = require 'express'\nsources = require './sources/availability'\napp = express()\n"
       "app.get '/parkings', (req, res) -> sources.all (data) -> res.json data\n"
       "app.listen process.env.PORT || 3000\n")
SOURCE = ("request = require 'request'\nmodule.exports.all = (done) ->\n"
          "  request 'http://jadyn.strasbourg.eu/jadyn/dynn.xml', (err, r, body) -> done body\n")
LOGGER = "winston = require 'winston'\nmodule.exports = new winston.Logger\n  password: process.env.LOGGER_PASSWORD\n"
PARKINGS = {"README.md": "# Parkings API\n\nThis API is just a simple proxy of the parking occupancy of the city, as JSON.\n",
            "package.json": '{"name": "parkings-api", "dependencies": {"express": "3.x", "coffee-script": "1.6.x"}}\n',
            "Procfile": "web: coffee app.coffee\n", "app.coffee": APP, "sources/availability.coffee": SOURCE,
            "sources/names.coffee": "module.exports = {}\n", "log_request.coffee": LOGGER}
CHECKS = ["documentation.code-comments", "reusability.maintainability", "reusability.tests-and-ci", "reusability.configuration"]


def test_a_coffeescript_api_is_code_read_for_its_settings_and_not_measured(tmp_path):
    report, res = judge(tmp_path, PARKINGS, CHECKS)
    assert report["facts"]["inventory"]["languages"].get("CoffeeScript") == 4
    for cid in ("documentation.code-comments", "reusability.maintainability"):
        assert res[cid]["status"] == "inconclusive" and "CoffeeScript" in res[cid]["message"]["en"], res[cid]
    assert res["reusability.tests-and-ci"]["status"] != "not_applicable", res["reusability.tests-and-ci"]
    config = res["reusability.configuration"]
    assert config["status"] != "not_applicable" and "LOGGER_PASSWORD" in str(config["evidence"]), config


def test_a_processing_sketch_beside_one_script_is_not_measured_on_the_script(tmp_path):
    files = {"README.md": "# Tamis\n\nAn interactive installation: a sieve of light driven by an Arduino board.\n",
             "tamis/tamis.pde": "void setup() {\n  size(800, 600);\n}\n\nvoid draw() {\n  background(0);\n}\n",
             "tamis/Particle.pde": "class Particle {\n  float x, y;\n}\n", "tamis/Grid.pde": "class Grid {\n}\n",
             "board/board.ino": "void setup() {\n  Serial.begin(9600);\n}\nvoid loop() {\n}\n",
             "web/server.js": "// serves the pictures\nfunction serve(req, res) {\n  res.end('ok');\n}\nmodule.exports = serve;\n"}
    _, res = judge(tmp_path, files, ["reusability.maintainability", "documentation.code-comments"])
    for cid in ("reusability.maintainability", "documentation.code-comments"):
        assert res[cid]["status"] == "inconclusive" and "Processing" in res[cid]["message"]["en"], res[cid]

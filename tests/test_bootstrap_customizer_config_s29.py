"""reusability.configuration: an Express site commits config/config.json, Bootstrap 3's customizer export ("vars": {"@gray-base":
"#000", …}, "customizerUrl"), which no code reads, while its mail server is written in app.js; the check gave warn 7 "settings
file: config/config.json" (issue 12, s29 e29). A JSON of stylesheet variables is a theme's build settings; an application's
config/config.json of its own values is still its settings file."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CONF = "reusability.configuration"
PKG = json.dumps({"name": "site", "version": "2.1.1", "private": True, "scripts": {"start": "node app.js"},
                  "dependencies": {"express": "~4.13.1", "jade": "~1.11.0", "nodemailer": "~1.4.0"}})
APP = ("var express = require('express');\nvar nodemailer = require('nodemailer');\nvar app = express();\n"
       "var transporter = nodemailer.createTransport({ host: 'your.smtp.host', port: 465 });\napp.set('view engine', 'jade');\n"
       "app.get('/', function(req, res) { res.render('home'); });\napp.listen(3000);\n")
CUSTOMIZER = json.dumps({"vars": {"@gray-base": "#000", "@brand-primary": "darken(#428bca, 6.5%)", "@body-bg": "#fff"},
                         "css": ["variables.less", "mixins.less"], "js": ["alert.js"],
                         "customizerUrl": "http://getbootstrap.com/customize/?id=bcf711a"}, indent=2)


def _conf(tmp_path, config, name):
    files = {"package.json": PKG, "app.js": APP, "README.md": "# Site\n\nLe site public.\n", "views/home.jade": "h1 Bienvenue\n",
             "config/config.json": config}
    return judge(tmp_path, files, [CONF], name=name)[1][CONF]


def test_a_bootstrap_customizer_export_is_no_settings_file(tmp_path):
    r = _conf(tmp_path, CUSTOMIZER, "bootstrap")
    assert "config/config.json" not in r["message"]["en"] and r["status"] != "warn", r["message"]


def test_an_applications_own_config_json_stays_its_settings_file(tmp_path):
    r = _conf(tmp_path, json.dumps({"smtp": {"host": "smtp.example.org", "port": 465}, "contact": "contact@example.org"}, indent=2), "own")
    assert "config/config.json" in r["message"]["en"], r["message"]

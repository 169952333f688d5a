"""Session 16 (issue 12), kinds and templates left wrong in session 15:

- two Python scripts a cron job runs (a regional platform's crawler counting datasets on its CKAN portal, no package) were
  "library (undecided)", and documentation.docs asked them for an API reference: they are a command-line tool run on a
  schedule, whose settings and output data stay judged;
- a monorepo holding an Expo application (app/) and its Express back end (api/) was a mobile application only: its server is
  now an "also" kind (API service), so that its description is judged;
- QGIS Plugin Builder's template files (the upload script, the test harness) were measured as the plugin author's code.
Each on a git fixture shaped like the real case."""

from __future__ import annotations

import json

from tests.test_kind_first_reads import kind_and_results

_CRAWLER = ("#!/usr/bin/python\n# -*- coding: utf-8 -*-\n\nimport os\nimport json\nimport csv\nimport urllib.request\n\n"
            "OUT = '/srv/portail/opendata/suivi'\nAPI = 'https://portail.example.org/api/3/action/package_search'\n\n"
            "rows = json.load(urllib.request.urlopen(API + '?rows=0'))['result']\n"
            "with open(os.path.join(OUT, 'total.csv'), 'a') as fh:\n    csv.writer(fh).writerow([rows['count']])\n")


def _crawler(readme_sentence: str) -> dict:
    return {
        "README.md": "# suivi_portail\nSuivi des publications du portail\n\n" + readme_sentence + "\n",
        "LICENSE": "GNU GENERAL PUBLIC LICENSE\nVersion 2, June 1991\n",
        "init_fichiers.py": _CRAWLER.replace("'a'", "'w'"),
        "ajout_jour.py": _CRAWLER,
    }


def test_scripts_a_cron_job_runs_are_a_command_line_tool_not_a_library(tmp_path):
    project, res = kind_and_results(tmp_path, _crawler(
        "Le script init_fichiers.py crée le fichier de résultats, le script ajout_jour.py y ajoute chaque jour une ligne "
        "(grâce à un cron quotidien)."), ["documentation.docs", "reusability.configuration", "interoperability.data-standards"])
    assert (project["kind"], project["kind_decided"]) == ("cli-tool", True)
    assert {e["path"] for e in project["kind_evidence"]} == {"ajout_jour.py", "init_fichiers.py"}
    assert "schedule" in project["kind_evidence"][0]["reason"]
    docs = res["documentation.docs"]
    assert "API" not in docs["message"]["en"]  # (no API reference asked of two scripts)
    # (a script run unattended reads and writes where its code says: its settings are still asked for, and the CSV it writes judged)
    assert res["reusability.configuration"]["status"] == "fail"
    assert res["interoperability.data-standards"]["status"] != "not_applicable"


def test_a_crontab_line_names_the_script(tmp_path):
    files = _crawler("Compte les jeux de données publiés.")
    files["deploy/crontab"] = "# m h dom mon dow command\n0 6 * * * /usr/bin/python3 /opt/suivi/ajout_jour.py >> /var/log/suivi.log\n"
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "cli-tool" and [e["path"] for e in project["kind_evidence"]] == ["ajout_jour.py"]


def test_a_cron_sentence_about_the_one_script_names_it(tmp_path):
    """datasud_control_dataset (s16, r2): "Le paramétrage d'un cron quotidien pour faire fonctionner ce script…", one script."""
    files = _crawler("Le paramétrage d'un cron quotidien pour faire fonctionner ce script permet de regénérer ces fichiers chaque jour.")
    del files["init_fichiers.py"]
    project, _ = kind_and_results(tmp_path, files, [])
    assert project["kind"] == "cli-tool" and [e["path"] for e in project["kind_evidence"]] == ["ajout_jour.py"]


def test_scripts_no_schedule_names_stay_undecided(tmp_path):
    """The same scripts, the README saying nothing of a schedule (a cron mentioned about something else): no evidence."""
    project, _ = kind_and_results(tmp_path, _crawler("Voir aussi la documentation de cron pour planifier vos tâches."), [])
    assert project["kind"] != "cli-tool" or not project["kind_decided"]


def _monorepo(with_api: bool) -> dict:
    files = {
        "README.md": "# Mon suivi\n\nApplication mobile de suivi, et son API.\n",
        "package.json": json.dumps({"name": "mon-suivi", "private": True, "workspaces": ["app", "api"]}),
        "app/package.json": json.dumps({"name": "app", "main": "index.js", "dependencies": {"expo": "~50.0.0", "react": "18.2.0",
                                                                                          "react-native": "0.73.0"}}),
        "app/app.json": json.dumps({"expo": {"name": "Mon suivi", "slug": "mon-suivi"}}),
        "app/App.js": "import React from 'react';\nimport {Text} from 'react-native';\n\nexport default function App() {\n  return <Text>Bonjour</Text>;\n}\n",
        "app/src/api.js": "const api = {get: (p) => fetch('https://api.example.org' + p)};\nexport const load = () => api.get('/reminders');\n",
    }
    if with_api:
        files.update({
            "api/package.json": json.dumps({"name": "api", "scripts": {"start": "node src/index.js"},
                                            "dependencies": {"express": "^4.18.2", "cors": "^2.8.5"}}),
            "api/src/index.js": "const express = require('express');\nconst app = express();\napp.use('/reminder', require('./reminder'));\n"
                                "app.listen(process.env.PORT || 3000);\n",
            "api/src/reminder.js": "const express = require('express');\nconst router = express.Router();\n"
                                   "router.put('/', async (req, res) => res.json({ok: true}));\nmodule.exports = router;\n",
        })
    return files


def test_a_mobile_app_beside_its_back_end_is_also_an_api(tmp_path):
    project, res = kind_and_results(tmp_path, _monorepo(True), ["interoperability.api-spec", "interoperability.auth"])
    assert project["kind"] == "mobile-application"
    assert [(a["kind"], a["evidence"][0]["path"]) for a in project["also_kinds"]] == [("api-service", "api/package.json")]
    api = res["interoperability.api-spec"]  # (its API is described, or not: judged)
    assert api["status"] == "fail" and "api/package.json" in api["message"]["en"] and "application mobile" in api["message"]["fr"]
    assert res["interoperability.auth"]["status"] == "not_applicable"  # (its sign-in is the application's)


def test_a_strapi_back_end_is_an_api_whose_graphql_schema_it_serves(tmp_path):
    """1000jours-like: an Expo front/ and a Strapi back/strapi/ (its GraphQL plugin loaded by name, never imported)."""
    files = {k.replace("app/", "front/"): v for k, v in _monorepo(False).items()}
    files.update({
        "back/strapi/package.json": json.dumps({"name": "back", "dependencies": {"strapi": "^3.6.9", "strapi-admin": "^3.6.9",
                                                                                 "strapi-plugin-graphql": "^3.6.9", "pg": "latest"}}),
        "back/strapi/config/server.js": "module.exports = ({ env }) => ({ host: env('HOST', '0.0.0.0'), port: env.int('PORT', 1337) });\n",
        "back/strapi/api/article/models/article.settings.json": json.dumps({"kind": "collectionType", "attributes": {"title": {"type": "string"}}}),
    })
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec"])
    assert project["kind"] == "mobile-application"
    assert [(a["kind"], a["evidence"][0]["path"]) for a in project["also_kinds"]] == [("api-service", "back/strapi/package.json")]
    api = res["interoperability.api-spec"]
    assert api["status"] == "warn" and "run time" in api["message"]["en"]


def test_a_mobile_app_alone_has_no_back_end(tmp_path):
    project, res = kind_and_results(tmp_path, _monorepo(False), ["interoperability.api-spec"])
    assert project["kind"] == "mobile-application" and project["also_kinds"] == []
    assert res["interoperability.api-spec"]["status"] == "not_applicable"


_UPLOADER = ('#!/usr/bin/env python\n# coding=utf-8\n"""This script uploads a plugin package to the plugin repository.\n'
             '        Authors: A. Pasotti, V. Picavet\n        git sha              : $TemplateVCSFormat\n"""\n\nimport sys\n\n\n'
             + "".join(f'def step_{i}(a, b):\n    """Step {i} of the upload.\n\n    :param a: first.\n    """\n    if a:\n        return b\n'
                       f'    return a\n\n\n' for i in range(12)))
_HARNESS = ('# coding=utf-8\n"""QGIS plugin implementation.\n\n.. note:: This source code was copied from the \'postgis viewer\' '
            'application\n     with original authors:\n     Copyright (c) 2010 by Ivan Mincik, ivan.mincik@gista.sk\n"""\n\n'
            "__author__ = 'tim@linfiniti.com'\n\n\n"
            + "".join(f'def iface_{i}(self):\n    """Part {i} of the interface."""\n    return None\n\n\n' for i in range(20)))
_TEST = ('"""Tests QGIS plugin init."""\n\n__author__ = \'Tim Sutton <tim@linfiniti.com>\'\n__copyright__ = \'Copyright 2012, '
         'Australia Indonesia Facility for Disaster Reduction\'\n\nimport unittest\n\n\nclass TestInit(unittest.TestCase):\n'
         '    """Test that the plugin init is usable for QGIS."""\n\n    def test_read_init(self):\n        """Test that the plugin __init__ will validate."""\n'
         '        self.assertTrue(True)\n')
_OWN = "".join(f"def calcul_{i}(couche, seuil):\n    if couche and seuil > {i}:\n        return couche\n    return None\n\n\n" for i in range(6))


def _plugin(builder: bool) -> dict:
    files = {
        "README.md": "# Contrôle des parcelles\n\nExtension QGIS de contrôle des parcelles du cadastre.\n",
        "metadata.txt": "[general]\nname=Controle parcelles\nqgisMinimumVersion=3.16\nversion=1.0\nauthor=Ville\n",
        "__init__.py": "def classFactory(iface):\n    from .controle import Controle\n    return Controle(iface)\n",
        "controle.py": _OWN,
        "plugin_upload.py": _UPLOADER,
        "test/qgis_interface.py": _HARNESS,
        "test/test_init.py": _TEST,
        "test/utilities.py": '# coding=utf-8\n"""Common functionality used by regression tests."""\n\nimport sys\n\n\ndef get_qgis_app():\n'
                             '    """Start one QGIS application to test against."""\n    return None\n',
    }
    if builder:
        files["pb_tool.cfg"] = "[plugin]\nname: controle\n\n[files]\npython_files: __init__.py controle.py\n"
    return files


def test_plugin_builder_template_is_not_the_authors_code(tmp_path):
    """A plugin Plugin Builder made (pb_tool.cfg, the upload script's banner): the upload script's documented functions and the
    template's test harness and generic tests were the author's code, comments and tests."""
    from tests.gitrepo import make_repo
    from auditor.engine import AuditOptions, audit

    report = audit(str(make_repo(tmp_path / "r", [{"files": _plugin(True)}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["documentation.code-comments", "reusability.tests-and-ci"]))
    res = {r["id"]: r for r in report["results"]}
    comments = res["documentation.code-comments"]
    assert "plugin_upload.py" not in json.dumps(comments["evidence"]) and "qgis_interface" not in json.dumps(comments["evidence"])
    assert comments["status"] == "fail"  # (the author's own functions carry no docstring)
    tests = res["reusability.tests-and-ci"]
    assert tests["message"]["en"].startswith("0 test file(s)")


def test_the_same_files_in_a_plugin_made_otherwise_stay_measured(tmp_path):
    """Without Plugin Builder's marks (no pb_tool.cfg, and an upload script of the author's own): nothing is taken away."""
    from tests.gitrepo import make_repo
    from auditor.engine import AuditOptions, audit

    files = _plugin(False)
    files["plugin_upload.py"] = files["plugin_upload.py"].replace("Authors: A. Pasotti, V. Picavet", "Author: service SIG")
    report = audit(str(make_repo(tmp_path / "r", [{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.tests-and-ci"]))
    assert not report["results"][0]["message"]["en"].startswith("0 test file(s)")

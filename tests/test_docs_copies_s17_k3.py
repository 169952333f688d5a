"""documentation.docs (issue 12, session 17 reader a1). A copied front-end package's own files were the project's documents: the
icon font's licence inside a Materialize copy (public/materialize-css/font/material-design-icons/LICENSE.txt, "design" in its
path) was "Found: architecture" on a Laravel front end of the Métropole de Lyon. And a Lutece module's Maven site left as the
archetype generated it (src/site/xdoc/index.xml: Introduction, Configuration, Usage, each an empty <p></p>) was "Found:
documentation folder, documentation site" on a Ville de Paris Forms module whose README is a title."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

_BANNER = "/*!\n * Materialize v1.0.0 (http://materializecss.com)\n * Copyright 2014-2017 Materialize\n * MIT License (https://raw.githubusercontent.com/Dogfalo/materialize/master/LICENSE)\n */\n"
FRONT = {
    "README.md": "# Board manager\n\nFront end of the boards.\n",
    "index.php": "<?php\necho 'boards';\n",
    "public/materialize-css/LICENSE": "The MIT License (MIT)\n\nCopyright (c) 2014-2017 Materialize\n",
    "public/materialize-css/README.md": "# Materialize\n\nA modern responsive front-end framework based on Material Design.\n",
    "public/materialize-css/css/materialize.css": _BANNER + ".materialize-red {\n  background-color: #e51c23 !important;\n}\n",
    "public/materialize-css/js/materialize.js": _BANNER + "var M = {};\nM.version = '1.0.0';\n",
    "public/materialize-css/font/material-design-icons/LICENSE.txt": "Attribution-ShareAlike 4.0 International\n\nCreative Commons Corporation\n",
}


def found(r: dict) -> set:
    return {e.get("path") for e in r["evidence"] if e.get("kind") == "found"}


def test_a_copied_packages_licence_is_no_architecture(tmp_path):
    report = run_audit(build(tmp_path / "r", FRONT), tmp_path / "c", ["documentation.docs"])
    assert not report["facts"]["docs"]["architecture"], report["facts"]["docs"]["architecture"]
    r = results(report)["documentation.docs"]
    assert not any("materialize" in (p or "") for p in found(r)), r["evidence"]


_XDOC = ('<?xml version="1.0" encoding="UTF-8"?>\n<document>\n    <properties>\n        <title>Plugin formsmap</title>\n    </properties>\n'
         '    <head>\n        <!-- Keywords example : "cms, authentication, cms, workflow, seo, collaborative, ..." Use the language of this xdoc -->\n'
         '        <meta name="keywords" content="" />\n    </head>\n    <body>\n        <section name="Plugin formsmap">\n'
         '            <subsection name="Introduction">\n                <p>{0}</p>\n            </subsection>\n'
         '            <subsection name="Configuration">\n                <p></p>\n            </subsection>\n'
         '            <subsection name="Usage">\n                <p></p>\n            </subsection>\n        </section>\n    </body>\n</document>\n')
_SITE = '<?xml version="1.0" encoding="UTF-8"?>\n<project name="Forms map">\n    <body>\n        <menu ref="reports" />\n    </body>\n</project>\n'
_POM = ('<?xml version="1.0" encoding="UTF-8"?>\n<project>\n    <modelVersion>4.0.0</modelVersion>\n    <artifactId>module-forms-map</artifactId>\n'
        '    <packaging>lutece-plugin</packaging>\n</project>\n')
_TEXT = ("This module shows the responses of a form on a map of the city: each response with a geolocated question becomes a "
         "marker, and the map's layers are set in the back office of the forms plugin.")


def _module(text: str) -> dict:
    return {"README.md": "# Module forms map\n", "pom.xml": _POM, "src/site/site.xml": _SITE, "src/site/xdoc/index.xml": _XDOC.format(text),
            "src/site/resources/images/readme.txt": "Put your images in this directory and then you can insert them in your xdoc with the code :  <img src=\"images/myimage.png\" />\n",
            "src/java/fr/ville/plugins/forms/modules/map/MapProvider.java": "package fr.ville.plugins.forms.modules.map;\n\npublic class MapProvider\n{\n}\n"}


def test_an_empty_maven_site_documents_nothing(tmp_path):
    report = run_audit(build(tmp_path / "empty", _module("")), tmp_path / "c1", ["documentation.docs"])
    r = results(report)["documentation.docs"]
    assert not any(p and p.startswith("src/site") for p in found(r)), r["evidence"]
    assert not report["facts"]["docs"]["docs_dirs"], report["facts"]["docs"]
    # the same site with a page of text documents the module
    report = run_audit(build(tmp_path / "full", _module(_TEXT)), tmp_path / "c2", ["documentation.docs"])
    assert "src/site" in report["facts"]["docs"]["docs_dirs"], report["facts"]["docs"]


API_README = ("# Files API\n\nA REST API storing the files of the map's layers.\n\n## Routes\nThe following tables show the routes you can use.\n\n"
              "### Files\n| Method | Route | Request body | Response\n|--- | --- | --- | ---\n| `GET` | `/:layer/files/:filename` | None | `BLOB` : the file\n"
              "| `DELETE` | `/:layer/files/:filename` | None | `JSON` : the success of the request\n\n## Launch app\n```\nnpm run api\n```\n")


def test_a_readme_routes_chapter_documents_the_api(tmp_path):
    files = {"README.md": API_README, "index.js": "const express = require('express');\nconst app = express();\n"
             "app.get('/:layer/files/:filename', (req, res) => res.sendFile(req.params.filename));\napp.listen(process.env.PORT);\n",
             "package.json": '{\n  "name": "files-api",\n  "dependencies": {\n    "express": "^4.17.1"\n  }\n}\n'}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.docs"]))["documentation.docs"]
    assert "api" not in {e.get("value") for e in r["evidence"] if e.get("kind") == "missing"}, r["evidence"]

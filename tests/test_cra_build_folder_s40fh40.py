"""reusability.build-output (issue 12, s40 fh40 = reader rf40, KannarFr/flood-history-ui): a Create React App (react-scripts in
package.json) with its build/ committed — only the copies of public/img/logo.* that ``react-scripts build`` writes there — was said
to commit no build output. The folder a Create React App's build writes beside its package.json holds the build's files: its
static/js|css bundles, and the copies of public/. Near misses: a build/ folder of build scripts (.sh, .py, Makefile helpers) beside the
same package.json is written by people; the same images in a build/ folder of a project without react-scripts stay unjudged."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

LOGO = "\x89PNG-logo-bytes-0123456789"
PACKAGE = ('{"name": "carte", "private": true, "dependencies": {"react": "^16.8.6", "react-dom": "^16.8.6", "react-scripts": "^3.0.1"}, '
           '"scripts": {"start": "react-scripts start", "build": "react-scripts build"}}\n')
PLAIN = '{"name": "carte", "private": true, "dependencies": {"express": "^4.17.1"}, "scripts": {"start": "node server.js"}}\n'
BASE = {"README.md": "# Carte\n\nUne carte des crues.\n", "public/index.html": "<!doctype html><div id='root'></div>\n",
        "public/img/logo.png": LOGO, "src/index.js": "import React from 'react';\nimport ReactDOM from 'react-dom';\n"
        "ReactDOM.render(<h1>Carte</h1>, document.getElementById('root'));\n"}


def build_output(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": {**BASE, **files}, "date": "2019-06-24T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.build-output"]))
    return report["results"][0]


def test_a_create_react_app_build_folder_of_public_copies_is_build_output(tmp_path):
    r = build_output(tmp_path, {"package.json": PACKAGE, "build/img/logo.png": LOGO})
    assert "Aucun fichier produit par la construction" not in r["message"]["fr"], r["message"]
    assert "build/img/logo.png" in r["message"]["fr"], r["message"]


def test_a_create_react_app_bundle_in_build_static_is_build_output(tmp_path):
    r = build_output(tmp_path, {"package.json": PACKAGE, "build/static/js/main.txt": "bundle\n", "build/img/logo.png": LOGO})
    assert r["status"] == "warn" and r["details"]["files"] == 2, (r["status"], r["message"])


def test_build_scripts_in_build_beside_react_scripts_are_not_build_output(tmp_path):
    r = build_output(tmp_path, {"package.json": PACKAGE, "build/deploy.sh": "#!/bin/sh\nrsync -a build/ serveur:/srv/carte/\n",
                                "build/version.py": "print('1.0')\n"})
    assert r["status"] == "pass" and "Aucun fichier produit" in r["message"]["fr"], r["message"]


def test_images_in_a_build_folder_without_react_scripts_stay_unjudged(tmp_path):
    r = build_output(tmp_path, {"package.json": PLAIN, "server.js": "require('express')().listen(3000);\n", "build/img/logo.png": LOGO})
    assert r["status"] == "pass" and "Aucun fichier produit" in r["message"]["fr"], r["message"]

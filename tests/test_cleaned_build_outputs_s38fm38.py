"""Session 38 (fm38): build output told by the build's own words — a folder a package.json script deletes then builds into, and the
files a bundler's asset manifest names.

1. A documentation theme's repository copied by a contractor: package.json's "build": "rimraf material && ts-node tools/build"
   rebuilds material/ from src/ (hashed bundles, the theme's templates and modules); reusability.build-output said "No build output
   is committed" and reusability.dependencies listed the hashed bundles as copied libraries. A library the build copies there under
   its own name stays a library's copy; a script deleting the folder without building (no "&&", no clean/build name) says nothing.
2. A région's deployment repository: Create React App's asset-manifest.json naming static/js/main.<hash>.js, committed with its map
   and the licence notices the bundler extracted. The bundle is build output, no copied library; the notices stay the bundled
   libraries' (no licence of the project). An asset manifest naming nothing the repository holds says nothing."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result, results, run_audit
from tests.gitrepo import make_repo

_BUNDLE = "!function(){" + "".join(f"var a{k}=document.getElementById('r{k}');a{k}&&(a{k}.textContent='{k}');" for k in range(300)) + "}();\n"


def _theme(scripts: dict) -> dict:
    return {
        "package.json": json.dumps({"name": "docs-theme", "version": "1.0.0", "license": "MIT", "scripts": scripts,
                                    "devDependencies": {"rimraf": "^3.0.2", "ts-node": "^10.9.1"}}, indent=2),
        "package-lock.json": json.dumps({"name": "docs-theme", "lockfileVersion": 2, "packages": {}}),
        "LICENSE": "MIT License\n\nCopyright (c) 2022 Jeanne Themiste\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n",
        "src/assets/javascripts/bundle.ts": "export function setup(): void {\n  document.body.classList.add('js')\n}\n",
        "src/assets/stylesheets/main.scss": ".md-header {\n  color: red;\n}\n",
        "tools/build/index.ts": "import { build } from './build'\n\nbuild('src', 'material')\n",
        "material/assets/javascripts/bundle.5f3c2a1b.min.js": _BUNDLE,
        "material/assets/stylesheets/main.975780f9.min.css": ".md-header{color:red}" * 40 + "\n",
        "material/base.html": "{#-\n  This file was automatically generated - do not edit\n-#}\n<!doctype html><html>{% block content %}{% endblock %}</html>\n",
    }


def test_a_folder_a_script_deletes_then_builds_into_is_build_output(tmp_path):
    files = _theme({"build": "rimraf material && ts-node -T tools/build --optimize", "clean": "rimraf material"})
    report = run_audit(make_repo(tmp_path / "r", [{"files": files}]), tmp_path / "c", ["reusability.build-output", "reusability.dependencies"])
    r = results(report)
    assert r["reusability.build-output"]["status"] == "warn", r["reusability.build-output"]
    assert "bundle.5f3c2a1b" not in r["reusability.dependencies"]["message"]["en"], r["reusability.dependencies"]


def test_a_script_deleting_the_folder_without_building_says_nothing(tmp_path):
    files = _theme({"build": "ts-node -T tools/build --optimize", "reset-theme": "rimraf material"})
    assert check_result(tmp_path, files, "reusability.build-output")["status"] == "pass"


def _deploy(manifest_names: str) -> dict:
    return {
        "start.sh": "#!/bin/bash\nexec java -jar elus-server.jar\n",
        "application.yaml": "server:\n  port: 8080\n",
        "asset-manifest.json": json.dumps({"files": {"main.js": f"/static/js/{manifest_names}", "index.html": "/index.html"},
                                           "entrypoints": [f"static/js/{manifest_names}"]}, indent=2),
        "static/js/main.1a2b3c4d.js": "/*! For license information please see main.1a2b3c4d.js.LICENSE.txt */\n" + _BUNDLE,
        "static/js/main.1a2b3c4d.js.LICENSE.txt": "/**\n * @license React\n * react.production.min.js\n *\n * Copyright (c) Facebook, Inc. "
                                                  "and its affiliates.\n *\n * This source code is licensed under the MIT license found in the\n"
                                                  " * LICENSE file in the root directory of this source tree.\n */\n",
    }


def test_the_files_an_asset_manifest_names_are_build_output_and_their_notices_no_licence_of_the_project(tmp_path):
    report = run_audit(make_repo(tmp_path / "r", [{"files": _deploy("main.1a2b3c4d.js")}]), tmp_path / "c",
                       ["reusability.build-output", "reusability.dependencies", "licensing.open-license"])
    r = results(report)
    assert r["reusability.build-output"]["status"] == "warn", r["reusability.build-output"]
    assert "main.1a2b3c4d" not in r["reusability.dependencies"]["message"]["en"], r["reusability.dependencies"]
    assert r["licensing.open-license"]["status"] == "fail", r["licensing.open-license"]


def test_an_asset_manifest_naming_nothing_committed_says_nothing(tmp_path):
    r = check_result(tmp_path, _deploy("main.99999999.js"), "reusability.build-output")
    assert r["status"] == "pass", r

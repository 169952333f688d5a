"""Session 21 (reader r1's Datagora-erasme/datagora_datatlas_back): an Express server whose code and only manifest live in src/
(src/package.json "license": "ISC", written by its author) beside a root AGPL-3.0 LICENSE was "a single source states the
licence: no contradiction", and facts.license.declared was empty: sub-folder manifests were read only when the root said nothing.
The manifest of the one sub-folder holding the project's code is the project's declaration: a disagreement with the root text is
a consistency finding (the text stays the main licence). A monorepo's packages with their own licences, an example's manifest,
and a sub-folder holding a minority of the code are left as they were."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["licensing.consistent", "licensing.open-license"]


def _license_text(lid: str) -> str:
    from auditor.licenses.matcher import load_data

    return load_data()["licenses"][lid]["texts"][0]["text"]


AGPL = _license_text("AGPL-3.0-only")


def _package(name: str, licence: str, **extra) -> str:
    return json.dumps({"name": name, "version": "1.0.0", "description": "Serveur de la carte", "main": "server.js",
                       "author": "Camille Exemple", "license": licence, **extra}, indent=2) + "\n"


def _js(folder: str, n: int) -> dict:
    return {f"{folder}/m{i}.js": f"module.exports.v{i} = () => {i};\n" for i in range(n)}


SERVER = {
    "README.md": "# Carte des projets\n\nServeur de la carte des projets du territoire.\n",
    "LICENSE": AGPL,
    "Dockerfile": "FROM node:20\nWORKDIR /app\nCOPY src .\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n",
    "src/package.json": _package("carte-serveur", "ISC", dependencies={"express": "^4.18.0"}),
    "src/server.js": "const express = require('express');\nconst app = express();\napp.listen(3000);\n",
    **_js("src/lib", 4),
}


def _audit(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS)
    return report["facts"]["license"], results(report)


def test_the_code_folders_only_manifest_disagreeing_with_the_root_text_is_a_finding(tmp_path):
    lic, res = _audit(tmp_path, SERVER)
    assert lic["declared"] == [{"file": "src/package.json", "value": "ISC", "line": 7}], lic["declared"]
    assert lic["spdx"].startswith("AGPL-3.0") and lic["status"] == "identified", lic  # the root text stays the main licence
    assert res["licensing.consistent"]["status"] == "fail", res["licensing.consistent"]["message"]
    assert "src/package.json" in res["licensing.consistent"]["message"]["fr"] and "ISC" in res["licensing.consistent"]["message"]["en"]
    assert res["licensing.open-license"]["status"] == "pass"


def test_the_code_folders_manifest_agreeing_with_the_root_text(tmp_path):
    files = {**SERVER, "src/package.json": _package("carte-serveur", "AGPL-3.0-only")}
    lic, res = _audit(tmp_path, files)
    assert [d["file"] for d in lic["declared"]] == ["src/package.json"] and not lic["disagreements"], lic
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]
    assert "2 sources" in res["licensing.consistent"]["message"]["en"]


def test_a_monorepos_packages_with_their_own_licences_are_not_the_projects(tmp_path):
    files = {k: v for k, v in SERVER.items() if not k.startswith("src/")}
    files |= {"packages/client/package.json": _package("client", "MIT"), **_js("packages/client/src", 4),
              "packages/server/package.json": _package("server", "ISC"), **_js("packages/server/src", 4)}
    lic, res = _audit(tmp_path, files)
    assert lic["declared"] == [] and not lic["disagreements"], lic
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]


def test_an_examples_manifest_or_a_minority_folders_is_not_the_projects(tmp_path):
    # the code at the root (no manifest: a plain script project), an example app with its own package.json
    files = {"README.md": "# Outil\n\nOutil de la carte.\n", "LICENSE": AGPL, **_js("lib", 6),
             "examples/demo/package.json": _package("demo", "MIT"), **_js("examples/demo", 8)}
    lic, res = _audit(tmp_path, files)
    assert lic["declared"] == [] and res["licensing.consistent"]["status"] == "pass", (lic, res["licensing.consistent"])
    # a tools/ folder with its manifest, holding less than half of the code
    files = {"README.md": "# Outil\n\nOutil de la carte.\n", "LICENSE": AGPL, **_js("lib", 6),
             "tools/package.json": _package("tools", "MIT"), **_js("tools", 2)}
    lic, res = _audit(tmp_path / "b", files)
    assert lic["declared"] == [] and res["licensing.consistent"]["status"] == "pass", (lic, res["licensing.consistent"])


def test_a_root_manifest_keeps_the_sub_folders_as_components(tmp_path):
    # (a root package of its own, with its entry point: a bare workspaces frame declares no package, s38 fo38)
    files = {**SERVER, "package.json": json.dumps({"name": "carte", "private": True, "main": "index.js", "workspaces": ["src"]}, indent=2) + "\n"}
    lic, res = _audit(tmp_path, files)
    assert lic["declared"] == [] and res["licensing.consistent"]["status"] == "pass", (lic, res["licensing.consistent"])

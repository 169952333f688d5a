"""Reference tables (issue 12, session 21 reader m1, urbanlab/pays-ages_energetiques): an Express app made on Glitch locked its npm
dependencies with pnpm's lockfile under its pre-pnpm-3 name shrinkwrap.yaml ("shrinkwrapVersion: 3"), and reusability.dependencies
said "manifest without a lockfile"; its photos lived only in the Glitch project's asset store (cdn.glitch.com/<project>%2F<file>),
which scaling.hosting classed as "another organisation" and passed. Now shrinkwrap.yaml is pnpm's lockfile, and a free hosting
platform's asset store (Glitch's cdn.glitch.com / cdn.glitch.global, CodePen's assets) is one account's bucket. A package.json
without any lockfile is still unlocked, and a library CDN (unpkg.com) stays a CDN."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.common import host_class
from tests.gitrepo import make_repo

PKG = '{"name": "paysages", "version": "0.1.0", "dependencies": {"express": "^4.16.4"}, "engines": {"node": "8.x"}}\n'
SHRINKWRAP = ("dependencies:\n  express: 4.16.4\npackages:\n  /express/4.16.4:\n    dependencies:\n      accepts: 1.3.5\n"
              "    resolution:\n      integrity: sha1-AAAAAAAAAAAAAAAAAAAAAAAAAAA=\n  /accepts/1.3.5:\n    resolution:\n"
              "      integrity: sha1-BBBBBBBBBBBBBBBBBBBBBBBBBBB=\nregistry: 'https://registry.npmjs.org/'\nshrinkwrapVersion: 3\n")
SERVER = "const express = require('express');\nconst app = express();\napp.use(express.static('public'));\napp.listen(process.env.PORT);\n"


def _audit(tmp_path, files: dict, only: list[str]) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Paysages\n\nUne application d'exposition.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@ville-exemple.fr")}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=only))


def _result(report: dict, cid: str) -> dict:
    return next(r for r in report["results"] if r["id"] == cid)


def test_pnpm_shrinkwrap_yaml_is_a_lockfile(tmp_path):
    report = _audit(tmp_path, {"package.json": PKG, "shrinkwrap.yaml": SHRINKWRAP, "server.js": SERVER}, ["reusability.dependencies"])
    assert report["facts"]["files"]["lockfiles"] == ["shrinkwrap.yaml"]
    r = _result(report, "reusability.dependencies")
    assert "0 sans verrouillage" in r["message"]["fr"], r["message"]


def test_a_manifest_without_lockfile_stays_unlocked(tmp_path):
    report = _audit(tmp_path, {"package.json": PKG, "server.js": SERVER}, ["reusability.dependencies"])
    assert report["facts"]["files"]["lockfiles"] == []
    assert "1 without a lockfile" in _result(report, "reusability.dependencies")["message"]["en"]


@pytest.mark.parametrize(("host", "cls"), [
    ("cdn.glitch.com", "personal"),
    ("cdn.glitch.global", "personal"),
    ("assets.codepen.io", "personal"),
    ("unpkg.com", "cdn"),  # a library CDN keeps its class
])
def test_platform_asset_stores(host, cls):
    assert host_class(host, "/0a1b2c3d-0000-4000-8000-000000000000%2Fphoto.jpg")["class"] == cls


def test_photos_in_a_glitch_projects_asset_store_are_a_hosting_dependency(tmp_path):
    data = ("const images = [\n" + "".join(
        f'  {{"name": "Lieu {i}", "url": "https://cdn.glitch.com/0a1b2c3d-0000-4000-8000-000000000000%2Fphoto{i}.jpg?v=15711577108{i}"}},\n'
        for i in range(4)) + "];\n")
    r = _result(_audit(tmp_path, {"package.json": PKG, "server.js": SERVER, "public/data.js": data}, ["scaling.hosting"]), "scaling.hosting")
    assert r["status"] != "pass", r["message"]
    assert any(isinstance(e.get("value"), dict) and e["value"].get("host") == "cdn.glitch.com" and e["value"].get("class") == "personal"
               for e in r["evidence"]), r["evidence"]

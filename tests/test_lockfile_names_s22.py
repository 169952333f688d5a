"""Lockfile names (issue 12, session 22 reader a3, betagouv/preuve-covoiturage): the Deno API of a monorepo locked its jsr:/npm:
imports in api/deno.lock beside api/deno.jsonc, and facts.files.lockfiles listed every front's lockfile but not it, so the main
component looked unpinned. The lockfile list now holds the names the tools document: Deno's deno.lock, PEP 751's pylock.toml, pixi's
pixi.lock. A file that only ends in .lock or names a version (a front's bun.lockb stays bun's) is not taken for another tool's."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.inventory import classify
from tests.gitrepo import make_repo

DENO_JSON = '{\n  "imports": {\n    "@std/assert": "jsr:@std/assert@^1.0.0",\n    "pg": "npm:pg@^8.11.0"\n  },\n  "tasks": {"start": "deno run -A src/main.ts"}\n}\n'
DENO_LOCK = ('{\n  "version": "4",\n  "specifiers": {\n    "jsr:@std/assert@^1.0.0": "1.0.2",\n    "npm:pg@^8.11.0": "8.11.3"\n  },\n'
             '  "jsr": {\n    "@std/assert@1.0.2": {\n      "integrity": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"\n    }\n  }\n}\n')
FRONT_PKG = '{"name": "front", "version": "1.0.0", "dependencies": {"vue": "^3.4.0"}}\n'
FRONT_LOCK = '{"name": "front", "lockfileVersion": 3, "packages": {"": {"dependencies": {"vue": "^3.4.0"}}}}\n'


def _files(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Registre\n\nUne API et ses interfaces.\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.gouv.fr")}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.dependencies"]))["facts"]


def test_a_deno_apis_lockfile_is_listed_beside_the_fronts(tmp_path):
    facts = _files(tmp_path, {"api/deno.jsonc": DENO_JSON, "api/deno.lock": DENO_LOCK, "api/src/main.ts": "console.log('api');\n",
                              "front/package.json": FRONT_PKG, "front/package-lock.json": FRONT_LOCK, "front/src/main.js": "export {};\n"})
    assert facts["files"]["lockfiles"] == ["api/deno.lock", "front/package-lock.json"]
    assert {"path": "api/deno.lock", "ecosystem": "deno"} in facts["manifests"]["lockfiles"]


def test_without_the_lockfile_only_the_front_is_listed(tmp_path):
    facts = _files(tmp_path, {"api/deno.jsonc": DENO_JSON, "api/src/main.ts": "console.log('api');\n",
                              "front/package.json": FRONT_PKG, "front/package-lock.json": FRONT_LOCK, "front/src/main.js": "export {};\n"})
    assert facts["files"]["lockfiles"] == ["front/package-lock.json"]


@pytest.mark.parametrize(("path", "category"), [
    ("api/deno.lock", "lockfile"),
    ("pylock.toml", "lockfile"),
    ("pixi.lock", "lockfile"),
    ("app/bun.lockb", "lockfile"),
    ("config/deno.lock.example", "other"),  # not the name the tool writes
    ("pylock.md", "documentation"),
])
def test_documented_lockfile_names(path, category):
    assert classify(path)[0] == category

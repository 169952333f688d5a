"""A package.json.template the build turns into package.json (no package.json committed) is the project's npm manifest.

Real case (issue 12, s48 ff48 = OPEN-ENT-NG/theme-open-ent): build.sh writes package.json from package.json.template (its
placeholders replaced) then runs pnpm install; the template declares entcore-css-lib, sass, cpr and a git dependency on #master,
no lockfile is committed. The auditor read no manifest: reusability.dependencies "No dependency manifest", licensing.dependencies
"No declared dependency" (not_applicable both), while the dependencies are declared and not locked.
"""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

CHECKS = ["reusability.dependencies", "licensing.dependencies", "maintenance.dependency-updates"]
MANIFEST = {"name": "my-theme", "version": "2.0.%build%", "license": "%license%",
            "scripts": {"build": "sass styles/main.scss dist/main.css"},
            "dependencies": {"base-kit": "npm:base-kit@%baseVersion%"},
            "devDependencies": {"sass": "1.50.0", "icons": "git+https://example.org/icons.git#master"}, "files": ["dist"]}


def _results(repo, tmp_path, files):
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=CHECKS))
    return {r["id"]: r for r in report["results"]}


def _files(**extra):
    return {"README.md": "# Thème\n\nFeuilles de style du portail, compilées par ./build.sh.\n",
            "build.sh": "#!/bin/sh\nsed 's/%build%/1/' package.json.template > package.json\npnpm install && npm run build\n",
            "styles/main.scss": "body { color: #123; }\n", **extra}


def test_the_template_is_the_manifest(repo, tmp_path):
    r = _results(repo, tmp_path, _files(**{"package.json.template": json.dumps(MANIFEST, indent=2)}))
    dep = r["reusability.dependencies"]
    assert dep["status"] in ("warn", "fail") and dep["details"]["unlocked"] == ["package.json.template"]
    assert "package.json.template" in dep["remediation"]["en"] and "--package-lock-only" not in dep["remediation"]["en"]
    assert r["licensing.dependencies"]["status"] == "inconclusive"
    # no bot reads a template: not applicable, said so
    upd = r["maintenance.dependency-updates"]
    assert upd["status"] == "not_applicable" and "package.json.template" in upd["message"]["en"]


def test_near_miss_a_template_beside_the_real_manifest_is_not_read_twice(repo, tmp_path):
    locked = dict(MANIFEST, devDependencies={"sass": "1.50.0"})
    r = _results(repo, tmp_path, _files(**{"package.json": json.dumps(locked), "package-lock.json": json.dumps(
        {"name": "my-theme", "lockfileVersion": 3, "packages": {"": {"name": "my-theme"}, "node_modules/sass": {"version": "1.50.0"}}}),
        "package.json.template": json.dumps(MANIFEST)}))
    dep = r["reusability.dependencies"]
    assert dep["details"]["unlocked"] == [] and dep["details"]["ecosystems"]["npm"]["manifests"] == 1

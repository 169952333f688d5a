"""licensing.dependencies (issue 12, s44 fh44 = reader rd44, gitreunion/datacup-challenge-esi-dev): an Express back end's
package-lock.json (lockfile v3, whose entries carry no "license") beside the node_modules/ folder committed with it was
"inconclusive, 79 unknown": each installed package's package.json declares its licence (node_modules/accepts/package.json
"license": "MIT"), and those were not read. Now a lockfile entry without a licence takes its installed copy's, when the versions
match. Near miss: without node_modules/ committed, the licences stay unknown."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PACKAGES = {"accepts": ("1.3.8", "MIT"), "express": ("4.21.1", "MIT"), "mariadb": ("3.4.0", "LGPL-2.1-or-later"), "debug": ("2.6.9", "MIT")}
LOCK = json.dumps({"name": "datacup", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
                   "packages": {"": {"name": "datacup", "version": "1.0.0", "license": "MIT", "dependencies": {"express": "^4.21.1", "mariadb": "^3.4.0"}},
                                **{f"node_modules/{n}": {"version": v, "resolved": f"https://registry.npmjs.org/{n}/-/{n}-{v}.tgz"}
                                   for n, (v, _) in PACKAGES.items()}}}, indent=2)
SERVER = "const express = require('express');\nconst app = express();\napp.get('/stations', (req, res) => res.json([]));\napp.listen(3000);\n"
BASE = {"README.md": "# Qualité de l'air\n\nUne carte des stations.\n", "LICENSE": "MIT License\n\nCopyright (c) 2024 ESI'DEV\n\n"
        "Permission is hereby granted, free of charge, to any person obtaining a copy\n",
        "DATACUP/package.json": '{"name": "datacup", "version": "1.0.0", "license": "MIT", "dependencies": {"express": "^4.21.1", "mariadb": "^3.4.0"}}\n',
        "DATACUP/package-lock.json": LOCK, "DATACUP/server.js": SERVER}
INSTALLED = {f"DATACUP/node_modules/{n}/package.json": json.dumps({"name": n, "version": v, "license": lic}) for n, (v, lic) in PACKAGES.items()}
INSTALLED |= {f"DATACUP/node_modules/{n}/index.js": "module.exports = {};\n" for n in PACKAGES}


def dependencies(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-11-23T10:00:00Z", "message": "rendu"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["licensing.dependencies"]))
    return report["results"][0]


def test_licences_of_the_packages_installed_beside_the_lockfile_are_read(tmp_path):
    r = dependencies(tmp_path, {**BASE, **INSTALLED})
    assert r["status"] == "pass" and r["details"]["ok"] == 4 and r["details"]["unknown"] == 0, (r["message"], r["details"])


def test_without_the_installed_packages_the_licences_stay_unknown(tmp_path):
    r = dependencies(tmp_path, BASE)
    assert r["status"] == "inconclusive" and r["details"]["unknown"] == 4, (r["message"], r["details"])

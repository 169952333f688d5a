"""licensing.dependencies (issue 12, s41 fn41 = reader rd41 via vb41, Samuelalhadef/RH-reservation): a Next.js application's
package-lock.json (lockfileVersion 3) lists the repository's own folders with their own package.json ("client", a folder since removed,
and "server", which keeps its own package.json and lockfile: parts npm marks extraneous; a workspace package or a file: dependency's target is listed the same way, by its folder, without
node_modules/) beside the packages installed from the registry. The check counted them as "2 without a recognised license". The
project's own packages are no third-party dependencies. Near miss: a registry package (node_modules/…) whose entry gives no licence
is still a dependency without a recognised licence."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CHECK = "licensing.dependencies"


def _lock(extra: dict) -> str:
    packages = {
        "": {"name": "conges", "version": "1.0.0", "license": "MIT", "dependencies": {"react": "^18.3.1", "left-pad": "^1.3.0"}},
        "client": {"version": "1.0.0", "extraneous": True, "dependencies": {"axios": "^1.7.9"}},
        "node_modules/react": {"version": "18.3.1", "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz", "license": "MIT"},
        "server": {"version": "1.0.0", "extraneous": True, "dependencies": {"express": "^4.21.1"}},
    }
    packages.update(extra)
    return json.dumps({"name": "conges", "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": packages}, indent=2) + "\n"


def _files(extra: dict) -> dict:
    return {"README.md": "# Congés\n\nGestion des congés des agents d'une mairie.\n", "LICENSE": "MIT License\n\nCopyright (c) 2025 Mairie\n\n"
            "Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files "
            "(the \"Software\"), to deal in the Software without restriction.\n",
            "package.json": json.dumps({"name": "conges", "version": "1.0.0", "license": "MIT", "private": True,
                                        "dependencies": {"react": "^18.3.1", "left-pad": "^1.3.0"}}) + "\n",
            "package-lock.json": _lock(extra),
            "server/package.json": json.dumps({"name": "server", "version": "1.0.0", "dependencies": {"express": "^4.21.1"}}) + "\n",
            "server/package-lock.json": json.dumps({"name": "server", "lockfileVersion": 3, "requires": True, "packages": {
                "": {"name": "server", "version": "1.0.0", "dependencies": {"express": "^4.21.1"}},
                "node_modules/express": {"version": "4.21.1", "license": "MIT"}}}, indent=2) + "\n",
            "server/src/index.js": "const express = require('express')\nconst app = express()\napp.listen(3001)\n",
            "src/app/page.js": "import React from 'react'\n\nexport default function Page() { return <main>Congés</main> }\n"}


def test_the_project_s_own_folders_in_the_lockfile_are_no_dependencies(tmp_path):
    r = judge(tmp_path, _files({}), [CHECK])[1][CHECK]
    assert r["status"] == "pass" and "0 without a recognised license" in r["message"]["en"], r
    assert not any(e.get("value") in ("client", "server") or '"client"' in str(e) for e in r["evidence"]), r


def test_a_registry_package_without_a_licence_is_still_counted(tmp_path):
    extra = {"node_modules/left-pad": {"version": "1.3.0", "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz"}}
    r = judge(tmp_path, _files(extra), [CHECK])[1][CHECK]
    assert "1 without a recognised license" in r["message"]["en"], r

"""reusability.build-output (issue 12, s46 fe46 = reader ra46, cyberpompier/verification-sdis): a React/Vite app whose build
script is "tsc -b && vite build" committed tsconfig.app.tsbuildinfo, the incremental-build state tsc writes, and the check said
"No build output is committed". A *.tsbuildinfo file is written by the TypeScript compiler wherever it sits, never by people.
Near miss: the tsconfig files themselves and a hand-written build-info.ts stay the project's."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

SOURCES = {
    "README.md": "# Contrôle des engins\n",
    "package.json": '{"name": "controle", "scripts": {"build": "tsc -b && vite build"}, "devDependencies": {"typescript": "^5.4.0"}}\n',
    "tsconfig.json": '{"files": [], "references": [{"path": "./tsconfig.app.json"}, {"path": "./tsconfig.node.json"}]}\n',
    "tsconfig.app.json": '{"compilerOptions": {"composite": true, "jsx": "react-jsx"}, "include": ["src"]}\n',
    "tsconfig.node.json": '{"compilerOptions": {"composite": true}, "include": ["vite.config.ts"]}\n',
    "vite.config.ts": "import { defineConfig } from 'vite';\nexport default defineConfig({});\n",
    "src/main.tsx": "export const version = 1;\n",
    "src/build-info.ts": "export const buildInfo = { channel: 'stable' };\n",
}
STATE = {
    "tsconfig.app.tsbuildinfo": '{"root":["./src/main.tsx","./src/build-info.ts"],"version":"5.4.5"}',
    "tsconfig.node.tsbuildinfo": '{"root":["./vite.config.ts"],"version":"5.4.5"}',
}


def check(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2025-06-09T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.build-output"]))
    return report["results"][0]


def test_committed_tsbuildinfo_files_are_build_output(tmp_path):
    r = check(tmp_path, {**SOURCES, **STATE})
    assert r["status"] == "warn", r
    assert r["details"]["files"] == 2
    assert sorted(e["path"] for e in r["evidence"]) == sorted(STATE)


def test_tsconfig_files_and_a_build_info_module_are_no_build_output(tmp_path):
    r = check(tmp_path, SOURCES)
    assert r["status"] == "pass", r

"""reusability.install: a library's named npm package (package.json "name", installed with `npm install <git url>` as its README
says) was "install tooling: none" (issue 12, s21 r2, geo2france/refine-wfs). A library's own named package manifest at the root is
its install tooling, as a setup.py is a Python package's; an unnamed package.json is none."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit

CID = "reusability.install"
README = ("# wfs-provider\n\nFournisseur de données WFS pour un tableau de bord.\n\n## Installation\n\n```bash\n"
          "npm install https://forge.example.org/sig/wfs-provider.git\n```\n\n```typescript\nimport {dataProvider} from \"wfs-provider\";\n```\n")


def _run(repo, tmp_path, manifest):
    files = {"README.md": README, "package.json": json.dumps(manifest, indent=2) + "\n",
             "index.ts": "export { dataProvider } from './utils';\n",
             "utils/index.ts": "export const dataProvider = (url: string) => ({ getList: () => fetch(url) });\n"}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0], report["facts"]["project"]["kind"]


def test_a_named_npm_package_is_a_librarys_install_tooling(repo, tmp_path):
    r, kind = _run(repo, tmp_path, {"name": "wfs-provider", "version": "1.0.0", "dependencies": {"axios": "^1.6.2"},
                                    "peerDependencies": {"@refinedev/core": "^4.49.0"}})
    assert kind == "library"
    assert "Install tooling: package" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "package.json" and e.get("value") == "package" for e in r["evidence"]), r["evidence"]


def test_an_unnamed_package_json_is_no_package(repo, tmp_path):
    r, _ = _run(repo, tmp_path, {"private": True, "dependencies": {"axios": "^1.6.2"}})
    assert "package" not in r["details"]["runtimes"], r["message"]

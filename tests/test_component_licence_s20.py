"""Session 20 (h2, reader m1's mairie-creusot/container-management): a monorepo with no LICENSE, a root package.json and two apps
(apps/api, apps/web) that declare no licence ("private": true), and one small Rust crate (packages/wasm-core/Cargo.toml:
license = "MIT") was "Open license: MIT" for the whole repository. A component's declaration is the project's licence only when the
declaring components hold the project's code (no fewer of its source files than the silent components and root); else the licence
is unknown and the component's is said as a component's."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["licensing.open-license", "licensing.authorized-fr"]


def _ts(n: int, folder: str) -> dict:
    return {f"{folder}/src/m{i}.ts": f"export const v{i} = {i};\n" for i in range(n)}


CONSOLE = {
    "README.md": "# Console\n\nConsole de gestion des conteneurs.\n",
    "package.json": json.dumps({"name": "console", "private": True, "workspaces": ["apps/*", "packages/*"]}, indent=2) + "\n",
    "apps/api/package.json": json.dumps({"name": "api", "private": True, "dependencies": {"fastify": "^4.0.0"}}, indent=2) + "\n",
    "apps/web/package.json": json.dumps({"name": "web", "private": True, "dependencies": {"react": "^18.0.0"}}, indent=2) + "\n",
    "packages/wasm-core/Cargo.toml": "[package]\nname = \"wasm-core\"\nversion = \"0.1.0\"\nedition = \"2021\"\npublish = false\nlicense = \"MIT\"\n",
    "packages/wasm-core/src/lib.rs": "pub fn diff(a: &str, b: &str) -> bool {\n    a != b\n}\n",
    **_ts(6, "apps/api"), **_ts(6, "apps/web"),
}


def test_one_small_components_licence_is_not_the_projects(tmp_path):
    report = run_audit(build(tmp_path / "r", CONSOLE), tmp_path / "c", CHECKS)
    lic, res = report["facts"]["license"], results(report)
    assert lic["status"] == "none" and not lic["spdx"], lic
    assert lic["components"] == [{"file": "packages/wasm-core/Cargo.toml", "value": "MIT", "line": 6}], lic.get("components")
    for cid in CHECKS:
        assert res[cid]["status"] == "fail", res[cid]["message"]
        assert "only a component" in res[cid]["message"]["en"] and "MIT dans packages/wasm-core/Cargo.toml" in res[cid]["message"]["fr"], res[cid]["message"]


def test_components_holding_the_code_still_state_the_licence(tmp_path):
    # every app declares it (a workspace root private and silent): the project's licence
    files = {**CONSOLE}
    for app in ("api", "web"):
        files[f"apps/{app}/package.json"] = json.dumps({"name": app, "private": True, "license": "MIT"}, indent=2) + "\n"
    lic = run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS)["facts"]["license"]
    assert lic["spdx"] == "MIT" and lic["status"] == "declared-only" and "components" not in lic, lic

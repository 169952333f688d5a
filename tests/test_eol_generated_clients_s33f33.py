"""scaling.end-of-life (issue 12, s33 f33 = dataregion/DataEtatRegion-front): an Angular monorepo whose apps import API clients
written by openapi-generator (apps/clients/<api>/ with its .openapi-generator/FILES and VERSION, a package.json whose peer and dev
dependencies say "@angular/core": "^19.0.0") was "Past end of life: Angular 19, Angular 20", while the root package.json, the
project's runtime, declares Angular 21. A generator's boilerplate manifest is not the project's runtime; a sub-folder's package.json
written by people (no generator's marker) is still read, and so is a repository that is itself one generated client."""

from __future__ import annotations

import json

from tests.test_eol_vendor_systems_s26 import _eol

ROOT = json.dumps({"name": "data-etat", "private": True, "dependencies": {"@angular/core": "^21.0.0", "rxjs": "~7.8.0"}}, indent=2)
CLIENT = json.dumps({"name": "budget", "version": "1.0.0", "description": "OpenAPI client for budget", "author": "OpenAPI-Generator Contributors",
                     "peerDependencies": {"@angular/core": "^19.0.0", "rxjs": "^7.5.5"},
                     "devDependencies": {"@angular/core": "^19.0.0", "ng-packagr": "^19.0.0"}}, indent=2)
GENERATED = {".openapi-generator/FILES": ".gitignore\nREADME.md\napi.module.ts\napi/api.ts\npackage.json\n",
             ".openapi-generator/VERSION": "7.12.0\n", "api.module.ts": "export class ApiModule {}\n", "package.json": CLIENT,
             "README.md": "# budget@1.0.0\n\nThe version of the OpenAPI document: 1.0\n"}
FILES = {"README.md": "# Data État\n\nLes fronts de la plateforme.\n", "package.json": ROOT,
         "apps/budget/src/main.ts": "import { bootstrapApplication } from '@angular/platform-browser';\n",
         **{f"apps/clients/{api}/{p}": t for api in ("budget", "v3/referentiels") for p, t in GENERATED.items()}}


def test_a_generated_clients_manifest_is_not_the_runtime(tmp_path):
    fact, res = _eol(tmp_path, FILES)
    assert not fact["findings"], fact["findings"]
    assert {(r["path"], r["cycle"]) for r in fact["read"]} == {("package.json", "21")}, fact["read"]
    assert res["status"] == "pass", res["message"]


def test_a_hand_written_sub_package_or_a_generated_client_repository_is_still_read(tmp_path):
    hand = {k: v for k, v in FILES.items() if ".openapi-generator/" not in k or "/budget/" not in k}  # (budget's marker gone)
    fact, res = _eol(tmp_path / "a", hand)
    assert {(f["path"], f["cycle"]) for f in fact["findings"]} == {("apps/clients/budget/package.json", "19")}, fact["findings"]
    assert res["status"] in ("warn", "fail"), res["message"]
    fact, res = _eol(tmp_path / "b", GENERATED)
    assert {(f["path"], f["cycle"]) for f in fact["findings"]} == {("package.json", "19")}, fact["findings"]

"""A root Apache-2.0 notice in a workspace whose packages mostly side with it: the project's licence, not a conflict.

Real case (issue 12, s46 fh46 = SocialGouv/anonymify): the root LICENSE is the Apache-2.0 application notice ("Licensed under the
Apache License, Version 2.0 …", read as a notice, not a full text), three published packages declare "Apache-2.0" and one private
internal ESLint preset packages/config/package.json declares "MIT". That one package's manifest made the licence a conflict
(spdx null, status "conflict"): it is the package's own licence, a consistency finding, outvoted three to one.
"""

from __future__ import annotations

import json

import pytest

from auditor.engine import AuditOptions, audit

NOTICE = ("Copyright 2024 Direction du numérique d'un ministère\n\nLicensed under the Apache License, Version 2.0 (the \"License\");\n"
          "you may not use this file except in compliance with the License.\nYou may obtain a copy of the License at\n\n"
          "    http://www.apache.org/licenses/LICENSE-2.0\n\nUnless required by applicable law or agreed to in writing, software\n"
          "distributed under the License is distributed on an \"AS IS\" BASIS,\nWITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, "
          "either express or implied.\nSee the License for the specific language governing permissions and\nlimitations under the License.")


def package(name: str, lic: str, private: bool = False) -> str:
    data = {"name": name, "version": "1.0.0", "license": lic}
    if private:
        data["private"] = True
    return json.dumps(data, indent=2)


def workspace(licences: dict) -> dict:
    files = {"LICENSE": NOTICE, "README.md": "# Pseudonymiser\n\nOutils pour pseudonymiser des fichiers.\n",
             "package.json": json.dumps({"name": "root", "private": True, "workspaces": ["packages/*"]}, indent=2)}
    for name, lic in licences.items():
        files[f"packages/{name}/package.json"] = package(f"@org/{name}", lic, private=name == "lint-preset")
        files[f"packages/{name}/src/index.ts"] = f"export const {name.replace('-', '_')} = (s: string) => s.trim();\n"
    return files


@pytest.fixture
def run(repo, tmp_path):
    def go(files: dict):
        path = repo([{"files": files, "date": "2026-01-10T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
        report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=["licensing.consistent", "licensing.license-file"]))
        return {r["id"]: r for r in report["results"]}, report["facts"]["license"]
    return go


def test_a_private_package_outvoted_by_the_others_is_a_consistency_finding(run):
    res, lic = run(workspace({"anonymise": "Apache-2.0", "sample": "Apache-2.0", "entities": "Apache-2.0", "lint-preset": "MIT"}))
    assert lic["spdx"] == "Apache-2.0" and lic["status"] == "identified" and not lic["conflict"], lic["conflicts"]
    assert [d["source"]["path"] for d in lic["disagreements"]] == ["packages/lint-preset/package.json"]
    lf = res["licensing.license-file"]  # (a notice, not the licence's full text: that warning stays, no longer "the sources disagree")
    assert lf["status"] == "warn" and "without its full text" in lf["message"]["en"], lf["message"]["en"]
    assert res["licensing.consistent"]["status"] != "pass"


@pytest.mark.parametrize("licences", [{"anonymise": "MIT", "sample": "MIT", "entities": "Apache-2.0"},  # packages mostly against it
                                      {"anonymise": "Apache-2.0", "lint-preset": "MIT"}])  # a tie
def test_near_miss_packages_not_siding_with_the_notice_leave_a_conflict(run, licences):
    _, lic = run(workspace(licences))
    assert lic["spdx"] is None and lic["status"] == "conflict" and lic["conflict"]


def test_near_miss_a_root_manifest_disagreeing_with_the_notice_stays_a_conflict(run):
    files = {"LICENSE": NOTICE, "README.md": "# Outil\n\nUn outil.\n", "package.json": package("outil", "MIT"),
             "src/index.js": "export const a = 1;\n"}
    _, lic = run(files)
    assert lic["spdx"] is None and lic["status"] == "conflict"

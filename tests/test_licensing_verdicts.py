"""Licensing verdicts shaped like the real cases of issue 12: the main licence survives benign disagreements,
GPL v3 '-only' is on the décret's list, an Etalab sentence about the code is not a data licence."""

from __future__ import annotations

import json

import pytest

from auditor.engine import AuditOptions, audit
from auditor.licenses.matcher import load_data

TEXTS = load_data()["licenses"]
LICENSING = ["licensing.license-file", "licensing.open-license", "licensing.authorized-fr", "licensing.consistent"]
CODE = {f"src/m{i}.js": f"export const a{i} = {i};\n" for i in range(4)}


def text(lid: str) -> str:
    return TEXTS[lid]["texts"][0]["text"]


@pytest.fixture
def run(repo, tmp_path):
    def go(files: dict, only=None):
        path = repo([{"files": {**CODE, **files}, "date": "2026-01-10T10:00:00Z"}], name=f"r{len(list(tmp_path.iterdir()))}")
        report = audit(str(path), AuditOptions(cache_dir=tmp_path / "cache", only=only or LICENSING))
        return {r["id"]: r for r in report["results"]}, report["facts"]["license"]
    return go


@pytest.mark.parametrize("declared", ["ISC", "UNLICENSED"])
def test_root_text_is_the_main_license_and_a_manifest_that_disagrees_is_a_consistency_finding(run, declared):
    res, lic = run({"LICENSE": "Copyright (c) 2024 Métropole de Lyon\n\n" + text("MIT"),
                    "package.json": json.dumps({"name": "carte", "license": declared})})
    assert lic["spdx"] == "MIT" and lic["status"] == "identified" and not lic["conflict"]
    assert lic["disagreements"][0]["source"]["path"] == "package.json"
    assert res["licensing.license-file"]["status"] == "pass"
    assert res["licensing.open-license"]["status"] == "pass"
    assert res["licensing.authorized-fr"]["status"] == "pass"
    c = res["licensing.consistent"]
    assert c["status"] == "fail" and any(e.get("path") == "package.json" for e in c["evidence"])


def test_without_a_license_text_disagreeing_declarations_leave_the_license_unknown(run):
    _, lic = run({"package.json": json.dumps({"license": "MIT"}), "composer.json": json.dumps({"license": "GPL-3.0-or-later"})})
    assert lic["spdx"] is None and lic["conflict"]


def test_reuse_manifest_declaring_the_and_of_its_texts_agrees(run):
    files = {"LICENSES/MIT.txt": text("MIT"), "LICENSES/CC-BY-4.0.txt": text("CC-BY-4.0"),
             "package.json": json.dumps({"name": "x", "license": "MIT AND CC-BY-4.0"}),
             "docs/a.md": "<!-- SPDX-FileCopyrightText: 2025 Ville -->\n<!-- SPDX-License-Identifier: CC-BY-4.0 -->\n# Doc\n",
             "docs/b.md": "<!-- SPDX-FileCopyrightText: 2025 Ville -->\n<!-- SPDX-License-Identifier: CC-BY-4.0 -->\n# Doc\n"}
    files.update({p: "// SPDX-FileCopyrightText: 2025 Ville\n// SPDX-License-Identifier: MIT\n" + t for p, t in CODE.items()})
    res, lic = run(files)
    assert lic["spdx"] == "MIT" and not lic["conflict"] and not lic["disagreements"]
    assert res["licensing.consistent"]["status"] == "pass", res["licensing.consistent"]["message"]
    assert res["licensing.license-file"]["status"] == "pass"


@pytest.mark.parametrize("lid", ["GPL-3.0-only", "AGPL-3.0-only", "LGPL-3.0-only"])
def test_gpl_v3_only_is_on_the_decree_list(run, lid):
    res, lic = run({"LICENSE": text(lid.replace("-only", "-or-later")), "package.json": json.dumps({"license": lid})})
    r = res["licensing.authorized-fr"]
    assert lic["spdx"] == lid
    assert r["status"] == "pass" and r["score"] == 10, r["message"]


def test_etalab_sentence_about_the_code_is_not_a_data_license(run):
    readme = ("# Carte des travaux\n\n## Licence\n\nLe code source de ce dépôt est publié sous la Licence Ouverte / Etalab 2.0.\n")
    res, lic = run({"README.md": readme, "LICENSE": text("etalab-2.0")})
    r = res["licensing.authorized-fr"]
    assert r["status"] != "pass"  # etalab-2.0 is for data and documents: the code needs a software licence
    res, lic = run({"README.md": "# Carte\n\n## Licence\n\nCode sous licence MIT ; les données sous Licence Ouverte / Etalab 2.0.\n",
                    "LICENSE": text("MIT")})
    assert lic["spdx"] == "MIT" and res["licensing.authorized-fr"]["status"] == "pass"


def test_etalab_in_a_readme_sentence_about_the_code_is_not_a_data_license(run):
    data = {f"data/arrets_{i}.csv": "id;nom\n1;Gare\n" for i in range(3)}
    readme = "# Carte des arrêts\n\n## Licence\n\nLe code source de ce dépôt est publié sous Licence Ouverte / Etalab 2.0.\n"
    res, _ = run({"README.md": readme, **data}, only=["licensing.data-and-docs"])
    r = res["licensing.data-and-docs"]
    assert r["status"] != "pass" and not any(e.get("path") == "README.md" and e.get("kind") == "found" for e in r["evidence"])
    readme = "# Carte des arrêts\n\n## Licence\n\nLes données du dossier data/ sont publiées sous Licence Ouverte / Etalab 2.0.\n"
    res, _ = run({"README.md": readme, **data}, only=["licensing.data-and-docs"])
    assert any(e.get("path") == "README.md" and e.get("kind") == "found" for e in res["licensing.data-and-docs"]["evidence"])

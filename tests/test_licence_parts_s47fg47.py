"""Issue 12, s47 fg47 (reader rc47; also ri46's OPEN-ENT-NG/magneto, s46 vf46): OPEN-ENT-NG/ressource-aggregator, an ENT module
with a back end (backend/pom.xml) and a front end (frontend/package.json) at the top, a root LICENCE (AGPL-3.0 text) and a README
"* Licence : [AGPL v3](…) - Copyright <a long list of authorities>". licensing.consistent passed "a single source states the license
(LICENCE)" while frontend/package.json says "license": "GPL-3.0": a sub-folder manifest was read only when one folder held the code,
and the README field was skipped as too long because of its holders. The parts of one application are the project's declarations.
"""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit
from tests.test_subfolder_manifest_licence_s21 import AGPL

CHECK = "licensing.consistent"


def _java(n: int) -> dict:
    return {f"backend/src/main/java/fr/module/C{i}.java": f"package fr.module;\n\npublic class C{i} {{\n    public int v() {{\n        return {i};\n    }}\n}}\n"
            for i in range(n)}


def _ts(n: int) -> dict:
    return {f"frontend/src/m{i}.ts": f"export const v{i} = (): number => {i};\n" for i in range(n)}


def _module(front_licence: str) -> dict:
    return {
        "README.md": "# Module\n\n# À propos\n* Licence : [AGPL v3](http://www.gnu.org/licenses/agpl.txt) - Copyright Région Exemple, "
                     "Département de l'Exemple, Ville d'Exemple et Communauté d'agglomération de l'Exemple\n* Développeur : Prestataire\n",
        "LICENCE": AGPL,
        "backend/pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.module</groupId><artifactId>module</artifactId>"
                           "<version>1.0</version></project>\n",
        "frontend/package.json": json.dumps({"name": "module-front", "version": "1.0.0", "description": "Interface du module",
                                             "license": front_licence, "scripts": {"build": "vite build"}}, indent=2) + "\n",
        **_java(6), **_ts(4),
    }


def _audit(tmp_path, files):
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", [CHECK])
    return report["facts"]["license"], results(report)[CHECK]


def test_the_front_ends_manifest_disagreeing_with_the_root_text_is_a_finding(tmp_path):
    lic, r = _audit(tmp_path, _module("GPL-3.0"))
    assert lic["spdx"].startswith("AGPL-3.0"), lic  # the root text stays the main licence
    assert r["status"] == "fail" and "frontend/package.json" in r["message"]["en"] and "GPL-3.0" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "README.md" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]  # the README's field is read


def test_near_miss_the_parts_manifests_agreeing_with_the_root_text(tmp_path):
    lic, r = _audit(tmp_path, _module("AGPL-3.0-only"))
    assert r["status"] == "pass" and "3 sources agree" in r["message"]["en"], r["message"]

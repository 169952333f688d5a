"""A monorepo's README presenting its packages: a package README's usage chapter is the project's usage.

Real case (issue 12, s46 fh46 = SocialGouv/anonymify): the README's "## Packages" table links ./packages/csv-sample and
./packages/csv-anonymify (each with its package.json), whose READMEs have "## Usage" with `import { … } from "@socialgouv/…"`.
readme.sections.usage was false: a linked usage chapter counted only in the README told at length (same title, a sibling, a vignette),
and the packages' READMEs, the project's deliverables, were taken for guides to a part.
"""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

README = ("# @exemple/pseudo\n\nOutils TypeScript pour pseudonymiser des données.\n\n## Packages\n\n| package | description |\n"
          "| --- | --- |\n| [detect](./packages/detect) | détecte le type des valeurs |\n| [table-pseudo](./packages/table-pseudo) | "
          "pseudonymise un tableau |\n\n### Build\n\nTo build all packages, run:\n\n```\nyarn run build\n```\n")


def package_readme(name: str) -> str:
    return (f"# @exemple/{name}\n\nUne brique de pseudonymisation.\n\n## Usage\n\n```js\nimport {{ run }} from \"@exemple/{name}\";\n\n"
            "const out = await run(rows);\n```\n")


def tree(folders=("packages/detect", "packages/table-pseudo"), manifests=True) -> dict:
    files = {"README.md": README, "package.json": json.dumps({"name": "root", "private": True, "workspaces": ["packages/*"]})}
    for folder in folders:
        name = folder.rsplit("/", 1)[1]
        files[f"{folder}/README.md"] = package_readme(name)
        files[f"{folder}/src/index.ts"] = "export const run = async (rows: string[]) => rows;\n"
        if manifests:
            files[f"{folder}/package.json"] = json.dumps({"name": f"@exemple/{name}", "version": "1.0.0", "main": "dist/index.js"})
    return files


def _readme(tmp_path, files: dict) -> dict:
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.readme-sections"])
    assert results(report)["documentation.readme-sections"]["status"] != "error"
    return report["facts"]["readme"]


def test_the_usage_of_the_packages_the_readme_presents_is_the_projects(tmp_path):
    readme = _readme(tmp_path, tree())
    assert "usage" in readme["sections"] and readme["section_sources"]["usage"] == "packages/detect/README.md"


def test_near_miss_one_linked_folder_is_a_guide_to_a_part(tmp_path):
    files = tree()
    files["README.md"] = README.replace("| [table-pseudo](./packages/table-pseudo) |", "| table-pseudo |")
    assert "usage" not in _readme(tmp_path, files)["sections"]


def test_near_miss_linked_folders_without_a_manifest_are_no_packages(tmp_path):
    assert "usage" not in _readme(tmp_path, tree(manifests=False))["sections"]

"""documentation.community-files: a monorepo whose main app keeps CONTRIBUTING.md, GOVERNANCE.md and ROADMAP.md in its own
folder (apps/platform/, beside its package.json) had them called missing, while a CHANGELOG in another component's folder
counted (issue 12, s34 n34, virteal/inseme). One rule for every kind of community file."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

CID = "documentation.community-files"
PKG = '{"name": "%s", "version": "1.0.0"}\n'


def _run(repo, tmp_path, app_dir):
    files = {"README.md": "# Inseme\n\nDes outils civiques.\n", "package.json": PKG % "root",
             f"{app_dir}/package.json": PKG % "platform", f"{app_dir}/src/main.js": "export const a = 1;\n",
             f"{app_dir}/CONTRIBUTING.md": "# Contribuer\n\nOuvrez une demande de fusion ; lancez `npm test`.\n",
             f"{app_dir}/GOVERNANCE.md": "# Gouvernance\n\nL'association décide en assemblée.\n",
             f"{app_dir}/ROADMAP.md": "# Feuille de route\n\n- Version 2 : le wiki.\n",
             "packages/core/package.json": PKG % "core", "packages/core/CHANGELOG.md": "# Changelog\n\n## 1.0.0\n\n- Première version.\n"}
    report = audit(str(repo([{"files": files, "date": "2025-01-10T10:00:00+00:00"}])),
                   AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0]["details"]


def test_a_components_community_files_are_present(repo, tmp_path):
    d = _run(repo, tmp_path, "apps/platform")
    assert {"contributing", "governance", "roadmap", "changelog"} <= set(d["present"])


def test_files_in_a_folder_without_a_manifest_stay_missing(repo, tmp_path):
    d = _run(repo, tmp_path, "notes/old/platform")  # three levels down, no component of the monorepo
    assert {"contributing", "governance", "roadmap"} <= set(d["missing"]) and "changelog" in d["present"]

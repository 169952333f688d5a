"""files and docs facts on State start-up repositories (issue 12, session 10): documentation folders named doc_<something> or
docs-<something> (doc_fs/, doc_fi/ of specifications) and Terraform's provider lock file were not looked for."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

CID = "documentation.docs"


def facts(tmp_path, files: dict) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID])["facts"]


APP = {"README.md": "# Service\n\nUn service de déclaration en ligne pour les entreprises.\n", "package.json": '{"name": "service"}',
       "src/index.js": "console.log(1);\n"}


def test_doc_prefixed_folders_of_documents_are_documentation(tmp_path):
    f = facts(tmp_path, {**APP, "doc_fs/specifications_fonctionnelles.md": "# Spécifications\n\nLe parcours de l'usager.\n",
                         "doc_fi/guide_exploitation.pdf": "%PDF-1.4\n", "docs-api/endpoints.md": "# Endpoints\n"})
    assert f["files"]["docs"] == "doc_fi/"
    assert f["docs"]["docs_dirs"][:3] == ["doc_fi", "doc_fs", "docs-api"] and f["docs"]["doc_files"] == 3


def test_a_doc_prefixed_folder_of_code_is_no_documentation(tmp_path):
    f = facts(tmp_path, {**APP, "docs-builder/index.js": "module.exports = {};\n", "docs-builder/package.json": '{"name": "b"}'})
    assert f["files"]["docs"] is None and f["docs"]["docs_dirs"] == []


def test_the_terraform_lock_file_is_a_lockfile(tmp_path):
    f = facts(tmp_path, {**APP, "infra/main.tf": 'provider "scaleway" {}\n',
                         "infra/.terraform.lock.hcl": 'provider "registry.terraform.io/scaleway/scaleway" {\n  version = "2.40.0"\n}\n'})
    assert f["files"]["lockfiles"] == ["infra/.terraform.lock.hcl"]
    assert f["inventory"]["categories"].get("lockfile") == 1

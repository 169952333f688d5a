"""A docs/ folder holding only a pull-request template (issue 12, session 30 fixer c30 = reader r6a, 1024pix/pix-db-replication).

The replication jobs' docs/ folder holds one file, docs/pull_request_template.md ("## :unicorn: Problème", "## :robot: Solution"):
GitHub reads a pull-request template from the root, docs/ or .github/. facts.files.docs said "docs/" and documentation.docs counted
it as one page of documentation. A forge's pull-request or issue template is the form a contributor fills, no documentation: a docs/
folder of templates alone is no documentation folder; beside real pages it is not counted among them. The template stays the
pull-request template of the community files."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

README = "# pix-db-replication\n\nReplicate the production database to a data warehouse every night.\n"
TEMPLATE = ("## :unicorn: Problème\n> _Décrivez ici le besoin ou l'intention couvert par cette Pull Request._\n\n"
            "## :robot: Solution\n> _Ajoutez à cet endroit les détails de la solution technique retenue._\n")
CODE = {"package.json": '{"name": "pix-db-replication", "version": "1.0.0"}\n', "src/index.js": "module.exports = () => 1;\n"}


def test_a_docs_folder_of_a_pull_request_template_alone_is_no_documentation(tmp_path):
    make_repo(tmp_path, [{"files": {"README.md": README, "docs/pull_request_template.md": TEMPLATE, **CODE}}])
    ctx = ctx_for(tmp_path)
    assert ctx.fact("files")["docs"] is None
    docs = ctx.fact("docs")
    assert docs["docs_dirs"] == [] and docs["doc_files"] == 0
    assert docs["community"]["pr_template"]["path"] == "docs/pull_request_template.md"


def test_the_template_beside_pages_is_not_counted(tmp_path):
    files = {"README.md": README, "docs/pull_request_template.md": TEMPLATE, **CODE,
             "docs/architecture.md": "# Architecture\n\nA Bull queue runs the replication jobs.\n",
             "docs/deploiement.md": "# Déploiement\n\nDéployez sur Scalingo.\n"}
    make_repo(tmp_path, [{"files": files}])
    ctx = ctx_for(tmp_path)
    assert ctx.fact("files")["docs"] == "docs/"
    assert ctx.fact("docs")["doc_files"] == 2

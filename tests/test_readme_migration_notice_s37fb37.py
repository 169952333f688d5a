"""readme.description, readme.sections purpose (issue 12, s37 fb37 = reader rs37, codegouvfr/sill-api): an archived repository's
README is a migration notice — "# This project has been migrated to a monorepo.", the new address, "This one is kept only for history
purposes. Please do not use it anymore…" — then its licences. The description was that status sentence (the word "purposes" read as
a statement of purpose) and the purpose section came from it. A heading saying the project moved or was archived heads a notice,
as a "Deprecated" heading does; a sentence saying the repository is kept only as a record is a notice; a sentence stating the licence
("The source code is licensed under the MIT license") is no description. Now: no description, no purpose. Near misses: a README that
says what the project does keeps its description, and a sentence on data "kept for history purposes" by the application is no
notice."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.document import norm
from auditor.facts.readme_forms import notice_line
from tests.gitrepo import make_repo

NOTICE = ("# This project has been migrated to a monorepo.\n\nIt is now available at https://forge.example.org/catalogue/monorepo\n\n"
          "This one is kept only for history purposes. Please do not use it anymore, issues and PRs will not be processed. They "
          "should be addressed to the new repository mentioned above.\n\n# Licences\n\nThe ministry and contributors, 2022.\n\n"
          "-   The data are licensed under the [licence Ouverte 2.0](LICENSES/LICENSE.Etalab-2.0.md).\n"
          "-   The source code is licensed under the [MIT license](LICENSES/LICENSE.MIT.md).\n")
LIVE = ("# catalogue-api\n\nThe API of the catalogue of free software recommended to public administrations, its entries and their "
        "referents.\n\nOld entries are kept for history purposes in the archive table of the database.\n\n# Licences\n\n"
        "-   The source code is licensed under the [MIT license](LICENSES/LICENSE.MIT.md).\n")


def _readme(tmp_path, text: str) -> dict:
    files = {"README.md": text, "package.json": '{"name": "catalogue-api", "version": "1.0.0", "license": "MIT"}\n',
             "src/index.ts": "export const port = 8080;\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2024-03-27T09:20:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme"]))
    return report["facts"]["readme"]


def test_a_migration_notice_gives_no_description_nor_purpose(tmp_path):
    readme = _readme(tmp_path, NOTICE)
    assert readme["description"] is None, readme["description"]
    assert "purpose" not in readme["sections"], readme["section_details"]
    assert "license" in readme["sections"]


def test_a_live_readme_keeps_its_description(tmp_path):
    readme = _readme(tmp_path, LIVE)
    assert readme["description"]["line"] == 3, readme["description"]
    assert "purpose" in readme["sections"]


@pytest.mark.parametrize(("text", "notice"), [
    ("This one is kept only for history purposes. Please do not use it anymore.", True),
    ("Ce dépôt est conservé à titre d'archive.", True),
    ("This repository is only kept for reference purposes.", True),
    ("Old entries are kept for history purposes in the archive table of the database.", False),
    ("The data is kept for history purposes in the warehouse.", False),
    ("Outil de suivi des aides conservé par la DINUM pour les collectivités.", False),
])
def test_what_reads_as_a_kept_as_record_notice(text, notice):
    assert notice_line(norm(text)) is notice

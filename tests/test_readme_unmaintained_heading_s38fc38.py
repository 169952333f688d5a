"""readme.sections contact (issue 12, s38 fc38 = reader rs38, betagouv/etudiant-entrepreneur): a README opens on the heading "# Ce
projet n'est plus maintenu par la communauté beta.gouv.fr" over one sentence and a link to the incubator's manifesto, then the
project's own title, prerequisites and commands. The word "communauté" made the banner a contact chapter, though it is a status notice:
it says who no longer keeps the project and names no person, address or channel. A heading that is such a notice (the project no
longer maintained, archived, deprecated, moved) is no contact chapter when the contact words it holds are only those of the people or
the group who kept it. Near misses: "## Maintenu par la communauté …" and "## Mainteneurs" over names with their addresses stay
contact, and a notice that names a way to reach someone ("Deprecated: contact us") keeps its contact."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.readme_headings import heading_sections
from tests.gitrepo import make_repo

BANNER = ("# Ce projet n'est plus maintenu par la communauté exemple.gouv.fr\n\n"
          "Le service est peut-être encore en ligne, mais l'équipe qui l'opère ne suit plus la [charte](https://exemple.gouv.fr/charte).\n\n"
          "---------\n\n# Stages-etudiants\n\nFaciliter la recherche d'un stage pour les étudiants !\n\n"
          "## Prerequisites\n\n* [Node.js](http://nodejs.org) (18+)\n\n## Getting Started\n\n```\nnpm install\nnpm start\n```\n")
MAINTAINED = ("# Stages-etudiants\n\nFaciliter la recherche d'un stage pour les étudiants !\n\n"
              "## Prerequisites\n\n* [Node.js](http://nodejs.org) (18+)\n\n## Getting Started\n\n```\nnpm install\nnpm start\n```\n\n"
              "## Maintenu par la communauté exemple.gouv.fr\n\n- Alice Martin <alice.martin@exemple.gouv.fr>\n"
              "- Bruno Petit (salon #stages-etudiants sur Mattermost)\n")


def _readme(tmp_path, text: str) -> dict:
    files = {"README.md": text, "package.json": '{"name": "stages-etudiants", "version": "1.0.0", "scripts": {"start": "node index.js"}}\n',
             "index.js": "require('http').createServer((q, r) => r.end('ok')).listen(8080);\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2019-05-14T09:20:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")},
                                      {"files": {"README.md": text + "\n"}, "date": "2021-02-03T10:00:00Z", "message": "readme"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme"]))
    return report["facts"]["readme"]


def test_an_unmaintained_banner_is_no_contact_chapter(tmp_path):
    readme = _readme(tmp_path, BANNER)
    assert "contact" not in readme["sections"], readme["section_details"]  # was contact via heading line 1
    assert "install" in readme["sections"] and "purpose" in readme["sections"], readme["section_details"]


def test_a_maintained_by_chapter_with_addresses_stays_contact(tmp_path):
    readme = _readme(tmp_path, MAINTAINED)
    assert "contact" in readme["sections"], readme["section_details"]


@pytest.mark.parametrize(("text", "contact"), [
    ("Ce projet n'est plus maintenu par la communauté beta.gouv.fr", False),
    ("This project is no longer maintained by the community", False),
    ("Ce dépôt n'est plus maintenu par l'équipe", False),
    ("Maintenu par la communauté beta.gouv.fr", True),
    ("Mainteneurs", True),
    ("Maintainers", True),
    ("Communauté", True),
    ("Deprecated: no longer maintained, contact us", True),
])
def test_which_headings_name_a_contact(text, contact):
    assert ("contact" in heading_sections(text)) is contact

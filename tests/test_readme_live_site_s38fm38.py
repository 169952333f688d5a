"""Session 38 (fm38): a README's "## Live Site" chapter giving the published site's address is the link to the live service.

A contractor's documentation site for a département had, under "## Live Site", "The documentation is published at: <its Pages
address>": documentation.readme-sections said "No link to the live service or a demo", no cue being read ("live" was no
deployment word in a heading, "published at" no demo word). A heading naming the live or published site, or a site said
published at an address, is that service; a paper "published at" a journal's address is none (near miss)."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

_CID = "documentation.readme-sections"


def _readme(chapter: str) -> dict:
    return {"README.md": "# Documentation du robot RPA\n\nDocumentation du robot de reprise des marchés publics du Département.\n\n"
                         + chapter + "\n## Installation\n\n```bash\npip install mkdocs\nmkdocs serve\n```\n",
            "mkdocs.yml": "site_name: Documentation RPA\n", "docs/index.md": "# Accueil\n\nLe robot.\n"}


def test_a_live_site_heading_over_the_published_address_is_the_live_service(tmp_path):
    r = check_result(tmp_path, _readme("## Live Site\n\nThe documentation is published at: "
                                       "[https://agence.github.io/rpa-docs/](https://agence.github.io/rpa-docs/)\n"), _CID)
    assert "No link to the live service or a demo." not in str(r), r


def test_a_paper_published_at_a_journal_is_no_live_service(tmp_path):
    r = check_result(tmp_path, _readme("## References\n\nThe method is published at: "
                                       "[https://journal.example-science.org/article/42](https://journal.example-science.org/article/42)\n"), _CID)
    assert "No link to the live service or a demo." in str(r), r

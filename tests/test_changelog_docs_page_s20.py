"""files.changelog, documentation.community-files (issue 12, session 20 reader r2): release notes kept as a page of the MkDocs site
(datagrandest/dge-dataviz-components: documentation/docs/versions.md, "# Notes de version", a chapter a version) were missed: only
<docs>/pages/changelog.md or a changelog/ folder counted, so "no CHANGELOG". A documentation site's page named as release notes
(versions, releases, notes de version, historique des versions, changelog, what's new) is the changelog; another page is not."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "documentation.community-files"
BASE = {"README.md": "# composants-dataviz\n\nComposants web de visualisation de données.\n",
        "src/chart.js": "export class Chart extends HTMLElement {}\n", "package.json": '{"name": "composants-dataviz", "version": "1.2.0"}\n',
        "documentation/mkdocs.yml": "site_name: Composants dataviz\nnav:\n  - index.md\n",
        "documentation/docs/index.md": "# Composants dataviz\n\nDocumentation des composants.\n"}
NOTES = "# Notes de version\n\n## v1.2.0\n\n- Ajout du composant carte.\n\n## v1.1.0\n\n- Correction des tableaux.\n"


def run(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": {**BASE, **files}, "date": "2026-03-02T10:00:00Z", "message": "init",
                                       "author": ("Alice Martin", "alice@example.org")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return next(r for r in report["results"] if r["id"] == CID), report["facts"]["files"]


def test_a_docs_site_page_of_release_notes_is_the_changelog(tmp_path):
    r, files = run(tmp_path, {"documentation/docs/versions.md": NOTES})
    assert files["changelog"] == "documentation/docs/versions.md", files
    assert "Present: CHANGELOG" in r["message"]["en"], r["message"]


def test_another_docs_page_is_no_changelog(tmp_path):
    r, files = run(tmp_path, {"documentation/docs/installation.md": "# Installation\n\nnpm install composants-dataviz\n"})
    assert files["changelog"] is None, files
    assert "Present: CHANGELOG" not in r["message"]["en"] and "CHANGELOG" in r["message"]["en"], r["message"]

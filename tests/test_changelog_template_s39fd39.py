"""files.changelog: a change log left as its template (issue 12, s39 fd39, reader rs39 at 38f8bcfa): a date still to fill in
("## [Unreleased] - yyyy-mm-dd") and every entry a placeholder ticket ("[PROJECTNAME-XXXX](http://tickets.projectname.com/…)")
records no change of the project, so it is no change log; one real entry keeps it.

The files are written for these tests, in the shape of the real repository named below."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit

# - IGNF/espaceco-mobile-refonte: CHANGELOG.md is the Keep a Changelog model of the organisation's template, never filled in.
LOG = ("# Change Log\nTous les changements notables seront documentés dans ce fichier.\n\n## [Unreleased] - yyyy-mm-dd\n\n"
       "Ici on décrit les changements à venir pour le projet.\n\n### Added\n- [PROJECTNAME-XXXX](http://tickets.projectname.com/browse/PROJECTNAME-XXXX)\n"
       "  MINOR Nom du ticket si possible ou description de la modif.\n{extra}\n### Fixed\n\n## [1.2.4] - 2017-03-15\n\n### Changed\n"
       "- [PROJECTNAME-ZZZZ](http://tickets.projectname.com/browse/PROJECTNAME-ZZZZ)\n  PATCH Nom du ticket si possible.\n")


def _files(tmp_path, log: str) -> dict:
    files = {"README.md": "# carto\n\nApplication mobile de saisie de signalements cartographiques.\n", "CHANGELOG.md": log,
             "package.json": '{"name": "carto", "version": "1.0.0"}\n', "src/App.tsx": "export const App = () => null;\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2025-03-02T10:00:00Z", "message": "init"}])
    return run_audit(repo, tmp_path / "c", ["documentation.community-files"])["facts"]["files"]


def test_an_unfilled_changelog_template_is_no_changelog(tmp_path):
    assert _files(tmp_path, LOG.format(extra=""))["changelog"] is None


def test_near_miss_one_real_entry_keeps_the_changelog(tmp_path):
    assert _files(tmp_path, LOG.format(extra="- Ajout de l'export PDF des signalements\n"))["changelog"] == "CHANGELOG.md"

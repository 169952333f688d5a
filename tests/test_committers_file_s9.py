"""documentation.community-files: a COMMITTERS file names the people who maintain the project (issue 12, session 9's first reads:
GIP-RECIA/uPortal-web-components' COMMITTERS.md, "Project Lead and Committers", was "missing: AUTHORS or MAINTAINERS")."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CID = "documentation.community-files"
README = "# Composants web\n\nComposants web du portail de l'ENT, publiés sur npm.\n"


def test_a_committers_file_is_the_maintainers_list(tmp_path):
    committers = ("# Project Lead and Committers\n\n## Project Lead\n\nJeanne Roux (@jroux)\n\n## Committers\n\n"
                  "- Luc Bernard (@lbernard)\n- Anne Petit (@apetit)\n")
    report = run(build(tmp_path / "r", {"README.md": README, "COMMITTERS.md": committers, "package.json": '{"name": "wc"}'}), tmp_path / "c", only=[CID])
    assert report["facts"]["docs"]["community"]["authors"] == {"path": "COMMITTERS.md"}
    assert "authors" not in (results(report)[CID].get("details") or {}).get("missing", [])


def test_a_long_committers_guide_naming_no_one_is_no_list(tmp_path):
    guide = "# Committers\n\n" + "This guide explains how a contributor may become a committer of the platform after several reviews. " * 40
    report = run(build(tmp_path / "r", {"README.md": README, "COMMITTERS.md": guide, "package.json": '{"name": "wc"}'}), tmp_path / "c", only=[CID])
    assert report["facts"]["docs"]["community"]["authors"] is None

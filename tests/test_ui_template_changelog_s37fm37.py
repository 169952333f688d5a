"""documentation.community-files on an application built inside a copied UI template (issue 12, s37 fm37 = re-reader vc37,
Romain64290/zero_dechet): the root ``changelog`` came with the admin template (AdminLTE's "CHANGE LOG: v2.3.0: - Added social
widgets…", its package.json at version 2.3.0), yet files.changelog named it and the check said "Present: CHANGELOG". A root change
log whose first release is the template manifest's own version is the template's history, not the project's; a change log of the
team's own (another version) stays the project's. Minimal fixtures written for the test (the made-up template DashLite)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge
from tests.test_ui_template_copy_s37fc37 import REPO

TEMPLATE_LOG = "CHANGE LOG:\nv2.3.0:\n- Added social widgets\n- Added profile page\n\nv2.2.1:\n- Bug fixes\n- Updated Bootstrap to 3.3.5\n"
OWN_LOG = "# Journal des modifications\n\n## 1.2.0 - 2017-09-01\n- Ajout de l'export PDF des demandes\n\n## 1.1.0 - 2017-08-01\n- Première version\n"


def test_the_templates_changelog_is_not_the_projects(tmp_path):
    report, res = judge(tmp_path, {**REPO, "changelog": TEMPLATE_LOG}, ["documentation.community-files"])
    assert report["facts"]["files"]["changelog"] is None, report["facts"]["files"]
    r = res["documentation.community-files"]
    assert not any(e.get("value") == "changelog" and e.get("kind") == "found" for e in r["evidence"]), r["evidence"]
    assert "changelog" in r["details"]["missing"], r["details"]


def test_a_teams_own_changelog_beside_the_template_stays_the_projects(tmp_path):
    # near miss: the team's change log, of its own versions, is the project's
    report, res = judge(tmp_path, {**REPO, "CHANGELOG.md": OWN_LOG}, ["documentation.community-files"])
    assert report["facts"]["files"]["changelog"] == "CHANGELOG.md", report["facts"]["files"]

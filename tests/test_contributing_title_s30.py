"""A contributing guide under a misspelt name (issue 12, session 30 fixer c30 = reader r6a, betagouv/mission-transition-ecologique).

The monorepo's guide is .github/CONTRIBUTIING.md (the name misspelt), a 70-line "# Contributing" guide (fork, branch, open a pull
request), and files.contributing said none: community files were known by their names only. A prose page of a community place (the
root, docs/, .github/) whose first heading is a contributing guide's title is that guide; a word of another title is not ("#
Contributions" listing past work, a guide whose first title is the project's and which has a "Contributing" chapter further down)."""

from __future__ import annotations

import pytest

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

README = "# Mission transition\n\nAn app to help firms find public aid programmes for their ecological transition.\n"
GUIDE = ("# Contributing\n\n## Request for changes/ Pull Requests\n\nYou first need to create a fork of the repository to commit "
         "your changes to it.\n\nThen open a pull request against the main branch.\n")


@pytest.mark.parametrize("path,title", [(".github/CONTRIBUTIING.md", "# Contributing"), ("docs/CONTRIBUE.md", "# Contribuer au projet"),
                                        ("DEVELOPPER.md", "Contributing to Mission transition\n==================================")])
def test_a_page_titled_as_the_guide_is_the_contributing_guide(tmp_path, path, title):
    make_repo(tmp_path, [{"files": {"README.md": README, path: GUIDE.replace("# Contributing", title, 1)}}])
    ctx = ctx_for(tmp_path)
    assert ctx.fact("files")["contributing"] == path
    assert ctx.fact("docs")["community"]["contributing"]["path"] == path


def test_other_titles_stay_none(tmp_path):
    files = {"README.md": README,
             "docs/past-work.md": "# Contributions\n\n- 2023: the ETL by Jeanne Martin\n",
             ".github/GUIDE.md": "# Mission transition guide\n\n## Contributing\n\nOpen a pull request.\n",
             ".github/pull_request_template.md": "# Contributing\n\nDescribe your change.\n",
             "docs/postmortem.md": "# Contributing factors\n\nThe database filled up.\n"}
    make_repo(tmp_path, [{"files": files}])
    ctx = ctx_for(tmp_path)
    assert ctx.fact("files")["contributing"] is None
    assert ctx.fact("docs")["community"]["contributing"] is None


def test_the_named_guide_comes_first(tmp_path):
    make_repo(tmp_path, [{"files": {"README.md": README, "CONTRIBUTING.md": GUIDE, ".github/CONTRIBUTIING.md": GUIDE}}])
    assert ctx_for(tmp_path).fact("files")["contributing"] == "CONTRIBUTING.md"

"""A contributing guide named CONTRIBUTE.md (issue 12, session 21 fixer k14, case 4).

A Rails service's guide was docs/CONTRIBUTE.md ("# Comment contribuer": report a problem, open a pull request, code style) and
files.contributing said none: the community-file rule knew CONTRIBUTING, CONTRIBUER, CONTRIBUTION(S) but not the verb's English
imperative CONTRIBUTE. It is the contributing guide, at the root, in docs/ or .github/ alike; a list of contributors stays none."""

from __future__ import annotations

import pytest

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

README = "# Rendez-vous\n\nRendez-vous aide les agents d'un département à convoquer les allocataires.\n"
GUIDE = ("# Comment contribuer\n\n## Signaler un problème\n\nOuvrez un ticket en décrivant le problème.\n\n"
         "## Proposer une modification\n\nOuvrez une pull request vers la branche principale.\n")


@pytest.mark.parametrize("path", ["docs/CONTRIBUTE.md", "CONTRIBUTE.md", ".github/contribute.md"])
def test_contribute_is_the_contributing_guide(tmp_path, path):
    make_repo(tmp_path, [{"files": {"README.md": README, path: GUIDE}}])
    assert ctx_for(tmp_path).fact("files")["contributing"] == path


def test_contributors_and_code_named_contribute_stay_none(tmp_path):
    files = {"README.md": README, "CONTRIBUTORS.md": "# Contributeurs\n\n- Jeanne Martin\n",
             "app/contribute.rb": "class Contribute\nend\n"}
    make_repo(tmp_path, [{"files": files}])
    assert ctx_for(tmp_path).fact("files")["contributing"] is None

"""A release workflow's pull requests are a bot's changes, left out of the review count (issue 12, session 21 verifier v1,
InseeFr/Genesis-API and InseeFr/Kraftwerk): "github-actions <github-actions@github.com>" commits a version bump and
"github-actions[bot]" merges its pull request. Once one identity joined the two (a name and the same name plus "[bot]"), 39
of 60 "self-merged" changes were these, and maintenance.review went from warn to fail. A bot merging a person's branch stays
a merge request."""

from __future__ import annotations

from tests.gitrepo import git
from tests.test_maintenance import ctx_for, days_ago, run
from tests.test_review_merged_branch_s14 import _commit, _merge

ACTIONS = ("github-actions", "github-actions@github.com")
ACTIONS_BOT = ("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com")
NOEMIE = ("Noémie Garnier", "noemie.garnier@stat.example.fr")
PAUL = ("Paul Lefort", "paul.lefort@stat.example.fr")


def _history(tmp_path, releases: int, human_branch_author=NOEMIE):
    root = tmp_path / "r"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    _commit(root, PAUL, days_ago(300), {"a": "0"}, "start")
    git(root, "checkout", "-q", "-b", "feature")
    _commit(root, human_branch_author, days_ago(200), {"f": "1"}, "feat: export CSV")
    git(root, "checkout", "-q", "main")
    _merge(root, PAUL, days_ago(199), "feature", "Merge pull request #10 from org/feature")
    for n in range(releases):
        git(root, "checkout", "-q", "-b", f"update-version-{n}")
        _commit(root, ACTIONS, days_ago(150 - 10 * n), {"version.txt": f"1.{n}.0"}, f"chore: update version to 1.{n}.0")
        git(root, "checkout", "-q", "main")
        _merge(root, ACTIONS_BOT, days_ago(149 - 10 * n), f"update-version-{n}", f"Merge pull request #{20 + n} from org/update-version-{n}")
    return root


def test_a_release_bots_own_merges_are_left_out(tmp_path):
    v = run(ctx_for(_history(tmp_path, releases=4)), "maintenance.review").evidence[0].value
    assert (v["self_merged"], v["via_merge_request"]) == (0, 1), v  # was (4, 1): the bot "self-merging" its version bumps


def test_a_bot_merging_a_persons_branch_is_still_a_merge_request(tmp_path):
    root = _history(tmp_path, releases=0)
    git(root, "checkout", "-q", "-b", "fix")
    _commit(root, NOEMIE, days_ago(50), {"g": "2"}, "fix: encoding")
    git(root, "checkout", "-q", "main")
    _merge(root, ACTIONS_BOT, days_ago(49), "fix", "Merge pull request #30 from org/fix")
    v = run(ctx_for(root), "maintenance.review").evidence[0].value
    assert (v["self_merged"], v["via_merge_request"]) == (0, 2), v

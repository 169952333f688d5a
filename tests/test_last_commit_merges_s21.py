"""The last commit is the branch's last change, merges included (issue 12, session 21 fixer k4, case 1). On
etalab's data-provider-example the last commit is the merge of a pull request six days after its only commit, on
incubateur-ademe's bilansclimatsimplifies-backend a Dependabot merge six months after the last written commit: the report
gave the last written commit's date. The forge shows the merge's, and a jury reads that one as the last activity. The counts
stay the authored work (merges excluded), a person's last commit counts the merges a person made (not a bot's), and the
maintenance.activity evidence says the rule."""

from __future__ import annotations

from tests.gitrepo import git, write_files
from tests.test_maintenance import ctx_for, days_ago, run

ANNE = ("Anne Leroy", "anne.leroy@agglo-exemple.fr")
PAUL = ("Paul Girard", "12345+pgirard@users.noreply.github.com")
DEPENDABOT = ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com")


def _env(author, date):
    return {"GIT_AUTHOR_NAME": author[0], "GIT_AUTHOR_EMAIL": author[1], "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": author[0], "GIT_COMMITTER_EMAIL": author[1], "GIT_COMMITTER_DATE": date}


def _history(path, steps):
    """``steps``: ("commit", author, days ago) on main, or ("merge", merger, days ago, side author, side's days ago): a pull
    request written on its own branch at one date and merged later."""
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    for i, step in enumerate(steps):
        if step[0] == "commit":
            _, author, ago = step
            write_files(path, {f"src/m{i}.py": f"X = {i}\n"})
            git(path, "add", "-A")
            git(path, "commit", "-q", "-m", f"change {i}", env=_env(author, days_ago(ago)))
        else:
            _, merger, ago, side_author, side_ago = step
            git(path, "checkout", "-q", "-b", f"pr{i}")
            write_files(path, {f"src/p{i}.py": f"Y = {i}\n"})
            git(path, "add", "-A")
            git(path, "commit", "-q", "-m", f"pull request {i}", env=_env(side_author, days_ago(side_ago)))
            git(path, "checkout", "-q", "main")
            git(path, "merge", "-q", "--no-ff", "-m", f"Merge pull request #{i} from someone/pr{i}", f"pr{i}",
                env=_env(merger, days_ago(ago)))
    return path


def _day(ago):
    return days_ago(ago)[:10]


def test_a_pull_request_merged_after_its_commit_is_the_last_commit(tmp_path):
    path = _history(tmp_path / "r", [("commit", ANNE, 400), ("commit", ANNE, 250), ("merge", ANNE, 244, PAUL, 250)])
    ctx = ctx_for(path)
    act = ctx.fact("activity")
    assert act["last_commit_date"][:10] == _day(244)  # the merge, not the pull request's commit of six days before
    assert act["commits"] == 3  # the written commits; the merge is no authored work
    hist = ctx.fact("history_activity")
    assert hist["days_since_last_commit"] == 244 and hist["days_since_last_human_commit"] == 244
    assert hist["human_commits_365d"] == 2
    res = run(ctx, "maintenance.activity")
    value = res.evidence[0].value
    assert value["days_since_last_commit"] == 244 and value["days_since_last_human_commit"] == 244
    assert "merges included" in res.evidence[0].note["en"] and "fusions comprises" in res.evidence[0].note["fr"]


def test_a_bots_merge_is_the_last_commit_but_no_persons(tmp_path):
    """bilansclimatsimplifies-backend's shape: Dependabot merged its own request long after the last person's commit."""
    path = _history(tmp_path / "r", [("commit", ANNE, 900), ("commit", DEPENDABOT, 700), ("merge", DEPENDABOT, 520, DEPENDABOT, 700)])
    ctx = ctx_for(path)
    assert ctx.fact("activity")["last_commit_date"][:10] == _day(520)
    hist = ctx.fact("history_activity")
    assert hist["days_since_last_commit"] == 520
    assert hist["days_since_last_human_commit"] == 900  # a bot's merge is no person's act


def test_a_history_without_merges_is_unchanged(tmp_path):
    path = _history(tmp_path / "r", [("commit", ANNE, 300), ("commit", PAUL, 30)])
    ctx = ctx_for(path)
    assert ctx.fact("activity")["last_commit_date"][:10] == _day(30)
    hist = ctx.fact("history_activity")
    assert hist["days_since_last_commit"] == hist["days_since_last_human_commit"] == 30


def test_a_person_who_only_merged_bots_work_is_told_as_such(tmp_path):
    """No commit written by a person in the year, but a person merged Dependabot's requests: the message no longer says
    "only bots changed the repository; last commit by a person 600 days ago"."""
    path = _history(tmp_path / "r", [("commit", ANNE, 600), ("merge", ANNE, 40, DEPENDABOT, 45)])
    res = run(ctx_for(path), "maintenance.activity")
    assert res.status.value == "fail"
    assert "a person merged a branch 40 days ago" in res.message["en"] and "600" not in res.message["en"]
    assert "une personne a fusionné une branche il y a 40 jours" in res.message["fr"]

"""history_activity, contributors, organisations (issue 12, s40 ff40 = reader re40's opt-nc/odata-avps-drhfpnc): a scheduled
workflow commits its data through peter-evans/create-pull-request as the workflow's actor (the maintainer's noreply address), with
github-actions[bot] as committer and the commit message the workflow file sets ("chore: daily data update - CSV and Markdown
files"); those commits were counted as the maintainer's work (75 commits by people for 49). Rule: a commit a bot committed whose
subject begins with a commit message one of the repository's workflows writes is the workflow's.
Near misses: a person's own commit a bot merely committed (a rebase: its own subject) stays the person's; a commit GitHub's web
flow committed (GitHub <noreply@github.com>) with the same subject stays the author's; a message all variables matches nothing."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PERSON = ("Lea Morel", "5235127+lmorel@users.noreply.github.com")
ACTIONS = ("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com")
WEB_FLOW = ("GitHub", "noreply@github.com")
MESSAGE = "chore: daily data update - CSV and Markdown files"
WORKFLOW = ("name: Daily update\non:\n  schedule:\n    - cron: '0 0 * * *'\njobs:\n  update:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n      - run: uv run src/filter.py\n      - uses: peter-evans/create-pull-request@v7\n"
            "        with:\n          commit-message: \"{message}\"\n          title: \"Daily Data Update - ${{{{ github.run_id }}}}\"\n")


def run(tmp_path, committer, subject=MESSAGE, message=MESSAGE):
    steps = [{"files": {"src/filter.py": "print(1)\n", ".github/workflows/daily.yml": WORKFLOW.format(message=message)},
              "date": "2026-01-05T10:00:00Z", "message": "feat: first filter", "author": PERSON},
             *[{"files": {"src/filter.py": f"print({i})\n"}, "date": f"2026-02-{i + 1:02d}T10:00:00Z", "message": f"fix: filter {i}",
                "author": PERSON} for i in range(3)],
             *[{"files": {"data/avp.csv": f"id\n{i}\n"}, "date": f"2026-05-{i + 1:02d}T00:20:00Z", "message": subject,
                "author": PERSON, "committer": committer} for i in range(6)]]
    repo = make_repo(tmp_path / "r", steps)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 1),
                                           only=["maintenance.activity", "maintenance.contributors"]))
    return report["facts"]


def test_a_workflows_commits_under_the_actors_name_are_the_workflows(tmp_path):
    facts = run(tmp_path, ACTIONS)
    assert facts["history_activity"]["human_commits_365d"] == 4, facts["history_activity"]
    assert facts["history_activity"]["last_human_commit_date"].startswith("2026-02-03"), facts["history_activity"]
    assert facts["contributors"]["human_commits_365d"] == 4 and facts["contributors"]["bot_commits_365d"] == 6, facts["contributors"]
    assert facts["contributors"]["bots_365d"] == ["github-actions[bot]"]


def test_a_message_with_the_workflows_expressions_matches(tmp_path):
    facts = run(tmp_path, ACTIONS, subject="data: update of 2026-05-01 (run 812)", message="data: update of ${{ env.DAY }} (run ${{ github.run_id }})")
    assert facts["history_activity"]["human_commits_365d"] == 4, facts["history_activity"]


def test_near_miss_a_persons_commit_a_bot_rebased_stays_theirs(tmp_path):
    facts = run(tmp_path, ACTIONS, subject="feat: add the RSS feed")
    assert facts["history_activity"]["human_commits_365d"] == 10, facts["history_activity"]


def test_near_miss_github_web_flow_committer_stays_the_authors(tmp_path):
    facts = run(tmp_path, WEB_FLOW)
    assert facts["history_activity"]["human_commits_365d"] == 10, facts["history_activity"]
    assert facts["contributors"]["human_commits_365d"] == 10


def test_near_miss_a_message_all_variables_matches_nothing(tmp_path):
    facts = run(tmp_path, ACTIONS, subject="feat: add the RSS feed", message="${{ inputs.message }}")
    assert facts["history_activity"]["human_commits_365d"] == 10, facts["history_activity"]

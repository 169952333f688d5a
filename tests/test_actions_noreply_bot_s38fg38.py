"""contributors, organisations (issue 12, s38 fg38 = reader rc38, JMLF/Tensiom-tre-de-formation-Sapeurs-Pompiers-de-l-Indre): a
workflow commits its report as "Automated Publisher <actions@users.noreply.github.com>" — GitHub Actions' own address under a name
the workflow chose — and was counted one of the 5 people. A commit from GitHub Actions' address is a bot's, whatever its name.
Near miss: a person's own noreply address (<id>+login@users.noreply.github.com) stays a person."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from auditor.people import is_bot
from tests.gitrepo import make_repo

PERSON = ("Marius", "49654973+mlf@users.noreply.github.com")
OTHER = ("Hugo D", "98149283+hugod@users.noreply.github.com")


def _commits(author, dates, prefix):
    return [{"files": {f"src/{prefix}-{i}.c": f"int f{i}(void) {{ return {i}; }}\n"}, "date": d, "message": f"{prefix} {i}",
             "author": author} for i, d in enumerate(dates)]


def run(tmp_path, publisher):
    steps = [*_commits(PERSON, ["2026-01-05T10:00:00Z", "2026-02-05T10:00:00Z", "2026-03-05T10:00:00Z"], "edit"),
             *_commits(OTHER, ["2026-02-10T10:00:00Z"], "fix"),
             *[{"files": {"cppcheck_report.txt": f"report {i}\n"}, "date": f"2026-04-0{i + 1}T10:00:00Z",
                "message": f"Automated publish: 2026-04-0{i + 1} abc{i}", "author": publisher} for i in range(4)]]
    repo = make_repo(tmp_path / "r", steps)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 1),
                                           only=["maintenance.contributors"]))
    return report["facts"]


def test_a_workflow_committing_from_github_actions_address_is_a_bot(tmp_path):
    assert is_bot("Automated Publisher", "actions@users.noreply.github.com")
    facts = run(tmp_path, ("Automated Publisher", "actions@users.noreply.github.com"))
    assert facts["activity"]["authors_365d"] == 2, facts["activity"]
    assert facts["contributors"]["active_365d"] == 2, facts["contributors"]
    assert "Automated Publisher" not in [t["name"] for t in facts["contributors"]["top"]]


def test_a_persons_own_noreply_address_stays_a_person(tmp_path):
    assert not is_bot("Marius", "49654973+mlf@users.noreply.github.com")
    facts = run(tmp_path, ("Anne Publisher", "12345+apub@users.noreply.github.com"))
    assert facts["activity"]["authors_365d"] == 3, facts["activity"]

"""activity.authors_365d, contributors (issue 12, s36 o36 = reader r18b, betagouv/doc.incubateur.net-communaute): the guide's
maintainer committed 42 times in the year under his beta.gouv.fr address, and once, a year before, a membership tool's job
committed as "Bot espace-membre" with that same address. The one bot-named commit made the whole person a bot: authors_365d 30
for 31. A commit is a bot's by its own author; a person is an identity with a commit of their own. Near miss: an identity all of
whose commits are a bot's stays a bot."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PERSON = ("Julie Marchand", "julie.marchand@beta.gouv.fr")
OTHER = ("Paul Girard", "paul.girard@beta.gouv.fr")


def run(tmp_path, steps: list[dict]) -> dict:
    base = [{"files": {"README.md": "# Guide\n\nLe guide de la communauté.\n"}, "date": "2025-01-10T10:00:00Z", "message": "init",
             "author": OTHER}]
    repo = make_repo(tmp_path / "r", base + steps)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 1), only=["maintenance.contributors"]))
    return report["facts"]


def _commits(author, dates: list[str], prefix: str) -> list[dict]:
    return [{"files": {f"pages/{prefix}-{i}.md": f"# Page {i}\n\nTexte.\n"}, "date": d, "message": f"{prefix} {i}", "author": author}
            for i, d in enumerate(dates)]


def test_a_bot_commit_under_a_persons_address_leaves_the_person_a_person(tmp_path):
    steps = [*_commits(("Bot espace-membre", PERSON[1]), ["2025-03-01T10:00:00Z"], "restore"),
             *_commits(PERSON, ["2025-09-02T10:00:00Z", "2025-11-03T10:00:00Z", "2026-02-04T10:00:00Z"], "edit"),
             *_commits(OTHER, ["2026-03-05T10:00:00Z"], "fix")]
    facts = run(tmp_path, steps)
    assert facts["activity"]["authors_365d"] == 2, facts["activity"]
    assert facts["contributors"]["active_365d"] == 2, facts["contributors"]
    assert "Julie Marchand" in [t["name"] for t in facts["contributors"]["top"]]
    assert facts["contributors"]["bots_365d"] == []


def test_an_identity_whose_commits_are_all_a_bots_stays_a_bot(tmp_path):
    steps = [*_commits(("Bot espace-membre", "espace-membre@beta.gouv.fr"), ["2025-09-01T10:00:00Z", "2026-01-01T10:00:00Z"], "sync"),
             *_commits(OTHER, ["2026-03-05T10:00:00Z"], "fix")]
    facts = run(tmp_path, steps)
    assert facts["activity"]["authors_365d"] == 1, facts["activity"]
    assert facts["contributors"]["active_365d"] == 1
    assert facts["contributors"]["bots_365d"] == ["Bot espace-membre"]

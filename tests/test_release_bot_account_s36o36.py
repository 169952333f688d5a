"""activity.authors_365d, contributors (issue 12, s36 o36 = reader r18b, SocialGouv/matomo-next): the organisation's release
workflow commits as "SocialGroovyBot <45039513+SocialGroovyBot@users.noreply.github.com>", every one of its commits a
"chore(release): version x.y.z". No listed pattern knows that name (a one-word "…Bot" is taken only from a team's address), and
authors_365d said 2 for the library's one person. An account whose name calls itself a bot and whose every commit is a release's
is automation; a person named Talbot, or a person whose commits are all releases, stays a person."""

from __future__ import annotations

from datetime import date

import pytest

from auditor.engine import AuditOptions, audit
from auditor.people import bot_named
from tests.gitrepo import make_repo

PERSON = ("Maxime Girard", "maxime.girard@fabrique.social.gouv.fr")
RELEASE_BOT = ("SocialGroovyBot", "45039513+SocialGroovyBot@users.noreply.github.com")


def run(tmp_path, steps: list[dict]) -> dict:
    base = [{"files": {"README.md": "# matomo-kit\n\nMatomo for Next.js.\n", "src/index.ts": "export const x = 1;\n"},
             "date": "2025-01-10T10:00:00Z", "message": "init", "author": PERSON}]
    repo = make_repo(tmp_path / "r", base + steps)
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 1), only=["maintenance.contributors"]))
    return report["facts"]


def _commits(author, subjects: list[str], start_month: int) -> list[dict]:
    return [{"files": {"CHANGELOG.md" if "release" in s else f"src/f{start_month}{i}.ts": f"// {s}\n"},
             "date": f"2025-{start_month + i:02d}-03T10:00:00Z", "message": s, "author": author} for i, s in enumerate(subjects)]


def test_a_bot_named_account_whose_commits_are_all_releases_is_no_author(tmp_path):
    steps = [*_commits(PERSON, ["feat: app router support", "fix: track page views"], 7),
             *_commits(RELEASE_BOT, ["chore(release): version 1.10.0", "chore(release): version 1.11.0"], 9)]
    facts = run(tmp_path, steps)
    assert facts["activity"]["authors_365d"] == 1, facts["activity"]
    assert facts["contributors"]["active_365d"] == 1
    assert facts["contributors"]["bots_365d"] == ["SocialGroovyBot"]


def test_a_person_named_talbot_or_releasing_by_hand_stays_a_person(tmp_path):
    talbot = ("Talbot", "45039514+Talbot@users.noreply.github.com")
    releaser = ("Claire Dupuis", "claire.dupuis@fabrique.social.gouv.fr")
    steps = [*_commits(PERSON, ["feat: app router support"], 7),
             *_commits(talbot, ["fix: consent banner", "chore(release): version 1.10.0"], 8),
             *_commits(releaser, ["chore(release): version 1.11.0", "chore(release): version 1.12.0"], 10)]
    facts = run(tmp_path, steps)
    assert facts["activity"]["authors_365d"] == 3, facts["activity"]
    assert facts["contributors"]["bots_365d"] == []


@pytest.mark.parametrize(("name", "named"), [
    ("SocialGroovyBot", True), ("deploy-bot", True), ("ci_bot", True), ("renovate[bot]", True),
    ("Talbot", False), ("Abbot", False), ("Jean Talbot", False), ("Bot espace-membre", False),
])
def test_names_that_call_themselves_bots(name, named):
    assert bot_named(name) is named
